import fc from "fast-check";
import { describe, expect, it } from "vitest";
// The XML reader's behaviour, through the tree its events describe (support/tree-from-events.ts).
import { parseXmlByEvents as parseXml } from "./support/tree-from-events";
import { childrenNamed, textOf, type XmlElement } from "./support/xml-tree";
import { element, escapeXmlAttribute, escapeXmlText, openTag } from "../../../src/io/xml/write-xml";

/** What XML 1.0 cannot carry; the writer drops it. */
function withoutNonXmlChars(text: string): string {
  return [...text].filter((char) => {
    const code = char.codePointAt(0)!;
    return code === 9 || code === 10 || code === 13 || (code >= 0x20 && code !== 0xfffe && code !== 0xffff && (code < 0xd800 || code > 0xdfff));
  }).join("");
}

function parseOk(text: string): XmlElement {
  const result = parseXml(text, "t.xml");
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.document.root;
}

function problemOf(text: string, options = {}) {
  const result = parseXml(text, "t.xml", options);
  if (result.ok) throw new Error("expected a problem");
  return result.problems[0];
}

describe("parseXml", () => {
  it("reads elements, attributes, text, CDATA and the predefined entities", () => {
    const root = parseOk(
      `<?xml version="1.0" encoding="UTF-8"?>\n<!-- c --><gexf xmlns="x" version='1.3'><node id="a&amp;b" label="&lt;i&gt;"/><t>x &#65;&#x42; <![CDATA[<raw>]]></t></gexf>`,
    );
    expect(root.name).toBe("gexf");
    expect(root.attributes.version).toBe("1.3");
    const [node] = childrenNamed(root, "node");
    expect(node.attributes.id).toBe("a&b");
    expect(node.attributes.label).toBe("<i>");
    expect(textOf(childrenNamed(root, "t")[0])).toBe("x AB <raw>");
  });

  it("keeps namespace prefixes and treats __proto__ as a plain attribute", () => {
    const root = parseOk(`<a __proto__="p"><viz:color r="1"/></a>`);
    expect(root.attributes["__proto__"]).toBe("p");
    expect(childrenNamed(root, "viz:color")).toHaveLength(1);
  });

  it("refuses DOCTYPE (entity bombs, external entities) with its position", () => {
    const bomb = `<?xml version="1.0"?>\n<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;">]>\n<lolz>&lol2;</lolz>`;
    expect(problemOf(bomb)).toMatchObject({ kind: "xml-doctype-refused", line: 2, column: 1 });
    const external = `<!DOCTYPE foo [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><foo>&xxe;</foo>`;
    expect(problemOf(external).kind).toBe("xml-doctype-refused");
  });

  it("refuses undeclared named entities and bad character references", () => {
    expect(problemOf(`<a>&xxe;</a>`)).toMatchObject({ kind: "xml-entity-refused", line: 1, column: 4 });
    expect(problemOf(`<a b="&#0;"/>`).kind).toBe("xml-bad-character-reference");
    expect(problemOf(`<a>&#xD800;</a>`).kind).toBe("xml-bad-character-reference");
  });

  it("locates syntax errors by line and column", () => {
    expect(problemOf(`<a>\n  <b></c>\n</a>`)).toMatchObject({ kind: "xml-mismatched-tag", line: 2, column: 6 });
    expect(problemOf(`<a>\n<b x=1/></a>`)).toMatchObject({ kind: "xml-syntax", line: 2 });
    expect(problemOf(`<a x="1" x="2"/>`)).toMatchObject({ kind: "xml-syntax", column: 10 });
    expect(problemOf(`<a>`).kind).toBe("xml-syntax");
    expect(problemOf(`<a/><b/>`).kind).toBe("xml-syntax");
    expect(problemOf(`just text`).kind).toBe("xml-syntax");
  });

  it("enforces the size, depth and element limits", () => {
    expect(problemOf("", {}).kind).toBe("empty");
    expect(problemOf("<a/>".padEnd(100, " "), { maxChars: 50 }).kind).toBe("too-large");
    expect(problemOf("<a>".repeat(70) + "</a>".repeat(70)).kind).toBe("too-deep");
    expect(problemOf("<a>" + "<b/>".repeat(20) + "</a>", { maxElements: 10 }).kind).toBe("too-many-items");
  });

  it("reads back any text and attribute the writer escapes", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 40 }), fc.string({ unit: "grapheme", maxLength: 40 }), (text, attr) => {
        const root = parseOk(`<r>${openTag("e", { v: attr })}${escapeXmlText(text)}</e></r>`);
        const [e] = childrenNamed(root, "e");
        const expectedText = withoutNonXmlChars(text);
        const expectedAttr = withoutNonXmlChars(attr);
        // A leaf keeps its text exactly, white space included (" " is a value).
        expect(textOf(e)).toBe(expectedText);
        expect(e.attributes.v).toBe(expectedAttr);
      }),
      { numRuns: 500 },
    );
  });

  it("never throws on arbitrary input: a document or a located problem", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => {
        const result = parseXml(text, "f.xml");
        if (!result.ok) for (const problem of result.problems) expect(problem.file).toBe("f.xml");
      }),
      { numRuns: 2000 },
    );
  });

  it("writes labels that look like HTML as text", () => {
    const label = `<img src=x onerror=alert(1)>`;
    expect(element("node", { label })).toBe(`<node label="&lt;img src=x onerror=alert(1)&gt;"/>`);
    expect(escapeXmlAttribute('a"b\nc')).toBe("a&quot;b&#10;c");
  });
});

describe("parseXml white space and positions", () => {
  it("keeps white space written as references in attributes and normalises literal white space", () => {
    const root = parseOk(`<a v="x&#10;y&#9;z&#13;" w="p\nq\tr"/>`);
    expect(root.attributes.v).toBe("x\ny\tz\r");
    expect(root.attributes.w).toBe("p q r");
  });

  it("reads literal CR LF in text as LF, keeps &#13;, and keeps a leaf's white-space-only text", () => {
    const root = parseOk(`<a><t>one\r\ntwo\rthree&#13;</t><s> </s>\n  <u/>\n</a>`);
    expect(textOf(childrenNamed(root, "t")[0])).toBe("one\ntwo\nthree\r");
    expect(textOf(childrenNamed(root, "s")[0])).toBe(" ");
    expect(root.children.filter((child) => !("name" in child))).toEqual([]);
  });

  it("records where each attribute starts", () => {
    const text = `<a>\n  <b id="x" label='y'/></a>`;
    const result = parseXml(text, "t.xml");
    if (!result.ok) throw new Error("parse failed");
    const [b] = childrenNamed(result.document.root, "b");
    expect(result.document.positionOf(result.document.attributeOffset(b, "id"))).toEqual({ line: 2, column: 6 });
    expect(result.document.positionOf(result.document.attributeOffset(b, "label"))).toEqual({ line: 2, column: 13 });
    expect(result.document.attributeOffset(b, "missing")).toBe(b.offset);
  });
});
