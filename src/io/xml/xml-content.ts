/**
 * An element's content between two tags, read for the pull reader (xml-pull-reader.ts):
 * XML 1.0 (W3C REC-xml, 5th ed.) production [43] `content` short of its elements, that is
 * character data (2.4), references (4.1), CDATA sections (2.7), comments (2.5) and
 * processing instructions (2.6), from the end of one tag to the '<' of the next start or
 * end tag. The tags themselves are the reader's.
 *
 * The text it gives is what a tree would hold there as an element's text children:
 * adjacent text, CDATA and references joined (comments and processing instructions
 * removed), literal CR LF read as LF, and white space between elements dropped as layout
 * (a leaf keeps its text exactly: a value of " " is a value).
 */
import { BANG, QUESTION, SLASH, decodeReferences, isSpace, isSpaceBetween, type XmlFailure } from "./xml-characters";

/** The offset just past the comment whose '<!--' is at `start`; '--' inside it is refused. */
export function commentEnd(source: string, start: number, fail: XmlFailure): number {
  const end = source.indexOf("-->", start + 4);
  if (end < 0) fail("xml-syntax", start, "unterminated comment");
  if (source.slice(start + 4, end).includes("--")) fail("xml-syntax", start, "'--' is not allowed inside a comment");
  return end + 3;
}

/** The offset just past the processing instruction whose '<?' is at `start` (its content is ignored). */
export function processingInstructionEnd(source: string, start: number, fail: XmlFailure): number {
  const end = source.indexOf("?>", start);
  if (end < 0) fail("xml-syntax", start, "unterminated processing instruction");
  return end + 2;
}

/** End-of-line handling (XML 1.0 section 2.11): literal CR LF and CR read as LF. */
function lineEndsAsLf(raw: string): string {
  return raw.includes("\r") ? raw.replace(/\r\n?/g, "\n") : raw;
}

/** One reader's content scans; the results of the last `read` are in its fields (reused, so a scan allocates no record). */
export class ContentScanner {
  /** The content's text, or "" when it held none worth an event (see the header). */
  text = "";
  /** Offset of the text's first character. */
  textStart = 0;

  constructor(
    private readonly source: string,
    private readonly fail: XmlFailure,
  ) {}

  /**
   * Reads the content of the open element `parent` from `pos` to its next tag, a child's
   * start tag or an end tag, and returns the offset of that tag's '<'. `afterChild`: the
   * content follows a child element, so white space alone there is layout.
   */
  read(pos: number, parent: string, afterChild: boolean): number {
    const source = this.source;
    // Most content is one run of character data (or none) and then a tag: read first,
    // without the general loop below, which alone left the reader 2 to 5% slower than it
    // was before this module was split from it (same-process A/B on GEXF and GraphML
    // exports). Kept in this one function: as a small function of its own it was inlined
    // into the reader's `next`, and the reader measured slower still.
    const first = source.indexOf("<", pos);
    const tag = source.charCodeAt(first + 1);
    if (first >= 0 && tag !== BANG && tag !== QUESTION) {
      const keepSpace = tag === SLASH && !afterChild;
      if (first === pos || (!keepSpace && isSpaceBetween(source, pos, first))) return this.found("", false, pos, first);
      return this.found(this.characterData(pos, first), keepSpace, pos, first);
    }
    // Content with comments, CDATA or processing instructions (or with no tag after it).
    let textStart = pos;
    let text = "";
    // Leading white space not yet sliced (its end offset, or -1): before the first child
    // element it is layout and dropped, so it is only read into `text` if something else
    // (text, CDATA, the end tag of a leaf) follows. Indented files have one per element.
    let layoutEnd = -1;
    for (;;) {
      const lt = source.indexOf("<", pos);
      if (lt < 0) this.fail("xml-syntax", source.length, `element <${parent}> is not closed`);
      if (lt > pos) {
        if (text.length === 0 && layoutEnd < 0 && isSpaceBetween(source, pos, lt)) {
          if (!afterChild) {
            textStart = pos;
            layoutEnd = lt;
          }
        } else {
          if (layoutEnd >= 0) text = lineEndsAsLf(source.slice(textStart, layoutEnd));
          layoutEnd = -1;
          if (text.length === 0) textStart = pos;
          text += this.characterData(pos, lt);
        }
        pos = lt;
      }
      const next = source.charCodeAt(pos + 1);
      if (next === SLASH) {
        if (layoutEnd >= 0) text = lineEndsAsLf(source.slice(textStart, layoutEnd));
        return this.found(text, !afterChild, textStart, pos);
      }
      if (next === BANG && source.startsWith("<!--", pos)) pos = commentEnd(source, pos, this.fail);
      else if (next === BANG && source.startsWith("<![CDATA[", pos)) {
        const end = source.indexOf("]]>", pos + 9);
        if (end < 0) this.fail("xml-syntax", pos, "unterminated CDATA section");
        if (layoutEnd >= 0) text = lineEndsAsLf(source.slice(textStart, layoutEnd));
        layoutEnd = -1;
        if (text.length === 0) textStart = pos;
        text += source.slice(pos + 9, end).replace(/\r\n?/g, "\n");
        pos = end + 3;
      } else if (next === QUESTION) pos = processingInstructionEnd(source, pos, this.fail);
      else if (next === BANG) this.fail("xml-doctype-refused", pos, "markup declarations (<!DOCTYPE, <!ENTITY, ...) are refused");
      else return this.found(text, false, textStart, pos);
    }
  }

  /**
   * Records the content's text, ended by the tag at `tagStart`. White space alone is kept
   * only as a leaf's value (`keepSpace`: the tag is an end tag and no child came before).
   */
  private found(text: string, keepSpace: boolean, textStart: number, tagStart: number): number {
    this.text = !keepSpace && isSpace(text) ? "" : text;
    this.textStart = textStart;
    return tagStart;
  }

  /** source[start, end), text between markup: ']]>' is refused there, line ends normalised, references expanded. */
  private characterData(start: number, end: number): string {
    const raw = this.source.slice(start, end);
    if (raw.includes("]]>")) this.fail("xml-syntax", start + raw.indexOf("]]>"), "']]>' is not allowed in text");
    return decodeReferences(lineEndsAsLf(raw), start, this.fail);
  }
}
