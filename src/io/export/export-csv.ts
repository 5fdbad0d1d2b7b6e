/**
 * CSV (RFC 4180, CRLF line ends, UTF-8 without a byte-order mark, so pandas and Python's
 * csv module read the header as written): three tables of a snapshot.
 * - nodes.csv: id, label, the node attributes of graph-attributes.ts, x, y;
 * - edges.csv: id, source, target, the edge attributes;
 * - paths.csv: the widest surviving routes (`set` = top) and the routes of the flow
 *   decomposition (`set` = flow), one row each.
 * Text cells go through the formula-injection guard (csv/formula-guard.ts); nodes.csv and
 * edges.csv re-import (docs/formats.md: the column mapping).
 */
import { zipSync, strToU8 } from "fflate";
import type { Route } from "../../analysis/report-types";
import { csvRow } from "../csv/parse-csv";
import { guardCell } from "../csv/formula-guard";
import { EDGE_ATTRIBUTES, NODE_ATTRIBUTES, edgeItems, nodeItems, type AttributeSpec, type AttributeValue } from "../graph-attributes";
import { viewPositions } from "../layout/view-positions";
import type { Snapshot } from "../snapshot/snapshot-types";

export interface CsvTables {
  readonly nodes: string;
  readonly edges: string;
  readonly paths: string;
}

export const CSV_PARTS = ["nodes", "edges", "paths"] as const satisfies readonly (keyof CsvTables)[];

type Cell = AttributeValue | undefined;

function cell(value: Cell, isText: boolean): string | number | boolean | undefined {
  return typeof value === "string" && isText ? guardCell(value) : value;
}

function table(header: readonly string[], rows: readonly (readonly (string | number | boolean | undefined)[])[]): string {
  return [csvRow(header), ...rows.map(csvRow)].map((line) => `${line}\r\n`).join("");
}

function attributeCells<Item>(specs: readonly AttributeSpec<Item>[], item: Item): (string | number | boolean | undefined)[] {
  return specs.map((spec) => cell(spec.value(item), spec.type === "string"));
}

export const PATH_COLUMNS = ["set", "rank", "flow", "bottleneck", "loophole", "lab", "nodes", "edges", "commodities", "statuses"] as const;

function pathRow(set: "top" | "flow", rank: number, route: Route, flow: number | undefined): (string | number | boolean | undefined)[] {
  const joined = (values: readonly string[]) => guardCell(values.join(" > "));
  return [set, rank, flow, route.bottleneck, route.loophole, route.lab === null ? undefined : guardCell(route.lab), joined(route.nodes), joined(route.edges), joined(route.commodities), joined(route.statuses)];
}

export function exportCsv(snapshot: Snapshot): CsvTables {
  const { dataset, report } = snapshot;
  const view = viewPositions(dataset, snapshot.nodes);
  const nodes = table(
    ["id", "label", ...NODE_ATTRIBUTES.map((spec) => spec.name), "x", "y"],
    nodeItems(dataset.nodes, dataset.jurisdictions, snapshot.nodes).map((item) => {
      const position = view.positions.get(item.node.id);
      return [guardCell(item.node.id), guardCell(item.node.label), ...attributeCells(NODE_ATTRIBUTES, item), position?.x, position?.y];
    }),
  );
  const edges = table(
    ["id", "source", "target", ...EDGE_ATTRIBUTES.map((spec) => spec.name)],
    edgeItems(dataset.edges, dataset.commodities, snapshot.edges).map((item) => [
      guardCell(item.edge.id),
      guardCell(item.edge.source),
      guardCell(item.edge.target),
      ...attributeCells(EDGE_ATTRIBUTES, item),
    ]),
  );
  const paths = table(PATH_COLUMNS, [
    ...report.paths.top.map((route, i) => pathRow("top", i + 1, route, undefined)),
    ...report.flows.top.map((route, i) => pathRow("flow", i + 1, route, route.flow)),
  ]);
  return { nodes, edges, paths };
}

/** The three tables in one zip (the browser's single download), named by `fileNameOf(part)`. */
export function zipCsv(tables: CsvTables, fileNameOf: (part: keyof CsvTables) => string): Uint8Array {
  const files: Record<string, Uint8Array> = {};
  for (const part of CSV_PARTS) files[fileNameOf(part)] = strToU8(tables[part]);
  // A fixed modification time keeps the bytes of an export reproducible.
  return zipSync(files, { level: 6, mtime: "2000-01-01T00:00:00Z" });
}
