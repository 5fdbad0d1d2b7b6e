/**
 * Typing the text fields of GEXF, GraphML and CSV files, strictly: numbers in decimal or
 * exponent notation only (no hex, no "Infinity", nothing that would need evaluating),
 * booleans as true/false/1/0, enumerations from the dataset schema's lists. A value that
 * does not fit gives a `bad-value` problem at its own line and column.
 */
import type { ImportProblem } from "../import-error";
import type { RawValue } from "./raw-graph";

const NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

export type Parsed<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly problem: ImportProblem };

function bad<T>(raw: RawValue, field: string, path: string, message: string): Parsed<T> {
  return { ok: false, problem: { kind: "bad-value", ...raw.at, path, message: `${field}: ${message}` } };
}

function quoted(text: string): string {
  return JSON.stringify(text.length > 60 ? `${text.slice(0, 57)}...` : text);
}

export function parseNumber(raw: RawValue, field: string, path: string): Parsed<number> {
  const text = raw.text.trim();
  if (!NUMBER.test(text)) return bad(raw, field, path, `${quoted(raw.text)} is not a number`);
  const value = Number(text);
  if (!Number.isFinite(value)) return bad(raw, field, path, `${quoted(raw.text)} is too large to be a number`);
  return { ok: true, value: Object.is(value, -0) ? 0 : value };
}

export function parseBoolean(raw: RawValue, field: string, path: string): Parsed<boolean> {
  const text = raw.text.trim().toLowerCase();
  if (text === "true" || text === "1") return { ok: true, value: true };
  if (text === "false" || text === "0") return { ok: true, value: false };
  return bad(raw, field, path, `${quoted(raw.text)} is not true or false`);
}

export function parseChoice<const T extends string>(raw: RawValue, field: string, path: string, choices: readonly T[]): Parsed<T> {
  const text = raw.text.trim();
  const found = choices.find((choice) => choice === text);
  if (found !== undefined) return { ok: true, value: found };
  return bad(raw, field, path, `${quoted(raw.text)} is not one of ${choices.join(", ")}`);
}

/** `a;b; c` -> ["a", "b", "c"]; empty parts dropped. */
export function parseList(raw: RawValue): string[] {
  return raw.text
    .split(";")
    .map((part) => part.trim())
    .filter((part) => part.length > 0);
}
