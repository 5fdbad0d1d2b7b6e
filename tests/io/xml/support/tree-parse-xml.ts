/**
 * TEST-ONLY oracle: the tree-building XML parser that GEXF and GraphML imports used before
 * they were streamed (src/io/xml/parse-xml.ts at e4d4b15), kept verbatim but for its
 * imports and one fix made in both readers ("&constructor;" used to be replaced by
 * Object.prototype's function text instead of refused). The streaming path is checked
 * against it (tests/io/import/streaming-equivalence.test.ts, parse-xml-equivalence.test.ts).
 */
/**
 * A small, safe XML parser for the formats we import (GEXF, GraphML).
 *
 * Safe by construction: it never fetches anything and has no entity table beyond XML's
 * five predefined entities and numeric character references. Any DOCTYPE is refused
 * outright (internal subsets are where entity-expansion bombs and external entities
 * live), as is any other named entity. Size, depth and element-count limits bound the
 * work. The grammar follows XML 1.0 (W3C REC-xml, 5th ed.) closely enough for
 * machine-written graph files: elements, attributes, text, CDATA, comments and
 * processing instructions; namespace prefixes are kept as part of names ("viz:color").
 * Parsing stops at the first syntax error (XML offers no reliable recovery) and reports
 * it with its line and column.
 */
import { withDefaults } from "../../../../src/model/options";
import { ImportAbort, type ImportProblem, type ImportProblemKind } from "../../../../src/io/import-error";
import { LineIndex } from "../../../../src/io/text-position";
import type { XmlChild, XmlDocument, XmlElement } from "./xml-tree";

export interface XmlOptions {
  readonly maxChars: number;
  readonly maxDepth: number;
  readonly maxElements: number;
}

export const DEFAULT_XML_OPTIONS: XmlOptions = Object.freeze({
  maxChars: 64 * 1024 * 1024,
  maxDepth: 64,
  maxElements: 4_000_000,
});


/** Shared by every element without children, so self-closing elements allocate no array. */
const NO_CHILDREN: readonly XmlChild[] = Object.freeze([]);

export type XmlResult = { readonly ok: true; readonly document: XmlDocument } | { readonly ok: false; readonly problems: readonly ImportProblem[] };

// Character codes the reader compares against (charCodeAt allocates nothing; text[i] may).
const LT = 60;
const GT = 62;
const SLASH = 47;
const EQUALS = 61;
const AMPERSAND = 38;
const DOUBLE_QUOTE = 34;
const SINGLE_QUOTE = 39;
const BANG = 33;
const QUESTION = 63;

// Name characters by code (a regular expression per character costs a string each).
function isNameStart(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95 || code === 58 || code >= 0xc0;
}
function isNameChar(code: number): boolean {
  return isNameStart(code) || (code >= 48 && code <= 57) || code === 46 || code === 45 || code === 0xb7;
}
const PREDEFINED: Readonly<Record<string, string>> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

/**
 * How many distinct names and short attribute values the reader remembers. A graph file
 * uses a few dozen names and repeats most short values ("true", "road", an attribute id);
 * remembering them means a string read a million times is one string, not a million (less
 * garbage, a smaller tree, and property keys V8 has already internalised). Past the limit
 * strings are simply sliced, so a file of unique strings costs no more than before.
 */
const STRING_CACHE_SIZE = 4096;
/** Longer values are sliced (V8 then shares the file's characters instead of copying). */
const CACHED_VALUE_LENGTH = 24;

export function parseXml(text: string, file: string, options: Partial<XmlOptions> = {}): XmlResult {
  const limits = withDefaults(DEFAULT_XML_OPTIONS, options);
  // Built on demand: a file that parses and imports cleanly never needs line numbers.
  let lineIndex: LineIndex | undefined;
  const positionOf = (offset: number) => (lineIndex ??= new LineIndex(text)).positionOf(offset);
  const problem = (kind: ImportProblemKind, offset: number, message: string): ImportProblem => ({
    kind,
    file,
    message,
    ...positionOf(offset),
  });
  if (text.length > limits.maxChars)
    return { ok: false, problems: [{ kind: "too-large", file, message: `file is larger than the ${limits.maxChars.toLocaleString("en-US")}-character limit` }] };
  if (text.trim().length === 0) return { ok: false, problems: [{ kind: "empty", file, message: "file is empty" }] };
  try {
    const root = new XmlReader(text, limits, problem).document();
    return { ok: true, document: { root, positionOf, attributeOffset: (element, name) => attributeOffset(text, element, name) } };
  } catch (error) {
    if (error instanceof ImportAbort) return { ok: false, problems: [error.problem] };
    throw error;
  }
}

