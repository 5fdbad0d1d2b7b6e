/**
 * Typing the text fields of GEXF, GraphML and CSV files, strictly: numbers in decimal or
 * exponent notation only (no hex, no "Infinity", nothing that would need evaluating),
 * booleans as true/false/1/0, enumerations from the dataset schema's lists. A value that
 * does not fit gives a message; the caller turns it into a `bad-value` problem at the
 * value's own line and column (`badValue`).
 */
import type { ImportProblem } from "../import-error";
import type { RawValue } from "./raw-graph";

const NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

export type Parsed<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly message: string };

export function quoted(text: string): string {
  return JSON.stringify(text.length > 60 ? `${text.slice(0, 57)}...` : text);
}

export function parseNumber(text: string): Parsed<number> {
  const trimmed = text.trim();
  if (!NUMBER.test(trimmed)) return { ok: false, message: `${quoted(text)} is not a number` };
  const value = Number(trimmed);
  if (!Number.isFinite(value)) return { ok: false, message: `${quoted(text)} is too large to be a number` };
  return { ok: true, value: value === 0 ? 0 : value };
}

export function parseBoolean(text: string): Parsed<boolean> {
  const lower = text.trim().toLowerCase();
  if (lower === "true" || lower === "1") return { ok: true, value: true };
  if (lower === "false" || lower === "0") return { ok: true, value: false };
  return { ok: false, message: `${quoted(text)} is not true or false` };
}

export function parseChoice<const T extends string>(text: string, choices: readonly T[]): Parsed<T> {
  const trimmed = text.trim();
  const found = choices.find((choice) => choice === trimmed);
  return found !== undefined ? { ok: true, value: found } : { ok: false, message: `${quoted(text)} is not one of ${choices.join(", ")}` };
}

/** `a;b; c` -> ["a", "b", "c"]; empty parts dropped. */
export function parseList(text: string): string[] {
  return text
    .split(";")
    .map((part) => part.trim())
    .filter((part) => part.length > 0);
}

/** The `bad-value` problem of a field, at the value's location. */
export function badValue(raw: RawValue, field: string, path: string, message: string): ImportProblem {
  return { kind: "bad-value", ...raw.at, path, message: `${field}: ${message}` };
}
