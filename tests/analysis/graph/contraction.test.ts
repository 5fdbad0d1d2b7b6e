// The contraction of uncapacitated pass-through arcs (graph/contraction.ts) and the way back
// (graph/contraction-expand.ts), against Dinic on the original graph: same value, a
// feasible flow on every original arc, and exactly the same smallest source side.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildFlowGraph, type FlowGraph } from "../../../src/analysis/graph/flow-graph";
import { randomNetwork, renumberedNetwork, routeOrder } from "./support/contraction-networks";
import { expectFeasibleFlow } from "./support/feasible-flow";
import { contractedCapacities, planContraction, planFits } from "../../../src/analysis/graph/contraction";
import { expandFlows, expandSourceSide } from "../../../src/analysis/graph/contraction-expand";
import { arcFlows, flowTolerance, maxFlow } from "../../../src/analysis/graph/max-flow";
import { minCut } from "../../../src/analysis/graph/min-cut";
import { pushRelabelMaxFlow } from "../../../src/analysis/graph/push-relabel";

/** Stands for an uncapacitated route that no plan was made for (the plain solvers report those). */
function raise(): never {
  throw Object.assign(new Error("no plan"), { kind: "unbounded-flow" });
}

function solveContracted(graph: FlowGraph, capacity: Float64Array) {
  const order = routeOrder(graph, 0, 1);
  const plan = planContraction(graph, capacity, 0, 1, order);
  if (!plan) return undefined;
  const solved = pushRelabelMaxFlow(plan.graph, contractedCapacities(plan, capacity), plan.source, plan.sink, { order: plan.order });
  const expanded = expandFlows(plan, graph, capacity, arcFlows(plan.graph, solved));
  const side = expandSourceSide(plan, graph, capacity, expanded, solved.sourceSide!, flowTolerance(capacity));
  return { plan, value: solved.value, flow: expanded.flow, side };
}

describe.each([
  ["as generated", randomNetwork],
  ["with its vertices renumbered", renumberedNetwork],
])("contraction of uncapacitated pass-through arcs, networks %s", (_, networks) => {
  it("gives Dinic's value, a feasible flow and the same smallest source side", () => {
    let contracted = 0;
    fc.assert(
      fc.property(networks, ({ graph, capacity }) => {
        let dinic: ReturnType<typeof maxFlow>;
        try {
          dinic = maxFlow(graph, capacity, 0, 1);
        } catch (error) {
          // An uncapacitated route: the contracted solve must report it too.
          expect(error).toMatchObject({ kind: "unbounded-flow" });
          expect(() => solveContracted(graph, capacity) ?? raise()).toThrow(expect.objectContaining({ kind: "unbounded-flow" }));
          return;
        }
        const result = solveContracted(graph, capacity);
        if (!result) return;
        contracted++;
        expect(result.plan.graph.vertexCount).toBeLessThan(graph.vertexCount);
        expect(result.value).toBeCloseTo(dinic.value, 7);
        expectFeasibleFlow(graph, capacity, result.flow, 0, 1, dinic.value);
        expect([...result.side]).toEqual([...minCut(graph, capacity, dinic, 0).sourceSide]);
      }),
      { numRuns: 1000 },
    );
    // The generator must exercise the contraction, not only the cases it declines.
    expect(contracted).toBeGreaterThan(300);
  });
});

