/**
 * `analyze --format csv`: one row per route, RFC 4180 quoting. The widest surviving
 * routes come first (`set` = widest, ranked by bottleneck), then the routes of the flow
 * decomposition (`set` = flow, ranked by the flow they carry). Lists inside a cell
 * (edges, nodes, commodities, statuses) are separated by " > " in route order.
 */
import type { AnalysisReport, Route } from "../analysis/report-types";

const COLUMNS = ["set", "rank", "bottleneck", "flow", "loophole", "lab", "producer", "market", "edges", "nodes", "commodities", "statuses"] as const;

function cell(value: string | number | boolean | null): string {
  const text = value === null ? "" : String(value);
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function row(set: "widest" | "flow", rank: number, route: Route, flow: number | null): string {
  return [
    set,
    rank,
    route.bottleneck,
    flow,
    route.loophole,
    route.lab,
    route.nodes[0] ?? null,
    route.nodes[route.nodes.length - 1] ?? null,
    route.edges.join(" > "),
    route.nodes.join(" > "),
    route.commodities.join(" > "),
    route.statuses.join(" > "),
  ]
    .map(cell)
    .join(",");
}

export function renderAnalysisCsv(report: AnalysisReport): string {
  const lines = [
    COLUMNS.join(","),
    ...report.paths.top.map((route, i) => row("widest", i + 1, route, null)),
    ...report.flows.top.map((route, i) => row("flow", i + 1, route, route.flow)),
  ];
  return `${lines.join("\r\n")}\r\n`;
}
