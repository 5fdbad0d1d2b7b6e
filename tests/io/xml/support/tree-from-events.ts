/**
 * TEST-ONLY: the tree the pull reader's events describe (src/io/xml/xml-pull-reader.ts),
 * in the oracle parser's shape, so the two can be compared on any input and the parser's
 * own tests run against the streaming reader.
 */
import { ImportAbort } from "../../../../src/io/import-error";
import { attributeOffset } from "../../../../src/io/import/xml-located";
import { XmlPullReader, type XmlOptions } from "../../../../src/io/xml/xml-pull-reader";
import type { XmlResult } from "./tree-parse-xml";
import type { XmlChild, XmlElement } from "./xml-tree";

interface OpenElement {
  readonly name: string;
  readonly attributes: Record<string, string>;
  readonly children: XmlChild[];
  readonly offset: number;
}

export function parseXmlByEvents(text: string, file: string, options: Partial<XmlOptions> = {}): XmlResult {
  const reader = new XmlPullReader(text, file, options);
  const stack: OpenElement[] = [];
  let root: OpenElement | undefined;
  try {
    for (let event = reader.next(); event !== "done"; event = reader.next()) {
      if (event === "start") {
        const attributes: Record<string, string> = {};
        for (let i = 0; i < reader.attributeLength; i++)
          Object.defineProperty(attributes, reader.attributeName(i), { value: reader.attributeValue(i), enumerable: true, writable: true, configurable: true });
        const element: OpenElement = { name: reader.name, attributes, children: [], offset: reader.offset };
        if (stack.length > 0) stack[stack.length - 1].children.push(element);
        else root = element;
        stack.push(element);
      } else if (event === "text") stack[stack.length - 1].children.push({ text: reader.text, offset: reader.offset });
      else stack.pop();
    }
  } catch (error) {
    if (error instanceof ImportAbort) return { ok: false, problems: [error.problem] };
    throw error;
  }
  return {
    ok: true,
    document: {
      root: root as XmlElement,
      positionOf: (offset) => reader.positionOf(offset),
      attributeOffset: (element, name) => attributeOffset(text, element.offset, name),
    },
  };
}
