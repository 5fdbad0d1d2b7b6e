/**
 * Structural validation: the dataset against its JSON Schema (schema.ts). A fast yes/no
 * check (dataset-shape.ts) clears valid datasets; for the others TypeBox's interpreting
 * `Value.Errors` (no generated code) lists what is wrong, and its raw errors are turned
 * into messages a person can act on.
 *
 * Unions are discriminated by `kind` (interventions, effects): TypeBox reports the errors
 * of every variant, so we keep only the variant the value's `kind` names, and when the
 * kind itself is wrong we say which kinds exist. Duplicates are collapsed.
 */
import { Settings } from "typebox/system";
import { Value } from "typebox/value";
import type { TLocalizedValidationError } from "typebox/error";
import type { TSchema } from "typebox";
import { datasetError, type DatasetError, type DatasetErrorKind } from "./dataset-errors";
import { shapeChecks } from "./dataset-shape";
import { childPointer, resolvePointer } from "./json-pointer";
import { DatasetSchema } from "./schema";
import { didYouMean } from "./suggest";

type RawError = TLocalizedValidationError;
type SchemaNode = Record<string, unknown>;

/** Patterns of schema.ts, described in words. */
const PATTERN_WORDS: Readonly<Record<string, { kind: DatasetErrorKind; words: string }>> = {
  "^[a-z0-9][a-z0-9._-]*$": { kind: "format", words: "an id: lower-case letters, digits, '.', '_' and '-', starting with a letter or digit" },
  "^[A-Z]{2,3}$": { kind: "format", words: "a jurisdiction code: 2 or 3 capital letters (ISO 3166-1 alpha-2, or a pseudo-code such as INT)" },
  "^\\d{4}-\\d{2}-\\d{2}$": { kind: "bad-date", words: "a date written YYYY-MM-DD" },
  "^https?://": { kind: "format", words: "a web address starting with http:// or https://" },
};

const CAPACITY_PATH = /^\/(nodes|edges)\/\d+\/capacity$/;

/** Structural errors of `value` as a dataset; [] when it matches the schema. */
export function structuralErrors(value: unknown, maxErrors: number): DatasetError[] {
  // The fast check answers for valid datasets; TypeBox explains invalid ones.
  if (shapeChecks().dataset(value)) return [];
  return schemaErrors(DatasetSchema, value, maxErrors);
}

/**
 * Errors of `value` against any schema of src/model written in the dataset schema's style
 * (the story format reuses it), in words; [] when it matches.
 */
