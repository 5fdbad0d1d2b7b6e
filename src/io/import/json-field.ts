/**
 * A field holding JSON text (a lab's `recipes`, GraphML's graph context): parsed by the
 * model's located JSON parser (never evaluated), with a depth limit.
 */
import { parseLocatedJson } from "../../model/located-json";
import type { Parsed } from "./field-values";

export function parseJsonText(text: string, maxDepth = 16): Parsed<unknown> {
  const parsed = parseLocatedJson(text, { maxDepth, maxChars: Math.max(1, text.length) });
  if (parsed.ok) return { ok: true, value: parsed.json.value };
  const where = parsed.error.position ? ` (line ${parsed.error.position.line}, character ${parsed.error.position.column} of the value)` : "";
  return { ok: false, message: `not valid JSON text: ${parsed.error.message}${where}` };
}
