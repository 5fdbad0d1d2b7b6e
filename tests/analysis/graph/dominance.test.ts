// Lifting arcs that can never be saturated (graph/dominance.ts): the lifted network has the
// same maximum flows and the same smallest minimum-cut source side as the original.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { dominanceHolds, findDominatedArcs, liftDominated } from "../../../src/analysis/graph/dominance";
import { buildFlowGraph } from "../../../src/analysis/graph/flow-graph";
import { arcFlows, maxFlow } from "../../../src/analysis/graph/max-flow";
import { minCut } from "../../../src/analysis/graph/min-cut";

// Random DAGs with finite capacities, few arcs per vertex (so that many vertices have one
// arc in or out), vertex 0 the source and 1 the sink.
const finiteNetwork = fc
  .record({
    vertices: fc.integer({ min: 3, max: 10 }),
    arcs: fc.array(fc.tuple(fc.nat(), fc.nat(), fc.oneof(fc.integer({ min: 0, max: 30 }), fc.double({ min: 0.01, max: 30, noNaN: true }))), {
      minLength: 3,
      maxLength: 24,
    }),
  })
  .map(({ vertices, arcs }) => {
    const rank = (v: number) => (v === 0 ? 0 : v === 1 ? vertices : v);
    const kept = arcs.map(([a, b, c]) => [a % vertices, b % vertices, c] as const).filter(([t, h]) => rank(t) < rank(h));
    return {
      graph: buildFlowGraph(vertices, Int32Array.from(kept.map((k) => k[0])), Int32Array.from(kept.map((k) => k[1]))),
      capacity: Float64Array.from(kept.map((k) => k[2])),
    };
  });

describe("arcs that can never be saturated", () => {
  it("lifted, leave the maximum-flow value, the flows' feasibility and the smallest source side unchanged", () => {
    let lifted = 0;
    fc.assert(
      fc.property(finiteNetwork, ({ graph, capacity }) => {
        const dominated = findDominatedArcs(graph, capacity, 0, 1);
        if (!dominated) return;
        lifted++;
        expect(dominanceHolds(graph, capacity, dominated)).toBe(true);
        const liftedCapacity = liftDominated(capacity, dominated, new Float64Array(capacity.length));
        const original = maxFlow(graph, capacity, 0, 1);
        const relaxed = maxFlow(graph, liftedCapacity, 0, 1);
        expect(relaxed.value).toBeCloseTo(original.value, 9);
        // A maximum flow of the lifted network fits the original capacities, strictly on lifted arcs.
        const flow = arcFlows(graph, relaxed);
        for (const a of dominated.arcs) expect(flow[a]).toBeLessThan(capacity[a]);
        flow.forEach((f, a) => expect(f).toBeLessThanOrEqual(capacity[a] + 1e-9));
        expect([...minCut(graph, liftedCapacity, relaxed, 0).sourceSide]).toEqual([...minCut(graph, capacity, original, 0).sourceSide]);
      }),
      { numRuns: 1000 },
    );
    expect(lifted).toBeGreaterThan(200);
  });

  it("lifts an arc only when it is strictly larger than what its vertex passes on", () => {
    // 0 -> 2 (5), 2 -> 3 (2), 2 -> 4 (3), 3 -> 1 (9), 4 -> 1 (9): 2's only arc in ties with its arcs out.
    const graph = buildFlowGraph(5, Int32Array.from([0, 2, 2, 3, 4]), Int32Array.from([2, 3, 4, 1, 1]));
    const tie = Float64Array.from([5, 2, 3, 9, 9]);
    // 3 and 4: their only arcs out (9) exceed their arcs in (2, 3).
    expect([...findDominatedArcs(graph, tie, 0, 1)!.arcs]).toEqual([3, 4]);
    // The tie stays: both arcs out of 2 and the arc in can all be in a minimum cut, and the
    // smallest source side is {0}: 0 -> 2 is the cut.
    expect([...minCut(graph, tie, maxFlow(graph, tie, 0, 1), 0).sourceSide]).toEqual([1, 0, 0, 0, 0]);
    const wider = Float64Array.from([6, 2, 3, 9, 9]);
    const dominated = findDominatedArcs(graph, wider, 0, 1)!;
    expect([...dominated.arcs]).toEqual([0, 3, 4]);
    expect([...dominated.intoVertex]).toEqual([1, 0, 0]);
    expect(dominanceHolds(graph, wider, dominated)).toBe(true);
    expect(dominanceHolds(graph, tie, dominated)).toBe(false);
    // An arc out of 2 grows to the arc in's capacity: 0 -> 2 is no longer strictly larger.
    expect(dominanceHolds(graph, Float64Array.from([6, 3, 3, 9, 9]), dominated)).toBe(false);
  });

  it("never lifts unlimited arcs or arcs whose bound is unlimited", () => {
    // 0 -> 2 (inf), 2 -> 1 (4); 0 -> 3 (4), 3 -> 1 (inf).
    const graph = buildFlowGraph(4, Int32Array.from([0, 2, 0, 3]), Int32Array.from([2, 1, 3, 1]));
    expect(findDominatedArcs(graph, Float64Array.from([Infinity, 4, 4, Infinity]), 0, 1)).toBeUndefined();
  });
});
