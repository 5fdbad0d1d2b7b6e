/**
 * A small, safe pull reader for the XML formats we import (GEXF, GraphML): the caller asks
 * for the next event (an element's start with its attributes, a text, an element's end,
 * the end of the document) and keeps only what it needs, so a 100 MB file is read without
 * building its tree (a tree of such a file took three times the file's size, and most of
 * the import's time went to collecting it).
 *
 * Safe by construction: it never fetches anything and has no entity table beyond XML's
 * five predefined entities and numeric character references (xml-characters.ts). Any
 * DOCTYPE is refused outright (internal subsets are where entity-expansion bombs and
 * external entities live). Size, depth and element-count limits bound the work. The
 * grammar follows XML 1.0 (W3C REC-xml, 5th ed.) closely enough for machine-written graph
 * files: elements, attributes, text, CDATA, comments and processing instructions;
 * namespace prefixes are kept as part of names ("viz:color"). Reading stops at the first
 * syntax error (XML offers no reliable recovery), thrown as an `ImportAbort` with its line
 * and column; a caller that wants the document's own problems reads to the end first.
 *
 * Texts are what a tree would hold as an element's text children (xml-content.ts says
 * what is kept). A text comes as one event, before the start or end tag that ends it.
 *
 * This module reads the tags and sequences the events; its parts: xml-content.ts (the
 * content between tags), xml-attributes.ts (a start tag's attributes), xml-string-cache.ts
 * (names and short values kept once), xml-characters.ts (character rules, references).
 */
import { withDefaults } from "../../model/options";
import { ImportAbort, type ImportProblemKind } from "../import-error";
import { LineIndex, type TextPosition } from "../text-position";
import { XmlAttributes } from "./xml-attributes";
import { DOUBLE_QUOTE, EQUALS, GT, SINGLE_QUOTE, SLASH, isNameChar, isNameStart, isXmlSpace, type XmlFailure } from "./xml-characters";
import { ContentScanner, commentEnd, processingInstructionEnd } from "./xml-content";
import { StringCache } from "./xml-string-cache";

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

export type XmlEvent = "start" | "text" | "end" | "done";

export class XmlPullReader {
  /** The current start or end tag's element name. */
  name = "";
  /** Offset of the current start tag's '<', of an end tag's '</' (of '<' for an empty element), or of a text's first character. */
  offset = 0;
  /** The current text (after a "text" event). */
  text = "";
  /** After `readText`: whether the element held child elements besides its text. */
  hadElements = false;

  private pos = 0;
  private elements = 0;
  private readonly open: string[] = [];
  private started = false;
  private finished = false;
  /** The next event is the end of the innermost open element (its end tag is already read, or it was empty). */
  private pendingEnd = false;
  /** `pos` is at the '<' of a child's start tag (a text before it was returned first). */
  private atChildStart = false;
  /** The content read next follows a child element (its layout white space is dropped). */
  private afterChild = false;
  private lineIndex: LineIndex | undefined;
  private readonly limits: XmlOptions;
  /** `fail` in the shape the reader's parts take. */
  private readonly failAt: XmlFailure = (kind, offset, message) => this.fail(kind, message, offset);
  private readonly strings: StringCache;
  /** The current start tag's attributes. */
  private readonly attributes: XmlAttributes;
  private readonly contentScanner: ContentScanner;

  constructor(
    readonly source: string,
    readonly file: string,
    options: Partial<XmlOptions> = {},
  ) {
    this.limits = withDefaults(DEFAULT_XML_OPTIONS, options);
    this.strings = new StringCache(source);
    this.attributes = new XmlAttributes(source, this.strings, this.failAt);
    this.contentScanner = new ContentScanner(source, this.failAt);
    if (source.charCodeAt(0) === 0xfeff) this.pos = 1;
  }

  /** Elements open around the current event (a start counts its own element, an end no longer does). */
  get depth(): number {
    return this.open.length;
  }

