/**
 * CSV reading per RFC 4180: comma-separated fields, optional double quotes, "" as an
 * escaped quote inside a quoted field, CRLF or LF line ends, an optional UTF-8 BOM.
 * Every field keeps its line and column so later checks (a bad number, an unknown node)
 * can say exactly where the problem is. Problems are collected, not thrown: a stray
 * quote or a row with the wrong number of fields is reported and the row skipped.
 */
import { withDefaults } from "../../model/options";
import type { ImportProblem } from "../import-error";

export interface CsvField {
  readonly value: string;
  readonly line: number;
  readonly column: number;
}

export interface CsvTable {
  readonly header: readonly CsvField[];
  /** Data rows that have exactly as many fields as the header. */
  readonly rows: readonly (readonly CsvField[])[];
}

export interface CsvOptions {
  readonly maxChars: number;
  readonly maxRows: number;
}

export const DEFAULT_CSV_OPTIONS: CsvOptions = Object.freeze({ maxChars: 64 * 1024 * 1024, maxRows: 2_000_000 });

export type CsvResult = { readonly table: CsvTable; readonly problems: readonly ImportProblem[] };

export function parseCsv(text: string, file: string, options: Partial<CsvOptions> = {}): CsvResult {
  const limits = withDefaults(DEFAULT_CSV_OPTIONS, options);
  const problems: ImportProblem[] = [];
  const empty = { table: { header: [], rows: [] }, problems };
  if (text.length > limits.maxChars) {
    problems.push({ kind: "too-large", file, message: `file is larger than the ${limits.maxChars.toLocaleString("en-US")}-character limit` });
    return empty;
  }
  const records = readRecords(text, file, problems, limits.maxRows);
  const nonBlank = records.filter((record) => !(record.length === 1 && record[0].value === ""));
  if (nonBlank.length === 0) {
    if (problems.length === 0) problems.push({ kind: "empty", file, message: "file is empty (a header row is needed)" });
    return empty;
  }
  const [header, ...data] = nonBlank;
  const rows: CsvField[][] = [];
  for (const row of data) {
    if (row.length === header.length) rows.push(row);
    else
      problems.push({
        kind: "csv-column-count",
        file,
        line: row[0].line,
        column: row[0].column,
        message: `row has ${row.length} field${row.length === 1 ? "" : "s"}, the header has ${header.length}`,
      });
  }
  return { table: { header: header.map((field) => ({ ...field, value: field.value.trim() })), rows }, problems };
}

function readRecords(text: string, file: string, problems: ImportProblem[], maxRows: number): CsvField[][] {
  const records: CsvField[][] = [];
  let record: CsvField[] = [];
  let pos = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let line = 1;
  let lineStart = pos === 1 ? 1 : 0;
  const length = text.length;
  for (;;) {
    const fieldLine = line;
    const fieldColumn = pos - lineStart + 1;
    let value: string;
    if (text.charCodeAt(pos) === 34 /* " */) {
      let out = "";
      let cursor = pos + 1;
      let closed = false;
      while (cursor < length) {
        const quote = text.indexOf('"', cursor);
        if (quote < 0) break;
        out += text.slice(cursor, quote);
        if (text.charCodeAt(quote + 1) === 34) {
          out += '"';
          cursor = quote + 2;
          continue;
        }
        cursor = quote + 1;
        closed = true;
        break;
      }
      for (let i = pos; i < (closed ? cursor : length); i++) {
        const code = text.charCodeAt(i);
        if (code === 10 || (code === 13 && text.charCodeAt(i + 1) !== 10)) {
          line++;
          lineStart = i + 1;
        }
      }
      if (!closed) {
        problems.push({ kind: "csv-unterminated-quote", file, line: fieldLine, column: fieldColumn, message: "quoted field is never closed" });
        return records;
      }
      pos = cursor;
      const next = text.charCodeAt(pos);
      if (pos < length && next !== 44 && next !== 10 && next !== 13) {
        problems.push({
          kind: "csv-stray-quote",
          file,
          line,
          column: pos - lineStart + 1,
          message: "unexpected text after a closing quote (quotes inside a field must be doubled)",
        });
        while (pos < length && text.charCodeAt(pos) !== 44 && text.charCodeAt(pos) !== 10 && text.charCodeAt(pos) !== 13) pos++;
      }
      value = out;
    } else {
      let end = pos;
      while (end < length) {
        const code = text.charCodeAt(end);
        if (code === 44 || code === 10 || code === 13) break;
        end++;
      }
      value = text.slice(pos, end);
      const quote = value.indexOf('"');
      if (quote >= 0)
        problems.push({
          kind: "csv-stray-quote",
          file,
          line,
          column: fieldColumn + quote,
          message: "a quote inside an unquoted field (quote the whole field and double the quote)",
        });
      pos = end;
    }
    record.push({ value, line: fieldLine, column: fieldColumn });
    const code = text.charCodeAt(pos);
    if (code === 44) {
      pos++;
      continue;
    }
    records.push(record);
    record = [];
    if (records.length > maxRows) {
      problems.push({ kind: "too-many-items", file, line, message: `more than ${maxRows.toLocaleString("en-US")} rows` });
      return records;
    }
    if (pos >= length) return records;
    pos += code === 13 && text.charCodeAt(pos + 1) === 10 ? 2 : 1;
    line++;
    lineStart = pos;
    if (pos >= length) return records;
  }
}

/** One CSV field: quoted when it holds a comma, quote, line break or leading/trailing space. */
export function csvField(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return "";
  const text = String(value);
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvRow(values: readonly (string | number | boolean | null | undefined)[]): string {
  return values.map(csvField).join(",");
}
