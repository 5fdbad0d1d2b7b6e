import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { childElements, localName } from "../../../src/io/import/xml-helpers";
import { isElement, type XmlChild, type XmlElement } from "../../../src/io/xml/xml-tree";

const NAME = fc.constantFrom("node", "viz:position", "position", "a:b:position", "b:position", "positions", ":position", "position:", "viz:", "x", "#text");
const LOCAL = fc.constantFrom("node", "position", "positions", "b:position", "x", "");

describe("childElements", () => {
  it("selects the child elements whose local name (after the first ':') is the one asked for", () => {
    fc.assert(
      fc.property(fc.array(NAME, { maxLength: 8 }), LOCAL, (names, local) => {
        const children: XmlChild[] = names.map((name, offset) => (name === "#text" ? { text: name, offset } : { name, attributes: {}, children: [], offset }));
        const element: XmlElement = { name: "parent", attributes: {}, children, offset: 0 };
        expect(childElements(element, local)).toEqual(children.filter((child) => isElement(child) && localName(child.name) === local));
        expect(childElements(element)).toEqual(children.filter(isElement));
      }),
      { numRuns: 500 },
    );
  });
});
