import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Settings } from "typebox/system";
import { describe, expect, it } from "vitest";
import { formatError, InvalidDatasetError } from "../../src/model/dataset-errors";
import { parseDataset, parseDatasetOrThrow } from "../../src/model/load";
import { validateDataset } from "../../src/model/validate";

const validText = readFileSync(join(__dirname, "fixtures", "valid-minimal.json"), "utf8");
const valid = () => JSON.parse(validText);

function kindsAt(value: unknown): string[] {
  return validateDataset(value).map((error) => `${error.kind} ${error.path}`);
}

describe("validateDataset", () => {
  it("accepts the minimal valid dataset", () => {
    expect(validateDataset(valid())).toEqual([]);
  });

  it("reports structural and semantic problems together, each once, with paths but no position", () => {
    const data = valid();
    data.nodes[0].kind = "supplier";
    data.edges[0].target = "nowhere";
    data.edges[1].capacity = -1;
    data.interventions[0].effect = { kind: "retag", status: "legal" };
    data.events[0].date = "2018-13-01";
    const errors = validateDataset(data);
    expect(errors.map((error) => `${error.kind} ${error.path}`)).toEqual([
      "bad-capacity /edges/1/capacity",
      "unknown-node /edges/0/target",
      "bad-date /events/0/date",
      "enum /interventions/0/effect/status",
      "enum /nodes/0/kind",
    ].sort((a, b) => a.split(" ")[1].localeCompare(b.split(" ")[1])));
    for (const error of errors) {
      expect(error.line).toBeUndefined();
      expect(error.file).toBeUndefined();
    }
  });

  it("does not cascade: a node that breaks the schema still exists for the edges naming it", () => {
    const data = valid();
    data.nodes[1].label = "";
    expect(kindsAt(data)).toEqual(["range /nodes/1/label"]);
  });

  it("does not report references into a collection that is missing or not an array", () => {
    const data = valid();
    data.sources = { "dea-72fr20039": {} };
    expect(kindsAt(data)).toEqual(["type /sources"]);
    delete data.sources;
    expect(kindsAt(data)).toEqual(["required /sources"]);
  });

  it("catches numbers too large for a double (1e400 parses to Infinity), and NaN in objects", () => {
    const result = parseDataset(validText.replace('"capacity": 150', '"capacity": 1e400'), "big.json");
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.map((error) => error.kind)).toEqual(["bad-capacity"]);
    const data = valid();
    data.nodes[1].capacity = Number.NaN;
    data.nodes[1].recipes[0].inputs[0].ratio = Number.POSITIVE_INFINITY;
    expect(kindsAt(data)).toEqual(["bad-capacity /nodes/1/capacity", "type /nodes/1/recipes/0/inputs/0/ratio"]);
  });

  it("checks the header first, and only the header, for another format or version", () => {
    expect(kindsAt([])).toEqual(["type "]);
    expect(kindsAt({ nodes: [] })).toEqual(["required /format"]);
    expect(kindsAt({ format: "chokepoint-dataset" })).toEqual(["required /version"]);
    expect(validateDataset({ ...valid(), version: 2 })[0].message).toMatch(/reads version 1/);
  });

  it("discriminates unions by kind: errors of the named variant only, or the list of kinds", () => {
    const data = valid();
    data.interventions[1].modifies = [];
    data.interventions[0].kind = "export-contol";
    const errors = validateDataset(data);
    expect(errors.map((error) => `${error.kind} ${error.path}`)).toEqual(["enum /interventions/0/kind", "range /interventions/1/modifies"]);
    expect(errors[0].message).toMatch(/'export-control'.*'cooperation'.*did you mean 'export-control'/);
    data.interventions[0].kind = "cooperation";
    expect(kindsAt(data)).toEqual([
      "unknown-property /interventions/0/effect",
      "required /interventions/0/modifies",
      "unknown-property /interventions/0/target",
      "range /interventions/1/modifies",
    ]);
    delete data.interventions[0].kind;
    expect(kindsAt(data)[0]).toBe("required /interventions/0/kind");
  });

  it("names additional properties and the allowed ones", () => {
    const data = valid();
    data.edges[0].comodity = "npp";
    const [error] = validateDataset(data);
    expect(error.kind).toBe("unknown-property");
    expect(error.message).toMatch(/'comodity' \(did you mean 'commodity'\?\); allowed here: id, source/);
  });

  it("requires an effectiveness on set-effectiveness changes", () => {
    const data = valid();
    data.events[0].changes.push({ intervention: "cn.npp-control", action: "set-effectiveness" });
    expect(kindsAt(data)).toEqual(["required /events/0/changes/1/effectiveness"]);
  });

  it("refuses an intervention that ends before it takes effect", () => {
    const data = valid();
    data.interventions[0].ended = "2017-01-01";
    expect(kindsAt(data)).toEqual(["bad-period /interventions/0/ended"]);
  });

  it("checks recipe ids within a lab, and leap days", () => {
    const data = valid();
    data.nodes[1].recipes.push({ ...data.nodes[1].recipes[0] });
    data.events[0].date = "2020-02-29";
    data.sources[0].date = "2019-02-29";
    expect(kindsAt(data)).toEqual(["duplicate-id /nodes/1/recipes/1/id", "bad-date /sources/0/date"]);
  });

  it("stops at maxErrors, and leaves TypeBox's global error cap as it was", () => {
    const data = valid();
    data.edges = Array.from({ length: 50 }, () => ({ id: 7 }));
    expect(validateDataset(data, { maxErrors: 20 })).toHaveLength(20);
    expect(validateDataset(data).length).toBeGreaterThan(400);
    expect(Settings.Get().maxErrors).toBe(8);
    expect(() => validateDataset(data, { maxErrors: 0 })).toThrow(RangeError);
  });
});

