/**
 * Story files for `chokepoint validate`: a story is checked against a dataset (its ids
 * only mean something there): the one given with --dataset, else the bundled default.
 */
import { checkStoryDocument } from "../model/story/load-story";
import { formatError } from "../model/dataset-errors";
import type { DocumentCheck, DocumentContext, DocumentFormat } from "./document-formats";
import { STORY_FORMAT } from "../model/story/story-schema";
import type { LocatedJson } from "../model/located-json";

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? "" : "s"}`;
}

export const storyFormat: DocumentFormat = {
  format: STORY_FORMAT,
  noun: "story",
  check(json: LocatedJson, fileName: string, context: DocumentContext): DocumentCheck {
    const loaded = context.dataset();
    if (!loaded.ok) return loaded;
    const result = checkStoryDocument(json, fileName, loaded.dataset);
    if (!result.ok) return { ok: false, errors: result.errors };
    const { story } = result;
    return {
      ok: true,
      summary: `story "${story.title}", ${plural(story.steps.length, "step")}, checked against ${loaded.name}`,
      notes: result.warnings.map((warning) => `warning: ${formatError(warning)}`),
    };
  },
};
