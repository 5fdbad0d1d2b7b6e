/**
 * A fast yes/no JSON Schema check: the schema is walked once and turned into nested
 * closures (no generated code), so checking a value costs a few calls per field.
 *
 * Why: TypeBox's interpreting `Value.Check` spends tens of microseconds per dataset edge
 * (it rebuilds regular expressions for every object): most of a minute for 10^6 edges. This
 * check answers "valid or not" for the common, valid case; TypeBox's `Value.Errors` still
 * explains what is wrong when the answer is no. A property test holds the two to the
 * same verdict.
 *
 * It supports exactly the keywords of JSON Schema 2020-12 that schema.ts uses, with
 * TypeBox's readings (numbers are finite, string lengths count code points). Compiling a
 * schema with any other validation keyword throws, so a schema change cannot silently
 * make this check weaker than the schema.
 */

export type ValueCheck = (value: unknown) => boolean;
type Schema = Readonly<Record<string, unknown>>;

const ANNOTATIONS = new Set(["$id", "$schema", "title", "description", "default", "examples", "$comment"]);
const SUPPORTED = new Set([
  "type",
  "const",
  "enum",
  "pattern",
  "minLength",
  "maxLength",
  "minimum",
  "maximum",
  "exclusiveMinimum",
  "exclusiveMaximum",
  "minItems",
  "maxItems",
  "items",
  "properties",
  "required",
  "additionalProperties",
  "anyOf",
]);

const hasOwn = (value: object, key: string) => Object.prototype.hasOwnProperty.call(value, key);

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

function codePoints(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    // A high surrogate followed by a low one is a single code point.
    if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
    }
    count++;
  }
  return count;
}

function unsupported(what: string): never {
  throw new Error(`schema-check: unsupported schema (${what}); extend schema-check.ts`);
}

/** A string's length check; lengths count code points, and UTF-16 length bounds them. */
function stringCheck(schema: Schema): ValueCheck {
  const min = (schema.minLength as number | undefined) ?? 0;
  const max = (schema.maxLength as number | undefined) ?? Infinity;
  const pattern = schema.pattern === undefined ? undefined : new RegExp(schema.pattern as string, "u");
  return (value) => {
    if (typeof value !== "string") return false;
    if (value.length > max && codePoints(value) > max) return false;
    if (value.length < min * 2 && codePoints(value) < min) return false;
    return pattern === undefined || pattern.test(value);
  };
}

function numberCheck(schema: Schema, integer: boolean): ValueCheck {
  const min = (schema.minimum as number | undefined) ?? -Infinity;
  const max = (schema.maximum as number | undefined) ?? Infinity;
  const above = (schema.exclusiveMinimum as number | undefined) ?? -Infinity;
  const below = (schema.exclusiveMaximum as number | undefined) ?? Infinity;
  return (value) =>
    (integer ? Number.isInteger(value) : Number.isFinite(value)) &&
    (value as number) >= min &&
    (value as number) <= max &&
    (value as number) > above &&
    (value as number) < below;
}

function arrayCheck(schema: Schema): ValueCheck {
  const item = schema.items === undefined ? undefined : compileSchemaCheck(schema.items as Schema);
  const min = (schema.minItems as number | undefined) ?? 0;
  const max = (schema.maxItems as number | undefined) ?? Infinity;
  return (value) => {
    if (!Array.isArray(value) || value.length < min || value.length > max) return false;
    if (item) for (let i = 0; i < value.length; i++) if (!item(value[i])) return false;
    return true;
  };
}

/** The keywords each type's check reads; any other keyword beside them is refused. */
const KEYWORDS_OF_TYPE: Readonly<Record<string, readonly string[]>> = {
  string: ["pattern", "minLength", "maxLength"],
  number: ["minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum"],
  integer: ["minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum"],
  boolean: [],
  null: [],
  array: ["items", "minItems", "maxItems"],
  object: ["properties", "required", "additionalProperties"],
};

