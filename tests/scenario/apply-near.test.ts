// `ScenarioEngine.applyNear` (recompute only the edges of interventions whose effect
// differs) must give exactly what a full application gives: the same bits in every open
// capacity and status, for random datasets, from one scenario to another and for the
// one-switch toggles attribution makes.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compileScenarioEngine, type ScenarioEngine } from "../../src/scenario/compile";
import type { Scenario } from "../../src/scenario/types";
import { datasetWithScenarioArbitrary, scenarioArbitrary } from "../support/arbitraries";

/** The scenario with one intervention switched the other way, its switch's effectiveness kept. */
function toggled(scenario: Scenario, id: string, on: boolean): Scenario {
  const current = Object.hasOwn(scenario.switches, id) ? scenario.switches[id] : undefined;
  const next = current?.effectiveness === undefined ? { on } : { on, effectiveness: current.effectiveness };
  return { ...scenario, switches: { ...scenario.switches, [id]: next } };
}

function expectIdentical(engine: ScenarioEngine, from: Scenario, to: Scenario): void {
  const full = engine.apply(to);
  const near = engine.applyNear(engine.apply(from), to);
  // Object.is: bit-for-bit (distinguishes -0 from 0), not merely close.
  for (let e = 0; e < full.openCapacity.length; e++) expect(Object.is(near.openCapacity[e], full.openCapacity[e])).toBe(true);
  expect([...near.statusCode]).toEqual([...full.statusCode]);
  expect(near.resolved.active).toEqual(full.resolved.active);
  for (let e = 0; e < full.openCapacity.length; e++) expect(near.changesOf(e)).toEqual(full.changesOf(e));
}

describe("applyNear equals a full application", () => {
  it("from any scenario to any other on the same dataset", () => {
    const pair = datasetWithScenarioArbitrary().chain(({ dataset, scenario }) =>
      scenarioArbitrary(dataset).map((other) => ({ dataset, scenario, other })),
    );
    fc.assert(
      fc.property(pair, ({ dataset, scenario, other }) => expectIdentical(compileScenarioEngine(dataset), scenario, other)),
      { numRuns: 300 },
    );
  });

  it("for every one-switch toggle of a scenario (attribution's counterfactuals)", () => {
    fc.assert(
      fc.property(datasetWithScenarioArbitrary(), ({ dataset, scenario }) => {
        const engine = compileScenarioEngine(dataset);
        const inForce = new Set(engine.resolve(scenario).active.map((active) => active.id));
        for (const intervention of dataset.interventions)
          expectIdentical(engine, scenario, toggled(scenario, intervention.id, !inForce.has(intervention.id)));
      }),
      { numRuns: 200 },
    );
  });

  it("applyToggled (no revalidation) gives what applyNear of the toggled scenario gives", () => {
    fc.assert(
      fc.property(datasetWithScenarioArbitrary(), ({ dataset, scenario }) => {
        const engine = compileScenarioEngine(dataset);
        const reference = engine.apply(scenario);
        const inForce = new Set(reference.resolved.active.map((active) => active.id));
        for (const intervention of dataset.interventions) {
          const on = !inForce.has(intervention.id);
          const viaToggle = engine.applyToggled(reference, intervention.id, on);
          const full = engine.apply(toggled(scenario, intervention.id, on));
          expect(viaToggle.resolved).toEqual(full.resolved);
          for (let e = 0; e < full.openCapacity.length; e++) expect(Object.is(viaToggle.openCapacity[e], full.openCapacity[e])).toBe(true);
          expect([...viaToggle.statusCode]).toEqual([...full.statusCode]);
          for (let e = 0; e < full.openCapacity.length; e++) expect(viaToggle.changesOf(e)).toEqual(full.changesOf(e));
        }
      }),
      { numRuns: 200 },
    );
  });

  it("applyToggled rejects an intervention the dataset lacks", () => {
    fc.assert(
      fc.property(datasetWithScenarioArbitrary(), ({ dataset, scenario }) => {
        const engine = compileScenarioEngine(dataset);
        expect(() => engine.applyToggled(engine.apply(scenario), "no-such-intervention", true)).toThrow(expect.objectContaining({ kind: "unknown-intervention" }));
      }),
      { numRuns: 20 },
    );
  });

  it("does not change the reference it starts from", () => {
    fc.assert(
      fc.property(datasetWithScenarioArbitrary().chain(({ dataset, scenario }) => scenarioArbitrary(dataset).map((other) => ({ dataset, scenario, other }))), ({ dataset, scenario, other }) => {
        const engine = compileScenarioEngine(dataset);
        const reference = engine.apply(scenario);
        const copy = reference.openCapacity.slice();
        engine.applyNear(reference, other);
        expect([...reference.openCapacity]).toEqual([...copy]);
      }),
      { numRuns: 100 },
    );
  });
});
