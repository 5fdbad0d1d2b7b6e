import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { csvRow, parseCsv } from "../../../src/io/csv/parse-csv";

const values = (text: string) => parseCsv(text, "t.csv").table.rows.map((row) => row.map((field) => field.value));

describe("parseCsv", () => {
  it("reads quoted fields, doubled quotes, embedded commas and line breaks, CRLF and a BOM", () => {
    const text = '\uFEFFid,label\r\na,"x, ""y"""\r\nb,"two\nlines"\r\n';
    const { table, problems } = parseCsv(text, "t.csv");
    expect(problems).toEqual([]);
    expect(table.header.map((field) => field.value)).toEqual(["id", "label"]);
    expect(values(text)).toEqual([
      ["a", 'x, "y"'],
      ["b", "two\nlines"],
    ]);
    expect(table.rows[1][0]).toMatchObject({ line: 3, column: 1 });
  });

  it("keeps the line and column of every field, after multi-line quoted fields too", () => {
    const { table } = parseCsv('id,label\n"a\nb",x\nc,d\n', "t.csv");
    expect(table.rows[1][1]).toMatchObject({ value: "d", line: 4, column: 3 });
  });

  it("reports rows with the wrong number of fields and keeps the others", () => {
    const { table, problems } = parseCsv("id,label\na,b\nc\nd,e,f\ng,h\n", "t.csv");
    expect(table.rows).toHaveLength(2);
    expect(problems.map((problem) => [problem.kind, problem.line])).toEqual([
      ["csv-column-count", 3],
      ["csv-column-count", 4],
    ]);
  });

  it("reports unterminated and stray quotes with their positions", () => {
    expect(parseCsv('id\n"abc\n', "t.csv").problems[0]).toMatchObject({ kind: "csv-unterminated-quote", line: 2, column: 1 });
    expect(parseCsv('id,x\na,"b"c\n', "t.csv").problems[0]).toMatchObject({ kind: "csv-stray-quote", line: 2, column: 6 });
    expect(parseCsv('id,x\na,b"c\n', "t.csv").problems[0]).toMatchObject({ kind: "csv-stray-quote", line: 2, column: 4 });
  });

  it("refuses empty and oversized files", () => {
    expect(parseCsv("", "t.csv").problems[0].kind).toBe("empty");
    expect(parseCsv("\n\n", "t.csv").problems[0].kind).toBe("empty");
    expect(parseCsv("a,b\n".repeat(100), "t.csv", { maxChars: 10 }).problems[0].kind).toBe("too-large");
    expect(parseCsv("a\n".repeat(100), "t.csv", { maxRows: 10 }).problems[0].kind).toBe("too-many-items");
  });

  it("reads back whatever csvRow writes", () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.string({ maxLength: 12 }), { minLength: 3, maxLength: 3 }), { maxLength: 8 }), (rows) => {
        const text = ["a,b,c", ...rows.map((row) => csvRow(row))].join("\r\n") + "\r\n";
        const nonBlank = rows.filter((row) => !(row.length === 1 && row[0] === ""));
        expect(values(text)).toEqual(nonBlank);
      }),
    );
  });

  it("never throws on arbitrary input", () => {
    fc.assert(fc.property(fc.string({ maxLength: 200 }), (text) => void parseCsv(text, "f.csv")), { numRuns: 2000 });
  });
});
