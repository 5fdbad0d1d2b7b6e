// Robustness: whatever is wrong with a document, validation returns typed errors; it never
// throws, and a change to one place never hides the other places' errors.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DATASET_ERROR_KINDS } from "../../src/model/dataset-errors";
import { parseDataset } from "../../src/model/load";
import { validateDataset } from "../../src/model/validate";
import { corruptedDataset, validText } from "./support/corruptions";

const KINDS = new Set<string>(DATASET_ERROR_KINDS);

describe("validation robustness", () => {
  it("returns only typed errors for any single corruption of a valid dataset", () => {
    fc.assert(
      fc.property(corruptedDataset, (data) => {
        for (const error of validateDataset(data)) {
          expect(KINDS.has(error.kind)).toBe(true);
          expect(typeof error.path).toBe("string");
          expect(error.message.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 500 },
    );
  });

  it("locates every error of a corrupted text at a real line of the file", () => {
    const lineCount = validText.split("\n").length + 5;
    fc.assert(
      fc.property(corruptedDataset, (data) => {
        const text = JSON.stringify(data, null, 2);
        const result = parseDataset(text, "x.json");
        if (result.ok) return;
        for (const error of result.errors) {
          expect(error.line).toBeGreaterThanOrEqual(1);
          expect(error.line).toBeLessThanOrEqual(Math.max(lineCount, text.split("\n").length));
          expect(error.column).toBeGreaterThanOrEqual(1);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("never throws on arbitrary text", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.jsonValue().map((value) => JSON.stringify(value))), (text) => {
        const result = parseDataset(text, "x.json");
        if (!result.ok) for (const error of result.errors) expect(KINDS.has(error.kind)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});
