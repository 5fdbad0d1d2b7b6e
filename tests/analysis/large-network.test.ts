// A network large enough for the push-relabel path (PUSH_RELABEL_FROM arcs and more):
// its flow, value and minimum cut must match Dinic's on the same capacities.
import { describe, expect, it } from "vitest";
import { layeredDataset } from "../../src/model/synthetic";
import { arcFlows, maxFlow } from "../../src/analysis/graph/max-flow";
import { minCut } from "../../src/analysis/graph/min-cut";
import { contractedCapacities, planContraction } from "../../src/analysis/graph/contraction";
import { planInner } from "../../src/analysis/graph/contracted-solve";
import { createAnalyzer } from "../../src/analysis/analyzer";
import { compileNetwork } from "../../src/analysis/network/compile";
import { evaluateNetwork } from "../../src/analysis/network/evaluate";
import { maxFlowValue, PUSH_RELABEL_FROM, solveFlow } from "../../src/analysis/network/throughput";
import { compileScenarioEngine } from "../../src/scenario/compile";

describe("max-flow on a large compiled network", () => {
  it("push-relabel (with its greedy start) agrees with Dinic", () => {
    const dataset = layeredDataset({ seed: 11, edges: 5_000, chemicals: 3, multiInputLabShare: 0.3, capacitatedTransitShare: 0.2, closedShare: 0.05, ratios: "varied", interventions: 3 });
    const net = compileNetwork(dataset);
    expect(net.graph.arcCount).toBeGreaterThanOrEqual(PUSH_RELABEL_FROM);
    const state = evaluateNetwork(net, compileScenarioEngine(dataset).apply({ switches: { i1: { on: true } }, idealized: false }));
    const solved = solveFlow(state);
    const dinic = maxFlow(net.graph, state.flowCap, net.source, net.sink);
    expect(solved.value).toBeCloseTo(dinic.value, 6);
    const dinicCut = minCut(net.graph, state.flowCap, dinic, net.source);
    expect([...solved.cut.arcs]).toEqual([...dinicCut.arcs]);
    // The smallest source side, vertex by vertex, although push-relabel solved the
    // contracted network (graph/contraction.ts), which this network is much larger than.
    expect([...solved.cut.sourceSide]).toEqual([...dinicCut.sourceSide]);
    const plan = planContraction(net.graph, state.flowCap, net.source, net.sink, net.topologicalOrder);
    expect(plan!.graph.vertexCount).toBeLessThan(0.7 * net.graph.vertexCount);
    // ... and solved it two levels deep (graph/dominance.ts), smaller again.
    const inner = planInner(plan!, contractedCapacities(plan!, state.flowCap));
    expect(inner!.plan.graph.vertexCount).toBeLessThan(0.9 * plan!.graph.vertexCount);
    const flows = arcFlows(net.graph, solved.result);
    flows.forEach((f, a) => expect(f).toBeLessThanOrEqual(state.flowCap[a] + 1e-6));
  });
});

describe("contraction plans on a large network", () => {
  it("solve networks whose uncapacitated arcs differ from the plan's, right after it", () => {
    const dataset = layeredDataset({ seed: 3, edges: 4_000, chemicals: 2, capacitatedTransitShare: 0.2, interventions: 2 });
    const net = compileNetwork(dataset);
    const state = evaluateNetwork(net, compileScenarioEngine(dataset).apply({ switches: {}, idealized: false }));
    const plan = planContraction(net.graph, state.flowCap, net.source, net.sink, net.topologicalOrder)!;
    const check = (capacity: Float64Array) => {
      const changed = { ...state, flowCap: capacity };
      const dinic = maxFlow(net.graph, capacity, net.source, net.sink);
      const solved = solveFlow(changed);
      expect(solved.value).toBeCloseTo(dinic.value, 6);
      expect([...solved.cut.sourceSide]).toEqual([...minCut(net.graph, capacity, dinic, net.source).sourceSide]);
      expect(maxFlowValue(changed)).toBeCloseTo(dinic.value, 6);
    };
    check(state.flowCap);
    // Arcs the plan merged, now with a capacity: the plan no longer fits.
    for (const arcs of [plan.outMerged, plan.inMerged]) {
      const capped = state.flowCap.slice();
      for (let i = 0; i < arcs.length; i += 3) capped[arcs[i]] = 40;
      check(capped);
    }
    check(state.flowCap);
    // Arcs the second level lifted, now a tenth as wide: its plan no longer fits.
    const lifted = planInner(plan, contractedCapacities(plan, state.flowCap))!.dominated.arcs;
    const narrowed = state.flowCap.slice();
    const narrowedClass = new Uint8Array(plan.graph.arcCount);
    for (let i = 0; i < lifted.length; i += 2) narrowedClass[lifted[i]] = 1;
    plan.arcClass.forEach((c, a) => {
      if (c >= 0 && narrowedClass[c] === 1) narrowed[a] /= 10;
    });
    check(narrowed);
    check(state.flowCap);
  });
});

describe("attribution on a large network", () => {
  it("warm-started push-relabel counterfactuals equal throughputs solved from scratch", () => {
    const dataset = layeredDataset({ seed: 5, edges: 3_000, chemicals: 2, multiInputLabShare: 0.3, capacitatedTransitShare: 0.2, interventions: 5 });
    const analyzer = createAnalyzer(dataset);
    const scenario = { switches: { i1: { on: true }, i3: { on: true } }, idealized: false };
    expect(analyzer.network.graph.arcCount).toBeGreaterThanOrEqual(PUSH_RELABEL_FROM);
    const { report } = analyzer.analyze(scenario, { top: 0, flows: 0 });
    for (const entry of report.attribution) {
      const toggled = { ...scenario, switches: { ...scenario.switches, [entry.intervention]: { on: !entry.enabled } } };
      expect(entry.counterfactual).toBeCloseTo(analyzer.throughput(toggled), 6);
    }
  });
});
