/**
 * Seeded mutations of valid files for the import fuzz test: truncation, byte flips,
 * duplicated and removed tags (or lines, or JSON fragments), huge and malformed numbers,
 * deep nesting, entity bombs and external entities, wrong encodings, random markup
 * characters, swapped chunks, hostile values, and combinations. Deterministic: the same
 * seed gives the same files.
 */
import { Random } from "../../../src/model/seeded-random";

/** A seeded uniform generator in [0, 1) (the model's mulberry32), as a plain function. */
export function rng(seed: number): () => number {
  const generator = new Random(seed);
  return () => generator.next();
}

export type Syntax = "xml" | "json" | "csv";

export interface Mutated {
  readonly mutation: string;
  readonly bytes: Uint8Array;
}

const encoder = new TextEncoder();

function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)];
}

function at(random: () => number, text: string): number {
  return Math.floor(random() * (text.length + 1));
}

function insert(text: string, position: number, piece: string): string {
  return text.slice(0, position) + piece + text.slice(position);
}

/** A random unit of the syntax: a tag, a line, or a JSON fragment between separators. */
function unitRange(random: () => number, text: string, syntax: Syntax): [number, number] | undefined {
  if (text.length === 0) return undefined;
  const start = at(random, text);
  if (syntax === "xml") {
    const open = text.indexOf("<", start);
    const close = open < 0 ? -1 : text.indexOf(">", open);
    return open < 0 || close < 0 ? undefined : [open, close + 1];
  }
  if (syntax === "csv") {
    const lineStart = text.lastIndexOf("\n", start - 1) + 1;
    const lineEnd = text.indexOf("\n", start);
    return [lineStart, lineEnd < 0 ? text.length : lineEnd + 1];
  }
  const from = Math.max(text.lastIndexOf(",", start - 1), text.lastIndexOf("{", start - 1), text.lastIndexOf("[", start - 1)) + 1;
  const to = [text.indexOf(",", start), text.indexOf("}", start), text.indexOf("]", start)].filter((i) => i >= 0);
  return [from, to.length > 0 ? Math.min(...to) : text.length];
}

const HUGE = ["1e999", "-1e999", "9".repeat(400), "1e-400", "NaN", "0x10", "Infinity", "-0", "1_000", "١٢٣", "1e308", "4.9e-324"];
const HOSTILE = ["<img src=x onerror=alert(1)>", "=cmd|' /C calc'!A0", "", "x".repeat(10_000), "\u202Eevil", "💥".repeat(50), "__proto__", "constructor", "]]>", "&amp;&lt;", '"', "'"];
const MARKUP = ["<", ">", "&", '"', "'", ";", ",", "\n", "\r", "{", "}", "[", "]", ":", "\\", "\u0000", "&#0;", "<!--", "<![CDATA[", "?>", "\uFFFF"];

function bomb(syntax: Syntax, random: () => number): string {
  if (syntax === "xml")
    return pick(random, [
      `<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;"><!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">]>`,
      `<!DOCTYPE foo [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>`,
      `<!DOCTYPE foo SYSTEM "http://example.invalid/evil.dtd">`,
      "&lol2;",
      "&xxe;",
      `<!ENTITY % p SYSTEM "http://example.invalid/x">`,
      "&#x110000;",
      "&#xD800;",
    ]);
  if (syntax === "json") return pick(random, [`"\\u0000"`, `"\\ud800"`, `{"__proto__": {"polluted": true}}`, `"$ref": "#"`, "\\"]);
  return pick(random, [`"=HYPERLINK(""http://x"")"`, `"unterminated`, `a"b`, `""""`, "\r\r\r"]);
}

function nest(syntax: Syntax, depth: number): string {
  if (syntax === "xml") return "<a>".repeat(depth) + "</a>".repeat(depth);
  if (syntax === "json") return "[".repeat(depth) + "]".repeat(depth);
  return `"${"\n".repeat(depth)}"`;
}

type Mutator = (text: string, random: () => number, syntax: Syntax) => string | Uint8Array;

