// The shared arbitraries must produce what they promise: datasets that src/model's
// validator accepts (so selectors match something, ids resolve, labs have recipes), and
// scenarios over the dataset's own interventions.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isCooperation } from "../../src/model/types";
import { validateDataset } from "../../src/model/validate";
import { checkScenario } from "../../src/scenario/validate";
import { datasetArbitrary, datasetWithScenarioArbitrary } from "./arbitraries";

describe("test arbitraries", () => {
  it("generate datasets the validator accepts, without self-loops", () => {
    fc.assert(
      fc.property(datasetArbitrary(), (data) => {
        expect(validateDataset(data)).toEqual([]);
        expect(data.edges.filter((e) => e.source === e.target)).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it("cover the shapes the property tests need", () => {
    const samples = fc.sample(datasetArbitrary(), { numRuns: 300, seed: 42 });
    expect(samples.some((d) => d.interventions.some(isCooperation))).toBe(true);
    expect(samples.some((d) => d.events.length > 0)).toBe(true);
    expect(samples.some((d) => d.edges.some((e) => e.licitConsignee))).toBe(true);
    expect(samples.some((d) => d.interventions.some((i) => !isCooperation(i) && i.effect.kind === "close"))).toBe(true);
    expect(samples.some((d) => d.interventions.some((i) => i.hypothetical))).toBe(true);
    expect(Math.max(...samples.map((d) => d.edges.length))).toBeGreaterThan(20);
  });

  it("generate scenarios that are valid for their dataset", () => {
    fc.assert(
      fc.property(datasetWithScenarioArbitrary(), ({ dataset, scenario }) => {
        expect(checkScenario(dataset, scenario)).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });
});
