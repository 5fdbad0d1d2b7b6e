// Hand-worked small graphs for the generic algorithms on FlowGraph.
import { describe, expect, it } from "vitest";
import { buildFlowGraph, type FlowGraph } from "../../../src/analysis/graph/flow-graph";
import { arcFlows, maxFlow } from "../../../src/analysis/graph/max-flow";
import { minCut } from "../../../src/analysis/graph/min-cut";
import { decomposeFlow } from "../../../src/analysis/graph/flow-decomposition";
import { topologicalOrder } from "../../../src/analysis/graph/topological-order";
import { countPaths, pathCountsFromSource, pathCountsToSink } from "../../../src/analysis/graph/path-count";
import { topWidestPaths } from "../../../src/analysis/graph/widest-paths";
import { dominatorChain, immediateDominators } from "../../../src/analysis/graph/dominators";
import { AnalysisError } from "../../../src/analysis/errors";

function graphOf(vertexCount: number, arcs: readonly (readonly [number, number])[]): FlowGraph {
  return buildFlowGraph(vertexCount, Int32Array.from(arcs, (a) => a[0]), Int32Array.from(arcs, (a) => a[1]));
}
const all = (n: number): Uint8Array => new Uint8Array(n).fill(1);
function order(graph: FlowGraph): Int32Array {
  const result = topologicalOrder(graph, all(graph.vertexCount));
  if (result.kind !== "order") throw new Error("cycle");
  return result.order;
}

describe("max-flow (Dinic) and min-cut", () => {
  // CLRS figure 26.1: max flow 23.
  const clrs = graphOf(6, [
    [0, 1], [0, 2], [1, 3], [2, 1], [2, 4], [3, 2], [3, 5], [4, 3], [4, 5],
  ]);
  const clrsCap = Float64Array.from([16, 13, 12, 4, 14, 9, 20, 7, 4]);

  it("finds the textbook maximum flow and a min-cut of equal capacity", () => {
    const flow = maxFlow(clrs, clrsCap, 0, 5);
    expect(flow.value).toBe(23);
    const cut = minCut(clrs, clrsCap, flow, 0);
    const cutCapacity = [...cut.arcs].reduce((sum, a) => sum + clrsCap[a], 0);
    expect(cutCapacity).toBe(23);
    // Source side {0,1,2,4}: the cut is 1->3 (12), 4->3 (7), 4->5 (4).
    expect([...cut.arcs]).toEqual([2, 7, 8]);
  });

  it("respects conservation and capacity on every arc", () => {
    const flow = maxFlow(clrs, clrsCap, 0, 5);
    const flows = arcFlows(clrs, flow);
    flows.forEach((f, a) => {
      expect(f).toBeGreaterThanOrEqual(0);
      expect(f).toBeLessThanOrEqual(clrsCap[a]);
    });
    for (let v = 1; v < 5; v++) {
      let net = 0;
      flows.forEach((f, a) => {
        if (clrs.head[a] === v) net += f;
        if (clrs.tail[a] === v) net -= f;
      });
      expect(net).toBe(0);
    }
  });

  it("reports the min-cut closest to the source when cuts tie", () => {
    // 0 -> 1 -> 2 -> 3, all capacity 5: three minimum cuts of 5; the first arc is reported.
    const chain = graphOf(4, [[0, 1], [1, 2], [2, 3]]);
    const capacity = Float64Array.from([5, 5, 5]);
    const flow = maxFlow(chain, capacity, 0, 3);
    expect(flow.value).toBe(5);
    expect([...minCut(chain, capacity, flow, 0).arcs]).toEqual([0]);
  });

  it("handles infinite arcs, zero arcs and an unreachable sink", () => {
    const g = graphOf(4, [[0, 1], [1, 2], [0, 2], [2, 3]]);
    const flow = maxFlow(g, Float64Array.from([Infinity, 3, 0, Infinity]), 0, 3);
    expect(flow.value).toBe(3);
    expect(maxFlow(g, Float64Array.from([Infinity, 0, 0, Infinity]), 0, 3).value).toBe(0);
  });

  it("refuses a source-to-sink route with no finite capacity", () => {
    const g = graphOf(2, [[0, 1]]);
    expect(() => maxFlow(g, Float64Array.from([Infinity]), 0, 1)).toThrow(AnalysisError);
    try {
      maxFlow(g, Float64Array.from([Infinity]), 0, 1);
    } catch (error) {
      expect((error as AnalysisError).kind).toBe("unbounded-flow");
    }
  });

  it("decomposes the flow into paths that sum to its value", () => {
    const flow = maxFlow(clrs, clrsCap, 0, 5);
    const paths = decomposeFlow(clrs, arcFlows(clrs, flow), 0, 5, flow.tolerance);
    expect(paths.reduce((sum, p) => sum + p.flow, 0)).toBeCloseTo(23, 9);
    for (const path of paths) {
      expect(clrs.tail[path.arcs[0]]).toBe(0);
      expect(clrs.head[path.arcs[path.arcs.length - 1]]).toBe(5);
      for (let i = 1; i < path.arcs.length; i++) expect(clrs.tail[path.arcs[i]]).toBe(clrs.head[path.arcs[i - 1]]);
    }
  });
});

