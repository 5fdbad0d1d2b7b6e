import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { guardCell, unguardCell } from "../../../src/io/csv/formula-guard";

describe("CSV formula-injection guard", () => {
  it("prefixes an apostrophe to cells a spreadsheet would run as formulas", () => {
    expect(guardCell(`=HYPERLINK("http://x","y")`)).toBe(`'=HYPERLINK("http://x","y")`);
    for (const text of ["+1", "-1", "@A1", "\tx", "\rx", "'x"]) expect(guardCell(text)).toBe(`'${text}`);
    for (const text of ["plain", "", "1-2", "a=b", " =x"]) expect(guardCell(text)).toBe(text);
  });

  it("never lets a guarded cell start with a formula character", () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        expect(/^[=+\-@\t\r]/.test(guardCell(text))).toBe(false);
      }),
    );
  });

  it("is undone exactly by unguardCell (round trips)", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.constantFrom("'", "''", "'=", "=", "'''-x")), (text) => {
        expect(unguardCell(guardCell(text))).toBe(text);
      }),
      { numRuns: 2000 },
    );
  });
});