class XmlReader {
  private pos = 0;
  private elements = 0;
  /** Names and short values read so far, by a hash of their characters (see STRING_CACHE_SIZE). */
  private readonly strings = new Map<number, string>();

  constructor(
    private readonly text: string,
    private readonly limits: XmlOptions,
    private readonly problem: (kind: ImportProblemKind, offset: number, message: string) => ImportProblem,
  ) {
    if (text.charCodeAt(0) === 0xfeff) this.pos = 1;
  }

  private fail(kind: ImportProblemKind, message: string, offset = this.pos): never {
    throw new ImportAbort(this.problem(kind, offset, message));
  }

  document(): XmlElement {
    this.skipMisc();
    if (!this.text.startsWith("<", this.pos) || this.pos >= this.text.length)
      this.fail("xml-syntax", "expected the root element ('<...>')");
    const root = this.element(1);
    this.skipMisc();
    if (this.pos < this.text.length) this.fail("xml-syntax", "unexpected content after the root element");
    return root;
  }

  /** Whitespace, comments, processing instructions and the XML declaration outside the root. */
  private skipMisc(): void {
    for (;;) {
      this.skipSpace();
      if (this.text.startsWith("<?", this.pos)) this.skipUntil("?>", "processing instruction");
      else if (this.text.startsWith("<!--", this.pos)) this.comment();
      else if (this.text.startsWith("<!DOCTYPE", this.pos) || this.text.startsWith("<!doctype", this.pos))
        this.fail("xml-doctype-refused", "DOCTYPE declarations are refused (they can define entities); remove it");
      else return;
    }
  }

  private skipSpace(): void {
    for (;;) {
      const code = this.text.charCodeAt(this.pos);
      if (code !== 32 && code !== 9 && code !== 10 && code !== 13) return;
      this.pos++;
    }
  }

  private skipUntil(terminator: string, what: string): void {
    const end = this.text.indexOf(terminator, this.pos);
    if (end < 0) this.fail("xml-syntax", `unterminated ${what}`);
    this.pos = end + terminator.length;
  }

  private comment(): void {
    const start = this.pos;
    const end = this.text.indexOf("-->", this.pos + 4);
    if (end < 0) this.fail("xml-syntax", "unterminated comment", start);
    if (this.text.slice(this.pos + 4, end).includes("--")) this.fail("xml-syntax", "'--' is not allowed inside a comment", start);
    this.pos = end + 3;
  }

  private name(): string {
    const text = this.text;
    const start = this.pos;
    if (start >= text.length || !isNameStart(text.charCodeAt(start))) this.fail("xml-syntax", "expected a name");
    let hash = text.charCodeAt(start);
    let pos = start + 1;
    for (; pos < text.length; pos++) {
      const code = text.charCodeAt(pos);
      if (!isNameChar(code)) break;
      hash = (Math.imul(hash, 31) + code) | 0;
    }
    this.pos = pos;
    return this.remembered(start, pos, hash);
  }

  /** text[start, end), from the cache when it holds it (`hash` is of those characters). */
  private remembered(start: number, end: number, hash: number): string {
    const key = (Math.imul(hash, 31) + (end - start)) | 0;
    const known = this.strings.get(key);
    if (known !== undefined && known.length === end - start && this.text.startsWith(known, start)) return known;
    const fresh = this.text.slice(start, end);
    if (known === undefined && this.strings.size < STRING_CACHE_SIZE) this.strings.set(key, fresh);
    return fresh;
  }

  private element(depth: number): XmlElement {
    const offset = this.pos;
    if (depth > this.limits.maxDepth) this.fail("too-deep", `elements are nested deeper than the limit of ${this.limits.maxDepth}`);
    if (++this.elements > this.limits.maxElements)
      this.fail("too-many-items", `more than ${this.limits.maxElements.toLocaleString("en-US")} elements`);
    this.pos++; // '<'
    const name = this.name();
    const attributes = this.attributes(name);
    const next = this.text.charCodeAt(this.pos);
    if (next === SLASH && this.text.charCodeAt(this.pos + 1) === GT) {
      this.pos += 2;
      return { name, attributes, children: NO_CHILDREN, offset };
    }
    if (next !== GT) this.fail("xml-syntax", `expected '>' or '/>' to close the start tag <${name}>`);
    this.pos++;
    const children = this.content(name, depth);
    return { name, attributes, children: children.length === 0 ? NO_CHILDREN : children, offset };
  }

