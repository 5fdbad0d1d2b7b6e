/**
 * Where each value of a parsed JSON text starts, by JSON Pointer.
 *
 * The parser records one entry per value in a flat Int32Array (4 ints per value: value
 * offset, key offset, first child entry, child count), with the children of every
 * container stored contiguously. That costs 16 bytes per value and no string per value:
 * pointers, keys and line numbers are only computed when a location is asked for.
 * Resolving a pointer walks the tree from the root: O(depth x keys per object).
 */
import { childPointer, parsePointer } from "./json-pointer";
import { isStringFault, readJsonString } from "./json-string";

export const ENTRY_STRIDE = 4;
const VALUE = 0;
const KEY = 1;
const FIRST_CHILD = 2;
const CHILD_COUNT = 3;

export interface TextPosition {
  /** 1-based line. */
  readonly line: number;
  /** 1-based column, in UTF-16 code units from the start of the line (a BOM is not counted). */
  readonly column: number;
  /** 0-based offset in the text. */
  readonly offset: number;
}

export interface JsonLocation {
  /** The pointer of the value located (for `nearest`, possibly an ancestor of the one asked). */
  readonly pointer: string;
  /** Where the value starts. */
  readonly value: TextPosition;
  /** Where its key starts, for object members. */
  readonly key?: TextPosition;
}

const OPEN_BRACE = 123;
const OPEN_BRACKET = 91;

/**
 * Offsets to line and column. Line starts are found by one scan of the text on the first
 * request, then each lookup is a binary search. Line breaks: LF, CRLF and a lone CR.
 */
export class LineIndex {
  private lineStarts: Int32Array | undefined;

  constructor(
    private readonly text: string,
    /** Length of a leading byte-order mark, excluded from columns on line 1. */
    private readonly bomLength: number,
  ) {}

  positionAt(offset: number): TextPosition {
    const starts = (this.lineStarts ??= this.findLineStarts());
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (starts[middle] <= offset) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: Math.max(1, offset - starts[low] + 1), offset };
  }

  private findLineStarts(): Int32Array {
    const { text } = this;
    const starts = [this.bomLength];
    if (text.indexOf("\r") < 0) {
      // The common case, searched natively.
      for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
    } else {
      for (let i = 0; i < text.length; i++) {
        const code = text.charCodeAt(i);
        if (code === 10 || (code === 13 && text.charCodeAt(i + 1) !== 10)) starts.push(i + 1);
      }
    }
    return Int32Array.from(starts);
  }

}

export class JsonLocations {
  constructor(
    private readonly text: string,
    /** ENTRY_STRIDE ints per value; only the first `entryCount` entries are used. */
    private readonly entries: Int32Array,
    readonly entryCount: number,
    private readonly rootEntry: number,
    private readonly lines: LineIndex,
  ) {}

  /** The location of the value at `pointer`, or undefined when the document has none there. */
  locate(pointer: string): JsonLocation | undefined {
    const found = this.walk(pointer);
    return found.missing === 0 ? this.locationOf(found.entry, pointer) : undefined;
  }

  /** The location of `pointer`, or of its deepest ancestor present in the document. */
  nearest(pointer: string): JsonLocation {
    const found = this.walk(pointer);
    return this.locationOf(found.entry, found.pointer);
  }

  /** Line and column of an offset in the text. */
  positionAt(offset: number): TextPosition {
    return this.lines.positionAt(offset);
  }

  /** Every located value, depth first (for tests and tools; allocates one pointer per value). */
  *all(): Generator<JsonLocation> {
    const stack: { entry: number; pointer: string }[] = [{ entry: this.rootEntry, pointer: "" }];
    while (stack.length > 0) {
      const { entry, pointer } = stack.pop()!;
      yield this.locationOf(entry, pointer);
      const base = entry * ENTRY_STRIDE;
      const first = this.entries[base + FIRST_CHILD];
      const isArray = this.text.charCodeAt(this.entries[base + VALUE]) === OPEN_BRACKET;
      for (let i = this.entries[base + CHILD_COUNT] - 1; i >= 0; i--) {
        const child = first + i;
        const segment = isArray ? i : this.keyOf(child);
        stack.push({ entry: child, pointer: childPointer(pointer, segment) });
      }
    }
  }

  private locationOf(entry: number, pointer: string): JsonLocation {
    const base = entry * ENTRY_STRIDE;
    const keyOffset = this.entries[base + KEY];
    const value = this.positionAt(this.entries[base + VALUE]);
    return keyOffset >= 0 ? { pointer, value, key: this.positionAt(keyOffset) } : { pointer, value };
  }

  private keyOf(entry: number): string {
    const read = readJsonString(this.text, this.entries[entry * ENTRY_STRIDE + KEY]);
    // The parser accepted this key, so it reads back cleanly.
    return isStringFault(read) ? "" : read.value;
  }

  /** Follows `pointer` as far as the document goes. */
  private walk(pointer: string): { entry: number; pointer: string; missing: number } {
    const segments = parsePointer(pointer);
    let entry = this.rootEntry;
    let reached = "";
    for (let depth = 0; depth < segments.length; depth++) {
      const child = this.childOf(entry, segments[depth]);
      if (child < 0) return { entry, pointer: reached, missing: segments.length - depth };
      entry = child;
      reached = childPointer(reached, segments[depth]);
    }
    return { entry, pointer: reached, missing: 0 };
  }

  private childOf(entry: number, segment: string): number {
    const base = entry * ENTRY_STRIDE;
    const first = this.entries[base + FIRST_CHILD];
    const count = this.entries[base + CHILD_COUNT];
    const opener = this.text.charCodeAt(this.entries[base + VALUE]);
    if (opener === OPEN_BRACKET) {
      if (!/^(0|[1-9][0-9]*)$/.test(segment)) return -1;
      const position = Number(segment);
      return position < count ? first + position : -1;
    }
    if (opener !== OPEN_BRACE) return -1;
    for (let i = 0; i < count; i++) {
      if (this.keyOf(first + i) === segment) return first + i;
    }
    return -1;
  }

}
