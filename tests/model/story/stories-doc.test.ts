// docs/stories.md must stay true: its example is a valid story on the default dataset, and
// it documents every error kind, figure kind and highlight field the format has.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseDatasetOrThrow } from "../../../src/model/load";
import { parseStory } from "../../../src/model/story/load-story";
import { STORY_ERROR_KINDS } from "../../../src/model/story/story-errors";
import { FIGURE_KINDS, StoryHighlightSchema, StoryStepSchema, StorySchema } from "../../../src/model/story/story-schema";

const root = join(__dirname, "../../..");
const doc = readFileSync(join(root, "docs/stories.md"), "utf8");
const dataset = parseDatasetOrThrow(readFileSync(join(root, "data/default.json"), "utf8"), "data/default.json");

describe("docs/stories.md", () => {
  it("ends with an example that is a valid story on the default dataset, without warnings", () => {
    const blocks = [...doc.matchAll(/```json\n([\s\S]*?)```/g)].map((match) => match[1]);
    const result = parseStory(blocks[blocks.length - 1], "docs/stories.md example", dataset);
    expect(result.ok ? result.warnings : result.errors).toEqual([]);
  });

  it("documents every error kind, figure kind and field", () => {
    const fields = [...Object.keys(StorySchema.properties), ...Object.keys(StoryStepSchema.properties), ...Object.keys(StoryHighlightSchema.properties)];
    const names = [...STORY_ERROR_KINDS, "dataset-mismatch", ...FIGURE_KINDS, ...fields];
    expect(names.filter((name) => !doc.includes(`\`${name}\``))).toEqual([]);
  });
});
