/**
 * The parser behind located-json.ts. Algorithm: recursive descent over the RFC 8259
 * grammar, one pass, no backtracking; each value's offsets go to a flat side table
 * (layout in json-locations.ts) as containers close, so members stay contiguous.
 */
import { ENTRY_STRIDE, JsonLocations, LineIndex, type TextPosition } from "./json-locations";
import { JsonParseError, type JsonParseOptions } from "./json-parse-error";
import { pointerOf, type PointerSegment } from "./json-pointer";
import { isStringFault, readJsonString } from "./json-string";

/** What the parser returns: the value and where each of its parts starts. */
export interface ParsedDocument {
  readonly value: unknown;
  readonly locations: JsonLocations;
}

const QUOTE = 34;
/** Strings up to this length are looked up in the parser's string cache. */
const SHORT_STRING = 32;
const STRING_CACHE_SIZE = 1024;

/** A short, printable description of the character at an offset, for messages. */
function describeAt(text: string, offset: number): string {
  if (offset >= text.length) return "end of input";
  const char = text[offset];
  if (char === "/" && (text[offset + 1] === "/" || text[offset + 1] === "*")) return "a comment (JSON has none)";
  if (char === "'") return "' (JSON strings use double quotes)";
  const code = char.charCodeAt(0);
  if (code < 0x20 || code === 0x7f) return `control character U+${code.toString(16).padStart(4, "0").toUpperCase()}`;
  const word = /^[A-Za-z_$][\w$]*/.exec(text.slice(offset, offset + 40));
  return word ? `'${word[0]}'` : `'${char}'`;
}

/** The offset after the run of decimal digits starting at `from`. */
function digitsEnd(text: string, from: number): number {
  let i = from;
  for (;;) {
    const code = text.charCodeAt(i);
    if (code >= 48 && code <= 57) i++;
    else return i;
  }
}

/** One location-table entry (layout in json-locations.ts). */
function writeEntry(target: Int32Array, at: number, value: number, key: number, firstChild: number, childCount: number): void {
  target[at] = value;
  target[at + 1] = key;
  target[at + 2] = firstChild;
  target[at + 3] = childCount;
}

export class Parser {
  private pos: number;
  private readonly bomLength: number;
  /** The location table under construction (see json-locations.ts). */
  private table: Int32Array;
  private tableLength = 0;
  /** Entries of the members of open containers, moved to `table` when a container closes. */
  private pending = new Int32Array(1024);
  private pendingLength = 0;
  /** Set by each value parsed: its children in `table` (-1 and 0 for a scalar). */
  private lastFirstChild = -1;
  private lastChildCount = 0;
  /** Keys / indices of the open containers, for error paths. */
  private readonly path: PointerSegment[] = [];
  private depth = 0;
  private readonly lines: LineIndex;
  private readonly stringCache: (string | undefined)[] = new Array(STRING_CACHE_SIZE).fill(undefined);

  constructor(
    private readonly text: string,
    private readonly options: JsonParseOptions,
  ) {
    this.bomLength = text.charCodeAt(0) === 0xfeff ? 1 : 0;
    this.pos = this.bomLength;
    this.lines = new LineIndex(text, this.bomLength);
    // Pretty-printed datasets hold about one value per 20-25 characters (4 ints each):
    // sized for that, the table rarely has to grow.
    this.table = new Int32Array(Math.max(4096, Math.ceil(Math.min(text.length, options.maxChars) / 6)));
  }

  parseDocument(): ParsedDocument {
    const { text } = this;
    if (text.length > this.options.maxChars)
      throw new JsonParseError("too-large", `the text is ${text.length} characters long; the limit is ${this.options.maxChars}`, "");
    this.skipWhitespace();
    if (this.pos >= text.length) throw new JsonParseError("empty", "the text is empty (no JSON value)", "");
    const start = this.pos;
    const value = this.parseValue();
    this.skipWhitespace();
    if (this.pos < text.length) this.fail(`unexpected ${describeAt(text, this.pos)} after the JSON value`);
    const root = this.tableLength / ENTRY_STRIDE;
    this.ensureTable(ENTRY_STRIDE);
    writeEntry(this.table, this.tableLength, start, -1, this.lastFirstChild, this.lastChildCount);
    this.tableLength += ENTRY_STRIDE;
    const locations = new JsonLocations(text, this.table, this.tableLength / ENTRY_STRIDE, root, this.lines);
    return { value, locations };
  }

