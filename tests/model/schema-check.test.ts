import fc from "fast-check";
import { Value } from "typebox/value";
import { describe, expect, it } from "vitest";
import { shapeChecks } from "../../src/model/dataset-shape";
import { DatasetSchema, NodeSchema } from "../../src/model/schema";
import { compileSchemaCheck } from "../../src/model/schema-check";
import { corruptedDataset, validText } from "./support/corruptions";

describe("compileSchemaCheck", () => {
  it("gives TypeBox's verdict on the valid dataset and on random corruptions of it", () => {
    expect(shapeChecks().dataset(JSON.parse(validText))).toBe(true);
    let invalid = 0;
    fc.assert(
      fc.property(corruptedDataset, (data) => {
        const verdict = Value.Check(DatasetSchema, data);
        if (!verdict) invalid++;
        expect(shapeChecks().dataset(data)).toBe(verdict);
      }),
      { numRuns: 1000 },
    );
    // The generator must mostly produce invalid datasets, or the agreement says little.
    expect(invalid).toBeGreaterThan(500);
  });

  it("gives TypeBox's verdict on arbitrary values as nodes", () => {
    const check = shapeChecks().items.nodes;
    const nearNode = fc.record(
      {
        id: fc.oneof(fc.constantFrom("a", "lab.1", "A", "-x"), fc.string()),
        label: fc.oneof(fc.constant(""), fc.string()),
        kind: fc.constantFrom("lab", "market", "port", "nope"),
        jurisdiction: fc.constantFrom("MX", "mx", "MEXX", "INT"),
        capacity: fc.oneof(fc.double(), fc.integer()),
        coordinates: fc.record({ lat: fc.double(), lon: fc.double() }, { requiredKeys: [] }),
        sources: fc.array(fc.constantFrom("s", "S")),
        unverified: fc.oneof(fc.boolean(), fc.constant(1)),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(fc.oneof(nearNode, fc.jsonValue()), (value) => {
        expect(check(value)).toBe(Value.Check(NodeSchema, value));
      }),
      { numRuns: 2000 },
    );
  });

  it("counts string lengths in code points and refuses non-finite numbers, like TypeBox", () => {
    const check = compileSchemaCheck({ type: "object", properties: { s: { type: "string", maxLength: 2, minLength: 2 }, n: { type: "number" } } });
    expect(check({ s: "\u{1F600}\u{1F600}" })).toBe(true);
    expect(check({ s: "\u{1F600}" })).toBe(false);
    expect(check({ n: Number.POSITIVE_INFINITY })).toBe(false);
    expect(check({ n: Number.NaN })).toBe(false);
  });

  it("refuses to compile keywords it does not implement, rather than ignoring them", () => {
    expect(() => compileSchemaCheck({ type: "string", format: "email" })).toThrow(/unsupported/);
    expect(() => compileSchemaCheck({ type: ["string", "null"] })).toThrow(/unsupported/);
    expect(() => compileSchemaCheck({ type: "object", properties: {}, additionalProperties: { type: "string" } })).toThrow(/unsupported/);
  });

  it("treats a '__proto__' own key as an additional property", () => {
    const check = compileSchemaCheck({ type: "object", properties: { a: { type: "number" } }, additionalProperties: false });
    expect(check(JSON.parse('{"a": 1, "__proto__": 2}'))).toBe(false);
    expect(check({ a: 1 })).toBe(true);
  });
});