describe("topological order", () => {
  it("orders a DAG and reports a cycle", () => {
    const dag = graphOf(4, [[0, 1], [1, 2], [0, 2], [2, 3]]);
    const result = topologicalOrder(dag, all(4));
    expect(result.kind).toBe("order");
    const loop = graphOf(4, [[0, 1], [1, 2], [2, 1], [2, 3]]);
    const cyclic = topologicalOrder(loop, all(4));
    expect(cyclic.kind).toBe("cycle");
    if (cyclic.kind === "cycle") expect([...cyclic.cycle].sort()).toEqual([1, 2]);
    // A cycle outside the included vertices does not matter.
    expect(topologicalOrder(loop, Uint8Array.from([1, 1, 0, 0])).kind).toBe("order");
  });
});

describe("path counting", () => {
  it("counts 10^4 paths through a chain of 4 diamonds of 10 parallel branches", () => {
    // 0 -> {10 branches} -> hub1 -> {10} -> hub2 ... : 10^4 paths.
    const arcs: [number, number][] = [];
    let next = 1;
    let hub = 0;
    for (let stage = 0; stage < 4; stage++) {
      const nextHub = next + 10;
      for (let b = 0; b < 10; b++) {
        arcs.push([hub, next + b], [next + b, nextHub]);
      }
      hub = nextHub;
      next = nextHub + 1;
    }
    const g = graphOf(next, arcs);
    const open = all(g.arcCount);
    expect(countPaths(g, open, all(next), order(g), 0, hub)).toBe(10000n);
    // Closing one branch of the first diamond removes 1000 paths.
    open[0] = 0;
    expect(countPaths(g, open, all(next), order(g), 0, hub)).toBe(9000n);
    const from = pathCountsFromSource(g, open, all(next), order(g), 0);
    const to = pathCountsToSink(g, open, all(next), order(g), hub);
    expect(from[hub]).toBe(9000);
    expect(to[0]).toBe(9000);
  });

  it("switches to BigInt above 2^53", () => {
    // 60 diamonds of 2 branches: 2^60 paths.
    const arcs: [number, number][] = [];
    let hub = 0;
    let next = 1;
    for (let stage = 0; stage < 60; stage++) {
      arcs.push([hub, next], [hub, next + 1], [next, next + 2], [next + 1, next + 2]);
      hub = next + 2;
      next += 3;
    }
    const g = graphOf(next, arcs);
    expect(countPaths(g, all(g.arcCount), all(next), order(g), 0, hub)).toBe(2n ** 60n);
  });
});

describe("widest paths", () => {
  it("lists paths in order of bottleneck", () => {
    // 0->1 (5), 0->2 (9), 1->3 (7), 2->3 (4), 2->1 (6): paths 0-1-3 (5), 0-2-1-3 (6), 0-2-3 (4).
    const g = graphOf(4, [[0, 1], [0, 2], [1, 3], [2, 3], [2, 1]]);
    const cap = Float64Array.from([5, 9, 7, 4, 6]);
    const paths = topWidestPaths(g, cap, all(4), order(g), 0, 3, 10);
    expect(paths.map((p) => p.bottleneck)).toEqual([6, 5, 4]);
    expect([...paths[0].arcs]).toEqual([1, 4, 2]);
    expect(topWidestPaths(g, cap, all(4), order(g), 0, 3, 1)).toHaveLength(1);
  });
});

describe("dominators", () => {
  it("finds the vertices every path crosses", () => {
    // 0 -> 1 -> {2,3} -> 4 -> 5 : dominators of 5 are 0, 1, 4, 5.
    const g = graphOf(6, [[0, 1], [1, 2], [1, 3], [2, 4], [3, 4], [4, 5]]);
    const open = all(g.arcCount);
    const idom = immediateDominators(g, open, all(6), order(g), 0);
    expect(dominatorChain(idom, 0, 5)).toEqual([0, 1, 4, 5]);
    expect(idom[4]).toBe(1);
  });
});