  private attributes(element: string): Record<string, string> {
    // A plain object keeps V8's fast properties (null-prototype objects are dictionaries,
    // several times larger); "__proto__" is defined as an own property, never the prototype.
    const attributes: Record<string, string> = {};
    const text = this.text;
    for (;;) {
      const before = this.pos;
      this.skipSpace();
      const next = text.charCodeAt(this.pos);
      if (next === GT || next === SLASH || this.pos >= text.length) return attributes;
      if (this.pos === before) this.fail("xml-syntax", `expected whitespace before an attribute in <${element}>`);
      const nameOffset = this.pos;
      const name = this.name();
      this.skipSpace();
      if (text.charCodeAt(this.pos) !== EQUALS) this.fail("xml-syntax", `attribute '${name}' in <${element}> needs '=' and a quoted value`);
      this.pos++;
      this.skipSpace();
      const quote = text.charCodeAt(this.pos);
      if (quote !== DOUBLE_QUOTE && quote !== SINGLE_QUOTE) this.fail("xml-syntax", `the value of attribute '${name}' must be quoted`);
      const start = this.pos + 1;
      const end = text.indexOf(quote === DOUBLE_QUOTE ? '"' : "'", start);
      if (end < 0) this.fail("xml-syntax", `unterminated value of attribute '${name}'`);
      // One pass over the value finds what needs work: '<' (refused), '&' (references) and
      // literal white space (normalised); most values have none and are sliced as they are.
      let references = false;
      let whiteSpace = false;
      let hash = 0;
      for (let i = start; i < end; i++) {
        const code = text.charCodeAt(i);
        if (code === LT) this.fail("xml-syntax", `'<' is not allowed in the value of attribute '${name}'`, i);
        if (code === AMPERSAND) references = true;
        else if (code === 9 || code === 10 || code === 13) whiteSpace = true;
        hash = (Math.imul(hash, 31) + code) | 0;
      }
      if (Object.hasOwn(attributes, name)) this.fail("xml-syntax", `attribute '${name}' appears twice in <${element}>`, nameOffset);
      let value: string;
      if (!references && !whiteSpace) value = end - start <= CACHED_VALUE_LENGTH ? this.remembered(start, end, hash) : text.slice(start, end);
      else {
        // Attribute-value normalisation (XML 1.0 section 3.3.3): literal white space becomes
        // a space, but white space written as a character reference (&#10;) is kept.
        const raw = text.slice(start, end);
        value = this.decode(whiteSpace ? raw.replace(/\r\n|[\t\n\r]/g, " ") : raw, start);
      }
      if (name === "__proto__") Object.defineProperty(attributes, name, { value, enumerable: true, writable: true, configurable: true });
      else attributes[name] = value;
      this.pos = end + 1;
    }
  }

  private content(parent: string, depth: number): XmlChild[] {
    const source = this.text;
    const children: XmlChild[] = [];
    let textStart = this.pos;
    let text = "";
    // Leading white space not yet sliced (its end offset, or -1): before the first child
    // element it is layout and dropped, so it is only read into `text` if something else
    // (text, CDATA, the end tag of a leaf) follows. Indented files have one per element.
    let layoutEnd = -1;
    let hasElements = false;
    for (;;) {
      const lt = source.indexOf("<", this.pos);
      if (lt < 0) this.fail("xml-syntax", `element <${parent}> is not closed`, source.length);
      if (lt > this.pos) {
        // White space between child elements is layout, not data, and is dropped unread; a
        // leaf keeps its text exactly (a value of " " is a value).
        if (text.length === 0 && layoutEnd < 0 && isSpaceBetween(source, this.pos, lt)) {
          if (!hasElements) {
            textStart = this.pos;
            layoutEnd = lt;
          }
        } else {
          if (layoutEnd >= 0) text = this.takeLayout(textStart, layoutEnd);
          layoutEnd = -1;
          if (text.length === 0) textStart = this.pos;
          const raw = source.slice(this.pos, lt);
          if (raw.includes("]]>")) this.fail("xml-syntax", "']]>' is not allowed in text", this.pos + raw.indexOf("]]>"));
          // End-of-line handling (XML 1.0 section 2.11): literal CRLF and CR read as LF.
          text += this.decode(raw.includes("\r") ? raw.replace(/\r\n?/g, "\n") : raw, this.pos);
        }
        this.pos = lt;
      }
      const next = source.charCodeAt(this.pos + 1);
      if (next === SLASH) {
        const closeOffset = this.pos;
        this.pos += 2;
        const name = this.name();
        this.skipSpace();
        if (source.charCodeAt(this.pos) !== GT) this.fail("xml-syntax", `expected '>' to end </${name}>`);
        this.pos++;
        if (name !== parent)
          this.fail("xml-mismatched-tag", `closing tag </${name}> does not match the open element <${parent}>`, closeOffset);
        if (layoutEnd >= 0) text = this.takeLayout(textStart, layoutEnd);
        if (text.length > 0 && !(hasElements && isSpace(text))) children.push({ text, offset: textStart });
        return children;
      }
      if (next === BANG && source.startsWith("<!--", this.pos)) this.comment();
      else if (next === BANG && source.startsWith("<![CDATA[", this.pos)) {
        const end = source.indexOf("]]>", this.pos + 9);
        if (end < 0) this.fail("xml-syntax", "unterminated CDATA section");
        if (layoutEnd >= 0) text = this.takeLayout(textStart, layoutEnd);
        layoutEnd = -1;
        if (text.length === 0) textStart = this.pos;
        text += source.slice(this.pos + 9, end).replace(/\r\n?/g, "\n");
        this.pos = end + 3;
      } else if (next === QUESTION) this.skipUntil("?>", "processing instruction");
      else if (next === BANG) this.fail("xml-doctype-refused", "markup declarations (<!DOCTYPE, <!ENTITY, ...) are refused");
      else {
        // Text before a child element is kept only if it is more than white space.
        if (text.length > 0 && !isSpace(text)) children.push({ text, offset: textStart });
        text = "";
        layoutEnd = -1;
        hasElements = true;
        children.push(this.element(depth + 1));
      }
    }
  }

