/**
 * One switch flipped: the scenario attribution's counterfactuals are made of (an
 * intervention switched off alone, or on alone), everything else as it was. The switch
 * keeps the effectiveness the user gave it, if any. Kept in the scenario layer so that
 * the engine can apply such a toggle without validating the whole scenario again.
 */
import type { Scenario } from "./types";

export function toggledScenario(scenario: Scenario, interventionId: string, on: boolean): Scenario {
  const current = Object.hasOwn(scenario.switches, interventionId) ? scenario.switches[interventionId] : undefined;
  const next = current?.effectiveness === undefined ? { on } : { on, effectiveness: current.effectiveness };
  return { ...scenario, switches: { ...scenario.switches, [interventionId]: next } };
}
