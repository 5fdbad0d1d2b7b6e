/**
 * The character rules of XML 1.0 (W3C REC-xml, 5th ed.) the pull reader needs, by
 * character code (charCodeAt allocates nothing; a regular expression per character costs a
 * string each): name characters, white space, legal characters, and the expansion of the
 * five predefined entities and numeric character references. Any other entity is refused:
 * there is no entity table to expand, so no entity bomb and no external entity.
 */
import type { ImportProblemKind } from "../import-error";

export const LT = 60;
export const GT = 62;
export const SLASH = 47;
export const EQUALS = 61;
export const AMPERSAND = 38;
export const DOUBLE_QUOTE = 34;
export const SINGLE_QUOTE = 39;
export const BANG = 33;
export const QUESTION = 63;
export const COLON = 58;

export function isNameStart(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95 || code === 58 || code >= 0xc0;
}

export function isNameChar(code: number): boolean {
  return isNameStart(code) || (code >= 48 && code <= 57) || code === 46 || code === 45 || code === 0xb7;
}

export function isXmlSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13;
}

/** True when text[start, end) is only XML white space, read in place (no slice). */
export function isSpaceBetween(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (!isXmlSpace(text.charCodeAt(i))) return false;
  return true;
}

/** True when the text is only XML white space (space, tab, LF, CR). */
export function isSpace(text: string): boolean {
  return isSpaceBetween(text, 0, text.length);
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

const PREDEFINED: Readonly<Record<string, string>> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

/**
 * How a problem found while reading is reported: its kind, its offset in the file (of a
 * reference's '&'), the message; never returns. The pull reader and its parts share one.
 */
export type XmlFailure = (kind: ImportProblemKind, offset: number, message: string) => never;

/**
 * Replaces the predefined entities and character references in `raw` (which starts at
 * `offset` in the file); refuses any other entity and any malformed reference.
 */
export function decodeReferences(raw: string, offset: number, fail: XmlFailure): string {
  if (!raw.includes("&")) return raw;
  return raw.replace(/&([^;&\s]*);?/g, (match, body: string, at: number) => {
    const where = offset + at;
    if (!match.endsWith(";")) fail("xml-syntax", where, "'&' must start an entity or character reference ending in ';'");
    if (body.startsWith("#")) {
      const code = body[1] === "x" ? Number.parseInt(body.slice(2), 16) : Number.parseInt(body.slice(1), 10);
      const valid = /^#(x[0-9a-fA-F]+|[0-9]+)$/.test(body) && isXmlChar(code);
      if (!valid) fail("xml-bad-character-reference", where, `'&${body};' is not a valid character reference`);
      return String.fromCodePoint(code);
    }
    // Own keys only: "&constructor;" must be refused, not read from Object.prototype.
    const replacement = Object.hasOwn(PREDEFINED, body) ? PREDEFINED[body] : undefined;
    if (replacement === undefined)
      fail("xml-entity-refused", where, `entity '&${body};' is refused: only &lt; &gt; &amp; &quot; &apos; and numeric references are allowed`);
    return replacement;
  });
}

/** "viz:position" -> "position": namespace prefixes vary between writers. */
export function localName(name: string): string {
  const colon = name.indexOf(":");
  return colon < 0 ? name : name.slice(colon + 1);
}

/**
 * True when `localName(name) === local`, without slicing the name (readers ask this of
 * every element, a million times in a large file: compared by character code, as two
 * builtin calls, indexOf and startsWith, cost more than the few characters they look at).
 */
export function hasLocalName(name: string, local: string): boolean {
  const start = name.length - local.length;
  if (start < 0 || (start > 0 && name.charCodeAt(start - 1) !== COLON)) return false;
  // The local name starts after the first colon: an unprefixed name may hold none, and a
  // prefix none of its own.
  for (let i = 0; i < local.length; i++) {
    const code = local.charCodeAt(i);
    if (name.charCodeAt(start + i) !== code || (start === 0 && code === COLON)) return false;
  }
  for (let i = 0; i < start - 1; i++) if (name.charCodeAt(i) === COLON) return false;
  return true;
}
