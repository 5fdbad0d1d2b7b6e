// The JSON Schemas of schema/ that io owns: in sync with their generators, and true of
// what the code writes (exports of the default dataset and of random datasets validate;
// a broken snapshot does not).
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import fc from "fast-check";
import Schema from "typebox/schema";
import { describe, expect, it } from "vitest";
import { batchJsonSchema } from "../../src/io/batch/batch-schema";
import { exportSnapshotJson } from "../../src/io/export/export-json";
import { snapshotJsonSchema } from "../../src/io/snapshot/snapshot-schema";
import { ROOT, defaultSnapshot } from "./support/default-dataset";
import { richDatasetWithScenarioArbitrary, snapshotOrSkip } from "./support/snapshots";

const committed = (name: string) => JSON.parse(readFileSync(resolve(ROOT, "schema", name), "utf8"));
const snapshotValidator = Schema.Compile(committed("snapshot-v1.schema.json"));
const batchValidator = Schema.Compile(committed("batch-v1.schema.json"));

describe("schema/snapshot-v1.schema.json", () => {
  it("matches src/io/snapshot/snapshot-schema.ts (run `npm run schema` if not)", () => {
    expect(committed("snapshot-v1.schema.json")).toEqual(snapshotJsonSchema());
  });

  it("accepts the exported snapshot of the default dataset", () => {
    expect(snapshotValidator.Errors(JSON.parse(exportSnapshotJson(defaultSnapshot())))).toEqual([true, []]);
  });

  it("accepts exported snapshots of random datasets, scenarios and views", () => {
    fc.assert(
      fc.property(richDatasetWithScenarioArbitrary({ maxExtraEdges: 10 }), ({ dataset, scenario, positions }) => {
        const document = JSON.parse(exportSnapshotJson(snapshotOrSkip(dataset, scenario, positions)));
        expect(snapshotValidator.Errors(document)).toEqual([true, []]);
      }),
      { numRuns: 40 },
    );
  });

  it("refuses a snapshot with a broken part", () => {
    const document = JSON.parse(exportSnapshotJson(defaultSnapshot()));
    expect(snapshotValidator.Check({ ...document, version: 2 })).toBe(false);
    expect(snapshotValidator.Check({ ...document, scenario: { switches: { x: { on: "yes" } }, idealized: false } })).toBe(false);
    expect(snapshotValidator.Check({ ...document, edges: [{ ...document.edges[0], openCapacity: -1 }] })).toBe(false);
    expect(snapshotValidator.Check({ ...document, dataset: { ...document.dataset, nodes: [{ id: "x" }] } })).toBe(false);
  });
});

describe("schema/batch-v1.schema.json", () => {
  it("matches src/io/batch/batch-schema.ts (run `npm run schema` if not)", () => {
    expect(committed("batch-v1.schema.json")).toEqual(batchJsonSchema());
  });

  it("accepts the example batch file and refuses a batch without scenarios", () => {
    const example = JSON.parse(readFileSync(resolve(ROOT, "data/templates/batch.json"), "utf8"));
    expect(batchValidator.Errors(example)).toEqual([true, []]);
    expect(batchValidator.Check({ format: "chokepoint-batch", version: 1 })).toBe(false);
  });
});
