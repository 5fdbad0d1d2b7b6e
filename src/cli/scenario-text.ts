/**
 * Renders a ScenarioReport for a terminal: a header (dataset, date, mode, the
 * interventions in force with their effectiveness), a table of edges, then the markets.
 * Unchanged values are printed once; changed ones as "baseline -> now".
 */
import { formatPercent } from "../scenario/reasons";
import type { ScenarioReport } from "./scenario-report";

/** kg/month for people: whole numbers from 100 up, three significant digits below. */
export function formatKg(value: number): string {
  if (value === 0) return "0";
  if (Math.abs(value) >= 100) return String(Math.round(value));
  return String(Number(value.toPrecision(3)));
}

function table(header: readonly string[], rows: readonly (readonly string[])[]): string[] {
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column].length)));
  const line = (cells: readonly string[]): string =>
    cells
      .map((cell, column) => (column === cells.length - 1 ? cell : cell.padEnd(widths[column])))
      .join("  ")
      .trimEnd();
  return [line(header), line(widths.map((width) => "-".repeat(width))), ...rows.map(line)];
}

function interventionRow(item: ScenarioReport["interventions"][number]): string[] {
  const boosted =
    item.boostedBy.length > 0
      ? ` (${formatPercent(item.baseEffectiveness)} on paper + ${item.boostedBy.map((b) => b.cooperation).join(", ")})`
      : "";
  const why =
    item.reason.kind === "event"
      ? `event ${item.reason.event}`
      : item.reason.overridesEvent !== undefined
        ? `switch (over event ${item.reason.overridesEvent})`
        : "switch";
  return [item.id, `${formatPercent(item.effectiveness)}${boosted}`, item.kind, why, item.label];
}

export function renderScenarioText(report: ScenarioReport): string {
  const { scenario, summary } = report;
  const lines: string[] = [
    `Chokepoint scenario: ${report.dataset.title} (${report.dataset.file})`,
    `Date:  ${scenario.date ?? "none (baseline: no timeline events applied)"}`,
    `Mode:  ${scenario.idealized ? "idealized (every intervention in force is fully effective)" : "as modelled (default or chosen effectiveness)"}`,
  ];
  if (scenario.query.length > 0) lines.push(`Link:  ?${scenario.query}`);
  lines.push("", `Interventions in force: ${report.interventions.length === 0 ? "none" : report.interventions.length}`);
  if (report.interventions.length > 0)
    lines.push(...table(["INTERVENTION", "EFFECTIVE", "KIND", "IN FORCE BY", "NAME"], report.interventions.map(interventionRow)));

  lines.push("", `Edges: ${summary.edges} (${summary.changedEdges} changed, ${summary.closedEdges} closed; capacity in kg/month)`);
  const rows = report.edges.map((edge) => {
    const status = edge.status.baseline === edge.status.now ? edge.status.now : `${edge.status.baseline} -> ${edge.status.now}`;
    const { baseline, now } = edge.openCapacity;
    const capacity = now === baseline ? formatKg(now) : `${formatKg(baseline)} -> ${formatKg(now)}`;
    return [
      edge.id,
      `${edge.source} -> ${edge.target}`,
      edge.commodity,
      status,
      edge.closed ? `${capacity} (closed)` : capacity,
      edge.changes.map((change) => change.intervention).join(", "),
    ];
  });
  lines.push(...table(["EDGE", "ROUTE", "COMMODITY", "STATUS", "OPEN CAPACITY", "CHANGED BY"], rows));

  lines.push("", `Markets reachable from producers through a lab over open edges: ${summary.reachableMarkets} of ${summary.markets}`);
  lines.push(
    ...table(
      ["MARKET", "JURISDICTION", "REACHABLE", "NAME"],
      report.markets.map((market) => [market.id, market.jurisdiction, market.reachable ? "yes" : "no", market.label]),
    ),
  );
  return `${lines.join("\n")}\n`;
}