  private parseValue(): unknown {
    const { text } = this;
    const code = text.charCodeAt(this.pos);
    this.lastFirstChild = -1;
    this.lastChildCount = 0;
    if (code === QUOTE) return this.parseString();
    if (code === 123) return this.parseObject();
    if (code === 91) return this.parseArray();
    if (code === 45 || (code >= 48 && code <= 57)) return this.parseNumber();
    if (text.startsWith("true", this.pos)) return this.literal(4, true);
    if (text.startsWith("false", this.pos)) return this.literal(5, false);
    if (text.startsWith("null", this.pos)) return this.literal(4, null);
    const hint = code === 93 || code === 125 ? " (a trailing comma?)" : "";
    return this.fail(`expected a value but found ${describeAt(text, this.pos)}${hint}`);
  }

  private literal<T>(length: number, value: T): T {
    this.pos += length;
    const next = this.text.charCodeAt(this.pos);
    if ((next >= 65 && next <= 90) || (next >= 97 && next <= 122) || (next >= 48 && next <= 57))
      this.fail(`unexpected ${describeAt(this.text, this.pos - length)}`, this.pos - length);
    return value;
  }

  /**
   * Strings without escapes of up to SHORT_STRING characters go through a small cache:
   * datasets repeat the same keys and values ("id", "sea", "legal") millions of times,
   * and reusing one string spares an allocation, its internalization as a property key,
   * and the memory of a million copies.
   */
  private parseString(): string {
    const { text } = this;
    const start = this.pos + 1;
    let hash = 0;
    for (let i = start; i - start <= SHORT_STRING; i++) {
      const code = text.charCodeAt(i);
      if (code === QUOTE) {
        const length = i - start;
        const slot = (hash ^ length) & (STRING_CACHE_SIZE - 1);
        const cached = this.stringCache[slot];
        this.pos = i + 1;
        if (cached !== undefined && cached.length === length && text.startsWith(cached, start)) return cached;
        const fresh = text.slice(start, i);
        this.stringCache[slot] = fresh;
        return fresh;
      }
      // Escapes, control characters and the end of the text take the general path.
      if (code === 92 || code < 0x20 || code !== code) break;
      hash = (Math.imul(hash, 31) + code) | 0;
    }
    return this.parseLongString();
  }

  private parseLongString(): string {
    const read = readJsonString(this.text, this.pos);
    if (isStringFault(read)) return this.fail(read.message, read.offset);
    this.pos = read.end;
    return read.value;
  }

  private parseNumber(): number {
    const { text } = this;
    const start = this.pos;
    let i = start;
    if (text.charCodeAt(i) === 45) i++;
    const intEnd = digitsEnd(text, i);
    if (intEnd === i) this.fail("bad number: expected a digit after '-'", i);
    if (text.charCodeAt(i) === 48 && intEnd > i + 1) this.fail("bad number: leading zeros are not allowed", start);
    i = intEnd;
    if (text.charCodeAt(i) === 46) {
      const fractionEnd = digitsEnd(text, i + 1);
      if (fractionEnd === i + 1) this.fail("bad number: expected a digit after '.'", i + 1);
      i = fractionEnd;
    }
    const e = text.charCodeAt(i);
    if (e === 101 || e === 69) {
      let j = i + 1;
      const sign = text.charCodeAt(j);
      if (sign === 43 || sign === 45) j++;
      const exponentEnd = digitsEnd(text, j);
      if (exponentEnd === j) this.fail("bad number: expected a digit in the exponent", j);
      i = exponentEnd;
    }
    this.pos = i;
    return Number(text.slice(start, i));
  }

  private parseArray(): unknown[] {
    const mark = this.openContainer();
    const result: unknown[] = [];
    this.pos++;
    this.skipWhitespace();
    if (this.text.charCodeAt(this.pos) === 93) {
      this.pos++;
      return this.closeContainer(mark, result);
    }
    for (;;) {
      this.path[this.depth - 1] = result.length;
      const start = this.pos;
      result.push(this.parseValue());
      this.pushPending(start, -1);
      this.skipWhitespace();
      const next = this.text.charCodeAt(this.pos++);
      if (next === 93) return this.closeContainer(mark, result);
      if (next !== 44) this.fail(`expected ',' or ']' in the array but found ${describeAt(this.text, this.pos - 1)}`, this.pos - 1);
      this.skipWhitespace();
    }
  }

