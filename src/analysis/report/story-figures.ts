/**
 * The figures a story step calls out, read from the analysis of the step's scenario. A
 * story file only names figures (src/model/story); the numbers come from here when the
 * step is played, so a changed dataset changes them and a story can never show a number
 * the model does not give.
 */
import type { StoryFigure, FigureKind } from "../../model/story/story-types";
import type { Dataset } from "../../model/types";
import { AnalysisError } from "../errors";
import type { AnalysisReport } from "../report-types";
import { formatAmount } from "./format-amount";

export type FigureUnit = "kg/month" | "share" | "count";

export interface ResolvedFigure {
  readonly kind: FigureKind;
  /** What the figure is, in words ("Supply getting through"). */
  readonly label: string;
  /** The number, in `unit` (a share is 0..1; an attribution is negative when it removes supply). */
  readonly value: number;
  readonly unit: FigureUnit;
  /** What the value is out of (the baseline, all markets, the edge's capacity...), or null. */
  readonly outOf: number | null;
  /** One sentence that says what the number means. */
  readonly detail: string;
}

export interface FigureInputs {
  readonly dataset: Dataset;
  readonly report: AnalysisReport;
  /** Open capacity per dataset edge under the scenario (AppliedScenario.openCapacity). */
  readonly openCapacity: Float64Array;
}

function percent(share: number): string {
  return `${formatAmount(share * 100)}%`;
}

function findById<T extends { readonly id: string }>(items: readonly T[], id: string, what: string): T {
  const item = items.find((candidate) => candidate.id === id);
  if (!item) throw new AnalysisError("invalid-option", `figure.${what}`, `the dataset has no ${what} '${id}'`);
  return item;
}

export function resolveFigure(figure: StoryFigure, { dataset, report, openCapacity }: FigureInputs): ResolvedFigure {
  const labelOf = (id: string) => dataset.nodes.find((node) => node.id === id)?.label ?? id;
  switch (figure.kind) {
    case "throughput": {
      const { scenario, baseline } = report.throughput;
      return {
        kind: figure.kind,
        label: "Supply getting through",
        value: scenario,
        unit: "kg/month",
        outOf: baseline,
        detail: `${baseline > 0 ? percent(scenario / baseline) : "0%"} of the ${formatAmount(baseline)} kg/month that gets through with no intervention`,
      };
    }
    case "paths-surviving": {
      const surviving = Number(report.paths.surviving);
      const baseline = Number(report.paths.baseline);
      return {
        kind: figure.kind,
        label: "Surviving routes",
        value: surviving,
        unit: "count",
        outOf: baseline,
        detail: "producer-to-market routes still open, counted against the routes with no intervention",
      };
    }
    case "loophole-share":
      return {
        kind: figure.kind,
        label: "Loophole share",
        value: report.loopholeShare,
        unit: "share",
        outOf: null,
        detail: "of the supply could move on routes that are legal on every edge until a lab",
      };
    case "licit-loss": {
      const { lost, baseline, share } = report.licitLoss;
      return {
        kind: figure.kind,
        label: "Licit trade closed",
        value: lost,
        unit: "kg/month",
        outOf: baseline,
        detail: `of chemicals to legitimate buyers (${percent(share)} of their ${formatAmount(baseline)} kg/month)`,
      };
    }
    case "markets-supplied": {
      const supplied = report.markets.filter((market) => market.supplied).length;
      return {
        kind: figure.kind,
        label: "Markets supplied",
        value: supplied,
        unit: "count",
        outOf: report.markets.length,
        detail: "markets still reached by at least one route",
      };
    }
    case "attribution": {
      const intervention = findById(dataset.interventions, figure.intervention, "intervention");
      const entry = report.attribution.find((candidate) => candidate.intervention === figure.intervention);
      if (!entry) throw new AnalysisError("invalid-option", "attribution", "the report was computed without attribution");
      const amount = formatAmount(Math.abs(entry.throughputDelta));
      const detail = entry.enabled
        ? entry.throughputDelta < 0
          ? `in force: it removes ${amount} kg/month (without it, ${formatAmount(entry.counterfactual)} would get through)`
          : entry.throughputDelta > 0
            ? `in force: it adds ${amount} kg/month`
            : "in force, but it removes nothing: the supply finds other routes"
        : entry.throughputDelta < 0
          ? `not in force: switched on, it would remove ${amount} kg/month`
          : "not in force: switched on, it would remove nothing";
      return { kind: figure.kind, label: intervention.label, value: entry.throughputDelta, unit: "kg/month", outOf: null, detail };
    }
    case "lab-output": {
      const lab = report.labs.find((candidate) => candidate.id === figure.node);
      if (!lab) throw new AnalysisError("invalid-option", "figure.node", `'${figure.node}' is not a lab of the report`);
      const running = lab.recipes.filter((recipe) => recipe.runs).length;
      return {
        kind: figure.kind,
        label: `Output of ${labelOf(lab.id)}`,
        value: lab.output,
        unit: "kg/month",
        outOf: null,
        detail: `fentanyl-equivalent leaving the lab in the maximum flow; ${running} of ${lab.recipes.length} recipes can run`,
      };
    }
    case "edge-capacity": {
      const index = dataset.edges.findIndex((edge) => edge.id === figure.edge);
      if (index < 0) throw new AnalysisError("invalid-option", "figure.edge", `the dataset has no edge '${figure.edge}'`);
      const edge = dataset.edges[index];
      const commodity = dataset.commodities.find((candidate) => candidate.id === edge.commodity)?.name ?? edge.commodity;
      const open = openCapacity[index];
      return {
        kind: figure.kind,
        label: `${labelOf(edge.source)} → ${labelOf(edge.target)}`,
        value: open,
        unit: "kg/month",
        outOf: edge.capacity,
        detail: `open capacity for ${commodity} (${edge.mode}, ${edge.channel}), of ${formatAmount(edge.capacity)} kg/month with no intervention`,
      };
    }
  }
}
