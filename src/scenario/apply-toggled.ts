/**
 * Applying the reference's scenario with one switch flipped (toggle.ts), the way
 * attribution's counterfactuals need it: 22 per report on the bundled dataset, so it
 * must cost little more than the few edges it changes.
 *
 * Flipping one switch changes, in the resolution (resolve.ts), only that intervention's
 * own "in force" and base effectiveness: the date, the idealized flag and every other
 * switch are the reference's. So the per-position numbers are taken from the reference's
 * resolution (`baseEffectiveness` is resolve.ts's `base`), the flipped position is
 * recomputed with resolve.ts's rule, and the cooperation step (the only one coupling
 * interventions) is redone over all positions with resolve.ts's arithmetic, in its
 * order. The edges then come from apply.ts's `recomputeDiffering`. The full
 * `ResolvedScenario` (objects, reasons, boosts) is built only if someone reads
 * `resolved`. tests/scenario/apply-near.test.ts checks all of it against `apply`.
 */
import { isCooperation } from "../model/types";
import { actingTables, actingInForce, appliedOf, applyResolved, fillActingTable, recomputeDiffering, type ActingTable, type EdgeBuffers } from "./apply";
import type { CompiledDataset } from "./compiled";
import { resolveValidScenario } from "./resolve";
import { replay } from "./timeline";
import { toggledScenario } from "./toggle";
import type { AppliedScenario, ResolvedScenario } from "./types";

/** resolve.ts's per-position numbers, and the cooperation links by position. */
interface Numbers {
  readonly inForce: Uint8Array;
  readonly base: Float64Array;
  readonly gap: Float64Array;
  readonly boosted: Uint8Array;
  /** Per cooperation position: its links as [target position (-1: unknown), boost], in its `modifies` order. */
  readonly links: readonly (readonly (readonly [number, number])[])[];
}

const numbersOf = new WeakMap<CompiledDataset, Numbers>();

function numbersFor(compiled: CompiledDataset): Numbers {
  let numbers = numbersOf.get(compiled);
  if (!numbers) {
    const { interventions } = compiled.dataset;
    const count = interventions.length;
    numbers = {
      inForce: new Uint8Array(count),
      base: new Float64Array(count),
      gap: new Float64Array(count),
      boosted: new Uint8Array(count),
      links: interventions.map((intervention) =>
        isCooperation(intervention) ? intervention.modifies.map((link) => [compiled.interventionIndex.get(link.intervention) ?? -1, link.boost] as const) : [],
      ),
    };
    numbersOf.set(compiled, numbers);
  }
  return numbers;
}

/** Fills `table` with what acts, and how strongly, once `position`'s switch is set to `on`. */
function toggledActing(compiled: CompiledDataset, reference: ResolvedScenario, position: number, on: boolean, table: ActingTable): void {
  const { interventions } = compiled.dataset;
  const { inForce, base, gap, boosted, links } = numbersFor(compiled);
  inForce.fill(0);
  base.fill(0);
  for (const active of reference.active) {
    inForce[active.index] = 1;
    base[active.index] = active.baseEffectiveness;
  }
  inForce[position] = 0;
  base[position] = 0;
  if (on) {
    const { scenario } = reference;
    const intervention = interventions[position];
    const current = Object.hasOwn(scenario.switches, intervention.id) ? scenario.switches[intervention.id] : undefined;
    const state = replay(compiled.timeline, scenario.date).states[position];
    base[position] = current?.effectiveness ?? state.effectiveness ?? intervention.effectiveness;
    inForce[position] = 1;
    if (scenario.idealized) base[position] = 1;
  }
  for (let i = 0; i < interventions.length; i++) {
    gap[i] = 1 - base[i];
    boosted[i] = 0;
  }
  for (let c = 0; c < interventions.length; c++) {
    if (!inForce[c] || !isCooperation(interventions[c])) continue;
    for (const [target, boost] of links[c]) {
      if (target < 0 || !inForce[target] || isCooperation(interventions[target])) continue;
      const share = boost * base[c];
      if (share <= 0) continue;
      gap[target] *= 1 - share;
      boosted[target] = 1;
    }
  }
  table.acting.fill(0);
  for (let i = 0; i < interventions.length; i++) {
    if (!inForce[i] || isCooperation(interventions[i])) continue;
    table.acting[i] = 1;
    table.effectiveness[i] = boosted[i] ? Math.max(base[i], 1 - gap[i]) : base[i];
  }
}

/**
 * `applyNear(reference, toggledScenario(reference.resolved.scenario, id, on))` for the
 * intervention at `position`: the same values, without resolving the whole scenario
 * (its other switches were validated when `reference` was applied by this engine).
 */
export function applyToggled(compiled: CompiledDataset, reference: AppliedScenario, position: number, on: boolean, into?: EdgeBuffers): AppliedScenario {
  const referenceResolved = reference.resolved;
  const id = compiled.dataset.interventions[position].id;
  let resolved: ResolvedScenario | undefined;
  const resolvedOf = (): ResolvedScenario => (resolved ??= resolveValidScenario(compiled, toggledScenario(referenceResolved.scenario, id, on)));
  if (reference.openCapacity.length !== compiled.baseCapacity.length) return applyResolved(compiled, resolvedOf());
  const tables = actingTables(compiled);
  fillActingTable(compiled, referenceResolved, tables.before);
  toggledActing(compiled, referenceResolved, position, on, tables.after);
  const { openCapacity, statusCode } = recomputeDiffering(compiled, reference, tables.before, tables.after, into);
  return appliedOf(compiled, resolvedOf, () => actingInForce(compiled, resolvedOf()), openCapacity, statusCode);
}