  private parseObject(): Record<string, unknown> {
    const mark = this.openContainer();
    const result: Record<string, unknown> = {};
    const { text } = this;
    this.pos++;
    this.skipWhitespace();
    if (text.charCodeAt(this.pos) === 125) {
      this.pos++;
      return this.closeContainer(mark, result);
    }
    for (;;) {
      const keyStart = this.pos;
      if (text.charCodeAt(keyStart) !== QUOTE)
        this.fail(`expected a property name in double quotes but found ${describeAt(text, keyStart)}${text.charCodeAt(keyStart) === 125 ? " (a trailing comma?)" : ""}`);
      const key = this.parseString();
      this.path[this.depth - 1] = key;
      // JSON values are never undefined, so the own-property check only runs for a key seen
      // before or one inherited from Object.prototype ("constructor").
      if (result[key] !== undefined && Object.prototype.hasOwnProperty.call(result, key))
        throw new JsonParseError("duplicate-key", `duplicate key '${key}' in one object (which one counts would be ambiguous)`, pointerOf(this.path.slice(0, this.depth)), this.positionAt(keyStart));
      this.skipWhitespace();
      if (text.charCodeAt(this.pos) !== 58) this.fail(`expected ':' after the property name but found ${describeAt(text, this.pos)}`);
      this.pos++;
      this.skipWhitespace();
      const start = this.pos;
      const value = this.parseValue();
      // "__proto__" must become an own property, as with JSON.parse, not the prototype.
      if (key === "__proto__") Object.defineProperty(result, key, { value, enumerable: true, writable: true, configurable: true });
      else result[key] = value;
      this.pushPending(start, keyStart);
      this.skipWhitespace();
      const next = text.charCodeAt(this.pos++);
      if (next === 125) return this.closeContainer(mark, result);
      if (next !== 44) this.fail(`expected ',' or '}' in the object but found ${describeAt(text, this.pos - 1)}`, this.pos - 1);
      this.skipWhitespace();
    }
  }

  /** Enters a container: checks the depth, and returns where its members' entries begin. */
  private openContainer(): number {
    this.depth++;
    if (this.depth > this.options.maxDepth)
      throw new JsonParseError("too-deep", `nesting deeper than ${this.options.maxDepth} levels`, pointerOf(this.path.slice(0, this.depth - 1)), this.positionAt(this.pos));
    return this.pendingLength;
  }

  /** Moves the container's member entries to the table, contiguously. */
  private closeContainer<T>(mark: number, result: T): T {
    const first = this.tableLength / ENTRY_STRIDE;
    const count = (this.pendingLength - mark) / ENTRY_STRIDE;
    this.ensureTable(this.pendingLength - mark);
    // A plain loop: most containers are small, and a subarray view per container costs more.
    const { table, pending } = this;
    let at = this.tableLength;
    for (let i = mark; i < this.pendingLength; i++) table[at++] = pending[i];
    this.tableLength = at;
    this.pendingLength = mark;
    this.depth--;
    this.lastFirstChild = first;
    this.lastChildCount = count;
    return result;
  }

  private pushPending(valueStart: number, keyStart: number): void {
    if (this.pendingLength + ENTRY_STRIDE > this.pending.length) {
      const grown = new Int32Array(this.pending.length * 2);
      grown.set(this.pending);
      this.pending = grown;
    }
    writeEntry(this.pending, this.pendingLength, valueStart, keyStart, this.lastFirstChild, this.lastChildCount);
    this.pendingLength += ENTRY_STRIDE;
  }

  private ensureTable(extra: number): void {
    if (this.tableLength + extra <= this.table.length) return;
    let size = this.table.length * 2;
    while (size < this.tableLength + extra) size *= 2;
    const grown = new Int32Array(size);
    grown.set(this.table.subarray(0, this.tableLength));
    this.table = grown;
  }

  private skipWhitespace(): void {
    const { text } = this;
    let i = this.pos;
    for (;;) {
      const code = text.charCodeAt(i);
      if (code === 32 || code === 10 || code === 13 || code === 9) i++;
      else break;
    }
    this.pos = i;
  }

  private positionAt(offset: number): TextPosition {
    return this.lines.positionAt(offset);
  }

  private fail(message: string, offset = this.pos): never {
    throw new JsonParseError("syntax", message, pointerOf(this.path.slice(0, this.depth)), this.positionAt(offset));
  }
}
