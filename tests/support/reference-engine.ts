/**
 * A deliberately naive reference implementation of SEMANTICS.md's scenario rules, written
 * independently of src/scenario and src/model/selector: selectors are re-evaluated per
 * edge with string comparisons, events re-sorted on every call, nothing precomputed.
 * The property tests check the real engine against it; bench/scenario.ts times it as
 * the peer of the compiled engine.
 */
import type { Dataset, DatasetEdge, DatasetNode, EdgeSelector, LegalStatus } from "../../src/model/types";
import type { Scenario } from "../../src/scenario/types";

const RANK: Record<LegalStatus, number> = { legal: 0, controlled: 1, illicit: 2 };

export interface ReferenceResult {
  /** Effectiveness used per intervention in force (cooperation: its own). */
  readonly effectiveness: ReadonlyMap<string, number>;
  readonly openCapacity: number[];
  readonly status: LegalStatus[];
}

function selects(selector: EdgeSelector, e: DatasetEdge, nodes: ReadonlyMap<string, DatasetNode>): boolean {
  const source = nodes.get(e.source);
  const target = nodes.get(e.target);
  const field = <T>(values: readonly T[] | undefined, actual: T | undefined): boolean =>
    values === undefined || (actual !== undefined && values.includes(actual));
  return (
    field(selector.commodities, e.commodity) &&
    field(selector.originJurisdictions, source?.jurisdiction) &&
    field(selector.destinationJurisdictions, target?.jurisdiction) &&
    field(selector.channels, e.channel) &&
    field(selector.modes, e.mode) &&
    field(selector.sourceKinds, source?.kind) &&
    field(selector.targetKinds, target?.kind) &&
    (selector.nodes === undefined || selector.nodes.includes(e.source) || selector.nodes.includes(e.target)) &&
    field(selector.edges, e.id) &&
    (selector.licitConsignee === undefined || selector.licitConsignee === e.licitConsignee)
  );
}

function resolveReference(dataset: Dataset, scenario: Scenario): Map<string, number> {
  const state = new Map<string, { on: boolean; effectiveness?: number }>();
  if (scenario.date !== undefined) {
    const events = dataset.events.map((e, i) => ({ e, i })).sort((a, b) => (a.e.date < b.e.date ? -1 : a.e.date > b.e.date ? 1 : a.i - b.i));
    for (const { e } of events) {
      if (e.date > scenario.date) continue;
      for (const change of e.changes) {
        const intervention = dataset.interventions.find((i) => i.id === change.intervention);
        if (!intervention) continue;
        const before = state.get(change.intervention) ?? { on: false };
        if (change.action === "enable") state.set(change.intervention, { on: true, effectiveness: change.effectiveness ?? intervention.effectiveness });
        else if (change.action === "disable") state.set(change.intervention, { ...before, on: false });
        else if (change.effectiveness !== undefined) state.set(change.intervention, { ...before, effectiveness: change.effectiveness });
      }
    }
  }
  const base = new Map<string, number>();
  for (const intervention of dataset.interventions) {
    const dated = state.get(intervention.id);
    const userSwitch = Object.hasOwn(scenario.switches, intervention.id) ? scenario.switches[intervention.id] : undefined;
    const on = userSwitch ? userSwitch.on : (dated?.on ?? false);
    if (!on) continue;
    const b = userSwitch?.effectiveness ?? dated?.effectiveness ?? intervention.effectiveness;
    base.set(intervention.id, scenario.idealized ? 1 : b);
  }
  const result = new Map<string, number>();
  for (const [id, b] of base) {
    const intervention = dataset.interventions.find((i) => i.id === id);
    if (!intervention || intervention.kind === "cooperation") {
      result.set(id, b);
      continue;
    }
    let gap = 1 - b;
    for (const c of dataset.interventions) {
      if (c.kind !== "cooperation" || !base.has(c.id)) continue;
      for (const link of c.modifies) if (link.intervention === id) gap *= 1 - link.boost * (base.get(c.id) ?? 0);
    }
    result.set(id, 1 - gap);
  }
  return result;
}

export function referenceApply(dataset: Dataset, scenario: Scenario): ReferenceResult {
  const effectiveness = resolveReference(dataset, scenario);
  const nodes = new Map(dataset.nodes.map((n) => [n.id, n]));
  const openCapacity: number[] = [];
  const status: LegalStatus[] = [];
  for (const e of dataset.edges) {
    let open = e.capacity;
    let tag = e.status;
    for (const intervention of dataset.interventions) {
      const eff = effectiveness.get(intervention.id);
      if (eff === undefined || intervention.kind === "cooperation" || !selects(intervention.target, e, nodes)) continue;
      if (intervention.effect.kind === "close") {
        open *= 0;
        continue;
      }
      open *= 1 - eff * (e.licitConsignee ? (intervention.licitImpact ?? 1) : 1);
      if (intervention.effect.kind === "retag" && RANK[intervention.effect.status] > RANK[tag]) tag = intervention.effect.status;
    }
    openCapacity.push(open);
    status.push(tag);
  }
  return { effectiveness, openCapacity, status };
}