  next(): XmlEvent {
    if (this.pendingEnd) {
      this.pendingEnd = false;
      this.name = this.open.pop()!;
      this.afterChild = true;
      return "end";
    }
    if (this.open.length === 0) return this.started ? this.finish() : this.openRoot();
    if (this.atChildStart) {
      this.atChildStart = false;
      return this.startTag();
    }
    return this.content();
  }

  /** After a "start": reads on past the element's end (still checking every byte of it). */
  skipElement(): void {
    const depth = this.open.length;
    while (this.open.length >= depth) this.next();
  }

  /**
   * After a "start": the element's text (its text children joined, as a tree's text
   * content), reading on past its end; `hadElements` tells whether it held elements too.
   */
  readText(): string {
    const depth = this.open.length;
    let text = "";
    this.hadElements = false;
    for (;;) {
      const event = this.next();
      if (event === "end" && this.open.length < depth) return text;
      if (event === "text" && this.open.length === depth) text += this.text;
      else if (event === "start" && this.open.length === depth + 1) this.hadElements = true;
    }
  }

  /** The current start tag's attribute `name`, or undefined. */
  attribute(name: string): string | undefined {
    return this.attributes.find(name);
  }

  get attributeLength(): number {
    return this.attributes.length;
  }

  attributeName(index: number): string {
    return this.attributes.name(index);
  }

  attributeValue(index: number): string {
    return this.attributes.value(index);
  }

  /** Line and column of an offset (the line table is built on the first call only). */
  positionOf(offset: number): TextPosition {
    return (this.lineIndex ??= new LineIndex(this.source)).positionOf(offset);
  }

  private fail(kind: ImportProblemKind, message: string, offset = this.pos): never {
    throw new ImportAbort({ kind, file: this.file, message, ...this.positionOf(offset) });
  }

  private openRoot(): XmlEvent {
    this.started = true;
    const { source, file, limits } = this;
    if (source.length > limits.maxChars)
      throw new ImportAbort({ kind: "too-large", file, message: `file is larger than the ${limits.maxChars.toLocaleString("en-US")}-character limit` });
    if (source.trim().length === 0) throw new ImportAbort({ kind: "empty", file, message: "file is empty" });
    this.skipMisc();
    if (!source.startsWith("<", this.pos) || this.pos >= source.length) this.fail("xml-syntax", "expected the root element ('<...>')");
    return this.startTag();
  }

  private finish(): XmlEvent {
    if (!this.finished) {
      this.skipMisc();
      if (this.pos < this.source.length) this.fail("xml-syntax", "unexpected content after the root element");
      this.finished = true;
    }
    return "done";
  }

  /** Whitespace, comments, processing instructions and the XML declaration outside the root. */
  private skipMisc(): void {
    const source = this.source;
    for (;;) {
      this.skipSpace();
      if (source.startsWith("<?", this.pos)) this.pos = processingInstructionEnd(source, this.pos, this.failAt);
      else if (source.startsWith("<!--", this.pos)) this.pos = commentEnd(source, this.pos, this.failAt);
      else if (source.startsWith("<!DOCTYPE", this.pos) || source.startsWith("<!doctype", this.pos))
        this.fail("xml-doctype-refused", "DOCTYPE declarations are refused (they can define entities); remove it");
      else return;
    }
  }

  private skipSpace(): void {
    while (isXmlSpace(this.source.charCodeAt(this.pos))) this.pos++;
  }

  private readName(): string {
    const source = this.source;
    const start = this.pos;
    if (start >= source.length || !isNameStart(source.charCodeAt(start))) this.fail("xml-syntax", "expected a name");
    let hash = source.charCodeAt(start);
    let pos = start + 1;
    for (; pos < source.length; pos++) {
      const code = source.charCodeAt(pos);
      if (!isNameChar(code)) break;
      hash = (Math.imul(hash, 31) + code) | 0;
    }
    this.pos = pos;
    return this.strings.slice(start, pos, hash);
  }

