// The streaming XML reader (src/io/xml/xml-pull-reader.ts, its events made into a tree by
// support/tree-from-events.ts) against the tree parser GEXF and GraphML imports used before
// (support/tree-parse-xml.ts): on random well-formed documents, on the same documents
// mutated the way the import fuzz test mutates files, and on random strings over XML's
// markup characters, both must give the same tree (names, attributes and their order,
// text, offsets, attribute offsets) or the same problem (kind, message, line, column).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { mutate, rng } from "../fuzz/mutations";
import { parseXmlByEvents } from "./support/tree-from-events";
import { parseXml, type XmlResult } from "./support/tree-parse-xml";
import { isElement, type XmlElement } from "./support/xml-tree";

/** Plain data: the tree with each element's attribute offsets, or the problems. */
function comparable(result: XmlResult): unknown {
  if (!result.ok) return { problems: result.problems };
  const document = result.document;
  const walk = (element: XmlElement): unknown => ({
    name: element.name,
    offset: element.offset,
    attributes: Object.entries(element.attributes),
    attributeOffsets: Object.keys(element.attributes).map((name) => document.attributeOffset(element, name)),
    children: element.children.map((child) => (isElement(child) ? walk(child) : { text: child.text, offset: child.offset })),
  });
  return { root: walk(document.root) };
}

function expectSameResult(text: string, options = {}): void {
  expect(comparable(parseXmlByEvents(text, "f.xml", options))).toEqual(comparable(parseXml(text, "f.xml", options)));
}

// Pieces chosen to reach every branch of the reader: layout white space (with CR and CR LF),
// leaf white space, references of each kind (valid, refused, unterminated), CDATA, comments,
// processing instructions, duplicate and repeated names, long values (past the value cache),
// and strings whose cache hashes collide ("Aa" and "BB", as in Java's String.hashCode).
const NAMES = ["a", "b", "node", "edge", "viz:color", "attvalue", "for", "value", "__proto__", "x-y.z", "é", "Aa", "BB"];
const SPACE = fc.constantFrom("", " ", "\n", "\r\n", "\r", "\t", "\n  ", " \r\n\t ");
const TEXT = fc.constantFrom("x", " ", "a b", "1.5", "&amp;", "&lt;&gt;", "&#65;", "&#x42;", "&#10;", "&#13;", "&bogus;", "&constructor;", "&#0;", "& ", "]]>", "\r\n", "\r", "é💥");
const VALUE = fc.oneof(
  TEXT,
  fc.constantFrom("", "Aa", "BB", "AaBB", "BBAa", "true", "road", "p323", "controlled", "x".repeat(30), "a\tb\nc\r\nd", "q&quot;r", "<"),
  fc.string({ unit: fc.constantFrom("a", "b", " ", "&", ";", "#", "\n", "é"), maxLength: 30 }),
);

const ATTRIBUTE = fc.tuple(fc.constantFrom(...NAMES), VALUE, fc.constantFrom('"', "'"), SPACE);
const attributes = fc.array(ATTRIBUTE, { maxLength: 4 }).map((list) =>
  list.map(([name, value, quote, space]) => ` ${name}${space}=${space}${quote}${value.split(quote).join("")}${quote}`).join(""),
);

const { node: tree } = fc.letrec<{ node: string; content: string }>((tie) => ({
  node: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    fc.tuple(fc.constantFrom(...NAMES), attributes, SPACE).map(([name, attrs, space]) => `<${name}${attrs}${space}/>`),
    fc.tuple(fc.constantFrom(...NAMES), attributes, tie("content")).map(([name, attrs, content]) => `<${name}${attrs}>${content}</${name}>`),
  ),
  content: fc
    .array(
      fc.oneof(
        { depthSize: "small" },
        SPACE,
        TEXT,
        fc.constantFrom("<!-- note -->", "<![CDATA[<raw> & \r\n]]>", "<![CDATA[]]>", "<?pi data?>"),
        tie("node"),
      ),
      { maxLength: 5 },
    )
    .map((parts) => parts.join("")),
}));

const document = fc
  .tuple(fc.constantFrom("", '<?xml version="1.0"?>\n', "\uFEFF", "<!-- c -->\r\n"), tree, SPACE)
  .map(([head, root, tail]) => head + root + tail);

describe("the pull reader gives the tree parser's tree", () => {
  it("on random documents", () => {
    fc.assert(fc.property(document, (text) => expectSameResult(text)), { numRuns: 3000 });
  });

  it("on random documents mutated as the import fuzz test mutates files", () => {
    fc.assert(
      fc.property(document, fc.integer({ min: 0, max: 2 ** 31 - 1 }), (text, seed) => {
        const mutated = new TextDecoder().decode(mutate(text, "xml", rng(seed)).bytes);
        expectSameResult(mutated);
      }),
      { numRuns: 3000 },
    );
  });

  it("on random strings of markup characters, and under tight limits", () => {
    const markup = fc.string({ unit: fc.constantFrom("<", ">", "/", "a", "b", "=", '"', "'", " ", "\n", "&", ";", "!", "?", "-", "[", "]", "#"), maxLength: 60 });
    fc.assert(fc.property(markup, (text) => expectSameResult(text)), { numRuns: 3000 });
    fc.assert(
      fc.property(document, fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 6 }), (text, maxDepth, maxElements) =>
        expectSameResult(text, { maxDepth, maxElements }),
      ),
      { numRuns: 1000 },
    );
  });

  it("on a file that uses more distinct names and values than the reader remembers", () => {
    const items = Array.from({ length: 6000 }, (_, i) => `<n${i} v${i % 7}="${i}" w="${i % 3 === 0 ? "same" : `value-${i}`}"/>`);
    expectSameResult(`<root>\n${items.join("\n")}\n</root>`);
  });
});
