// Story validation beyond one error per fixture: every problem at once, in path order;
// the soft dataset check; the schema file in sync; a story without a dataset checked
// for its structure only.
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { formatError } from "../../../src/model/dataset-errors";
import { parseDatasetOrThrow } from "../../../src/model/load";
import { storyJsonSchema } from "../../../src/model/story/json-schema";
import { parseStory } from "../../../src/model/story/load-story";
import { validateStory } from "../../../src/model/story/validate-story";

const dataset = parseDatasetOrThrow(readFileSync(join(__dirname, "../fixtures/valid-minimal.json"), "utf8"), "valid-minimal.json");
const validText = readFileSync(join(__dirname, "fixtures", "valid-story.json"), "utf8");

describe("story validation", () => {
  it("reports every problem at once, in file order, each with its step in words", () => {
    const broken = validText
      .replace('"nodes": ["cn.suppliers"]', '"nodes": ["cn.supplier"]')
      .replace('"layout": "geographic"', '"layout": "force"')
      .replace('"sources": ["dea-72fr20039"]\n', '"sources": ["dea-2007"]\n');
    const result = parseStory(broken, "story.json", dataset);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((error) => [error.kind, error.line])).toEqual([
      ["unknown-node", 15],
      ["unknown-source", 22],
      ["enum", 28],
    ]);
    expect(result.errors[0].message).toMatch(/^step 1: the dataset has no node 'cn.supplier' \(did you mean 'cn.suppliers'\?\)/);
    expect(formatError(result.errors[0])).toMatch(/^story\.json:15:\d+ \/steps\/0\/highlight\/nodes\/0: step 1: /);
  });

  it("still checks the steps that pass the schema when another step does not", () => {
    const broken = validText.replace('"layout": "geographic"', '"layout": 3').replace('"nodes": ["cn.suppliers"]', '"nodes": ["nowhere"]');
    const result = parseStory(broken, "story.json", dataset);
    expect(result.ok ? [] : result.errors.map((error) => error.kind)).toEqual(["unknown-node", "enum"]);
  });

  it("warns, without refusing, when the story names another dataset", () => {
    const result = parseStory(validText.replace('"dataset": "Minimal dataset"', '"dataset": "Another dataset"'), "story.json", dataset);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.warnings.map((warning) => [warning.kind, warning.path, warning.line])).toEqual([["dataset-mismatch", "/dataset", 7]]);
  });

  it("checks only the structure without a dataset", () => {
    const value = JSON.parse(validText.replace('"nodes": ["cn.suppliers"]', '"nodes": ["nowhere"]'));
    expect(validateStory(value)).toMatchObject({ ok: true, warnings: [] });
    expect(validateStory({ ...value, steps: [] })).toMatchObject({ ok: false, errors: [{ kind: "range", path: "/steps" }] });
  });

  it("refuses a dataset given as a story with one clear error", () => {
    const result = validateStory({ format: "chokepoint-dataset", version: 1 });
    expect(result).toMatchObject({ ok: false, errors: [{ kind: "wrong-format", path: "/format" }] });
  });

  it("schema/story-v1.schema.json matches the schema the types are inferred from (run `npm run schema` if not)", () => {
    const committed = JSON.parse(readFileSync(resolve(__dirname, "../../../schema/story-v1.schema.json"), "utf8"));
    expect(committed).toEqual(storyJsonSchema());
  });
});
