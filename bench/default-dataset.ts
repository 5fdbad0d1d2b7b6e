/**
 * The interactive case: the default dataset, one toggle at a time. Each run switches one
 * intervention (cycling through all of them, on and off, from the 2019-06-01 timeline
 * state) and recomputes the whole report, as the app does on every click.
 *
 * The same-run peer: each incremental recompute alternates with a naive one (the report
 * without attribution, then every counterfactual solved from scratch with
 * `analyzer.throughput`), so a busy machine slows both alike and their ratio stays
 * meaningful when the absolute times do not.
 */
import { existsSync, readFileSync } from "node:fs";
import { createAnalyzer } from "../src/analysis/analyzer";
import type { Dataset } from "../src/model/types";
import { toggled } from "../src/analysis/report/attribution";
import type { Scenario } from "../src/scenario/types";
import { medianOf } from "./timing";

export interface ToggleTimes {
  readonly edges: number;
  readonly arcs: number;
  readonly compile: number;
  readonly fullRecompute: number;
  readonly p90: number;
  /** The fastest tenth of the recomputes: what an uncontended core gives. */
  readonly p10: number;
  /** Median of the naive recompute (attribution solved from scratch) alternating with ours. */
  readonly naive: number;
  /** Median of the per-toggle ratios naive / incremental. */
  readonly naiveRatio: number;
  readonly throughputOnly: number;
  /** Mean CPU time per recompute (process.cpuUsage), less sensitive to a busy machine than wall time. */
  readonly cpuPerRecompute: number;
}

export function measureDefaultDataset(file: string, toggles: number): ToggleTimes | undefined {
  if (!existsSync(file)) return undefined;
  const dataset = JSON.parse(readFileSync(file, "utf8")) as Dataset;
  const compile = medianOf(5, () => createAnalyzer(dataset));
  const analyzer = compile.last;
  const base: Scenario = { date: "2019-06-01", switches: {}, idealized: false };
  const scenarios = Array.from({ length: toggles }, (_, i) => {
    const intervention = dataset.interventions[i % dataset.interventions.length];
    return { ...base, switches: { [intervention.id]: { on: Math.floor(i / dataset.interventions.length) % 2 === 0 } } };
  });
  for (let i = 0; i < 30; i++) analyzer.analyze(scenarios[i % scenarios.length]); // warm up the JIT
  const naiveRecompute = (scenario: Scenario): void => {
    const { report, applied } = analyzer.analyze(scenario, { attribution: false });
    for (const intervention of dataset.interventions) {
      const enabled = report.scenario.active.some((active) => active.id === intervention.id);
      analyzer.throughput(toggled(applied.resolved.scenario, intervention.id, !enabled));
    }
  };
  for (let i = 0; i < 10; i++) naiveRecompute(scenarios[i % scenarios.length]);
  const times: number[] = [];
  const naiveTimes: number[] = [];
  const ratios: number[] = [];
  let cpuMicros = 0;
  for (const scenario of scenarios) {
    const cpuStart = process.cpuUsage();
    const start = performance.now();
    analyzer.analyze(scenario);
    const ours = performance.now() - start;
    const cpu = process.cpuUsage(cpuStart);
    cpuMicros += cpu.user + cpu.system;
    times.push(ours);
    const naiveStart = performance.now();
    naiveRecompute(scenario);
    const naive = performance.now() - naiveStart;
    naiveTimes.push(naive);
    ratios.push(naive / ours);
  }
  const sortedMedian = (values: number[]): number => values.sort((a, b) => a - b)[values.length >> 1];
  times.sort((a, b) => a - b);
  let next = 0;
  const throughputOnly = medianOf(toggles, () => analyzer.throughput(scenarios[next++ % scenarios.length]), 10);
  return {
    edges: dataset.edges.length,
    arcs: analyzer.network.graph.arcCount,
    compile: compile.median,
    fullRecompute: times[times.length >> 1],
    p90: times[Math.floor(times.length * 0.9)],
    p10: times[Math.floor(times.length * 0.1)],
    naive: sortedMedian(naiveTimes),
    naiveRatio: sortedMedian(ratios),
    throughputOnly: throughputOnly.median,
    cpuPerRecompute: cpuMicros / 1000 / scenarios.length,
  };
}
