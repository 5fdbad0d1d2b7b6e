/**
 * Reading a story from text: src/model's located JSON parser, the story validator, and
 * every error placed in the file (line, column, JSON Pointer) with src/model's locator.
 * Pure: the caller reads the file.
 */
import { locateErrors, parseFailure } from "../locate-errors";
import { parseLocatedJson, type LocatedJson } from "../located-json";
import { withDefaults } from "../options";
import type { Dataset } from "../types";
import type { StoryError, StoryWarning } from "./story-errors";
import type { Story } from "./story-types";
import { validateStory } from "./validate-story";

export interface StoryParseOptions {
  /** Longest accepted text. Stories are small: a megabyte is far more than 100 steps need. */
  readonly maxChars: number;
  /** Deepest nesting (a story needs 6 levels; a little room for `$schema` tools). */
  readonly maxDepth: number;
}

export const DEFAULT_STORY_PARSE_OPTIONS: StoryParseOptions = Object.freeze({ maxChars: 1024 * 1024, maxDepth: 16 });

export type LoadStoryResult =
  | { readonly ok: true; readonly story: Story; readonly warnings: readonly StoryWarning[] }
  | { readonly ok: false; readonly errors: readonly StoryError[] };

/** Validates an already-parsed document as a story, locating problems in `fileName`. */
export function checkStoryDocument(json: LocatedJson, fileName: string, dataset?: Dataset): LoadStoryResult {
  const result = validateStory(json.value, dataset);
  if (!result.ok) return { ok: false, errors: locateErrors(result.errors, json.locations, fileName) };
  return { ok: true, story: result.story, warnings: locateErrors(result.warnings, json.locations, fileName) };
}

/**
 * Parses and validates story text, against `dataset` when given (the app and the CLI
 * always give one: a story's ids only mean something in a dataset).
 */
export function parseStory(text: string, fileName: string, dataset?: Dataset, options: Partial<StoryParseOptions> = {}): LoadStoryResult {
  const parsed = parseLocatedJson(text, withDefaults(DEFAULT_STORY_PARSE_OPTIONS, options));
  if (!parsed.ok) return { ok: false, errors: [parseFailure(parsed.error, fileName)] };
  return checkStoryDocument(parsed.json, fileName, dataset);
}
