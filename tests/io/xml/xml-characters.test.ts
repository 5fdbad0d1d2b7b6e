import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { hasLocalName, localName } from "../../../src/io/xml/xml-characters";

const NAME = fc.constantFrom("node", "viz:position", "position", "a:b:position", "b:position", "positions", ":position", "position:", "viz:", "x", "");
const LOCAL = fc.constantFrom("node", "position", "positions", "b:position", "x", "");

describe("hasLocalName", () => {
  it("is true exactly when the name's local part (after the first ':') is the one asked for", () => {
    fc.assert(
      fc.property(NAME, LOCAL, (name, local) => {
        expect(hasLocalName(name, local)).toBe(localName(name) === local);
      }),
      { numRuns: 500 },
    );
  });
});
