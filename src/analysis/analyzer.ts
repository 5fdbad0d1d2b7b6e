/**
 * The analysis entry point: one `Analyzer` per dataset compiles the network and the
 * scenario engine once and caches the baseline; `analyze(scenario)` then costs one
 * scenario application, one capacity refresh (O(arcs)), the max-flow, min-cut, survival,
 * route count, widest routes, chokepoints and decomposition, plus one application and one
 * max-flow per intervention for attribution.
 */
import type { Dataset } from "../model/types";
import { compileScenarioEngine, type ScenarioEngine } from "../scenario/compile";
import { BASELINE_SCENARIO, type AppliedScenario, type Scenario } from "../scenario/types";
import { AnalysisError } from "./errors";
import { decomposeFlow } from "./graph/flow-decomposition";
import { chokepointNodes } from "./network/chokepoints";
import { compileNetwork } from "./network/compile";
import { ARC_EDGE, type CompiledNetwork } from "./network/compiled-network";
import { evaluateNetwork, type NetworkState } from "./network/evaluate";
import { NearScratch } from "./network/evaluate-near";
import { countRoutes, routeGraph, widestRoutes, type RouteGraph } from "./network/routes";
import { edgeFlowsKg, maxFlowValue, maxFlowValueNear, solveFlow, type FlowSolution } from "./network/throughput";
import { attribution } from "./report/attribution";
import { buildClosableIndex, type ClosableIndex } from "./report/closable-by";
import { describeRoute } from "./report/describe-route";
import { licitLoss } from "./report/licit-loss";
import { minCutEntries } from "./report/min-cut-entries";
import { REPORT_FORMAT, REPORT_VERSION, THROUGHPUT_UNIT, type AnalysisReport, type FlowRoute, type LabReport, type MarketReport } from "./report-types";

export interface AnalyzeOptions {
  /** How many of the widest surviving routes to list in `paths.top`. */
  readonly top: number;
  /** How many routes of the flow decomposition to list in `flows.top`. */
  readonly flows: number;
  /** Compute `attribution` (one scenario application and max-flow per intervention). */
  readonly attribution: boolean;
}

export const DEFAULT_ANALYZE_OPTIONS: AnalyzeOptions = { top: 10, flows: 10, attribution: true };
const MAX_LISTED = 10_000;

function checkOptions(options: Partial<AnalyzeOptions>): AnalyzeOptions {
  const merged = { ...DEFAULT_ANALYZE_OPTIONS, ...options };
  for (const name of ["top", "flows"] as const) {
    const value = merged[name];
    if (!Number.isInteger(value) || value < 0 || value > MAX_LISTED)
      throw new AnalysisError("invalid-option", name, `must be a whole number from 0 to ${MAX_LISTED}, not ${value}`);
  }
  return merged;
}

export interface Analysis {
  readonly report: AnalysisReport;
  readonly applied: AppliedScenario;
  /** Per dataset edge: flow in the computed maximum flow, kg/month of the edge's commodity. */
  readonly edgeFlow: Float64Array;
  /** Per dataset edge: 1 when the edge lies on at least one surviving route. */
  readonly edgeSurvives: Uint8Array;
}

export interface Analyzer {
  readonly dataset: Dataset;
  readonly network: CompiledNetwork;
  readonly engine: ScenarioEngine;
  analyze(scenario: Scenario, options?: Partial<AnalyzeOptions>): Analysis;
  /** The scenario's throughput alone (kg/month fentanyl-equivalent). */
  throughput(scenario: Scenario): number;
}

function markets(state: NetworkState, routes: RouteGraph, flow: FlowSolution): MarketReport[] {
  const { net } = state;
  const sinkArcOf = new Map<number, number>();
  const { inStart, inArcs, tail } = net.graph;
  for (let k = inStart[net.sink]; k < inStart[net.sink + 1]; k++) sinkArcOf.set(net.arcRef[inArcs[k]], inArcs[k]);
  return net.dataset.nodes.flatMap((node, v) => {
    if (node.kind !== "market") return [];
    const a = sinkArcOf.get(v);
    if (a === undefined) return [{ id: node.id, supplied: false, inflow: 0 }];
    return [{ id: node.id, supplied: routes.useful[tail[a]] === 1, inflow: flow.arcFlow[a] }];
  });
}

function labs(state: NetworkState, flow: FlowSolution): LabReport[] {
  const { net } = state;
  return net.labs.map((lab) => ({
    id: net.dataset.nodes[lab.node].id,
    output: flow.arcFlow[lab.outputArc],
    recipes: lab.recipes.map((r) => {
      const recipe = net.recipes[r];
      const missing = recipe.inputs
        .filter((input) => !state.survival.reached[net.intakes[input.intake].state])
        .map((input) => net.dataset.commodities[input.commodity].id);
      return { id: recipe.id, runs: state.survival.recipeRuns[r] === 1, missing };
    }),
  }));
}

function flowRoutes(state: NetworkState, flow: FlowSolution, limit: number): { count: number; top: FlowRoute[] } {
  const { net } = state;
  const paths = decomposeFlow(net.graph, flow.arcFlow, net.source, net.sink, flow.result.tolerance);
  paths.sort((a, b) => b.flow - a.flow);
  const top = paths.slice(0, limit).map((path) => {
    let bottleneck = Infinity;
    for (const a of path.arcs) bottleneck = Math.min(bottleneck, state.pathCap[a]);
    return { ...describeRoute(state, path.arcs, bottleneck), flow: path.flow };
  });
  return { count: paths.length, top };
}

