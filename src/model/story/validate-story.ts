/**
 * Story validation, in the dataset validator's order: the document header (is this a
 * story, in a version we read? stop if not), the JSON Schema (story-schema.ts, through
 * the dataset validator's schema-error translation), then, when a dataset is given, the
 * checks against it (check-story.ts) on every step that passed the schema.
 */
import { Value } from "typebox/value";
import { comparePaths } from "../dataset-errors";
import { schemaErrors } from "../validate-structure";
import type { Dataset } from "../types";
import { checkStorySteps, datasetWarnings } from "./check-story";
import { storyError, type StoryError, type StoryWarning } from "./story-errors";
import { FIGURE_KINDS, STORY_FORMAT, STORY_VERSION, StorySchema, StoryStepSchema } from "./story-schema";
import type { Story, StoryStep } from "./story-types";

/** Stop collecting after this many errors (as the dataset validator does). */
export const MAX_STORY_ERRORS = 200;

export type StoryValidation =
  | { readonly ok: true; readonly story: Story; readonly warnings: readonly StoryWarning[] }
  | { readonly ok: false; readonly errors: readonly StoryError[] };

function describe(value: unknown): string {
  if (Array.isArray(value)) return "an array";
  if (value === null) return "null";
  return typeof value === "object" ? "an object" : JSON.stringify(value);
}

/** The header errors of `value` as a story ([] when the header is ours). */
export function storyHeaderErrors(value: unknown): StoryError[] {
  if (value === null || typeof value !== "object" || Array.isArray(value))
    return [storyError("type", "", `a story is a JSON object ({ "format": "${STORY_FORMAT}", ... }); this document is ${describe(value)}`)];
  const { format, version } = value as { format?: unknown; version?: unknown };
  if (format === undefined) return [storyError("required", "/format", `missing 'format': a story declares "format": "${STORY_FORMAT}"`)];
  if (format !== STORY_FORMAT)
    return [storyError("wrong-format", "/format", `format ${describe(format)} is not a Chokepoint story (expected "${STORY_FORMAT}")`)];
  if (version === undefined) return [storyError("required", "/version", `missing 'version': this Chokepoint reads "version": ${STORY_VERSION}`)];
  if (version !== STORY_VERSION)
    return [storyError("unsupported-version", "/version", `story version ${describe(version)} is not supported: this Chokepoint reads version ${STORY_VERSION}`)];
  return [];
}

const FIGURE_KIND_PATH = /^\/steps\/\d+\/figures\/\d+\/kind$/;

/** Schema errors, with a wrong figure kind reported as what it is: an unknown figure. */
function structuralStoryErrors(value: unknown): StoryError[] {
  return schemaErrors(StorySchema, value, MAX_STORY_ERRORS).map((error): StoryError =>
    error.kind === "enum" && FIGURE_KIND_PATH.test(error.path)
      ? storyError("unknown-figure", error.path, error.message.replace(/^must be one of/, `not a figure the app computes; figures are`))
      : error,
  );
}

/** Each step that passes the schema on its own; `undefined` for the others. */
function soundSteps(value: unknown): (StoryStep | undefined)[] {
  const steps = (value as { steps?: unknown }).steps;
  if (!Array.isArray(steps)) return [];
  return steps.map((step) => (Value.Check(StoryStepSchema, step) ? (step as StoryStep) : undefined));
}

/**
 * Every problem of an already-parsed value as a story, sorted by path; checked against
 * `dataset` when one is given (ids, dates, links), else on its own. Errors carry paths but
 * no line or column (load-story.ts locates them in the text).
 */
export function validateStory(value: unknown, dataset?: Dataset): StoryValidation {
  const header = storyHeaderErrors(value);
  if (header.length > 0) return { ok: false, errors: header };
  const structural = structuralStoryErrors(value);
  const semantic = dataset ? checkStorySteps(soundSteps(value), dataset) : [];
  const errors = [...structural, ...semantic].sort((a, b) => comparePaths(a.path, b.path)).slice(0, MAX_STORY_ERRORS);
  if (errors.length > 0) return { ok: false, errors };
  const story = value as Story;
  return { ok: true, story, warnings: dataset ? datasetWarnings(story.dataset, dataset) : [] };
}

/** The figure kinds, for messages and the docs. */
export const KNOWN_FIGURES: readonly string[] = FIGURE_KINDS;
