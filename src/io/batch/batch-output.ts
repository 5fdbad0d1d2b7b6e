/**
 * A batch's rows as CSV (one row per scenario, text cells guarded against formula
 * injection: scenario names are the user's text) or JSON (`chokepoint-batch-result`).
 */
import { csvRow } from "../csv/parse-csv";
import { guardCell } from "../csv/formula-guard";
import { BATCH_COLUMNS, type BatchRow } from "./run-batch";

export const BATCH_RESULT_FORMAT = "chokepoint-batch-result";

export function batchCsv(rows: readonly BatchRow[]): string {
  const lines = [csvRow(BATCH_COLUMNS), ...rows.map((row) => csvRow(BATCH_COLUMNS.map((column) => {
    const value = row[column];
    return typeof value === "string" ? guardCell(value) : value;
  })))];
  return lines.map((line) => `${line}\r\n`).join("");
}

export function batchJson(rows: readonly BatchRow[], dataset: string): string {
  return `${JSON.stringify({ format: BATCH_RESULT_FORMAT, version: 1, dataset, unit: { throughput: "kg/month fentanyl-equivalent", licitLoss: "kg/month" }, rows }, null, 2)}\n`;
}