function edgeSurvival(state: NetworkState, routes: RouteGraph): Uint8Array {
  const { net } = state;
  const survives = new Uint8Array(net.dataset.edges.length);
  for (let e = 0; e < survives.length; e++) {
    const a = net.edgeArc[e];
    if (net.arcKind[a] === ARC_EDGE && routes.open[a] && routes.useful[net.graph.tail[a]] && routes.useful[net.graph.head[a]]) survives[e] = 1;
  }
  return survives;
}

export function createAnalyzer(dataset: Dataset, engine: ScenarioEngine = compileScenarioEngine(dataset)): Analyzer {
  const network = compileNetwork(dataset);
  let closable: ClosableIndex | undefined;
  let baseline: { throughput: number; routes: bigint } | undefined;
  // Counterfactuals are evaluated one at a time and dropped: they share these vectors
  // instead of allocating their own (V8 gives each typed array of more than 64 bytes an
  // off-heap buffer, which costs microseconds).
  let scratch: { edges: { openCapacity: Float64Array; statusCode: Uint8Array }; near: NearScratch } | undefined;

  const throughputOfApplied = (applied: AppliedScenario): number => maxFlowValue(evaluateNetwork(network, applied));
  const throughput = (scenario: Scenario): number => throughputOfApplied(engine.apply(scenario));
  const baselineFigures = (): { throughput: number; routes: bigint } => {
    if (!baseline) {
      const state = evaluateNetwork(network, engine.apply(BASELINE_SCENARIO));
      baseline = { throughput: maxFlowValue(state), routes: countRoutes(state, routeGraph(state)) };
    }
    return baseline;
  };

  /**
   * Throughput of `applied`'s scenario with one switch flipped (its solved state is `state`).
   * Shortcut, before anything is evaluated: when the toggle changes only edges that no
   * capped recipe depends on (so no recipe bound changes), every lowered edge still
   * carries its flow and no raised edge crosses the minimum cut, the maximum flow is
   * unchanged (the flow still fits; the cut keeps its capacity). Survival may still
   * change when an edge opens or closes, but not across the cut: an intake that opens
   * has its input state unreached before, so outside the source side, or belongs to a
   * capped recipe whose bound is 0; an intake carrying flow stays open. See
   * maxFlowValueNear and docs/analysis.md.
   */
  function counterfactual(interventionId: string, on: boolean, applied: AppliedScenario, state: NetworkState, flow: FlowSolution): number {
    scratch ??= {
      edges: { openCapacity: new Float64Array(dataset.edges.length), statusCode: new Uint8Array(dataset.edges.length) },
      near: new NearScratch(network),
    };
    const toggledState = engine.applyToggled(applied, interventionId, on, scratch.edges);
    const other = toggledState.openCapacity;
    const before = applied.openCapacity;
    const { edgeArc, arcClass, classScale, subnetworks } = network;
    const { tail, head } = network.graph;
    const { sourceSide } = flow.cut;
    let unchanged = true;
    for (let e = 0; e < other.length && unchanged; e++) {
      if (other[e] === before[e]) continue;
      const a = edgeArc[e];
      const k = arcClass[a];
      if (subnetworks.has(k)) unchanged = false;
      else if (other[e] > before[e]) unchanged = !(sourceSide[tail[a]] === 1 && sourceSide[head[a]] === 0);
      else unchanged = other[e] * classScale[k] >= flow.arcFlow[a] - flow.result.tolerance;
    }
    if (unchanged) return flow.value;
    const near = scratch.near.evaluate(state, toggledState);
    if (near === undefined) return maxFlowValueNear(evaluateNetwork(network, toggledState), state, flow);
    return maxFlowValueNear(near, state, flow, { arcs: scratch.near.changedArcs, count: scratch.near.changedArcCount });
  }

  function analyze(scenario: Scenario, options: Partial<AnalyzeOptions> = {}): Analysis {
    const settings = checkOptions(options);
    const applied = engine.apply(scenario);
    const state = evaluateNetwork(network, applied);
    const flow = solveFlow(state);
    const routes = routeGraph(state);
    const loophole = maxFlowValue(evaluateNetwork(network, applied, { legalPrecursorsOnly: true }));
    closable ??= buildClosableIndex(dataset, (id) => engine.matchedEdges(id));
    const base = baselineFigures();
    const resolved = applied.resolved;
    const report: AnalysisReport = {
      format: REPORT_FORMAT,
      version: REPORT_VERSION,
      scenario: {
        date: resolved.scenario.date ?? null,
        idealized: resolved.scenario.idealized,
        active: resolved.active.map((active) => ({ id: active.id, effectiveness: active.effectiveness })),
      },
      throughput: { baseline: base.throughput, scenario: flow.value, unit: THROUGHPUT_UNIT },
      paths: {
        baseline: base.routes.toString(),
        surviving: countRoutes(state, routes).toString(),
        top: widestRoutes(state, routes, settings.top).map((path) => describeRoute(state, path.arcs, path.bottleneck)),
      },
      markets: markets(state, routes, flow),
      labs: labs(state, flow),
      minCut: minCutEntries(state, closable, flow.cut.arcs),
      loopholeShare: flow.value > 0 ? Math.min(1, loophole / flow.value) : 0,
      licitLoss: licitLoss(dataset, applied.openCapacity),
      attribution: settings.attribution ? attribution(dataset, resolved, flow.value, (id, on) => counterfactual(id, on, applied, state, flow)) : [],
      chokepoints: chokepointNodes(state, routes).map((v) => ({ id: dataset.nodes[v].id, kind: dataset.nodes[v].kind })),
      flows: flowRoutes(state, flow, settings.flows),
      exact: network.approximations.length === 0,
      approximations: network.approximations,
    };
    return { report, applied, edgeFlow: edgeFlowsKg(state, flow.arcFlow), edgeSurvives: edgeSurvival(state, routes) };
  }

  return { dataset, network, engine, analyze, throughput };
}