export function schemaErrors(schema: TSchema, value: unknown, maxErrors: number): DatasetError[] {
  // Each union reports the errors of all its variants, of which we keep one: leave room.
  const raw = collectErrors(schema, value, maxErrors * 10);
  const errors = resolveUnions(schema, raw, value).flatMap((error) => translate(schema, error, value));
  const seen = new Set<string>();
  return errors
    .filter((error) => {
      const key = `${error.kind}\u0000${error.path}\u0000${error.message}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .slice(0, maxErrors);
}

/** `Value.Errors` with TypeBox's global error cap (8 by default) raised for this call only. */
function collectErrors(schema: TSchema, value: unknown, maxErrors: number): RawError[] {
  const previous = Settings.Get().maxErrors;
  Settings.Set({ maxErrors });
  try {
    return Value.Errors(schema, value);
  } finally {
    Settings.Set({ maxErrors: previous });
  }
}

function schemaAt(schema: TSchema, schemaPath: string): SchemaNode | undefined {
  let node: unknown = schema;
  for (const segment of schemaPath.replace(/^#\/?/, "").split("/").filter((part) => part !== "")) {
    if (node === null || typeof node !== "object") return undefined;
    node = (node as Record<string, unknown>)[segment];
  }
  return node !== null && typeof node === "object" ? (node as SchemaNode) : undefined;
}

/** The `kind` values a union variant admits (from its `const` or `enum`). */
function kindsOf(variant: SchemaNode): string[] {
  const kind = (variant.properties as Record<string, SchemaNode> | undefined)?.kind;
  if (!kind) return [];
  if (typeof kind.const === "string") return [kind.const];
  return Array.isArray(kind.enum) ? kind.enum.map(String) : [];
}

function within(path: string, prefix: string): boolean {
  return path === prefix || path.startsWith(prefix + "/");
}

/** A region of the error list: one variant of one union, at one place in the value. */
interface VariantRegion {
  readonly schemaPath: string;
  readonly instancePath: string;
}

function inRegion(error: RawError, region: VariantRegion): boolean {
  return within(error.schemaPath, region.schemaPath) && within(error.instancePath, region.instancePath);
}

/**
 * Keeps, for each union, the errors of the variant the value's `kind` selects. When no
 * variant fits, the union's errors are replaced by one error on `kind` (or on the value).
 * Unions are handled outermost first; a union inside a discarded variant is skipped.
 */
function resolveUnions(schema: TSchema, raw: readonly RawError[], root: unknown): (RawError | DatasetError)[] {
  const unions = raw.filter((error) => error.keyword === "anyOf").sort((a, b) => a.schemaPath.length - b.schemaPath.length);
  const discarded: VariantRegion[] = [];
  const replacements: DatasetError[] = [];
  for (const union of unions) {
    if (discarded.some((region) => inRegion(union, region))) continue;
    const variants = (schemaAt(schema, union.schemaPath)?.anyOf ?? []) as SchemaNode[];
    const value = resolvePointer(root, union.instancePath);
    const kind = value !== null && typeof value === "object" && !Array.isArray(value) ? (value as { kind?: unknown }).kind : undefined;
    const chosen = typeof kind === "string" ? variants.findIndex((variant) => kindsOf(variant).includes(kind)) : -1;
    variants.forEach((_variant, index) => {
      if (index !== chosen) discarded.push({ schemaPath: `${union.schemaPath}/anyOf/${index}`, instancePath: union.instancePath });
    });
    if (chosen < 0) replacements.push(unionMismatch(union.instancePath, value, kind, variants.flatMap(kindsOf)));
  }
  const kept = raw.filter(
    (error) => error.keyword !== "anyOf" && error.keyword !== "boolean" && !discarded.some((region) => inRegion(error, region)),
  );
  return [...kept, ...replacements];
}

function unionMismatch(path: string, value: unknown, kind: unknown, kinds: readonly string[]): DatasetError {
  const list = kinds.map((name) => `'${name}'`).join(", ");
  if (value === null || typeof value !== "object" || Array.isArray(value))
    return datasetError("type", path, `must be an object, got ${describe(value)}`);
  if (kind === undefined) return datasetError("required", childPointer(path, "kind"), `missing required property 'kind' (one of ${list})`);
  const hint = typeof kind === "string" ? didYouMean(kind, kinds) : "";
  return datasetError("enum", childPointer(path, "kind"), `must be one of ${list}; got ${describe(kind)}${hint}`);
}

function describe(value: unknown): string {
  if (value === undefined) return "nothing";
  if (typeof value === "number" && !Number.isFinite(value)) return Number.isNaN(value) ? "NaN" : "a number too large to represent";
  if (typeof value === "string") return JSON.stringify(value.length > 60 ? value.slice(0, 57) + "..." : value);
  if (Array.isArray(value)) return "an array";
  if (value === null) return "null";
  if (typeof value === "object") return "an object";
  return String(value);
}

const TYPE_WORDS: Readonly<Record<string, string>> = {
  object: "an object",
  array: "an array",
  string: "a string",
  number: "a number",
  integer: "an integer",
  boolean: "true or false",
  null: "null",
};

function translate(schema: TSchema, error: RawError | DatasetError, root: unknown): DatasetError[] {
  if (!("keyword" in error)) return [error];
  const path = error.instancePath;
  const value = resolvePointer(root, path);
  const isCapacity = CAPACITY_PATH.test(path);
  const numberKind: DatasetErrorKind = isCapacity ? "bad-capacity" : "range";
  switch (error.keyword) {
    case "type": {
      if (typeof value === "number" && !Number.isFinite(value))
        return [datasetError(isCapacity ? "bad-capacity" : "type", path, `must be a finite number; got ${describe(value)} (in JSON text, a number such as 1e400 overflows)`)];
      const expected = [error.params.type].flat().map((type) => TYPE_WORDS[type] ?? type).join(" or ");
      return [datasetError("type", path, `must be ${expected}, got ${describe(value)}`)];
    }
    case "required":
      return error.params.requiredProperties.map((name) => datasetError("required", childPointer(path, name), `missing required property '${name}'`));
    case "additionalProperties": {
      const allowed = Object.keys((schemaAt(schema, error.schemaPath)?.properties ?? {}) as object);
      return error.params.additionalProperties.map((name) =>
        datasetError("unknown-property", childPointer(path, name), `unknown property '${name}'${didYouMean(name, allowed)}; allowed here: ${allowed.join(", ")}`),
      );
    }
    case "enum": {
      const allowed = error.params.allowedValues.map(String);
      const hint = typeof value === "string" ? didYouMean(value, allowed) : "";
      return [datasetError("enum", path, `must be one of ${allowed.map((v) => `'${v}'`).join(", ")}; got ${describe(value)}${hint}`)];
    }
    case "const":
      return [datasetError("enum", path, `must be ${JSON.stringify(error.params.allowedValue)}; got ${describe(value)}`)];
    case "pattern": {
      const pattern = String(error.params.pattern);
      const known = PATTERN_WORDS[pattern];
      if (known) return [datasetError(known.kind, path, `must be ${known.words}; got ${describe(value)}`)];
      return [datasetError("format", path, `must match the pattern ${pattern}; got ${describe(value)}`)];
    }
    case "minimum":
    case "maximum":
    case "exclusiveMinimum":
    case "exclusiveMaximum":
      return [datasetError(numberKind, path, `must be ${error.params.comparison} ${error.params.limit}; got ${describe(value)}`)];
    case "minLength":
      return [datasetError("range", path, error.params.limit === 1 ? "must not be empty" : `must be at least ${error.params.limit} characters long`)];
    case "maxLength":
      return [datasetError("range", path, `is ${typeof value === "string" ? value.length : "too many"} characters long; the limit is ${error.params.limit}`)];
    case "minItems":
      return [datasetError("range", path, `must list at least ${error.params.limit} item${error.params.limit === 1 ? "" : "s"}`)];
    case "maxItems":
      return [datasetError("range", path, `must list at most ${error.params.limit} items`)];
    default:
      return [datasetError("type", path, error.message)];
  }
}
