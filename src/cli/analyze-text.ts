/**
 * `analyze --format text`: the report for a person in a terminal. Sections in the order
 * a reader asks: how much gets through, by which routes, where it is bounded, what each
 * intervention does, and what it costs licit trade.
 */
import { formatAmount } from "../analysis/report/format-amount";
import type { AnalysisReport, ApproximationNote, MinCutEntry, Route } from "../analysis/report-types";
import { assertNever, type Dataset } from "../model/types";

const percent = (share: number): string => `${(100 * share).toFixed(share > 0 && share < 0.001 ? 2 : 1)}%`;
const signed = (value: number): string => (value > 0 ? `+${formatAmount(value)}` : value < 0 ? `-${formatAmount(-value)}` : "0");
const count = (decimal: string): string => decimal.replace(/\B(?=(\d{3})+(?!\d))/g, ",");

function table(rows: readonly (readonly string[])[], indent = "  "): string[] {
  const widths = rows.reduce<number[]>((w, row) => row.map((cell, i) => Math.max(w[i] ?? 0, cell.length)), []);
  return rows.map((row) => indent + row.map((cell, i) => (i === row.length - 1 ? cell : cell.padEnd(widths[i]))).join("  ").trimEnd());
}

function scenarioLine(report: AnalysisReport): string {
  const { date, idealized, active } = report.scenario;
  const parts = [date ? `as of ${date}` : "no date", `${active.length} intervention${active.length === 1 ? "" : "s"} in force`];
  if (idealized) parts.push("idealized");
  return parts.join(", ");
}

function routeLine(route: Route, amount: string): string {
  const hops = route.nodes.map((node, i) => (i === 0 ? node : `-[${route.commodities[i - 1]}, ${route.statuses[i - 1]}]-> ${node}`));
  return `${amount}  ${route.loophole ? "LOOPHOLE  " : ""}${hops.join(" ")}`;
}

function cutLine(entry: MinCutEntry): string[] {
  const by = entry.closableBy.length > 0 ? entry.closableBy.map((c) => `${c.intervention} (${c.kind})`).join(", ") : "no intervention in the dataset";
  const what = entry.kind === "edge" ? `edge ${entry.edge}` : `${entry.kind} ${entry.node}`;
  return [formatAmount(entry.capacity), what, entry.note, `closable by: ${by}`];
}

function approximationLines(notes: readonly ApproximationNote[]): string[] {
  const multi = notes.filter((note) => note.kind === "multi-input-recipe");
  const lines = notes.filter((note) => note.kind !== "multi-input-recipe").map(approximationLine);
  if (multi.length > 0)
    lines.unshift(
      `${multi.length} recipe${multi.length === 1 ? " needs" : "s need"} several inputs: the flow follows the main chemical, each other input bounds the recipe on its own (${multi.map((note) => note.recipe).join(", ")})`,
    );
  return lines;
}

function approximationLine(note: ApproximationNote): string {
  switch (note.kind) {
    case "multi-input-recipe":
      return `recipe ${note.recipe} at ${note.lab}: flow follows ${note.primary}; ${note.capped.join(", ")} bound it separately`;
    case "shared-node-capacity":
      return `node ${note.node}: its capacity is applied to each of ${note.commodities.join(", ")} separately`;
    case "ratio-spread":
      return `commodity ${note.commodity}: recipes use it at ratios ${note.ratios.join(", ")}; routes are scaled at the smallest`;
    case "product-recipe-ratio":
      return `recipe ${note.recipe} at ${note.lab}: product is pressed at ratio ${note.ratio}, counted 1:1`;
    default:
      return assertNever(note, "approximation");
  }
}

export function renderAnalysisText(report: AnalysisReport, dataset: Dataset, shownName: string): string {
  const { throughput, paths } = report;
  const change = throughput.baseline > 0 ? ` (${signed(throughput.scenario - throughput.baseline)}, ${percent(throughput.scenario / throughput.baseline)} of baseline)` : "";
  const lines: string[] = [
    `Chokepoint analysis of ${shownName}: ${dataset.meta.title}`,
    `Scenario: ${scenarioLine(report)}`,
    "",
    `Throughput        ${formatAmount(throughput.scenario)} ${throughput.unit}, baseline ${formatAmount(throughput.baseline)}${change}`,
    `Surviving routes  ${count(paths.surviving)} of ${count(paths.baseline)} producer-to-market routes`,
    `Loophole share    ${percent(report.loopholeShare)} of the throughput can move on routes legal on every edge until the lab`,
    `Licit trade lost  ${formatAmount(report.licitLoss.lost)} of ${formatAmount(report.licitLoss.baseline)} kg/month to licit buyers (${percent(report.licitLoss.share)})`,
    `Chokepoints       ${report.chokepoints.length > 0 ? report.chokepoints.map((c) => `${c.id} (${c.kind})`).join(", ") : "none: no node lies on every surviving route"}`,
  ];

  lines.push("", "Markets (product arriving in the maximum flow, kg/month fentanyl-eq)");
  lines.push(...table(report.markets.map((m) => [m.id, m.supplied ? "supplied" : "CUT OFF", formatAmount(m.inflow)])));

  lines.push("", "Labs (output in the maximum flow; recipes that stopped and the input they lack)");
  for (const lab of report.labs) {
    const running = lab.recipes.filter((r) => r.runs).length;
    lines.push(`  ${lab.id}: ${formatAmount(lab.output)} kg/month, ${running} of ${lab.recipes.length} recipes running`);
    for (const recipe of lab.recipes.filter((r) => !r.runs)) lines.push(`    stopped ${recipe.id}: missing ${recipe.missing.join(", ")}`);
  }

  lines.push("", "Minimum cut (what bounds the throughput; capacities sum to it)");
  lines.push(...(report.minCut.length > 0 ? table(report.minCut.map(cutLine)) : ["  (empty: nothing gets through)"]));

  lines.push("", "Attribution (throughput with the intervention on minus without it, the rest as in the scenario)");
  const attribution = report.attribution.filter((a) => a.enabled || a.throughputDelta !== 0);
  lines.push(...table(attribution.map((a) => [a.intervention, a.enabled ? "on" : "off", a.kind, signed(a.throughputDelta)])));
  const idle = report.attribution.length - attribution.length;
  if (idle > 0) lines.push(`  (${idle} switched-off intervention${idle === 1 ? "" : "s"} would change nothing)`);

  lines.push("", `Widest surviving routes (bottleneck, kg/month fentanyl-eq)`);
  lines.push(...(paths.top.length > 0 ? paths.top.map((route) => `  ${routeLine(route, formatAmount(route.bottleneck))}`) : ["  (none)"]));
  lines.push("", `Routes carrying the maximum flow (${report.flows.count} in the decomposition; flow, kg/month fentanyl-eq)`);
  lines.push(...(report.flows.top.length > 0 ? report.flows.top.map((route) => `  ${routeLine(route, formatAmount(route.flow))}`) : ["  (none)"]));

  if (report.licitLoss.edges.length > 0) {
    lines.push("", "Licit trade lost (kg/month)");
    lines.push(...table(report.licitLoss.edges.map((e) => [e.edge, e.commodity, `${formatAmount(e.capacity)} -> ${formatAmount(e.open)}`])));
  }
  lines.push("", report.exact ? "Exact: every figure is exact for this dataset." : "Approximate (docs/analysis.md, \"What is exact\"): throughput is an upper bound because");
  if (!report.exact) lines.push(...approximationLines(report.approximations).map((line) => `  - ${line}`));
  return `${lines.join("\n")}\n`;
}
