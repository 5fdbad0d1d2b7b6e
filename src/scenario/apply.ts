/**
 * Applying a resolved scenario to the edges (SEMANTICS.md, "Applying a scenario"):
 * open capacity starts at the edge's capacity and is multiplied, for every acting
 * intervention in force and every edge its selector matches, by
 *   retag / reduce: 1 - e_t * w   (w = licitImpact on edges with a licit consignee, else 1)
 *   close:          0
 * while a retag raises the status to max(status, effect.status). Factors multiply and
 * statuses take the max, so the order of interventions does not matter.
 *
 * Cost: one copy of two typed arrays plus O(sum of matched edges) multiplications, with
 * no per-edge allocation: the selectors were compiled to edge-index lists once per
 * dataset (compile.ts). The per-edge explanations (`changesOf`) are computed only when
 * asked, by binary search in those lists, and memoised.
 */
import type { ActingIntervention } from "../model/types";
import { STATUS_RANK, isCooperation } from "../model/types";
import type { CompiledDataset } from "./compiled";
import { ScenarioError } from "./errors";
import { changeReason } from "./reasons";
import { STATUS_CODES, type ActiveIntervention, type AppliedScenario, type EdgeChange, type ResolvedScenario } from "./types";

/** Caller-owned arrays (one entry per edge) `applyNear` may write its result into. */
export interface EdgeBuffers {
  readonly openCapacity: Float64Array;
  readonly statusCode: Uint8Array;
}

export interface Acting {
  readonly intervention: ActingIntervention;
  readonly active: ActiveIntervention;
  readonly edges: Int32Array;
}

export function actingInForce(compiled: CompiledDataset, resolved: ResolvedScenario): Acting[] {
  const { interventions } = compiled.dataset;
  const acting: Acting[] = [];
  for (const active of resolved.active) {
    const intervention = interventions[active.index];
    if (intervention?.id !== active.id)
      throw new ScenarioError(
        "mismatched-dataset",
        `active.${active.id}`,
        "this resolved scenario was made for another dataset",
      );
    if (!isCooperation(intervention)) acting.push({ intervention, active, edges: compiled.matchedEdges[active.index] });
  }
  return acting;
}

/** Capacity multiplier of an intervention on an edge. */
function factorOf(acting: Acting, licit: boolean): number {
  if (acting.intervention.effect.kind === "close") return 0;
  const weight = licit ? (acting.intervention.licitImpact ?? 1) : 1;
  return 1 - acting.active.effectiveness * weight;
}

/** Position of `value` in an ascending Int32Array, or -1. */
function binarySearch(sorted: Int32Array, value: number): number {
  let low = 0;
  let high = sorted.length - 1;
  while (low <= high) {
    const mid = (low + high) >>> 1;
    const at = sorted[mid];
    if (at === value) return mid;
    if (at < value) low = mid + 1;
    else high = mid - 1;
  }
  return -1;
}

function explain(compiled: CompiledDataset, acting: readonly Acting[], edgeIndex: number): EdgeChange[] {
  const changes: EdgeChange[] = [];
  const licit = compiled.licitConsignee[edgeIndex] === 1;
  let status = compiled.baseStatus[edgeIndex];
  for (const item of acting) {
    if (binarySearch(item.edges, edgeIndex) < 0) continue;
    const effect = item.intervention.effect;
    const capacityFactor = factorOf(item, licit);
    const after = effect.kind === "retag" ? Math.max(status, STATUS_RANK[effect.status]) : status;
    if (capacityFactor === 1 && after === status) continue; // matched, but changed nothing
    const licitImpact = item.intervention.licitImpact;
    const change = {
      intervention: item.intervention.id,
      effect: effect.kind,
      capacityFactor,
      statusBefore: STATUS_CODES[status],
      statusAfter: STATUS_CODES[after],
    };
    const licitShare = licit && licitImpact !== undefined && licitImpact !== 1 && effect.kind !== "close" ? licitImpact : undefined;
    changes.push({ ...change, reason: changeReason({ ...change, intervention: item.intervention, active: item.active, licitShare }) });
    status = after;
  }
  return changes;
}

