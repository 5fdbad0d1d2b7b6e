/**
 * The narrative of a story step: plain text with a tiny markup.
 *
 *     Paragraphs are separated by a blank line. *emphasis*, **strong**, and
 *     [links](https://example.org). A backslash keeps the next * [ ] ( ) \ literal.
 *
 * Algorithm: split into paragraphs, then one left-to-right scan per paragraph. At `**`,
 * `*` or `[` the scanner looks ahead for the closing delimiter (skipping escaped ones);
 * when it is there the span becomes a token, otherwise the character is plain text. No
 * nesting. Each look-ahead stops at the paragraph's end, so the worst case is quadratic in
 * a paragraph's length, which the schema bounds at 4000 characters.
 *
 * The result is data. The app renders each token as a React element (text, <em>,
 * <strong>, <a>): nothing is ever read as HTML, so `<script>` is just text. Only http(s)
 * links are links; any other target (javascript:, data:, relative paths) is reported as a
 * problem and shown as the literal text the author wrote.
 */

export type NarrativeInline =
  | { readonly kind: "text"; readonly text: string }
  | { readonly kind: "emphasis"; readonly text: string }
  | { readonly kind: "strong"; readonly text: string }
  | { readonly kind: "link"; readonly text: string; readonly href: string };

export type NarrativeParagraph = readonly NarrativeInline[];

export interface NarrativeProblem {
  readonly kind: "unsafe-link";
  /** The link as written, `[text](target)`. */
  readonly source: string;
  readonly message: string;
}

export interface ParsedNarrative {
  readonly paragraphs: readonly NarrativeParagraph[];
  readonly problems: readonly NarrativeProblem[];
}

const ESCAPABLE = new Set(["\\", "*", "[", "]", "(", ")"]);
const MAX_HREF_LENGTH = 2000;

/** An absolute http(s) address without spaces, quotes, angle brackets or control characters. */
export function isSafeHref(href: string): boolean {
  // eslint-disable-next-line no-control-regex
  return href.length <= MAX_HREF_LENGTH && /^https?:\/\/[^\s"'<>`\\\u0000-\u001f\u007f]+$/i.test(href);
}

/** Removes the escaping backslashes of a span. */
function unescape(text: string): string {
  return text.replace(/\\([\\*[\]()])/g, "$1");
}

/** Index of the first unescaped `token` at or after `from`, or -1. */
function findUnescaped(text: string, token: string, from: number): number {
  for (let i = from; i <= text.length - token.length; i++) {
    if (text[i] === "\\") {
      i++;
      continue;
    }
    if (text.startsWith(token, i)) return i;
  }
  return -1;
}

/**
 * Where the emphasis opened just before `from` closes, or -1. As in Markdown, an opening
 * delimiter is followed by a non-space and a closing one follows a non-space, so the
 * stars of "2 * 3" are text.
 */
function closingDelimiter(text: string, delimiter: string, from: number): number {
  if (from >= text.length || /\s/.test(text[from])) return -1;
  for (let close = findUnescaped(text, delimiter, from); close >= 0; close = findUnescaped(text, delimiter, close + 1)) {
    if (close > from && !/\s/.test(text[close - 1])) return close;
  }
  return -1;
}

class InlineScanner {
  readonly tokens: NarrativeInline[] = [];
  private text = "";

  constructor(private readonly problems: NarrativeProblem[]) {}

  private flush(): void {
    if (this.text !== "") this.tokens.push({ kind: "text", text: this.text });
    this.text = "";
  }

  private push(token: NarrativeInline): void {
    this.flush();
    this.tokens.push(token);
  }

  /** Tries a link at `start` (a `[`); returns the index after it, or -1 when there is none. */
  private link(source: string, start: number): number {
    const close = findUnescaped(source, "]", start + 1);
    if (close < 0 || source[close + 1] !== "(") return -1;
    const end = findUnescaped(source, ")", close + 2);
    if (end < 0) return -1;
    const label = unescape(source.slice(start + 1, close));
    const href = source.slice(close + 2, end).trim();
    if (label.trim() === "" || href === "") return -1;
    if (isSafeHref(href)) {
      this.push({ kind: "link", text: label, href });
    } else {
      const written = source.slice(start, end + 1);
      this.problems.push({
        kind: "unsafe-link",
        source: written,
        message: `the link ${JSON.stringify(written.length > 80 ? written.slice(0, 77) + "..." : written)} is not an http(s) address; only http:// and https:// links are allowed`,
      });
      this.text += written;
    }
    return end + 1;
  }

  scan(source: string): NarrativeInline[] {
    let i = 0;
    while (i < source.length) {
      const char = source[i];
      if (char === "\\" && i + 1 < source.length && ESCAPABLE.has(source[i + 1])) {
        this.text += source[i + 1];
        i += 2;
        continue;
      }
      if (char === "*") {
        const strong = source.startsWith("**", i);
        const delimiter = strong ? "**" : "*";
        const close = closingDelimiter(source, delimiter, i + delimiter.length);
        const inner = close < 0 ? "" : source.slice(i + delimiter.length, close);
        if (close >= 0 && inner.trim() !== "") {
          this.push({ kind: strong ? "strong" : "emphasis", text: unescape(inner) });
          i = close + delimiter.length;
          continue;
        }
        this.text += delimiter;
        i += delimiter.length;
        continue;
      }
      if (char === "[") {
        const next = this.link(source, i);
        if (next >= 0) {
          i = next;
          continue;
        }
      }
      this.text += char;
      i++;
    }
    this.flush();
    return this.tokens;
  }
}

/** Paragraphs of tokens, and the links that were refused. */
export function parseNarrative(source: string): ParsedNarrative {
  const problems: NarrativeProblem[] = [];
  const paragraphs = source
    .split(/\r?\n[ \t]*\r?\n/)
    .map((block) => block.trim().replace(/[ \t]*\r?\n[ \t]*/g, " "))
    .filter((block) => block !== "")
    .map((block) => new InlineScanner(problems).scan(block));
  return { paragraphs, problems };
}

/** The narrative as plain text (markup removed), for summaries and screen-reader labels. */
export function narrativeText(source: string): string {
  return parseNarrative(source)
    .paragraphs.map((paragraph) => paragraph.map((token) => token.text).join(""))
    .join("\n\n");
}
