/**
 * The attributes of the pull reader's current start tag (xml-pull-reader.ts), XML 1.0
 * (W3C REC-xml, 5th ed.) section 3.1, with values normalised as section 3.3.3 says. The
 * reader reads each attribute's name and finds its quoted value; this list checks the
 * value, refuses a repeated name, and keeps the value as offsets into the file, in
 * parallel arrays reused from tag to tag: a value is sliced only when asked for, unless it
 * had references or white space to normalise.
 */
import { AMPERSAND, LT, decodeReferences, type XmlFailure } from "./xml-characters";
import type { StringCache } from "./xml-string-cache";

/** Longer values are sliced (V8 then shares the file's characters instead of copying). */
const CACHED_VALUE_LENGTH = 24;

export class XmlAttributes {
  private count = 0;
  private readonly names: string[] = [];
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];
  private readonly hashes: number[] = [];
  private readonly decoded: (string | undefined)[] = [];

  constructor(
    private readonly source: string,
    private readonly strings: StringCache,
    private readonly fail: XmlFailure,
  ) {}

  get length(): number {
    return this.count;
  }

  /** Forgets the previous tag's attributes. */
  clear(): void {
    this.count = 0;
  }

  /**
   * Adds attribute `name` of `element` (the name at `nameOffset`), its value source[start,
   * end) between the quotes.
   */
  add(element: string, name: string, nameOffset: number, start: number, end: number): void {
    const source = this.source;
    // One pass finds what needs work: '<' (refused), '&' (references), literal white space (normalised).
    let references = false;
    let whiteSpace = false;
    let hash = 0;
    for (let i = start; i < end; i++) {
      const code = source.charCodeAt(i);
      if (code === LT) this.fail("xml-syntax", i, `'<' is not allowed in the value of attribute '${name}'`);
      if (code === AMPERSAND) references = true;
      else if (code === 9 || code === 10 || code === 13) whiteSpace = true;
      hash = (Math.imul(hash, 31) + code) | 0;
    }
    const count = this.count;
    for (let i = 0; i < count; i++) if (this.names[i] === name) this.fail("xml-syntax", nameOffset, `attribute '${name}' appears twice in <${element}>`);
    let decoded: string | undefined;
    if (references || whiteSpace) {
      // Attribute-value normalisation (XML 1.0 section 3.3.3): literal white space becomes
      // a space, but white space written as a character reference (&#10;) is kept.
      const raw = source.slice(start, end);
      decoded = decodeReferences(whiteSpace ? raw.replace(/\r\n|[\t\n\r]/g, " ") : raw, start, this.fail);
    }
    this.names[count] = name;
    this.starts[count] = start;
    this.ends[count] = end;
    this.hashes[count] = hash;
    this.decoded[count] = decoded;
    this.count = count + 1;
  }

  /** The value of attribute `name`, or undefined. */
  find(name: string): string | undefined {
    for (let i = 0; i < this.count; i++) if (this.names[i] === name) return this.value(i);
    return undefined;
  }

  name(index: number): string {
    return this.names[index];
  }

  value(index: number): string {
    const decoded = this.decoded[index];
    if (decoded !== undefined) return decoded;
    const start = this.starts[index];
    const end = this.ends[index];
    return end - start <= CACHED_VALUE_LENGTH ? this.strings.slice(start, end, this.hashes[index]) : this.source.slice(start, end);
  }
}