export function applyResolved(compiled: CompiledDataset, resolved: ResolvedScenario): AppliedScenario {
  const openCapacity = compiled.baseCapacity.slice();
  const statusCode = compiled.baseStatus.slice();
  const licitConsignee = compiled.licitConsignee;
  const acting = actingInForce(compiled, resolved);
  for (const item of acting) {
    const edges = item.edges;
    const effect = item.intervention.effect;
    if (effect.kind === "close") {
      for (let k = 0; k < edges.length; k++) openCapacity[edges[k]] = 0;
      continue;
    }
    const factor = factorOf(item, false);
    const licitFactor = factorOf(item, true);
    const retagTo = effect.kind === "retag" ? STATUS_RANK[effect.status] : -1;
    for (let k = 0; k < edges.length; k++) {
      const edge = edges[k];
      openCapacity[edge] *= licitConsignee[edge] === 1 ? licitFactor : factor;
      if (statusCode[edge] < retagTo) statusCode[edge] = retagTo;
    }
  }
  return appliedOf(compiled, () => resolved, () => acting, openCapacity, statusCode);
}

/** Per intervention position: 1 and its effectiveness when it acts (in force, not cooperation). */
export interface ActingTable {
  readonly acting: Uint8Array;
  readonly effectiveness: Float64Array;
}

export function actingTableFor(count: number): ActingTable {
  return { acting: new Uint8Array(count), effectiveness: new Float64Array(count) };
}

/** Fills `table` from a resolved scenario's active list. */
export function fillActingTable(compiled: CompiledDataset, resolved: ResolvedScenario, table: ActingTable): ActingTable {
  const { interventions } = compiled.dataset;
  table.acting.fill(0);
  for (const active of resolved.active) {
    if (interventions[active.index]?.id !== active.id)
      throw new ScenarioError("mismatched-dataset", `active.${active.id}`, "this resolved scenario was made for another dataset");
    if (isCooperation(interventions[active.index])) continue;
    table.acting[active.index] = 1;
    table.effectiveness[active.index] = active.effectiveness;
  }
  return table;
}

// Two tables per compiled dataset (the reference's and the new scenario's), refilled by
// each near application, which runs synchronously: looking effectiveness up by position
// replaces scans of the active lists per edge.
const tablePairs = new WeakMap<CompiledDataset, { readonly before: ActingTable; readonly after: ActingTable }>();

export function actingTables(compiled: CompiledDataset): { readonly before: ActingTable; readonly after: ActingTable } {
  let pair = tablePairs.get(compiled);
  if (!pair) {
    const count = compiled.dataset.interventions.length;
    pair = { before: actingTableFor(count), after: actingTableFor(count) };
    tablePairs.set(compiled, pair);
  }
  return pair;
}

/**
 * The edges of `reference` recomputed where an acting intervention's effect differs
 * between the tables `before` (the reference's) and `after`: each edge from its base
 * capacity with the very multiplications applyResolved does, in the same order
 * (interventions in dataset order), so the values are identical, not merely close.
 */
