/**
 * The interactive case: the default dataset, one toggle at a time. Each run switches one
 * intervention (cycling through all of them, on and off, from the 2019-06-01 timeline
 * state) and recomputes the whole report, as the app does on every click.
 */
import { existsSync, readFileSync } from "node:fs";
import { createAnalyzer } from "../src/analysis/analyzer";
import type { Dataset } from "../src/model/types";
import type { Scenario } from "../src/scenario/types";
import { medianOf } from "./timing";

export interface ToggleTimes {
  readonly edges: number;
  readonly arcs: number;
  readonly compile: number;
  readonly fullRecompute: number;
  readonly p90: number;
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
  const times: number[] = [];
  const cpuStart = process.cpuUsage();
  for (const scenario of scenarios) {
    const start = performance.now();
    analyzer.analyze(scenario);
    times.push(performance.now() - start);
  }
  const cpu = process.cpuUsage(cpuStart);
  times.sort((a, b) => a - b);
  let next = 0;
  const throughputOnly = medianOf(toggles, () => analyzer.throughput(scenarios[next++ % scenarios.length]), 10);
  return {
    edges: dataset.edges.length,
    arcs: analyzer.network.graph.arcCount,
    compile: compile.median,
    fullRecompute: times[times.length >> 1],
    p90: times[Math.floor(times.length * 0.9)],
    throughputOnly: throughputOnly.median,
    cpuPerRecompute: (cpu.user + cpu.system) / 1000 / scenarios.length,
  };
}
