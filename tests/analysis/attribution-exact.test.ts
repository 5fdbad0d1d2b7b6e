// Attribution is computed incrementally (shortcuts before and after evaluating, warm-started
// solves from the scenario's own flow): on the bundled dataset every counterfactual must
// equal the throughput of the toggled scenario solved from scratch, for every intervention,
// switched on and off, at dates across the timeline.
import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { createAnalyzer } from "../../src/analysis/analyzer";
import { toggled } from "../../src/analysis/report/attribution";
import type { Dataset } from "../../src/model/types";

const file = resolve(__dirname, "../../data/default.json");
const close = (a: number, b: number): boolean => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

describe.skipIf(!existsSync(file))("attribution on data/default.json", () => {
  const dataset = JSON.parse(readFileSync(file, "utf8")) as Dataset;
  const analyzer = createAnalyzer(dataset);

  it.each(["2016-01-01", "2018-06-01", "2019-06-01", "2023-06-01", "2026-01-01"])("equals the naive recompute at %s, from one toggle away too", (date) => {
    const base = { date, switches: {}, idealized: false };
    const scenarios = [base, ...dataset.interventions.map((intervention) => toggled(base, intervention.id, true)), ...dataset.interventions.map((intervention) => toggled(base, intervention.id, false))];
    let checked = 0;
    for (const scenario of scenarios) {
      const { report, applied } = analyzer.analyze(scenario, { top: 0, flows: 0 });
      expect(report.attribution).toHaveLength(dataset.interventions.length);
      for (const entry of report.attribution) {
        const naive = analyzer.throughput(toggled(applied.resolved.scenario, entry.intervention, !entry.enabled));
        expect(close(entry.counterfactual, naive), `${entry.intervention} from ${JSON.stringify(scenario.switches)}: ${entry.counterfactual} vs ${naive}`).toBe(true);
        checked++;
      }
    }
    expect(checked).toBe(scenarios.length * dataset.interventions.length);
  });
});