export function recomputeDiffering(
  compiled: CompiledDataset,
  reference: AppliedScenario,
  before: ActingTable,
  after: ActingTable,
  into?: EdgeBuffers,
): EdgeBuffers {
  const count = compiled.baseCapacity.length;
  const fits = into !== undefined && into.openCapacity.length === count && into.statusCode.length === count;
  const openCapacity = fits ? into.openCapacity : new Float64Array(count);
  const statusCode = fits ? into.statusCode : new Uint8Array(count);
  openCapacity.set(reference.openCapacity);
  statusCode.set(reference.statusCode);
  const { interventions } = compiled.dataset;
  const { edgeInterventionStart, edgeInterventions, licitConsignee } = compiled;
  for (let position = 0; position < interventions.length; position++) {
    const same = before.acting[position] === after.acting[position] && (after.acting[position] === 0 || before.effectiveness[position] === after.effectiveness[position]);
    if (same) continue;
    const edges = compiled.matchedEdges[position];
    for (let k = 0; k < edges.length; k++) {
      const edge = edges[k];
      const licit = licitConsignee[edge] === 1;
      let capacity = compiled.baseCapacity[edge];
      let status = compiled.baseStatus[edge];
      for (let m = edgeInterventionStart[edge]; m < edgeInterventionStart[edge + 1]; m++) {
        const other = edgeInterventions[m];
        if (after.acting[other] === 0) continue;
        const effectiveness = after.effectiveness[other];
        const intervention = interventions[other] as ActingIntervention;
        const effect = intervention.effect;
        if (effect.kind === "close") {
          capacity = 0;
          continue;
        }
        capacity *= 1 - effectiveness * (licit ? (intervention.licitImpact ?? 1) : 1);
        if (effect.kind === "retag" && status < STATUS_RANK[effect.status]) status = STATUS_RANK[effect.status];
      }
      openCapacity[edge] = capacity;
      statusCode[edge] = status;
    }
  }
  return { openCapacity, statusCode };
}

/**
 * The same result as `applyResolved(compiled, resolved)`, computed from `reference` (an
 * application of another scenario by the same compiled dataset): only the edges matched
 * by an acting intervention whose effect differs between the two are recomputed, each
 * from its base capacity with the very multiplications applyResolved does, in the same
 * order (interventions in dataset order), so the values are identical, not merely close.
 * One toggle changes a handful of edges, which is what makes attribution's
 * counterfactuals cheap: O(edges copied + edges recomputed x interventions on them).
 * With `into`, the result is written there and shares those arrays (no allocation: a
 * typed array of more than 64 bytes costs V8 an off-heap buffer, microseconds each).
 */
export function applyNear(compiled: CompiledDataset, reference: AppliedScenario, resolved: ResolvedScenario, into?: EdgeBuffers): AppliedScenario {
  const acting = actingInForce(compiled, resolved);
  if (reference.openCapacity.length !== compiled.baseCapacity.length) return applyResolved(compiled, resolved);
  const tables = actingTables(compiled);
  fillActingTable(compiled, reference.resolved, tables.before);
  fillActingTable(compiled, resolved, tables.after);
  const { openCapacity, statusCode } = recomputeDiffering(compiled, reference, tables.before, tables.after, into);
  return appliedOf(compiled, () => resolved, () => acting, openCapacity, statusCode);
}

/**
 * The applied scenario; `resolvedOf` and `actingOf` are called at most once, when first
 * needed (applyToggled resolves its scenario only if someone asks).
 */
export function appliedOf(
  compiled: CompiledDataset,
  resolvedOf: () => ResolvedScenario,
  actingOf: () => readonly Acting[],
  openCapacity: Float64Array,
  statusCode: Uint8Array,
): AppliedScenario {
  const explained = new Map<number, readonly EdgeChange[]>();
  let resolved: ResolvedScenario | undefined;
  let acting: readonly Acting[] | undefined;
  return {
    get resolved(): ResolvedScenario {
      resolved ??= resolvedOf();
      return resolved;
    },
    openCapacity,
    statusCode,
    changesOf(edgeIndex: number): readonly EdgeChange[] {
      if (!Number.isInteger(edgeIndex) || edgeIndex < 0 || edgeIndex >= openCapacity.length)
        throw new RangeError(`no edge at index ${edgeIndex}`);
      let changes = explained.get(edgeIndex);
      if (!changes) {
        acting ??= actingOf();
        changes = explain(compiled, acting, edgeIndex);
        explained.set(edgeIndex, changes);
      }
      return changes;
    },
  };
}
