// A network large enough for the push-relabel path (PUSH_RELABEL_FROM arcs and more):
// its flow, value and minimum cut must match Dinic's on the same capacities.
import { describe, expect, it } from "vitest";
import { layeredDataset } from "../../bench/generate/layered-dataset";
import { arcFlows, maxFlow } from "../../src/analysis/graph/max-flow";
import { minCut } from "../../src/analysis/graph/min-cut";
import { compileNetwork } from "../../src/analysis/network/compile";
import { evaluateNetwork } from "../../src/analysis/network/evaluate";
import { PUSH_RELABEL_FROM, solveFlow } from "../../src/analysis/network/throughput";
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
    expect([...solved.cut.arcs]).toEqual([...minCut(net.graph, state.flowCap, dinic, net.source).arcs]);
    const flows = arcFlows(net.graph, solved.result);
    flows.forEach((f, a) => expect(f).toBeLessThanOrEqual(state.flowCap[a] + 1e-6));
  });
});
