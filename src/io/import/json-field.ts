/**
 * A field holding JSON text (a lab's `recipes`, GraphML's graph context): parsed by the
 * model's located JSON parser (never evaluated), with a small depth limit; a parse error is
 * a `bad-value` problem at the field's location.
 */
import { parseLocatedJson } from "../../model/located-json";
import type { Parsed } from "./field-values";
import type { RawValue } from "./raw-graph";

export function readJsonField(raw: RawValue, field: string, path: string, maxDepth = 16): Parsed<unknown> {
  const parsed = parseLocatedJson(raw.text, { maxDepth, maxChars: Math.max(1, raw.text.length) });
  if (parsed.ok) return { ok: true, value: parsed.json.value };
  const where = parsed.error.position ? ` (at character ${parsed.error.position.column} of line ${parsed.error.position.line} of the value)` : "";
  return { ok: false, problem: { kind: "bad-value", ...raw.at, path, message: `${field}: not valid JSON text: ${parsed.error.message}${where}` } };
}
