// The solve on a contraction two levels deep (graph/contracted-solve.ts): uncapacitated arcs
// merged, then arcs that can never be saturated lifted and merged, and the result carried
// back through both levels; against Dinic on the original graph.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { contractedValue, innerFits, planInner, solveContracted } from "../../../src/analysis/graph/contracted-solve";
import { contractedCapacities, planContraction } from "../../../src/analysis/graph/contraction";
import { buildFlowGraph, type FlowGraph } from "../../../src/analysis/graph/flow-graph";
import { arcFlows, flowTolerance, maxFlow } from "../../../src/analysis/graph/max-flow";
import { minCut } from "../../../src/analysis/graph/min-cut";
import { randomNetwork, routeOrder } from "./support/contraction-networks";
import { expectFeasibleFlow } from "./support/feasible-flow";

function plans(graph: FlowGraph, capacity: Float64Array) {
  const outer = planContraction(graph, capacity, 0, 1, routeOrder(graph, 0, 1));
  if (!outer) return undefined;
  const capacities = contractedCapacities(outer, capacity);
  return { outer, capacities, inner: planInner(outer, capacities) };
}

describe("the solve on a two-level contraction", () => {
  it("gives Dinic's value, a feasible flow and the same smallest source side", () => {
    let twoLevels = 0;
    fc.assert(
      fc.property(randomNetwork, ({ graph, capacity }) => {
        let dinic: ReturnType<typeof maxFlow>;
        try {
          dinic = maxFlow(graph, capacity, 0, 1);
        } catch {
          return; // an uncapacitated route (contraction.test.ts checks it is reported)
        }
        const planned = plans(graph, capacity);
        if (!planned?.inner) return;
        twoLevels++;
        const { outer, capacities, inner } = planned;
        expect(innerFits(outer, capacities, inner)).toBe(true);
        expect(inner.plan.graph.vertexCount).toBeLessThan(outer.graph.vertexCount);
        const result = solveContracted(graph, capacity, outer, capacities, inner, flowTolerance(capacity));
        expect(result.value).toBeCloseTo(dinic.value, 7);
        expectFeasibleFlow(graph, capacity, result.arcFlow!, 0, 1);
        expect([...result.sourceSide!]).toEqual([...minCut(graph, capacity, dinic, 0).sourceSide]);
        // The value alone, cold and started from a feasible flow (half of Dinic's).
        expect(contractedValue(outer, capacities, inner)).toBeCloseTo(dinic.value, 7);
        const half = arcFlows(graph, dinic).map((f) => f / 2);
        expect(contractedValue(outer, capacities, inner, half)).toBeCloseTo(dinic.value, 7);
      }),
      { numRuns: 1000 },
    );
    // The generator must reach the second level often, not only the first.
    expect(twoLevels).toBeGreaterThan(150);
  });

  it("checks a kept second level on the flow when capacities change, and falls back when it does not hold", () => {
    let held = 0;
    let heldWithoutDominance = 0;
    let fellBack = 0;
    const scaled = randomNetwork.chain((network) =>
      fc.record({ network: fc.constant(network), factors: fc.array(fc.constantFrom(1, 1, 0.25, 0.5, 2, 4), { minLength: network.capacity.length, maxLength: network.capacity.length }) }),
    );
    fc.assert(
      fc.property(scaled, ({ network: { graph, capacity }, factors }) => {
        const planned = plans(graph, capacity);
        if (!planned?.inner) return;
        // Finite capacities scaled, unlimited ones kept: the outer plan still fits.
        const changed = capacity.map((c, a) => c * factors[a]);
        let dinic: ReturnType<typeof maxFlow>;
        try {
          dinic = maxFlow(graph, changed, 0, 1);
        } catch {
          return;
        }
        const { outer, inner } = planned;
        // First a solve under the capacities the plans were made for: the expansions'
        // scratch then holds its flows, which the next solve must not inherit.
        solveContracted(graph, capacity, outer, planned.capacities, inner, flowTolerance(capacity));
        const capacities = contractedCapacities(outer, changed);
        if (!innerFits(outer, capacities, inner, false)) return;
        const dominance = innerFits(outer, capacities, inner);
        innerFits(outer, capacities, inner, false); // (rewrites the lifted capacities either way)
        const result = solveContracted(graph, changed, outer, capacities, inner, flowTolerance(changed), false);
        if (result.innerHeld) held++;
        else fellBack++;
        if (result.innerHeld && !dominance) heldWithoutDominance++;
        // Where dominance holds, the flow check always passes.
        if (dominance) expect(result.innerHeld).toBe(true);
        expect(result.value).toBeCloseTo(dinic.value, 7);
        expectFeasibleFlow(graph, changed, result.arcFlow!, 0, 1);
        expect([...result.sourceSide!]).toEqual([...minCut(graph, changed, dinic, 0).sourceSide]);
      }),
      { numRuns: 1000 },
    );
    // All three paths are taken: dominance, the flow check alone, and the fallback.
    expect(held).toBeGreaterThan(100);
    expect(heldWithoutDominance).toBeGreaterThan(10);
    expect(fellBack).toBeGreaterThan(10);
  });

  it("falls back to the outer graph when lifting made an uncapacitated route", () => {
    // 0 -> 3 (inf), 3 -> 2 (9), 2 -> 1 (2), 2 -> 1 (3): 3 merges into the source; then 2's
    // only arc in (9) exceeds its arcs out (5), so it is lifted and 2 merges too.
    const graph = buildFlowGraph(4, Int32Array.from([0, 3, 2, 2]), Int32Array.from([3, 2, 1, 1]));
    const { outer, inner } = plans(graph, Float64Array.from([Infinity, 9, 2, 3]))!;
    expect(inner).toBeDefined();
    // The arcs into the sink become uncapacitated: lifted, 3 -> 2 would complete an
    // uncapacitated route, but in the original network it still limits the flow to 9.
    const open = Float64Array.from([Infinity, 9, Infinity, Infinity]);
    const capacities = contractedCapacities(outer, open);
    expect(innerFits(outer, capacities, inner!)).toBe(false);
    expect(innerFits(outer, capacities, inner!, false)).toBe(true);
    const result = solveContracted(graph, open, outer, capacities, inner, flowTolerance(open), false);
    expect(result.innerHeld).toBe(false);
    expect(result.value).toBe(9);
    expect([...result.sourceSide!]).toEqual([1, 0, 0, 1]);
  });

  it("drops the second level once a lifted arc could be saturated", () => {
    // 0 -> 2 (9), 2 -> 3 (inf), 3 -> 4 (2), 3 -> 5 (3), 4 -> 1 (inf), 5 -> 1 (inf), 0 -> 6 (1), 6 -> 1 (1):
    // 2 and 3 merge (first level); the merged vertex's only arc in (9) exceeds its arcs out
    // (5), so it is lifted and merged into the source (second level).
    const graph = buildFlowGraph(7, Int32Array.from([0, 2, 3, 3, 4, 5, 0, 6]), Int32Array.from([2, 3, 4, 5, 1, 1, 6, 1]));
    const capacity = Float64Array.from([9, Infinity, 2, 3, Infinity, Infinity, 1, 1]);
    const { outer, capacities, inner } = plans(graph, capacity)!;
    expect(inner).toBeDefined();
    expect(inner!.plan.graph.vertexCount).toBeLessThan(outer.graph.vertexCount);
    const result = solveContracted(graph, capacity, outer, capacities, inner, flowTolerance(capacity));
    expect(result.value).toBe(6);
    // The cut is 3's arcs out and 0 -> 6 (saturated): the source side holds 0, 2 and 3.
    expect([...result.sourceSide!]).toEqual([1, 0, 1, 1, 0, 0, 0]);
    // The arc in shrinks to what 3 passes on: a tie, so the cut moves to 0 -> 2 and the
    // lifted plan no longer fits.
    const tied = Float64Array.from([5, Infinity, 2, 3, Infinity, Infinity, 1, 1]);
    expect(innerFits(outer, contractedCapacities(outer, tied), inner!)).toBe(false);
    const again = solveContracted(graph, tied, outer, contractedCapacities(outer, tied), undefined, flowTolerance(tied));
    expect(again.value).toBe(6);
    expect([...again.sourceSide!]).toEqual([1, 0, 0, 0, 0, 0, 0]);
    expect([...again.sourceSide!]).toEqual([...minCut(graph, tied, maxFlow(graph, tied, 0, 1), 0).sourceSide]);
  });
});
