/**
 * A nodes CSV and an edges CSV -> RawGraph. Columns are named by the header row and mapped
 * by field-names.ts (docs/formats.md; templates in data/templates/). Every cell keeps its
 * line and column. Cells written with the formula-injection guard get their apostrophe
 * back off (csv/formula-guard.ts), so exports round-trip. A file with syntax problems (an
 * unterminated quote, a row with the wrong number of fields) stops the import: rows it
 * would skip would turn into misleading "unknown node" errors.
 */
import type { ImportProblem } from "../import-error";
import { unguardCell } from "../csv/formula-guard";
import { parseCsv, type CsvField, type CsvOptions, type CsvTable } from "../csv/parse-csv";
import { EDGE_FIELDS, NODE_FIELDS, normalizeName } from "./field-names";
import type { Location, RawItem, RawValue, ReadResult } from "./raw-graph";

export interface CsvFile {
  readonly name: string;
  readonly text: string;
}

function headerProblems(table: CsvTable, file: string, required: Readonly<Record<string, readonly string[]>>): ImportProblem[] {
  const problems: ImportProblem[] = [];
  const seen = new Map<string, number>();
  table.header.forEach((field, i) => {
    const key = normalizeName(field.value);
    const earlier = seen.get(key);
    if (earlier !== undefined)
      problems.push({ kind: "csv-duplicate-column", file, line: field.line, column: field.column, message: `column '${field.value}' appears twice (also column ${earlier + 1})` });
    else seen.set(key, i);
  });
  const first = table.header[0];
  for (const [field, aliases] of Object.entries(required))
    if (!aliases.some((alias) => seen.has(alias)))
      problems.push({ kind: "csv-missing-column", file, line: first?.line ?? 1, column: 1, message: `no '${field}' column (the header row must name it)` });
  return problems;
}

/** A cell: one object, its location built only when asked for. */
class CsvValue implements RawValue {
  constructor(
    readonly text: string,
    private readonly file: string,
    private readonly cell: CsvField,
  ) {}

  get at(): Location {
    return { file: this.file, line: this.cell.line, column: this.cell.column };
  }
}

function itemsOf(table: CsvTable, file: string): RawItem[] {
  return table.rows.map((row) => {
    const fields = new Map<string, RawValue>();
    row.forEach((cell, i) => fields.set(table.header[i].value, new CsvValue(unguardCell(cell.value), file, cell)));
    return { at: { file, line: row[0].line, column: row[0].column }, fields };
  });
}

export function readCsvGraph(nodesFile: CsvFile, edgesFile: CsvFile, options: Partial<CsvOptions> = {}): ReadResult {
  const nodes = parseCsv(nodesFile.text, nodesFile.name, options);
  const edges = parseCsv(edgesFile.text, edgesFile.name, options);
  const problems = [...nodes.problems, ...edges.problems];
  if (problems.length === 0)
    problems.push(
      ...headerProblems(nodes.table, nodesFile.name, { id: NODE_FIELDS.id }),
      ...headerProblems(edges.table, edgesFile.name, { source: EDGE_FIELDS.source, target: EDGE_FIELDS.target }),
    );
  if (problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    graph: { format: "csv", file: nodesFile.name, nodes: itemsOf(nodes.table, nodesFile.name), edges: itemsOf(edges.table, edgesFile.name), notes: [] },
  };
}
