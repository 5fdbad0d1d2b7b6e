/**
 * Scenario validation: every problem at once, each a typed `ScenarioError` with a path.
 * The engine calls `assertValidScenario` before resolving; the CLI and the app call
 * `checkScenario` to show all problems together.
 */
import type { Dataset } from "../model/types";
import { ScenarioError } from "./errors";
import { isIsoDate } from "../model/dates";
import type { Scenario } from "./types";

/** True for a finite number in [0, 1]. */
export function isEffectiveness(value: unknown): value is number {
  return typeof value === "number" && Number.isFinite(value) && value >= 0 && value <= 1;
}

/**
 * Problems of a scenario against a set of known intervention ids (the engine passes its
 * precompiled set; `checkScenario` builds one from the dataset).
 */
export function scenarioProblems(knownIds: ReadonlySet<string>, scenario: Scenario): ScenarioError[] {
  const problems: ScenarioError[] = [];
  if (scenario.date !== undefined && (typeof scenario.date !== "string" || !isIsoDate(scenario.date)))
    problems.push(
      new ScenarioError("invalid-date", "date", `'${String(scenario.date)}' is not a real day written YYYY-MM-DD`),
    );
  if (typeof scenario.idealized !== "boolean")
    problems.push(new ScenarioError("malformed", "idealized", "must be true or false"));
  if (typeof scenario.switches !== "object" || scenario.switches === null) {
    problems.push(new ScenarioError("malformed", "switches", "must be an object keyed by intervention id"));
    return problems;
  }
  for (const [id, change] of Object.entries(scenario.switches)) {
    const path = `switches.${id}`;
    if (!knownIds.has(id))
      problems.push(new ScenarioError("unknown-intervention", path, `no intervention '${id}' in the dataset`));
    if (typeof change !== "object" || change === null || typeof change.on !== "boolean") {
      problems.push(new ScenarioError("malformed", path, "must be { on: boolean, effectiveness?: number }"));
      continue;
    }
    if (change.effectiveness !== undefined && !isEffectiveness(change.effectiveness))
      problems.push(
        new ScenarioError(
          "invalid-effectiveness",
          `${path}.effectiveness`,
          `${String(change.effectiveness)} is not a number between 0 and 1`,
        ),
      );
  }
  return problems;
}

export function checkScenario(dataset: Dataset, scenario: Scenario): ScenarioError[] {
  return scenarioProblems(new Set(dataset.interventions.map((intervention) => intervention.id)), scenario);
}

/** Throws the first problem (callers wanting all of them use `checkScenario`). */
export function assertValidScenario(knownIds: ReadonlySet<string>, scenario: Scenario): void {
  const problems = scenarioProblems(knownIds, scenario);
  if (problems.length > 0) throw problems[0];
}