describe("parseDataset", () => {
  it("locates every error in the file, sorted by position", () => {
    const text = validText.replace('"kind": "sea"', "").replace('"mode": "sea"', '"mode": "boat"').replace('"capacity": 100,', '"capacity": -100,');
    const result = parseDataset(text, "data/x.json");
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const lines = result.errors.map((error) => error.line!);
    expect(lines).toEqual([...lines].sort((a, b) => a - b));
    expect(result.errors.map(formatError)).toEqual([
      "data/x.json:30:19 /nodes/1/capacity: must be >= 0; got -100",
      `data/x.json:52:15 /edges/0/mode: must be one of 'sea', 'air', 'road', 'rail', 'mail', 'courier', 'online'; got "boat"`,
    ]);
  });

  it("turns parse failures into located dataset errors", () => {
    const result = parseDataset("{\n  \"format\": \"chokepoint-dataset\",\n}", "bad.json");
    expect(result).toMatchObject({ ok: false, errors: [{ kind: "syntax", file: "bad.json", line: 3, column: 1 }] });
  });

  it("throws a typed error from parseDatasetOrThrow", () => {
    expect(parseDatasetOrThrow(validText, "ok.json").nodes).toHaveLength(3);
    try {
      parseDatasetOrThrow("[]", "array.json");
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(InvalidDatasetError);
      expect((error as InvalidDatasetError).kind).toBe("invalid-dataset");
      expect((error as InvalidDatasetError).errors[0]).toMatchObject({ kind: "type", file: "array.json", line: 1 });
    }
  });
});

describe("formatError", () => {
  it("writes file:line:col path: message, dropping what is unknown", () => {
    expect(formatError({ kind: "type", path: "/a", message: "m", file: "f.json", line: 3, column: 9 })).toBe("f.json:3:9 /a: m");
    expect(formatError({ kind: "empty", path: "", message: "m", file: "f.json" })).toBe("f.json (document): m");
    expect(formatError({ kind: "type", path: "/a/0", message: "m" })).toBe("/a/0: m");
  });
});
