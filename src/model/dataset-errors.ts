/**
 * Typed, located dataset errors. Every problem found in a dataset is one `DatasetError`:
 * a `kind` that tests and tools can rely on, the JSON Pointer of the value concerned,
 * and, when the dataset was read from text, the file, line and column.
 */

/** Reading the text (located-json.ts): shared by every versioned document (datasets, stories). */
export const READING_ERROR_KINDS = ["empty", "too-large", "too-deep", "syntax", "duplicate-key"] as const;
/** The document's header (format and version). */
export const HEADER_ERROR_KINDS = ["wrong-format", "unsupported-version"] as const;
/** Structure, as the JSON Schema checks it. */
export const STRUCTURE_ERROR_KINDS = ["type", "required", "unknown-property", "enum", "format", "range"] as const;

export const DATASET_ERROR_KINDS = [
  ...READING_ERROR_KINDS,
  ...HEADER_ERROR_KINDS,
  ...STRUCTURE_ERROR_KINDS,
  // Meaning
  "duplicate-id",
  "unknown-node",
  "unknown-edge",
  "unknown-commodity",
  "unknown-jurisdiction",
  "unknown-source",
  "unknown-intervention",
  "bad-capacity",
  "self-loop",
  "recipe-input-not-commodity",
  "recipe-output-not-product",
  "recipe-product-input-mixed",
  "lab-without-recipes",
  "recipes-on-non-lab",
  "empty-selector",
  "selector-matches-nothing",
  "cooperation-on-cooperation",
  "event-on-hypothetical",
  "bad-date",
  "bad-period",
  "unsourced",
] as const;

export type DatasetErrorKind = (typeof DATASET_ERROR_KINDS)[number];

/**
 * A problem in a JSON document, located: what every Chokepoint document format reports
 * (datasets here; stories extend the kinds in story/story-errors.ts).
 */
export interface LocatedError<Kind extends string = string> {
  readonly kind: Kind;
  /** JSON Pointer of the value concerned ("" for the whole document). */
  readonly path: string;
  readonly message: string;
  /** The file the document was read from, when it was. */
  readonly file?: string;
  /** 1-based line and column in that file, when the document was read from text. */
  readonly line?: number;
  readonly column?: number;
}

export type DatasetError = LocatedError<DatasetErrorKind>;

export function datasetError(kind: DatasetErrorKind, path: string, message: string): DatasetError {
  return { kind, path, message };
}

/** `file:line:col path: message`, dropping the parts the error does not have. */
export function formatError(error: LocatedError): string {
  const place = [error.file, error.line, error.column].filter((part) => part !== undefined).join(":");
  const path = error.path === "" ? "(document)" : error.path;
  return `${place ? `${place} ` : ""}${path}: ${error.message}`;
}

/** Orders errors by position in the file, then (for unlocated errors) by path. */
export function compareErrors(a: LocatedError, b: LocatedError): number {
  const byLine = (a.line ?? Infinity) - (b.line ?? Infinity);
  if (byLine !== 0 && !Number.isNaN(byLine)) return byLine;
  const byColumn = (a.column ?? Infinity) - (b.column ?? Infinity);
  if (byColumn !== 0 && !Number.isNaN(byColumn)) return byColumn;
  return comparePaths(a.path, b.path);
}

/** Compares JSON Pointers segment by segment, array indices numerically. */
export function comparePaths(a: string, b: string): number {
  const left = a.split("/");
  const right = b.split("/");
  for (let i = 0; i < Math.min(left.length, right.length); i++) {
    if (left[i] === right[i]) continue;
    const leftNumber = /^\d+$/.test(left[i]) ? Number(left[i]) : NaN;
    const rightNumber = /^\d+$/.test(right[i]) ? Number(right[i]) : NaN;
    if (!Number.isNaN(leftNumber) && !Number.isNaN(rightNumber)) return leftNumber - rightNumber;
    return left[i] < right[i] ? -1 : 1;
  }
  return left.length - right.length;
}

/** Thrown by loaders that cannot go on without a valid dataset (`kind` for tests). */
export class InvalidDatasetError extends Error {
  override readonly name = "InvalidDatasetError";
  readonly kind = "invalid-dataset";
  constructor(readonly errors: readonly DatasetError[]) {
    super(
      `invalid dataset (${errors.length} error${errors.length === 1 ? "" : "s"}):\n` +
        errors.slice(0, 20).map(formatError).join("\n") +
        (errors.length > 20 ? `\n... and ${errors.length - 20} more` : ""),
    );
  }
}
