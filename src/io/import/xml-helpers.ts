/** Small helpers the GEXF and GraphML readers share over the parsed XML tree. */
import type { ImportProblem, ImportProblemKind } from "../import-error";
import { isElement, type XmlDocument, type XmlElement } from "../xml/parse-xml";
import type { Location, RawValue } from "./raw-graph";

/** "viz:position" -> "position": namespace prefixes vary between writers. */
export function localName(name: string): string {
  const colon = name.indexOf(":");
  return colon < 0 ? name : name.slice(colon + 1);
}

export function childElements(element: XmlElement, local?: string): XmlElement[] {
  return element.children.filter((child): child is XmlElement => isElement(child) && (local === undefined || localName(child.name) === local));
}

export class XmlLocator {
  constructor(
    private readonly document: XmlDocument,
    readonly file: string,
  ) {}

  at(offset: number): Location {
    return { file: this.file, ...this.document.positionOf(offset) };
  }

  /** An attribute's value with the position of the attribute, or undefined when absent. */
  attribute(element: XmlElement, name: string): RawValue | undefined {
    const text = element.attributes[name];
    if (text === undefined) return undefined;
    return { text, at: this.at(element.attributeOffsets[name] ?? element.offset) };
  }

  problem(kind: ImportProblemKind, element: XmlElement, message: string): ImportProblem {
    return { kind, ...this.at(element.offset), message };
  }
}
