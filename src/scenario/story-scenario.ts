/**
 * A story step's scenario (src/model/story: the file form, where `switches` and
 * `idealized` may be left out) as the scenario engine's `Scenario`, and back. The two
 * carry the same fields, so a step plays exactly the scenario the app would show.
 */
import type { StoryScenario } from "../model/story/story-types";
import type { Scenario } from "./types";

export function scenarioOfStory(scenario: StoryScenario): Scenario {
  const base = { switches: scenario.switches ?? {}, idealized: scenario.idealized ?? false };
  return scenario.date === undefined ? base : { date: scenario.date, ...base };
}

/** The file form of a scenario: parts that say nothing (no switches, not idealized) are left out. */
export function storyScenarioOf(scenario: Scenario): StoryScenario {
  const switches = Object.keys(scenario.switches).length > 0 ? { switches: scenario.switches } : {};
  return {
    ...(scenario.date === undefined ? {} : { date: scenario.date }),
    ...switches,
    ...(scenario.idealized ? { idealized: true } : {}),
  };
}