const MUTATORS: Readonly<Record<string, Mutator>> = {
  truncate: (text, random) => text.slice(0, at(random, text)),
  "byte-flips": (text, random) => {
    const bytes = encoder.encode(text);
    const flips = 1 + Math.floor(random() * 8);
    for (let i = 0; i < flips && bytes.length > 0; i++) bytes[Math.floor(random() * bytes.length)] = Math.floor(random() * 256);
    return bytes;
  },
  "duplicate-unit": (text, random, syntax) => {
    const range = unitRange(random, text, syntax);
    return range ? insert(text, range[1], text.slice(range[0], range[1])) : text + text;
  },
  "remove-unit": (text, random, syntax) => {
    const range = unitRange(random, text, syntax);
    return range ? text.slice(0, range[0]) + text.slice(range[1]) : "";
  },
  "huge-number": (text, random) => {
    const numbers = [...text.matchAll(/-?\d+(\.\d+)?/g)];
    if (numbers.length === 0) return text + pick(random, HUGE);
    const match = pick(random, numbers);
    return text.slice(0, match.index) + pick(random, HUGE) + text.slice((match.index ?? 0) + match[0].length);
  },
  "deep-nesting": (text, random, syntax) => insert(text, at(random, text), nest(syntax, pick(random, [65, 1000, 50_000]))),
  "entity-bomb": (text, random, syntax) => {
    const piece = bomb(syntax, random);
    const afterDeclaration = text.indexOf("?>");
    return syntax === "xml" && piece.startsWith("<!DOCTYPE") && afterDeclaration >= 0 ? insert(text, afterDeclaration + 2, piece) : insert(text, at(random, text), piece);
  },
  "wrong-encoding": (text, random, syntax) => {
    switch (pick(random, ["utf16le", "utf16be", "latin1", "invalid-utf8", "declared"])) {
      case "utf16le":
        return Uint8Array.from([...text].flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8]));
      case "utf16be":
        return Uint8Array.from([0xfe, 0xff, ...[...text].flatMap((c) => [c.charCodeAt(0) >> 8, c.charCodeAt(0) & 0xff]).slice(0, 2 * Math.floor(random() * text.length))]);
      case "latin1":
        return Uint8Array.from([...text.replace(/e/g, "é")].map((c) => c.charCodeAt(0) & 0xff));
      case "invalid-utf8": {
        const bytes = encoder.encode(text);
        const position = Math.floor(random() * bytes.length);
        return Uint8Array.from([...bytes.slice(0, position), 0xc3, 0x28, 0xf0, 0x80, ...bytes.slice(position)]);
      }
      default:
        return syntax === "xml" ? text.replace(/encoding="UTF-8"/, `encoding="${pick(random, ["EBCDIC-US", "ISO-8859-1", "UTF-16", "x-none", "windows-1252"])}"`) : `\uFEFF\uFEFF${text}`;
    }
  },
  "markup-chars": (text, random) => {
    let result = text;
    const count = 1 + Math.floor(random() * 6);
    for (let i = 0; i < count; i++) result = insert(result, at(random, result), pick(random, MARKUP));
    return result;
  },
  "swap-chunks": (text, random) => {
    const a = at(random, text);
    const b = at(random, text);
    const [from, to] = a < b ? [a, b] : [b, a];
    const mid = from + Math.floor((to - from) / 2);
    return text.slice(0, from) + text.slice(mid, to) + text.slice(from, mid) + text.slice(to);
  },
  "hostile-value": (text, random, syntax) => {
    const pattern = syntax === "xml" ? /(value|id|label|source|target)="[^"]*"/g : syntax === "json" ? /"[^"\\]{1,40}"/g : /,[^,\r\n]*/g;
    const matches = [...text.matchAll(pattern)];
    if (matches.length === 0) return text;
    const match = pick(random, matches);
    const value = pick(random, HOSTILE);
    const escaped = syntax === "xml" ? value.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/"/g, "&quot;") : syntax === "json" ? JSON.stringify(value).slice(1, -1) : value;
    const replacement = syntax === "xml" ? `${match[1]}="${escaped}"` : syntax === "json" ? `"${escaped}"` : `,${escaped}`;
    return text.slice(0, match.index) + replacement + text.slice((match.index ?? 0) + match[0].length);
  },
};

export const MUTATION_NAMES = Object.keys(MUTATORS);

/** One mutation (or, one time in five, two or three chained) of `text`. */
export function mutate(text: string, syntax: Syntax, random: () => number): Mutated {
  const rounds = random() < 0.2 ? 2 + Math.floor(random() * 2) : 1;
  let current: string | Uint8Array = text;
  const names: string[] = [];
  for (let i = 0; i < rounds; i++) {
    const name = pick(random, MUTATION_NAMES);
    names.push(name);
    const input = typeof current === "string" ? current : new TextDecoder().decode(current);
    current = MUTATORS[name](input, random, syntax);
  }
  return { mutation: names.join("+"), bytes: typeof current === "string" ? encoder.encode(current) : current };
}

/** Files that were never valid: empty, white space, random bytes, a zip header and noise. */
export function malformed(random: () => number): Mutated {
  const length = Math.floor(random() * 2000);
  switch (pick(random, ["empty", "space", "noise", "zip", "text"])) {
    case "empty":
      return { mutation: "empty", bytes: new Uint8Array(0) };
    case "space":
      return { mutation: "white-space", bytes: encoder.encode(" \n\t\r\n".repeat(1 + length)) };
    case "zip":
      return { mutation: "zip-noise", bytes: Uint8Array.from([0x50, 0x4b, 0x03, 0x04, ...Array.from({ length }, () => Math.floor(random() * 256))]) };
    case "text":
      return { mutation: "random-text", bytes: encoder.encode(Array.from({ length }, () => pick(random, [...MARKUP, "a", "1", " ", "gexf", "graphml", "node"])).join("")) };
    default:
      return { mutation: "random-bytes", bytes: Uint8Array.from({ length }, () => Math.floor(random() * 256)) };
  }
}
