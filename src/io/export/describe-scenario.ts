/** One line saying what a scenario is, for file headers and titles: "as of 2019-06-01; idealized; switched on: a at 50%". */
import type { Scenario } from "../../scenario/types";

/** What the scenario adds to its date: idealized mode and the switches. */
export function scenarioModifiers(scenario: Scenario): string[] {
  const parts: string[] = [];
  if (scenario.idealized) parts.push("idealized");
  const ids = Object.keys(scenario.switches).sort();
  const on = ids
    .filter((id) => scenario.switches[id].on)
    .map((id) => {
      const effectiveness = scenario.switches[id].effectiveness;
      return effectiveness === undefined ? id : `${id} at ${Math.round(effectiveness * 1000) / 10}%`;
    });
  const off = ids.filter((id) => !scenario.switches[id].on);
  if (on.length > 0) parts.push(`switched on: ${on.join(", ")}`);
  if (off.length > 0) parts.push(`switched off: ${off.join(", ")}`);
  return parts;
}

export function describeScenario(scenario: Scenario): string {
  const date = scenario.date === undefined ? "baseline (no timeline events)" : `as of ${scenario.date}`;
  return [date, ...scenarioModifiers(scenario)].join("; ");
}