  /** White space read as text after all (see `content`), with line ends normalised as text's are. */
  private takeLayout(start: number, end: number): string {
    const raw = this.text.slice(start, end);
    return raw.includes("\r") ? raw.replace(/\r\n?/g, "\n") : raw;
  }

  /** Replaces the predefined entities and character references; refuses any other entity. */
  private decode(raw: string, offset: number): string {
    if (!raw.includes("&")) return raw;
    return raw.replace(/&([^;&\s]*);?/g, (match, body: string, at: number) => {
      const where = offset + at;
      if (!match.endsWith(";")) this.fail("xml-syntax", "'&' must start an entity or character reference ending in ';'", where);
      if (body.startsWith("#")) {
        const code = body[1] === "x" ? Number.parseInt(body.slice(2), 16) : Number.parseInt(body.slice(1), 10);
        const valid = /^#(x[0-9a-fA-F]+|[0-9]+)$/.test(body) && isXmlChar(code);
        if (!valid) this.fail("xml-bad-character-reference", `'&${body};' is not a valid character reference`, where);
        return String.fromCodePoint(code);
      }
      const replacement = Object.hasOwn(PREDEFINED, body) ? PREDEFINED[body] : undefined;
      if (replacement === undefined)
        this.fail("xml-entity-refused", `entity '&${body};' is refused: only &lt; &gt; &amp; &quot; &apos; and numeric references are allowed`, where);
      return replacement;
    });
  }
}

/** True when the text is only XML white space (space, tab, LF, CR). */
function isSpace(text: string): boolean {
  return isSpaceBetween(text, 0, text.length);
}

/** True when text[start, end) is only XML white space, read in place (no slice). */
function isSpaceBetween(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code !== 32 && code !== 9 && code !== 10 && code !== 13) return false;
  }
  return true;
}

function isXmlChar(code: number): boolean {
  return (
    code === 0x9 ||
    code === 0xa ||
    code === 0xd ||
    (code >= 0x20 && code <= 0xd7ff) ||
    (code >= 0xe000 && code <= 0xfffd) ||
    (code >= 0x10000 && code <= 0x10ffff)
  );
}

/**
 * Where attribute `name` starts in the start tag at `element.offset`: the tag is read again
 * (it parsed once, so it is well-formed), which costs nothing until a location is wanted.
 */
function attributeOffset(text: string, element: XmlElement, name: string): number {
  let pos = element.offset + 1 + element.name.length;
  for (;;) {
    while (/\s/.test(text[pos] ?? "")) pos++;
    if (pos >= text.length || text[pos] === ">" || text[pos] === "/") return element.offset;
    const equals = text.indexOf("=", pos);
    if (equals < 0) return element.offset;
    if (text.slice(pos, equals).trim() === name) return pos;
    let quote = equals + 1;
    while (/\s/.test(text[quote] ?? "")) quote++;
    const end = text.indexOf(text[quote], quote + 1);
    if (end < 0) return element.offset;
    pos = end + 1;
  }
}
