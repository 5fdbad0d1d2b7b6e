// One fixture per error kind: a small complete dataset with exactly one problem. Each must
// yield exactly one error, of that kind, at the expected path and line.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DATASET_ERROR_KINDS, type DatasetErrorKind } from "../../src/model/dataset-errors";
import { parseDataset, type LoadOptions } from "../../src/model/load";

const folder = join(__dirname, "fixtures", "invalid");

interface Expected {
  readonly path: string;
  /** Line of the offending value (or key, or object lacking a property); none for errors without a place. */
  readonly line?: number;
  readonly options?: Partial<LoadOptions>;
}

const EXPECTED: Readonly<Record<DatasetErrorKind, Expected>> = {
  empty: { path: "" },
  "too-large": { path: "", options: { maxChars: 1000 } },
  "too-deep": { path: "/meta/notes" + "/0".repeat(62), line: 7 },
  syntax: { path: "/edges/0/capacity", line: 52 },
  "duplicate-key": { path: "/edges/0/capacity", line: 53 },
  "wrong-format": { path: "/format", line: 3 },
  "unsupported-version": { path: "/version", line: 4 },
  type: { path: "/edges/0/licitConsignee", line: 54 },
  required: { path: "/edges/0/mode", line: 46 },
  "unknown-property": { path: "/nodes/1/capacty", line: 30 },
  enum: { path: "/edges/0/channel", line: 53 },
  format: { path: "/sources/0/url", line: 12 },
  range: { path: "/interventions/0/effectiveness", line: 80 },
  "duplicate-id": { path: "/edges/1/id", line: 59 },
  "unknown-node": { path: "/edges/0/target", line: 49 },
  "unknown-edge": { path: "/interventions/0/target/edges/1", line: 81 },
  "unknown-commodity": { path: "/edges/1/commodity", line: 62 },
  "unknown-jurisdiction": { path: "/nodes/2/jurisdiction", line: 43 },
  "unknown-source": { path: "/commodities/0/sources/0", line: 20 },
  "unknown-intervention": { path: "/events/0/changes/0/intervention", line: 104 },
  "bad-capacity": { path: "/edges/0/capacity", line: 51 },
  "self-loop": { path: "/edges/2/target", line: 74 },
  "recipe-input-not-commodity": { path: "/nodes/1/recipes/0/inputs/0/commodity", line: 36 },
  "recipe-output-not-product": { path: "/nodes/1/recipes/0/output", line: 37 },
  "recipe-product-input-mixed": { path: "/nodes/1/recipes/0/inputs/1/commodity", line: 36 },
  "lab-without-recipes": { path: "/nodes/2", line: 43 },
  "recipes-on-non-lab": { path: "/nodes/1/recipes", line: 31 },
  "empty-selector": { path: "/interventions/0/target", line: 81 },
  "selector-matches-nothing": { path: "/interventions/0/target", line: 81 },
  "cooperation-on-cooperation": { path: "/interventions/1/modifies/0/intervention", line: 93 },
  "event-on-hypothetical": { path: "/events/0/changes/0/intervention", line: 105 },
  "bad-date": { path: "/events/0/date", line: 101 },
  "bad-period": { path: "/meta/period/end", line: 8 },
  unsourced: { path: "/nodes/0/sources", line: 24 },
};

describe("invalid fixtures", () => {
  it("exist exactly once for every error kind", () => {
    const files = readdirSync(folder).filter((name) => name.endsWith(".json")).map((name) => name.replace(/\.json$/, ""));
    expect(files.sort()).toEqual([...DATASET_ERROR_KINDS].sort());
  });

  it.each(Object.entries(EXPECTED) as [DatasetErrorKind, Expected][])("%s.json yields exactly that error, located", (kind, expected) => {
    const file = `${kind}.json`;
    const result = parseDataset(readFileSync(join(folder, file), "utf8"), file, expected.options);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((error) => [error.kind, error.path])).toEqual([[kind, expected.path]]);
    const [error] = result.errors;
    expect(error.file).toBe(file);
    expect(error.line).toBe(expected.line);
    if (expected.line !== undefined) expect(error.column).toBeGreaterThan(0);
    expect(error.message.length).toBeGreaterThan(10);
  });

  it("the valid fixture they are made from is valid", () => {
    const result = parseDataset(readFileSync(join(__dirname, "fixtures", "valid-minimal.json"), "utf8"), "valid-minimal.json");
    expect(result).toMatchObject({ ok: true });
  });
});
