/** TEST-ONLY oracle: the tree-walking reader as it was in src/io/import before imports were streamed (e4d4b15), imports re-pointed. */
/** Small helpers the GEXF and GraphML readers share over the parsed XML tree. */
import type { ImportProblem, ImportProblemKind } from "../../../../src/io/import-error";
import type { Position } from "../../../../src/io/snapshot/snapshot-types";
import { isElement, type XmlDocument, type XmlElement } from "../../xml/support/xml-tree";
import type { Location, RawItem, RawValue } from "../../../../src/io/import/raw-graph";

/** "viz:position" -> "position": namespace prefixes vary between writers. */
export function localName(name: string): string {
  const colon = name.indexOf(":");
  return colon < 0 ? name : name.slice(colon + 1);
}

/** True when `localName(name) === local`, without slicing the name (readers ask this per child of every node and edge). */
function hasLocalName(name: string, local: string): boolean {
  const start = name.indexOf(":") + 1;
  return name.length - start === local.length && name.startsWith(local, start);
}

export function childElements(element: XmlElement, local?: string): XmlElement[] {
  const found: XmlElement[] = [];
  for (const child of element.children) if (isElement(child) && (local === undefined || hasLocalName(child.name, local))) found.push(child);
  return found;
}

// Values and items locate themselves only when asked (an error, a position): a clean
// import of a large file computes no line numbers at all.
class XmlValue implements RawValue {
  constructor(
    readonly text: string,
    private readonly locator: XmlLocator,
    private readonly offset: number,
  ) {}

  get at(): Location {
    return this.locator.at(this.offset);
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

export class XmlLocator {
  constructor(
    private readonly document: XmlDocument,
    readonly file: string,
  ) {}

  at(offset: number): Location {
    return { file: this.file, ...this.document.positionOf(offset) };
  }

  /** An attribute's value, located at the attribute, or undefined when absent. */
  attribute(element: XmlElement, name: string): RawValue | undefined {
    const text = element.attributes[name];
    if (text === undefined) return undefined;
    return new XmlAttributeValue(text, this, this.document, element, name);
  }

  /** The text of an element, located at the element. */
  text(element: XmlElement, text: string): RawValue {
    return new XmlValue(text, this, element.offset);
  }

  item(element: XmlElement, fields: ReadonlyMap<string, RawValue>, position?: Position): RawItem {
    return new XmlItem(fields, this, element.offset, position);
  }

  problem(kind: ImportProblemKind, element: XmlElement, message: string): ImportProblem {
    return { kind, ...this.at(element.offset), message };
  }
}

class XmlAttributeValue implements RawValue {
  constructor(
    readonly text: string,
    private readonly locator: XmlLocator,
    private readonly document: XmlDocument,
    private readonly element: XmlElement,
    private readonly name: string,
  ) {}

  get at(): Location {
    return this.locator.at(this.document.attributeOffset(this.element, this.name));
  }
}
