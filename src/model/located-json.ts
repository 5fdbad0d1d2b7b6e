/**
 * A JSON parser that remembers where every value starts.
 *
 * Algorithm: recursive descent over the RFC 8259 grammar, one pass, no backtracking. The
 * input is never evaluated. While parsing, each value's offsets go to a side table (see
 * json-locations.ts), so a validation error can later name the line and column of any
 * JSON Pointer. Refused with a typed `JsonParseError`: empty input, text over `maxChars`,
 * nesting over `maxDepth`, malformed JSON (with the position of the first bad token), and
 * duplicate keys in one object (ambiguous: JSON.parse would silently keep the last one).
 * A leading byte-order mark is skipped. Numbers too large for a double (1e400) parse to
 * Infinity, as with JSON.parse; dataset validation rejects them where they matter.
 */
import type { JsonLocations } from "./json-locations";
import { JsonParseError, resolveJsonParseOptions, type JsonParseOptions } from "./json-parse-error";
import { Parser } from "./json-parser";

export { DEFAULT_JSON_PARSE_OPTIONS, JsonParseError, resolveJsonParseOptions } from "./json-parse-error";
export type { JsonParseErrorKind, JsonParseOptions } from "./json-parse-error";

export interface LocatedJson {
  readonly value: unknown;
  readonly locations: JsonLocations;
}

export type JsonParseResult = { readonly ok: true; readonly json: LocatedJson } | { readonly ok: false; readonly error: JsonParseError };

export function parseLocatedJson(text: string, options: Partial<JsonParseOptions> = {}): JsonParseResult {
  const resolved = resolveJsonParseOptions(options);
  try {
    return { ok: true, json: new Parser(text, resolved).parseDocument() };
  } catch (error) {
    if (error instanceof JsonParseError) return { ok: false, error };
    throw error;
  }
}
