// fast-check arbitraries of small layered supply-chain datasets (bench/generate) and of
// scenarios over their interventions.
import fc from "fast-check";
import { layeredDataset, type LayeredOptions } from "../../../src/model/synthetic";
import type { Dataset } from "../../../src/model/types";
import type { Scenario } from "../../../src/scenario/types";

export const layeredOptions: fc.Arbitrary<LayeredOptions> = fc.record({
  seed: fc.integer({ min: 1, max: 2 ** 31 - 1 }),
  edges: fc.integer({ min: 20, max: 160 }),
  chemicals: fc.integer({ min: 1, max: 3 }),
  multiInputLabShare: fc.constantFrom(0, 0.5, 1),
  capacitatedTransitShare: fc.constantFrom(0, 0.3),
  closedShare: fc.constantFrom(0, 0.1, 0.3),
  ratios: fc.constantFrom("unit" as const, "varied" as const),
  interventions: fc.integer({ min: 1, max: 6 }),
});

export const smallDataset: fc.Arbitrary<Dataset> = layeredOptions.map((options) => layeredDataset(options));

/** A dataset with a scenario switching some of its interventions on. */
export const datasetAndScenario: fc.Arbitrary<{ dataset: Dataset; scenario: Scenario }> = smallDataset.chain((dataset) =>
  fc
    .record({
      on: fc.subarray(dataset.interventions.map((i) => i.id)),
      idealized: fc.boolean(),
    })
    .map(({ on, idealized }) => ({
      dataset,
      scenario: { switches: Object.fromEntries(on.map((id) => [id, { on: true }])), idealized },
    })),
);
