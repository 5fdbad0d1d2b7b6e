// The narrative mini-language: paragraphs, *emphasis*, **strong**, [links](https://...),
// escapes; HTML stays text; only http(s) links become links.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isSafeHref, narrativeText, parseNarrative } from "../../../src/model/story/narrative";

describe("parseNarrative", () => {
  it("splits paragraphs on blank lines and joins the lines of a paragraph", () => {
    const { paragraphs } = parseNarrative("First line\nsame paragraph.\n\n  \nSecond.\r\n\r\nThird.");
    expect(paragraphs).toEqual([
      [{ kind: "text", text: "First line same paragraph." }],
      [{ kind: "text", text: "Second." }],
      [{ kind: "text", text: "Third." }],
    ]);
  });

  it("reads emphasis, strong and http(s) links", () => {
    const { paragraphs, problems } = parseNarrative("A *small* and **big** [source](https://example.org/a?b=1) end");
    expect(problems).toEqual([]);
    expect(paragraphs[0]).toEqual([
      { kind: "text", text: "A " },
      { kind: "emphasis", text: "small" },
      { kind: "text", text: " and " },
      { kind: "strong", text: "big" },
      { kind: "text", text: " " },
      { kind: "link", text: "source", href: "https://example.org/a?b=1" },
      { kind: "text", text: " end" },
    ]);
  });

  it("keeps unmatched delimiters and escaped ones as text", () => {
    expect(parseNarrative("2 * 3 = 6, a [bracket] and (paren) and **").paragraphs[0]).toEqual([
      { kind: "text", text: "2 * 3 = 6, a [bracket] and (paren) and **" },
    ]);
    expect(parseNarrative("\\*not em\\* and \\[not](https://x.org)").paragraphs[0]).toEqual([
      { kind: "text", text: "*not em* and [not](https://x.org)" },
    ]);
  });

  it("leaves HTML as literal text", () => {
    const source = `<script>alert("x")</script> <img src=x onerror="alert(1)"> *<b>bold?</b>*`;
    const { paragraphs } = parseNarrative(source);
    expect(paragraphs[0]).toEqual([
      { kind: "text", text: `<script>alert("x")</script> <img src=x onerror="alert(1)"> ` },
      { kind: "emphasis", text: "<b>bold?</b>" },
    ]);
  });

  it("refuses javascript:, data: and relative links, reporting each and keeping the text literally", () => {
    const { paragraphs, problems } = parseNarrative("[a](javascript:alert(1)) [b](data:text/html,x) [c](/local) [d](JavaScript:void)");
    expect(problems.map((problem) => problem.kind)).toEqual(["unsafe-link", "unsafe-link", "unsafe-link", "unsafe-link"]);
    expect(paragraphs[0].every((token) => token.kind === "text")).toBe(true);
    expect(narrativeText("[a](javascript:alert(1))")).toBe("[a](javascript:alert(1))");
  });

  it("never produces a link to anything but an http(s) address, whatever the text", () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom("[", "]", "(", ")", "*", "\\", "a", " ", ":", "/", "\n", "h", "t", "p", "s", "j") }), (source) => {
        for (const paragraph of parseNarrative(source).paragraphs)
          for (const token of paragraph) if (token.kind === "link") expect(isSafeHref(token.href)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it("accepts only absolute http(s) addresses without spaces or quotes as safe", () => {
    expect(isSafeHref("https://www.federalregister.gov/d/2023-07522")).toBe(true);
    expect(isSafeHref("HTTP://example.org")).toBe(true);
    for (const bad of [["java", "script:alert(1)"].join(""), "//evil.org", "https://a b", 'https://x.org/"onmouseover', "ftp://x.org", "https://x.org/\u0000"])
      expect(isSafeHref(bad), bad).toBe(false);
  });
});