function typeCheck(schema: Schema): ValueCheck {
  const type = schema.type;
  if (typeof type !== "string" || !KEYWORDS_OF_TYPE[type]) unsupported(`type ${JSON.stringify(type)}`);
  for (const keyword of Object.keys(schema)) {
    if (keyword !== "type" && !ANNOTATIONS.has(keyword) && !KEYWORDS_OF_TYPE[type].includes(keyword) && keyword !== "enum" && keyword !== "const")
      unsupported(`keyword '${keyword}' with type ${type}`);
  }
  switch (type) {
    case "string":
      return stringCheck(schema);
    case "number":
    case "integer":
      return numberCheck(schema, type === "integer");
    case "boolean":
      return (value) => typeof value === "boolean";
    case "null":
      return (value) => value === null;
    case "array":
      return arrayCheck(schema);
    default:
      return objectCheck(schema);
  }
}

/**
 * properties + required + additionalProperties, in one pass over the object. Presence is
 * tested as `value[name] !== undefined`, far cheaper than hasOwnProperty: JSON has no
 * undefined, and an optional property set to undefined counts as absent, as in TypeBox.
 * Property names that Object.prototype also has would defeat that test: refused.
 */
function objectCheck(schema: Schema): ValueCheck {
  const properties = schema.properties as Readonly<Record<string, Schema>>;
  const names = Object.keys(properties);
  const checks = names.map((name) => compileSchemaCheck(properties[name]));
  const required = (schema.required ?? []) as readonly string[];
  const additional = schema.additionalProperties;
  if (additional !== undefined && additional !== false && additional !== true) unsupported("additionalProperties as a schema");
  if ([...names, ...required].some((name) => name in Object.prototype)) unsupported("a property named like an Object.prototype member");
  const closed = additional === false;
  return (value) => {
    if (!isPlainObject(value)) return false;
    for (let i = 0; i < required.length; i++) if (value[required[i]] === undefined) return false;
    let present = 0;
    for (let i = 0; i < names.length; i++) {
      const member = value[names[i]];
      if (member === undefined) continue;
      if (!checks[i](member)) return false;
      present++;
    }
    // Every own key is either one of `names` (counted in `present`) or an extra one.
    return !closed || ownKeyCount(value) === present;
  };
}

/** Own keys with a defined value. */
function ownKeyCount(value: Record<string, unknown>): number {
  let count = 0;
  for (const key in value) if (hasOwn(value, key) && value[key] !== undefined) count++;
  return count;
}

const TYPE_KEYWORDS = new Set(Object.values(KEYWORDS_OF_TYPE).flat());

/** Compiles a plain-JSON schema (no TypeBox symbols) into a yes/no check. */
export function compileSchemaCheck(schema: Schema): ValueCheck {
  for (const keyword of Object.keys(schema)) {
    if (!ANNOTATIONS.has(keyword) && !SUPPORTED.has(keyword)) unsupported(`keyword '${keyword}'`);
  }
  const checks: ValueCheck[] = [];
  if (schema.type !== undefined) checks.push(typeCheck(schema));
  else if (Object.keys(schema).some((keyword) => TYPE_KEYWORDS.has(keyword))) unsupported("type-specific keywords without 'type'");
  if (schema.enum !== undefined) {
    const allowed = new Set(schema.enum as unknown[]);
    checks.push((value) => allowed.has(value));
  }
  if (schema.const !== undefined) {
    const constant = schema.const;
    if (typeof constant === "object" && constant !== null) unsupported("object const");
    checks.push((value) => value === constant);
  }
  if (schema.anyOf !== undefined) {
    const variants = (schema.anyOf as Schema[]).map(compileSchemaCheck);
    checks.push((value) => variants.some((variant) => variant(value)));
  }
  if (checks.length === 1) return checks[0];
  return (value) => {
    for (let i = 0; i < checks.length; i++) if (!checks[i](value)) return false;
    return true;
  };
}
