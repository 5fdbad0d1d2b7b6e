/** TEST-ONLY: the tree types of the oracle parser (tree-parse-xml.ts), formerly src/io/xml/xml-tree.ts. */
/**
 * The tree the XML parser builds (parse-xml.ts), and the few ways readers walk it. Kept
 * apart from the parser so a reader depends on the shape, not on how it was read.
 */
export interface XmlElement {
  readonly name: string;
  /** Own properties only ("__proto__" included, as a plain key): read known names, or use Object.hasOwn. */
  readonly attributes: Readonly<Record<string, string>>;
  readonly children: readonly XmlChild[];
  /** Offset of the '<' that opens the element (see `XmlDocument.positionOf`). */
  readonly offset: number;
}
export interface XmlText {
  readonly text: string;
  readonly offset: number;
}
export type XmlChild = XmlElement | XmlText;

export function isElement(child: XmlChild): child is XmlElement {
  return (child as XmlElement).name !== undefined;
}

export interface XmlDocument {
  readonly root: XmlElement;
  /** Line and column of an offset (the line table is built on the first call only). */
  positionOf(offset: number): { line: number; column: number };
  /** Offset of an attribute's name in the element's start tag (the element's own offset if absent). */
  attributeOffset(element: XmlElement, name: string): number;
}

/** The text content of an element (its text children joined). */
export function textOf(element: XmlElement): string {
  return element.children.map((child) => (isElement(child) ? "" : child.text)).join("");
}

/** Child elements named `name` (namespace prefix included when present). */
export function childrenNamed(element: XmlElement, name: string): XmlElement[] {
  return element.children.filter((child): child is XmlElement => isElement(child) && child.name === name);
}
