/**
 * Reading a dataset from text: parse (located-json.ts), validate (validate.ts), and
 * locate every error in the file. Pure: the caller reads the file.
 */
import { InvalidDatasetError, type DatasetError } from "./dataset-errors";
import { DEFAULT_JSON_PARSE_OPTIONS, parseLocatedJson, resolveJsonParseOptions, type JsonParseOptions, type LocatedJson } from "./located-json";
import { locateErrors, parseFailure } from "./locate-errors";
import type { Dataset } from "./types";
import { DEFAULT_VALIDATION_OPTIONS, resolveValidationOptions, validateDataset, type ValidationOptions } from "./validate";

export { formatError } from "./dataset-errors";
export type { DatasetError, DatasetErrorKind } from "./dataset-errors";
export { validateDataset } from "./validate";

export interface LoadOptions extends JsonParseOptions, ValidationOptions {}

export const DEFAULT_LOAD_OPTIONS: LoadOptions = Object.freeze({ ...DEFAULT_JSON_PARSE_OPTIONS, ...DEFAULT_VALIDATION_OPTIONS });

export type ParseDatasetResult =
  | { readonly ok: true; readonly dataset: Dataset }
  | { readonly ok: false; readonly errors: readonly DatasetError[] };

/** Validates an already-parsed JSON document as a dataset, locating errors in `fileName`. */
export function checkDatasetDocument(json: LocatedJson, fileName: string, options: Partial<ValidationOptions> = {}): ParseDatasetResult {
  const errors = validateDataset(json.value, options);
  if (errors.length > 0) return { ok: false, errors: locateErrors(errors, json.locations, fileName) };
  return { ok: true, dataset: json.value as Dataset };
}

/** Parses and validates dataset text. Every error names `fileName`, a line, a column and a path. */
export function parseDataset(text: string, fileName: string, options: Partial<LoadOptions> = {}): ParseDatasetResult {
  const parseOptions = resolveJsonParseOptions({ maxChars: options.maxChars, maxDepth: options.maxDepth });
  const validationOptions = resolveValidationOptions({ maxErrors: options.maxErrors });
  const parsed = parseLocatedJson(text, parseOptions);
  if (!parsed.ok) return { ok: false, errors: [parseFailure(parsed.error, fileName)] };
  return checkDatasetDocument(parsed.json, fileName, validationOptions);
}

/** `parseDataset` for callers that cannot continue without a dataset: throws `InvalidDatasetError`. */
export function parseDatasetOrThrow(text: string, fileName: string, options: Partial<LoadOptions> = {}): Dataset {
  const result = parseDataset(text, fileName, options);
  if (!result.ok) throw new InvalidDatasetError(result.errors);
  return result.dataset;
}
