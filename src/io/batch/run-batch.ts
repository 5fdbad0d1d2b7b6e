/**
 * Runs a batch: one analysis per run (one compiled analyzer for the dataset, no
 * attribution and no route lists, which a row does not show), one row of the report's
 * headline figures per run.
 */
import { createAnalyzer } from "../../analysis/analyzer";
import type { Dataset } from "../../model/types";
import { formatScenarioQuery } from "../../scenario/url-codec";
import type { BatchRun } from "./batch-file";

export interface BatchRow {
  readonly name: string;
  /** The scenario in its link form (`d=...&on=...`), as the app's URL carries it. */
  readonly scenario: string;
  readonly date: string | null;
  readonly idealized: boolean;
  readonly sweepIntervention: string | null;
  readonly sweepEffectiveness: number | null;
  /** kg/month fentanyl-equivalent. */
  readonly throughputBaseline: number;
  readonly throughputScenario: number;
  /** Scenario throughput / baseline (1 when the baseline is 0). */
  readonly throughputShare: number;
  /** Decimal strings: counts can exceed 2^53. */
  readonly pathsBaseline: string;
  readonly pathsSurviving: string;
  readonly marketsSupplied: number;
  readonly markets: number;
  readonly loopholeShare: number;
  /** kg/month of chemicals to licit buyers removed by the scenario, and its share. */
  readonly licitLoss: number;
  readonly licitLossShare: number;
}

export const BATCH_COLUMNS: readonly (keyof BatchRow)[] = [
  "name",
  "scenario",
  "date",
  "idealized",
  "sweepIntervention",
  "sweepEffectiveness",
  "throughputBaseline",
  "throughputScenario",
  "throughputShare",
  "pathsBaseline",
  "pathsSurviving",
  "marketsSupplied",
  "markets",
  "loopholeShare",
  "licitLoss",
  "licitLossShare",
];

export function runBatch(dataset: Dataset, runs: readonly BatchRun[], onRow?: (done: number, total: number) => void): BatchRow[] {
  const analyzer = createAnalyzer(dataset);
  return runs.map((run, i) => {
    const { report } = analyzer.analyze(run.scenario, { top: 0, flows: 0, attribution: false });
    onRow?.(i + 1, runs.length);
    const { baseline, scenario } = report.throughput;
    return {
      name: run.name,
      scenario: formatScenarioQuery(run.scenario),
      date: run.scenario.date ?? null,
      idealized: run.scenario.idealized,
      sweepIntervention: run.sweep?.intervention ?? null,
      sweepEffectiveness: run.sweep?.effectiveness ?? null,
      throughputBaseline: baseline,
      throughputScenario: scenario,
      throughputShare: baseline > 0 ? scenario / baseline : 1,
      pathsBaseline: report.paths.baseline,
      pathsSurviving: report.paths.surviving,
      marketsSupplied: report.markets.filter((market) => market.supplied).length,
      markets: report.markets.length,
      loopholeShare: report.loopholeShare,
      licitLoss: report.licitLoss.lost,
      licitLossShare: report.licitLoss.share,
    };
  });
}
