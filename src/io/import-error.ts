/**
 * Errors of the io layer. Every problem found in an imported file is one `ImportProblem`
 * with a kind (tests check kinds, not texts) and a location: line and column for XML and
 * CSV, a JSON Pointer for JSON. Parsers collect problems rather than throwing, so the user
 * sees all of them at once.
 */
export type ImportProblemKind =
  | "empty"
  | "too-large"
  | "too-deep"
  | "too-many-items"
  | "xml-syntax"
  | "xml-mismatched-tag"
  | "xml-doctype-refused"
  | "xml-entity-refused"
  | "xml-bad-character-reference"
  | "csv-unterminated-quote"
  | "csv-stray-quote"
  | "csv-column-count"
  | "csv-missing-column"
  | "csv-bad-value"
  | "format-unknown"
  | "format-structure"
  | "dataset-invalid";

export interface ImportProblem {
  readonly kind: ImportProblemKind;
  readonly file: string;
  readonly message: string;
  readonly line?: number;
  readonly column?: number;
  /** JSON Pointer (JSON input) or an element/column path (XML, CSV) when one helps. */
  readonly path?: string;
}

export function formatProblem(problem: ImportProblem): string {
  const where = [problem.file, problem.line, problem.column].filter((part) => part !== undefined).join(":");
  return `${where}${problem.path ? ` ${problem.path}` : ""}: ${problem.message}`;
}

/** Thrown inside a parser to stop at a problem it cannot recover from; caught at its entry. */
export class ImportAbort extends Error {
  override readonly name = "ImportAbort";
  constructor(readonly problem: ImportProblem) {
    super(problem.message);
  }
}
