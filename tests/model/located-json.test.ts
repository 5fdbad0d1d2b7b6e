import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseLocatedJson, type JsonParseErrorKind, type LocatedJson } from "../../src/model/located-json";
import { pointerOf, resolvePointer } from "../../src/model/json-pointer";

function parsed(text: string): LocatedJson {
  const result = parseLocatedJson(text);
  if (!result.ok) throw new Error(`unexpected parse error: ${result.error.message}`);
  return result.json;
}

function failure(text: string, options = {}) {
  const result = parseLocatedJson(text, options);
  if (result.ok) throw new Error(`expected a parse error for ${JSON.stringify(text)}`);
  return result.error;
}

describe("parseLocatedJson: positions", () => {
  const text = ['{', '  "nodes": [', '    {"id": "a"},', '    { "id" : "b", "x": [true, null] }', '  ],', '  "n": -1.5e3', '}'].join("\n");
  const json = parsed(text);

  it("parses like JSON.parse", () => {
    expect(json.value).toEqual(JSON.parse(text));
  });

  it("records where each value and each key starts (1-based line and column)", () => {
    expect(json.locations.locate("")?.value).toMatchObject({ line: 1, column: 1 });
    expect(json.locations.locate("/nodes")).toMatchObject({ key: { line: 2, column: 3 }, value: { line: 2, column: 12 } });
    expect(json.locations.locate("/nodes/0/id")).toMatchObject({ key: { line: 3, column: 6 }, value: { line: 3, column: 12 } });
    expect(json.locations.locate("/nodes/1/id")?.value).toMatchObject({ line: 4, column: 14 });
    expect(json.locations.locate("/nodes/1/x/1")?.value).toMatchObject({ line: 4, column: 31 });
    expect(json.locations.locate("/n")?.value).toMatchObject({ line: 6, column: 8 });
    expect(json.locations.locate("/nodes/0")?.key).toBeUndefined();
  });

  it("finds nothing for a path the document lacks, and the nearest ancestor on request", () => {
    expect(json.locations.locate("/nodes/2")).toBeUndefined();
    expect(json.locations.locate("/nodes/01")).toBeUndefined();
    expect(json.locations.locate("/nodes/0/label")).toBeUndefined();
    expect(json.locations.nearest("/nodes/0/label")).toMatchObject({ pointer: "/nodes/0", value: { line: 3, column: 5 } });
    expect(json.locations.nearest("/missing/deeper").pointer).toBe("");
  });

  it("escapes '~' and '/' in keys (RFC 6901)", () => {
    const odd = parsed('{"a/b": {"~c": 1}}');
    expect(odd.locations.locate("/a~1b/~0c")?.value.column).toBe(16);
  });

  it("does not count a byte-order mark as a column, and handles CRLF and CR line breaks", () => {
    const json2 = parsed('\uFEFF{"a":\r\n 1,\r "b": 2}');
    expect(json2.value).toEqual({ a: 1, b: 2 });
    expect(json2.locations.locate("")?.value).toMatchObject({ line: 1, column: 1 });
    expect(json2.locations.locate("/a")).toMatchObject({ key: { line: 1, column: 2 }, value: { line: 2, column: 2 } });
    expect(json2.locations.locate("/b")?.key).toMatchObject({ line: 3, column: 2 });
  });

  it("keeps a '__proto__' key as an own property, like JSON.parse", () => {
    const json2 = parsed('{"__proto__": {"polluted": true}}');
    expect(Object.getPrototypeOf(json2.value)).toBe(Object.prototype);
    expect(Object.keys(json2.value as object)).toEqual(["__proto__"]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe("parseLocatedJson: refusals", () => {
  it.each<[string, JsonParseErrorKind, number | undefined, number | undefined]>([
    ["", "empty", undefined, undefined],
    [" \n\t ", "empty", undefined, undefined],
    ["\uFEFF", "empty", undefined, undefined],
    ['{"a": 1,\n "a": 2}', "duplicate-key", 2, 2],
    ["{\n  \"a\": [1,]\n}", "syntax", 2, 11],
    ["{'a': 1}", "syntax", 1, 2],
    ["[1 2]", "syntax", 1, 4],
    ["[1, 2", "syntax", 1, 6],
    ['{"a" 1}', "syntax", 1, 6],
    ['{"a": 1,}', "syntax", 1, 9],
    ['"abc', "syntax", 1, 1],
    ['"a\\x"', "syntax", 1, 3],
    ['"\\u12G4"', "syntax", 1, 2],
    ['"tab\there"', "syntax", 1, 5],
    ["\n\n  nul", "syntax", 3, 3],
    ["01", "syntax", 1, 1],
    ["1.", "syntax", 1, 3],
    ["-", "syntax", 1, 2],
    ["1e+", "syntax", 1, 4],
    ["NaN", "syntax", 1, 1],
    ["// comment\n{}", "syntax", 1, 1],
    ["{} {}", "syntax", 1, 4],
    ["truex", "syntax", 1, 1],
  ])("%j -> %s at %s:%s", (text, kind, line, column) => {
    const error = failure(text);
    expect(error.kind).toBe(kind);
    expect(error.position?.line).toBe(line);
    expect(error.position?.column).toBe(column);
  });

  it("names the path of a duplicate key and of a syntax error", () => {
    expect(failure('{"nodes": [{"id": "a", "id": "b"}]}').path).toBe("/nodes/0/id");
    expect(failure('{"nodes": [{"id": "a"}, {"id" "b"}]}').path).toBe("/nodes/1/id");
  });

  it("refuses text longer than maxChars before reading it", () => {
    expect(failure('{"a": 1}', { maxChars: 5 }).kind).toBe("too-large");
    expect(parseLocatedJson('{"a": 1}', { maxChars: 8 }).ok).toBe(true);
  });

  it("refuses nesting deeper than maxDepth (default 64), at the container that goes too deep", () => {
    const nested = (depth: number) => "[".repeat(depth) + "]".repeat(depth);
    expect(parseLocatedJson(nested(64)).ok).toBe(true);
    const error = failure(nested(65));
    expect(error.kind).toBe("too-deep");
    expect(error.position?.column).toBe(65);
    expect(failure('{"a": {"b": {}}}', { maxDepth: 2 })).toMatchObject({ kind: "too-deep", path: "/a/b" });
    // Far deeper than the call stack allows, still a typed error.
    expect(failure(nested(200_000)).kind).toBe("too-deep");
  });

  it("validates its options once", () => {
    expect(() => parseLocatedJson("1", { maxDepth: 0 })).toThrow(RangeError);
    expect(() => parseLocatedJson("1", { maxDepth: 100_000 })).toThrow(RangeError);
    expect(() => parseLocatedJson("1", { maxChars: 1.5 })).toThrow(RangeError);
  });
});

/** Every pointer of a plain JSON value, computed from the value itself. */
function pointersOf(value: unknown, prefix: (string | number)[] = []): string[] {
  const here = [pointerOf(prefix)];
  if (Array.isArray(value)) return here.concat(value.flatMap((item, i) => pointersOf(item, [...prefix, i])));
  if (value !== null && typeof value === "object")
    return here.concat(Object.entries(value).flatMap(([key, item]) => pointersOf(item, [...prefix, key])));
  return here;
}

const FIRST_CHAR: Record<string, RegExp> = { object: /[{[n]/, string: /"/, number: /[-0-9]/, boolean: /[tf]/ };

describe("parseLocatedJson: properties", () => {
  const jsonText = fc
    .tuple(fc.jsonValue({ maxDepth: 6 }), fc.constantFrom(undefined, 0, 1, 2, "\t", "\r\n "))
    .map(([value, indent]) => {
      const text = JSON.stringify(value, null, indent as string | number | undefined);
      return typeof indent === "string" && indent.includes("\r") ? text.replace(/\n/g, "\r\n") : text;
    });

  it("agrees with JSON.parse on any JSON text", () => {
    fc.assert(
      fc.property(jsonText, (text) => {
        expect(parsed(text).value).toEqual(JSON.parse(text));
      }),
      { numRuns: 400 },
    );
  });

  it("records every path of the value exactly once, each resolving to a value of the right type", () => {
    fc.assert(
      fc.property(jsonText, (text) => {
        const json = parsed(text);
        const recorded = [...json.locations.all()];
        expect(recorded.map((location) => location.pointer).sort()).toEqual(pointersOf(json.value).sort());
        for (const location of recorded) {
          const value = resolvePointer(json.value, location.pointer);
          expect(text[location.value.offset]).toMatch(FIRST_CHAR[typeof value]);
          expect(json.locations.locate(location.pointer)).toEqual(location);
        }
      }),
      { numRuns: 200 },
    );
  });

  it("never crashes on arbitrary text: a typed error exactly when JSON.parse fails (or on duplicate keys)", () => {
    const mutated = fc
      .tuple(jsonText, fc.nat(), fc.string({ maxLength: 3 }), fc.nat({ max: 3 }))
      .map(([text, at, insert, drop]) => {
        const i = text.length === 0 ? 0 : at % text.length;
        return text.slice(0, i) + insert + text.slice(i + drop);
      });
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: "binary" }), mutated), (text) => {
        const result = parseLocatedJson(text);
        let reference: unknown;
        let referenceFailed = false;
        try {
          reference = JSON.parse(text);
        } catch {
          referenceFailed = true;
        }
        if (result.ok) {
          expect(referenceFailed).toBe(false);
          expect(result.json.value).toEqual(reference);
        } else {
          expect(["syntax", "empty", "duplicate-key", "too-deep"]).toContain(result.error.kind);
          if (result.error.kind === "syntax" || result.error.kind === "empty") expect(referenceFailed).toBe(true);
        }
      }),
      { numRuns: 2000 },
    );
  });
});
