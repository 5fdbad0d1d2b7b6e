/**
 * Chokepoint's own stages on one dataset, each the median of several runs:
 * - compile: dataset -> compiled network (once per dataset);
 * - survival: capacities from the scenario, AND-OR survival and recipe bounds, the exact
 *   route count and the 10 widest routes;
 * - max-flow + min-cut: the maximum flow, flows per arc and the minimum cut (timed in
 *   run.ts, back to back and alternating with the Python peers; `solveFlowOnce` is what
 *   it times);
 * - full report: everything `chokepoint analyze` computes for a scenario, attribution
 *   included (one counterfactual per intervention).
 */
import { createAnalyzer } from "../src/analysis/analyzer";
import { compileNetwork } from "../src/analysis/network/compile";
import type { CompiledNetwork } from "../src/analysis/network/compiled-network";
import { evaluateNetwork, type NetworkState } from "../src/analysis/network/evaluate";
import { countRoutes, routeGraph, widestRoutes } from "../src/analysis/network/routes";
import { solveFlow } from "../src/analysis/network/throughput";
import type { Dataset } from "../src/model/types";
import { compileScenarioEngine } from "../src/scenario/compile";
import type { Scenario } from "../src/scenario/types";
import { medianOf } from "./timing";

export interface StageTimes {
  readonly compile: number;
  readonly survival: number;
  readonly report: number;
  /** The first flow+cut solve on the compiled network (one run: plan and workspaces included). */
  readonly firstFlow: number;
  readonly throughput: number;
  readonly routes: string;
  readonly compiledBytes: number;
  readonly state: NetworkState;
}

/** Bytes held by the compiled network's typed arrays (its graph, tables and subnetworks). */
export function compiledBytes(net: CompiledNetwork): number {
  const seen = new Set<unknown>();
  let bytes = 0;
  const visit = (value: unknown, depth: number): void => {
    if (value === null || typeof value !== "object" || seen.has(value) || depth > 4) return;
    seen.add(value);
    if (ArrayBuffer.isView(value)) {
      bytes += value.byteLength;
      return;
    }
    if (value === net.dataset) return;
    for (const item of value instanceof Map ? value.values() : Object.values(value)) visit(item, depth + 1);
  };
  visit(net, 0);
  return bytes;
}

/** One max-flow + min-cut solve (with per-arc flows) of an evaluated scenario, in ms. */
export function solveFlowOnce(state: NetworkState): number {
  const start = performance.now();
  solveFlow(state);
  return performance.now() - start;
}

export function measureStages(dataset: Dataset, scenario: Scenario, runs: number): StageTimes {
  const compile = medianOf(runs, () => compileNetwork(dataset));
  const net = compile.last;
  const engine = compileScenarioEngine(dataset);
  const applied = engine.apply(scenario);
  const survival = medianOf(
    runs,
    () => {
      const state = evaluateNetwork(net, applied);
      const routes = routeGraph(state);
      return { state, count: countRoutes(state, routes), top: widestRoutes(state, routes, 10) };
    },
  );
  const { state, count } = survival.last;
  // The first solve on this compiled network also plans the contraction and allocates the
  // solver's workspaces (network/contracted-flow.ts); the timed solves reuse them.
  const firstStart = performance.now();
  const flow = solveFlow(state);
  const firstFlow = performance.now() - firstStart;
  const analyzer = createAnalyzer(dataset, engine);
  const report = medianOf(runs, () => analyzer.analyze(scenario));
  return {
    compile: compile.median,
    survival: survival.median,
    report: report.median,
    firstFlow,
    throughput: flow.value,
    routes: count.toString(),
    compiledBytes: compiledBytes(net),
    state,
  };
}
