/**
 * Typed, located story errors: the dataset's error kinds (reading the text, the document
 * header, the schema, ids the dataset lacks, bad dates) plus the few only stories have.
 * They are `LocatedError`s, so src/model's locating and formatting apply unchanged.
 */
import { HEADER_ERROR_KINDS, READING_ERROR_KINDS, STRUCTURE_ERROR_KINDS, type DatasetErrorKind, type LocatedError } from "../dataset-errors";

export const STORY_ONLY_ERROR_KINDS = [
  /** A figure kind the app does not compute. */
  "unknown-figure",
  /** A narrative link that is not http(s) (javascript:, data:, a relative path...). */
  "unsafe-link",
  /** A highlighted route whose edges do not follow on from each other. */
  "broken-route",
  /** A lab-output figure naming a node that is not a lab. */
  "not-a-lab",
] as const;

export type StoryErrorKind = DatasetErrorKind | (typeof STORY_ONLY_ERROR_KINDS)[number];

/** Every kind the story validator reports (docs/stories.md lists them; a fixture each in tests/model/story). */
export const STORY_ERROR_KINDS = [
  ...READING_ERROR_KINDS,
  ...HEADER_ERROR_KINDS,
  ...STRUCTURE_ERROR_KINDS,
  "unknown-figure",
  // Against the dataset
  "unknown-node",
  "unknown-edge",
  "unknown-intervention",
  "unknown-source",
  "bad-date",
  "not-a-lab",
  "broken-route",
  "unsafe-link",
] as const satisfies readonly StoryErrorKind[];

export type StoryError = LocatedError<StoryErrorKind>;

/**
 * Warnings do not refuse a story: it plays, but a person should know. The one warning
 * today: the story names another dataset than the one it is played on.
 */
export type StoryWarningKind = "dataset-mismatch";
export type StoryWarning = LocatedError<StoryWarningKind>;

export function storyError(kind: StoryErrorKind, path: string, message: string): StoryError {
  return { kind, path, message };
}
