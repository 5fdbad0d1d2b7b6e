/**
 * Resolving a scenario: which interventions are in force, and how effective each is
 * (SEMANTICS.md, "Resolving a scenario"):
 *   1. replay the events up to the scenario's date (timeline.ts);
 *   2. apply the user's switches on top;
 *   3. idealized mode: every base effectiveness becomes 1;
 *   4. cooperation: e_t = 1 - (1 - b_t) * PRODUCT over cooperations c in force that list t
 *      of (1 - boost_{c,t} * e_c). Cooperation closes part of the gap between a control
 *      on paper and in practice; a cooperation's own effectiveness is never boosted.
 * O(interventions + events + cooperation links); nothing here touches edges.
 */
import { isCooperation } from "../model/types";
import type { CompiledDataset } from "./compiled";
import { replay } from "./timeline";
import type { ActiveIntervention, ResolvedScenario, Scenario } from "./types";
import { assertValidScenario } from "./validate";

type Reason = ActiveIntervention["reason"];
type Boost = ActiveIntervention["boostedBy"][number];

const NO_BOOSTS: readonly Boost[] = Object.freeze([]);

export function resolveScenario(compiled: CompiledDataset, scenario: Scenario): ResolvedScenario {
  assertValidScenario(compiled.interventionIds, scenario);
  return resolveValidScenario(compiled, scenario);
}

/**
 * `resolveScenario` for a scenario known to be valid (one switch flipped on a scenario
 * this engine validated: see compile.ts, applyToggled), without validating it again.
 */
export function resolveValidScenario(compiled: CompiledDataset, scenario: Scenario): ResolvedScenario {
  const { interventions } = compiled.dataset;
  const { states } = replay(compiled.timeline, scenario.date);
  const count = interventions.length;
  // Plain arrays, not typed ones: a typed array over 64 bytes gets an off-heap buffer,
  // which costs microseconds to allocate, more than this whole step on real datasets.
  const inForce: boolean[] = new Array<boolean>(count).fill(false);
  const base: number[] = new Array<number>(count).fill(0);
  const reasons: Reason[] = new Array<Reason>(count);

  for (let index = 0; index < count; index++) {
    const intervention = interventions[index];
    const state = states[index];
    const userSwitch = Object.hasOwn(scenario.switches, intervention.id) ? scenario.switches[intervention.id] : undefined;
    if (userSwitch) {
      if (!userSwitch.on) continue;
      base[index] = userSwitch.effectiveness ?? state.effectiveness ?? intervention.effectiveness;
      reasons[index] = state.on && state.enabledBy !== undefined ? { kind: "switch", overridesEvent: state.enabledBy } : { kind: "switch" };
    } else {
      if (!state.on) continue;
      base[index] = state.effectiveness ?? intervention.effectiveness;
      reasons[index] = { kind: "event", event: state.enabledBy ?? "" };
    }
    inForce[index] = true;
    if (scenario.idealized) base[index] = 1;
  }

  // Remaining gap (1 - effectiveness) of each acting intervention, narrowed by cooperation.
  const gap = base.map((b) => 1 - b);
  const boosts: (Boost[] | undefined)[] = new Array<Boost[] | undefined>(count);
  for (let c = 0; c < count; c++) {
    const cooperation = interventions[c];
    if (!inForce[c] || !isCooperation(cooperation)) continue;
    for (const link of cooperation.modifies) {
      const target = compiled.interventionIndex.get(link.intervention);
      if (target === undefined || !inForce[target] || isCooperation(interventions[target])) continue;
      const share = link.boost * base[c];
      if (share <= 0) continue;
      gap[target] *= 1 - share;
      (boosts[target] ??= []).push({ cooperation: cooperation.id, boost: share });
    }
  }

  // 1 - (1 - b) loses a tiny b to rounding: keep b itself unless cooperation raised it.
  const active: ActiveIntervention[] = [];
  for (let index = 0; index < count; index++) {
    if (!inForce[index]) continue;
    active.push({
      id: interventions[index].id,
      index,
      effectiveness: boosts[index] === undefined ? base[index] : Math.max(base[index], 1 - gap[index]),
      baseEffectiveness: base[index],
      boostedBy: boosts[index] ?? NO_BOOSTS,
      reason: reasons[index],
    });
  }
  return { scenario, active };
}
