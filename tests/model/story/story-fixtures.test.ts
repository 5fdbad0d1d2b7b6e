// One invalid fixture per error kind a story can have: the valid story with exactly one
// problem, checked against the minimal dataset. Each must yield exactly one error, of that
// kind, at the expected JSON Pointer and line.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseDatasetOrThrow } from "../../../src/model/load";
import { parseStory, type StoryParseOptions } from "../../../src/model/story/load-story";
import { STORY_ERROR_KINDS } from "../../../src/model/story/story-errors";

const folder = join(__dirname, "fixtures", "invalid");
const dataset = parseDatasetOrThrow(readFileSync(join(__dirname, "../fixtures/valid-minimal.json"), "utf8"), "valid-minimal.json");

interface Expected {
  readonly path: string;
  readonly line?: number;
  readonly options?: Partial<StoryParseOptions>;
}

const EXPECTED: Readonly<Record<(typeof STORY_ERROR_KINDS)[number], Expected>> = {
  empty: { path: "" },
  "too-large": { path: "", options: { maxChars: 500 } },
  "too-deep": { path: "/steps/0/questions" + "/0".repeat(13), line: 21 },
  syntax: { path: "/steps/0/highlight/minCut", line: 18 },
  "duplicate-key": { path: "/steps/1/title", line: 26 },
  "wrong-format": { path: "/format", line: 3 },
  "unsupported-version": { path: "/version", line: 4 },
  type: { path: "/steps/0/highlight/minCut", line: 18 },
  required: { path: "/steps/1/narrative", line: 24 },
  "unknown-property": { path: "/steps/0/view/zoom", line: 13 },
  enum: { path: "/steps/1/view/layout", line: 28 },
  format: { path: "/steps/0/highlight/nodes/0", line: 15 },
  range: { path: "/steps/1/scenario/switches/us-cn.cooperation/effectiveness", line: 27 },
  "unknown-figure": { path: "/steps/1/figures/2/kind", line: 33 },
  "unknown-node": { path: "/steps/0/highlight/nodes/0", line: 15 },
  "unknown-edge": { path: "/steps/0/highlight/edges/0", line: 16 },
  "unknown-intervention": { path: "/steps/1/scenario/switches/us-cn.coperation", line: 27 },
  "unknown-source": { path: "/steps/0/sources/0", line: 22 },
  "bad-date": { path: "/steps/1/scenario/date", line: 27 },
  "not-a-lab": { path: "/steps/0/figures/1/node", line: 20 },
  "broken-route": { path: "/steps/0/highlight/routes/0/1", line: 17 },
  "unsafe-link": { path: "/steps/0/narrative", line: 11 },
};

describe("story fixtures", () => {
  it("exist exactly once for every story error kind", () => {
    const files = readdirSync(folder).filter((name) => name.endsWith(".json")).map((name) => name.replace(/\.json$/, ""));
    expect(files.sort()).toEqual([...STORY_ERROR_KINDS].sort());
  });

  it("the valid story they are made from is valid against the minimal dataset, without warnings", () => {
    const result = parseStory(readFileSync(join(__dirname, "fixtures", "valid-story.json"), "utf8"), "valid-story.json", dataset);
    expect(result).toMatchObject({ ok: true, warnings: [] });
  });

  it.each(Object.entries(EXPECTED))("%s.json yields exactly that error, located", (kind, expected) => {
    const file = `${kind}.json`;
    const result = parseStory(readFileSync(join(folder, file), "utf8"), file, dataset, expected.options);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((error) => [error.kind, error.path])).toEqual([[kind, expected.path]]);
    const [error] = result.errors;
    expect(error.file).toBe(file);
    expect(error.line).toBe(expected.line);
    if (expected.line !== undefined) expect(error.column).toBeGreaterThan(0);
    expect(error.message.length).toBeGreaterThan(10);
  });
});