describe("contraction of uncapacitated pass-through arcs", () => {

  it("keeps a vertex that carries nothing off the source side unless an open arc reaches it", () => {
    // A lab-like group: intakes 2 and 3 feed the output 4 through uncapacitated arcs, 4 feeds
    // 5 (its only way out, uncapacitated), 5 ships to the sink. Supply comes only into 2; 3
    // is fed by 6, through an arc with no capacity.
    //   0 -> 2 (5), 2 -> 4 (inf), 3 -> 4 (inf), 4 -> 5 (inf), 5 -> 1 (3), 0 -> 6 (1), 6 -> 3 (0)
    const graph = buildFlowGraph(7, Int32Array.from([0, 2, 3, 4, 5, 0, 6]), Int32Array.from([2, 4, 4, 5, 1, 6, 3]));
    const capacity = Float64Array.from([5, Infinity, Infinity, Infinity, 3, 1, 0]);
    const result = solveContracted(graph, capacity)!;
    expect(result.plan.graph.vertexCount).toBe(4);
    expect(result.value).toBe(3);
    // 2 is reached (2 left on 0 -> 2), so are 4 and 5 forward, and 6 (1 left on 0 -> 6); 3
    // is not: 6 -> 3 has no capacity, 3 carries nothing, and 4 -> 3 backward would need flow
    // on 3 -> 4, although 3's group (with 2, 4 and 5) is on the contracted source side.
    expect([...result.side]).toEqual([1, 0, 1, 0, 1, 1, 1]);
    expect([...result.side]).toEqual([...minCut(graph, capacity, maxFlow(graph, capacity, 0, 1), 0).sourceSide]);
  });

  it("decides the vertices that carry nothing in topological order, whatever their numbers", () => {
    // A chain merged into one group behind a numbering that runs against it: 4 -> 3 -> 2
    // (uncapacitated), 2 ships 3 of the 5 it gets from the source; 4 is fed only through
    // 5 -> 4, which has no capacity. 4 and 3 carry nothing: 4 is not reached, so neither is
    // 3, whose only way in is from 4. Deciding 3 before 4 (vertex order) would reach it.
    //   0 -> 2 (5), 2 -> 1 (3), 3 -> 2 (inf), 4 -> 3 (inf), 0 -> 5 (1), 5 -> 4 (0)
    const graph = buildFlowGraph(6, Int32Array.from([0, 2, 3, 4, 0, 5]), Int32Array.from([2, 1, 2, 3, 5, 4]));
    const capacity = Float64Array.from([5, 3, Infinity, Infinity, 1, 0]);
    const result = solveContracted(graph, capacity)!;
    expect(result.value).toBe(3);
    expect([...result.side]).toEqual([1, 0, 1, 0, 0, 1]);
    expect([...result.side]).toEqual([...minCut(graph, capacity, maxFlow(graph, capacity, 0, 1), 0).sourceSide]);
  });

  it("makes parallel arcs one arc with their capacities added, and shares its flow in order", () => {
    // Producers 2 and 3 behind uncapacitated source arcs both ship to 4 (3 and 5), which
    // ships to the sink (6): merged into the source, they leave two parallel arcs 0 -> 4.
    const graph = buildFlowGraph(5, Int32Array.from([0, 0, 2, 3, 4]), Int32Array.from([2, 3, 4, 4, 1]));
    const capacity = Float64Array.from([Infinity, Infinity, 3, 5, 6]);
    const result = solveContracted(graph, capacity)!;
    expect(result.plan.graph.arcCount).toBe(2);
    expect([...contractedCapacities(result.plan, capacity)].sort()).toEqual([6, 8]);
    expect(result.value).toBe(6);
    // Arc 2 (3 -> 4) is filled first, arc 3 takes the rest: 2 of 5, so 4 stays reachable.
    expect([...result.flow]).toEqual([3, 3, 3, 3, 6]);
    expect([...result.side]).toEqual([1, 0, 1, 1, 1]);
  });

  it("is reused only while every merged arc stays uncapacitated", () => {
    const graph = buildFlowGraph(4, Int32Array.from([0, 2, 3]), Int32Array.from([2, 3, 1]));
    const capacity = Float64Array.from([4, Infinity, 7]);
    const plan = planContraction(graph, capacity, 0, 1, routeOrder(graph, 0, 1))!;
    expect(plan.graph.vertexCount).toBe(3);
    expect(planFits(plan, capacity)).toBe(true);
    expect(planFits(plan, Float64Array.from([4, 6, 7]))).toBe(false);
    expect(planFits(plan, Float64Array.from([1, Infinity, 2]))).toBe(true);
  });

  it("still reports an uncapacitated route from the source to the sink", () => {
    const graph = buildFlowGraph(3, Int32Array.from([0, 2]), Int32Array.from([2, 1]));
    expect(() => solveContracted(graph, Float64Array.from([Infinity, Infinity]))).toThrow(expect.objectContaining({ kind: "unbounded-flow" }));
  });
});