  /** A start tag at `pos` (its '<'): checks the limits, reads the name and attributes. */
  private startTag(): XmlEvent {
    const offset = this.pos;
    if (this.open.length + 1 > this.limits.maxDepth) this.fail("too-deep", `elements are nested deeper than the limit of ${this.limits.maxDepth}`);
    if (++this.elements > this.limits.maxElements) this.fail("too-many-items", `more than ${this.limits.maxElements.toLocaleString("en-US")} elements`);
    this.pos++;
    const name = this.readName();
    this.readAttributes(name);
    const next = this.source.charCodeAt(this.pos);
    if (next === SLASH && this.source.charCodeAt(this.pos + 1) === GT) {
      this.pos += 2;
      this.pendingEnd = true;
    } else {
      if (next !== GT) this.fail("xml-syntax", `expected '>' or '/>' to close the start tag <${name}>`);
      this.pos++;
    }
    this.open.push(name);
    this.name = name;
    this.offset = offset;
    this.afterChild = false;
    return "start";
  }

  /** The start tag's attributes, up to its '>' or '/>' (`element` names it in messages). */
  private readAttributes(element: string): void {
    const source = this.source;
    const attributes = this.attributes;
    attributes.clear();
    for (;;) {
      const before = this.pos;
      this.skipSpace();
      const next = source.charCodeAt(this.pos);
      if (next === GT || next === SLASH || this.pos >= source.length) return;
      if (this.pos === before) this.fail("xml-syntax", `expected whitespace before an attribute in <${element}>`);
      const nameOffset = this.pos;
      const name = this.readName();
      this.skipSpace();
      if (source.charCodeAt(this.pos) !== EQUALS) this.fail("xml-syntax", `attribute '${name}' in <${element}> needs '=' and a quoted value`);
      this.pos++;
      this.skipSpace();
      const quote = source.charCodeAt(this.pos);
      if (quote !== DOUBLE_QUOTE && quote !== SINGLE_QUOTE) this.fail("xml-syntax", `the value of attribute '${name}' must be quoted`);
      const start = this.pos + 1;
      const end = source.indexOf(quote === DOUBLE_QUOTE ? '"' : "'", start);
      if (end < 0) this.fail("xml-syntax", `unterminated value of attribute '${name}'`);
      attributes.add(element, name, nameOffset, start, end);
      this.pos = end + 1;
    }
  }

  /**
   * Reads the innermost open element's content up to its next child start tag or its end
   * tag; returns the text before it first if that text is kept (xml-content.ts).
   */
  private content(): XmlEvent {
    const scanner = this.contentScanner;
    const parent = this.open[this.open.length - 1];
    this.pos = scanner.read(this.pos, parent, this.afterChild);
    if (this.source.charCodeAt(this.pos + 1) === SLASH) return this.endTag(parent, scanner.text, scanner.textStart);
    if (scanner.text.length > 0) {
      this.atChildStart = true;
      return this.textEvent(scanner.text, scanner.textStart);
    }
    return this.startTag();
  }

  /** The end tag at `pos` (its '</') closing `parent`; `text` (with its offset) is the content before it, "" for none. */
  private endTag(parent: string, text: string, textStart: number): XmlEvent {
    const closeOffset = this.pos;
    this.pos += 2;
    const name = this.readName();
    this.skipSpace();
    if (this.source.charCodeAt(this.pos) !== GT) this.fail("xml-syntax", `expected '>' to end </${name}>`);
    this.pos++;
    if (name !== parent) this.fail("xml-mismatched-tag", `closing tag </${name}> does not match the open element <${parent}>`, closeOffset);
    this.pendingEnd = true;
    if (text.length > 0) return this.textEvent(text, textStart);
    this.offset = closeOffset;
    return this.next();
  }

  private textEvent(text: string, offset: number): XmlEvent {
    this.text = text;
    this.offset = offset;
    return "text";
  }
}
