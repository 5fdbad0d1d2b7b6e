/** Options and the typed error of the located JSON parser (located-json.ts). */
import type { TextPosition } from "./json-locations";
import { withDefaults } from "./options";

export interface JsonParseOptions {
  /** Longest accepted text, in UTF-16 code units (about bytes for ASCII files). */
  readonly maxChars: number;
  /** Deepest accepted nesting of arrays and objects (the root container is depth 1). */
  readonly maxDepth: number;
}

export const DEFAULT_JSON_PARSE_OPTIONS: JsonParseOptions = Object.freeze({
  maxChars: 20 * 1024 * 1024,
  maxDepth: 64,
});

/** Recursion bound: deeper limits would risk the call stack. */
const MAX_DEPTH_LIMIT = 1000;

export function resolveJsonParseOptions(options: Partial<JsonParseOptions> = {}): JsonParseOptions {
  const resolved = withDefaults(DEFAULT_JSON_PARSE_OPTIONS, options);
  if (!Number.isInteger(resolved.maxChars) || resolved.maxChars < 1)
    throw new RangeError(`maxChars must be a positive integer, got ${resolved.maxChars}`);
  if (!Number.isInteger(resolved.maxDepth) || resolved.maxDepth < 1 || resolved.maxDepth > MAX_DEPTH_LIMIT)
    throw new RangeError(`maxDepth must be an integer from 1 to ${MAX_DEPTH_LIMIT}, got ${resolved.maxDepth}`);
  return resolved;
}

export type JsonParseErrorKind = "empty" | "too-large" | "too-deep" | "syntax" | "duplicate-key";

export class JsonParseError extends Error {
  override readonly name = "JsonParseError";
  constructor(
    readonly kind: JsonParseErrorKind,
    message: string,
    /** JSON Pointer of the container being read when the error occurred. */
    readonly path: string,
    /** Where, when the error has a place in the text (not for "empty" or "too-large"). */
    readonly position?: TextPosition,
  ) {
    super(message);
  }
}
