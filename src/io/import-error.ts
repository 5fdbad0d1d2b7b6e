/**
 * Errors of the io layer. Every problem found in an imported file is one `ImportProblem`
 * with a kind (tests check kinds, not texts) and a location: line and column for XML and
 * CSV, a JSON Pointer (and line and column) for JSON. Parsers collect problems rather than
 * throwing, so the user sees all of them at once.
 */
import type { DatasetErrorKind } from "../model/dataset-errors";
import type { JsonParseError, JsonParseErrorKind } from "../model/json-parse-error";

export const IMPORT_PROBLEM_KINDS = [
  // Reading the bytes
  "empty",
  "too-large",
  "too-deep",
  "too-many-items",
  "encoding",
  // XML
  "xml-syntax",
  "xml-mismatched-tag",
  "xml-doctype-refused",
  "xml-entity-refused",
  "xml-bad-character-reference",
  // JSON
  "json-syntax",
  "json-duplicate-key",
  // CSV
  "csv-unterminated-quote",
  "csv-stray-quote",
  "csv-column-count",
  "csv-missing-column",
  "csv-duplicate-column",
  // The document
  "format-unknown",
  "format-unsupported",
  "format-structure",
  /** A value of the wrong type or outside its allowed values (a number that is not one...). */
  "bad-value",
  // What the document describes
  "dataset-invalid",
  "scenario-invalid",
] as const;

export type ImportProblemKind = (typeof IMPORT_PROBLEM_KINDS)[number];

export interface ImportProblem {
  readonly kind: ImportProblemKind;
  readonly file: string;
  readonly message: string;
  readonly line?: number;
  readonly column?: number;
  /** JSON Pointer (JSON input, and the dataset path of a validation error) or an element/column name. */
  readonly path?: string;
  /** For `dataset-invalid`: the dataset validator's own kind (src/model/dataset-errors.ts). */
  readonly datasetKind?: DatasetErrorKind;
}

export function formatProblem(problem: ImportProblem): string {
  const where = [problem.file, problem.line, problem.column].filter((part) => part !== undefined).join(":");
  return `${where}${problem.path ? ` ${problem.path}` : ""}: ${problem.message}`;
}

/** Orders problems by file, then by position (unlocated ones last, in their given order). */
export function sortProblems(problems: readonly ImportProblem[]): ImportProblem[] {
  return problems
    .map((problem, order) => ({ problem, order }))
    .sort(
      (a, b) =>
        (a.problem.file < b.problem.file ? -1 : a.problem.file > b.problem.file ? 1 : 0) ||
        (a.problem.line ?? Infinity) - (b.problem.line ?? Infinity) ||
        (a.problem.column ?? Infinity) - (b.problem.column ?? Infinity) ||
        a.order - b.order,
    )
    .map(({ problem }) => problem);
}

/** Thrown inside a parser to stop at a problem it cannot recover from; caught at its entry. */
export class ImportAbort extends Error {
  override readonly name = "ImportAbort";
  constructor(readonly problem: ImportProblem) {
    super(problem.message);
  }
}

const JSON_PARSE_KIND: Readonly<Record<JsonParseErrorKind, ImportProblemKind>> = {
  empty: "empty",
  "too-large": "too-large",
  "too-deep": "too-deep",
  syntax: "json-syntax",
  "duplicate-key": "json-duplicate-key",
};

/** A JSON file that did not parse (any JSON the io layer reads: datasets, snapshots, batches), as a located problem. */
export function jsonParseProblem(error: JsonParseError, file: string): ImportProblem {
  return { kind: JSON_PARSE_KIND[error.kind], file, ...(error.position ? { line: error.position.line, column: error.position.column } : {}), message: error.message };
}
