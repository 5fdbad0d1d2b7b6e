/**
 * Values and items read from a streamed XML file, each locating itself only when asked
 * (an error, a message): a clean import of a large file computes no line numbers at all,
 * and a value keeps two numbers, not the element it came from.
 */
import type { ImportProblem, ImportProblemKind } from "../import-error";
import type { Position } from "../snapshot/snapshot-types";
import { isNameChar } from "../xml/xml-characters";
import type { XmlPullReader } from "../xml/xml-pull-reader";
import type { Location, RawItem, RawValue } from "./raw-graph";

export class XmlLocator {
  constructor(private readonly reader: XmlPullReader) {}

  get file(): string {
    return this.reader.file;
  }

  at(offset: number): Location {
    return { file: this.reader.file, ...this.reader.positionOf(offset) };
  }

  /** Where attribute `name` of the start tag at `tagOffset` is (see `attributeOffset`). */
  attributeAt(tagOffset: number, name: string): Location {
    return this.at(attributeOffset(this.reader.source, tagOffset, name));
  }

  /** The current start tag's attribute, located at the attribute, or undefined when absent. */
  attribute(name: string): RawValue | undefined {
    const text = this.reader.attribute(name);
    return text === undefined ? undefined : new XmlAttributeValue(text, this, this.reader.offset, name);
  }

  /** A text, located at the element (its '<' at `offset`) that holds it. */
  text(text: string, offset: number): RawValue {
    return new XmlTextValue(text, this, offset);
  }

  item(offset: number, fields: ReadonlyMap<string, RawValue>, position?: Position): RawItem {
    return new XmlItem(fields, this, offset, position);
  }

  problem(kind: ImportProblemKind, offset: number, message: string): ImportProblem {
    return { kind, ...this.at(offset), message };
  }
}

class XmlTextValue implements RawValue {
  constructor(
    readonly text: string,
    private readonly locator: XmlLocator,
    private readonly offset: number,
  ) {}

  get at(): Location {
    return this.locator.at(this.offset);
  }
}

class XmlAttributeValue implements RawValue {
  constructor(
    readonly text: string,
    private readonly locator: XmlLocator,
    private readonly tagOffset: number,
    private readonly name: string,
  ) {}

  get at(): Location {
    return this.locator.attributeAt(this.tagOffset, this.name);
  }
}

class XmlItem implements RawItem {
  constructor(
    readonly fields: ReadonlyMap<string, RawValue>,
    private readonly locator: XmlLocator,
    private readonly offset: number,
    readonly position: Position | undefined,
  ) {}

  get at(): Location {
    return this.locator.at(this.offset);
  }
}

/**
 * Where attribute `name` starts in the start tag at `tagOffset`: the tag is read again (it
 * was read once, so it is well-formed), which costs nothing until a location is wanted.
 */
export function attributeOffset(text: string, tagOffset: number, name: string): number {
  let pos = tagOffset + 1;
  while (pos < text.length && isNameChar(text.charCodeAt(pos))) pos++; // the element's name
  for (;;) {
    while (/\s/.test(text[pos] ?? "")) pos++;
    if (pos >= text.length || text[pos] === ">" || text[pos] === "/") return tagOffset;
    const equals = text.indexOf("=", pos);
    if (equals < 0) return tagOffset;
    if (text.slice(pos, equals).trim() === name) return pos;
    let quote = equals + 1;
    while (/\s/.test(text[quote] ?? "")) quote++;
    const end = text.indexOf(text[quote], quote + 1);
    if (end < 0) return tagOffset;
    pos = end + 1;
  }
}
