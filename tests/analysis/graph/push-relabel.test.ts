// Push-relabel against Dinic: two independent max-flow algorithms must agree on the value,
// and both flows must be feasible, on random graphs (DAGs and graphs with cycles), with
// push-relabel run on the original network, on the reversed one and on the one it picks.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildFlowGraph } from "../../../src/analysis/graph/flow-graph";
import { arcFlows, maxFlow } from "../../../src/analysis/graph/max-flow";
import { minCut } from "../../../src/analysis/graph/min-cut";
import { pushRelabelMaxFlow, pushRelabelMaxFlowValue } from "../../../src/analysis/graph/push-relabel";
import { fillRecords, preferReversed, pushRelabelWorkspace } from "../../../src/analysis/graph/arc-records";
import { expectFeasibleFlow } from "./support/feasible-flow";

const randomGraph = fc
  .record({
    vertices: fc.integer({ min: 2, max: 30 }),
    arcs: fc.array(fc.tuple(fc.nat(), fc.nat(), fc.oneof(fc.integer({ min: 0, max: 50 }), fc.double({ min: 0, max: 50, noNaN: true }))), { maxLength: 120 }),
    acyclic: fc.boolean(),
  })
  .map(({ vertices, arcs, acyclic }) => {
    const kept = arcs
      .map(([a, b, c]) => [a % vertices, b % vertices, c] as const)
      .filter(([a, b]) => a !== b && (!acyclic || a < b));
    return {
      graph: buildFlowGraph(vertices, Int32Array.from(kept, (k) => k[0]), Int32Array.from(kept, (k) => k[1])),
      capacity: Float64Array.from(kept, (k) => k[2]),
      sink: vertices - 1,
    };
  });

describe.each(["original", "reversed", "auto"] as const)("push-relabel max-flow, %s orientation", (orientation) => {
  it("agrees with Dinic and yields a feasible flow whose min-cut has the same capacity", () => {
    fc.assert(
      fc.property(randomGraph, ({ graph, capacity, sink }) => {
        const dinic = maxFlow(graph, capacity, 0, sink);
        const pushed = pushRelabelMaxFlow(graph, capacity, 0, sink, { orientation });
        expect(pushed.value).toBeCloseTo(dinic.value, 7);
        expectFeasibleFlow(graph, capacity, arcFlows(graph, pushed), 0, sink, pushed.value);
        const cut = minCut(graph, capacity, pushed, 0);
        expect([...cut.arcs].reduce((sum, a) => sum + capacity[a], 0)).toBeCloseTo(pushed.value, 7);
        expect([...cut.arcs]).toEqual([...minCut(graph, capacity, dinic, 0).arcs]);
      }),
      { numRuns: 300 },
    );
  });

  it("gives the same value from its first phase alone, cold or started from a feasible flow", () => {
    fc.assert(
      fc.property(randomGraph, fc.double({ min: 0, max: 1, noNaN: true }), ({ graph, capacity, sink }, share) => {
        const dinic = maxFlow(graph, capacity, 0, sink);
        expect(pushRelabelMaxFlowValue(graph, capacity, 0, sink, { orientation })).toBeCloseTo(dinic.value, 7);
        // A feasible start: the maximum flow of capacities scaled down by `share`.
        const smaller = capacity.map((c) => c * share);
        const start = arcFlows(graph, maxFlow(graph, smaller, 0, sink));
        expect(pushRelabelMaxFlowValue(graph, capacity, 0, sink, { startFlow: start, orientation })).toBeCloseTo(dinic.value, 7);
        const warm = pushRelabelMaxFlow(graph, capacity, 0, sink, { startFlow: start, orientation });
        expect(warm.value).toBeCloseTo(dinic.value, 7);
        expectFeasibleFlow(graph, capacity, arcFlows(graph, warm), 0, sink, warm.value);
      }),
      { numRuns: 300 },
    );
  });

  it("handles uncapacitated source and sink arcs", () => {
    // 0 -> 1 (inf), 1 -> 2 (4), 1 -> 3 (6), 2 -> 4 (inf), 3 -> 4 (5): value 9.
    const graph = buildFlowGraph(5, Int32Array.from([0, 1, 1, 2, 3]), Int32Array.from([1, 2, 3, 4, 4]));
    const capacity = Float64Array.from([Infinity, 4, 6, Infinity, 5]);
    const result = pushRelabelMaxFlow(graph, capacity, 0, 4, { orientation });
    expect(result.value).toBe(9);
    expect([...arcFlows(graph, result)]).toEqual([9, 4, 5, 4, 5]);
  });
});

describe("push-relabel on a graph last solved in the other orientation", () => {
  // Under "auto" the records are filled in the last solve's orientation and reversed only
  // when the vote disagrees: every sequence of orientations must give Dinic's value.
  it("agrees with Dinic whatever orientation the previous solve used", () => {
    const sequence = fc.array(fc.constantFrom("original" as const, "reversed" as const, "auto" as const), { minLength: 2, maxLength: 5 });
    fc.assert(
      fc.property(randomGraph, sequence, ({ graph, capacity, sink }, orientations) => {
        const dinic = maxFlow(graph, capacity, 0, sink);
        for (const orientation of orientations) {
          const pushed = pushRelabelMaxFlow(graph, capacity, 0, sink, { orientation });
          expect(pushed.value).toBeCloseTo(dinic.value, 7);
          expectFeasibleFlow(graph, capacity, arcFlows(graph, pushed), 0, sink, pushed.value);
          expect(pushRelabelMaxFlowValue(graph, capacity, 0, sink, { orientation })).toBeCloseTo(dinic.value, 7);
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe("push-relabel orientation vote", () => {
  // Vertices 1-3 between source 0 and sink 4 (the source's arcs are uncapacitated, so 1
  // and 2 vote only when their capacities in are finite). `late` piles up before a narrow
  // last arc (3 takes in 20 and passes on 2); `early` is narrow at the start (1 and 2 take
  // in 5 and could pass on 11).
  const graph = buildFlowGraph(5, Int32Array.from([0, 0, 1, 2, 1, 2, 3]), Int32Array.from([1, 2, 3, 3, 4, 4, 4]));
  const vote = (capacity: number[]): number => fillRecords(pushRelabelWorkspace(graph), Float64Array.from(capacity), 1e9, undefined);

  it("solves the reversed network when more vertices take in more than they pass on", () => {
    const late = [Infinity, Infinity, 10, 10, 1, 1, 2];
    expect(vote(late)).toBeGreaterThan(0);
    expect(preferReversed(vote(late))).toBe(true);
  });

  it("solves the original network when more vertices pass on more than they take in", () => {
    const early = [5, 5, 1, 1, 10, 10, 1];
    expect(vote(early)).toBeLessThan(0);
    expect(preferReversed(vote(early))).toBe(false);
  });
});

describe("push-relabel global relabeling on levels spread across the vertex numbers", () => {
  // Two chains from the source (0) to the sink (1): one numbered upward (2, 3, ..., 200),
  // the other downward (399, ..., 201), with random capacities and random rungs between
  // them. Each breadth-first level then holds one vertex near the middle of the numbers
  // and one far from it, so wide levels are expanded in queue order, narrow ones by a
  // scan: both must label every vertex that can reach the sink.
  const chains = fc.record({
    up: fc.array(fc.integer({ min: 1, max: 30 }), { minLength: 199, maxLength: 199 }),
    down: fc.array(fc.integer({ min: 1, max: 30 }), { minLength: 199, maxLength: 199 }),
    rungs: fc.array(fc.tuple(fc.integer({ min: 0, max: 198 }), fc.integer({ min: 0, max: 198 }), fc.integer({ min: 1, max: 30 })), { maxLength: 40 }),
  });
  it("agrees with Dinic", () => {
    fc.assert(
      fc.property(chains, ({ up, down, rungs }) => {
        const tails: number[] = [];
        const heads: number[] = [];
        const capacities: number[] = [];
        const add = (t: number, h: number, c: number) => (tails.push(t), heads.push(h), capacities.push(c));
        const upAt = (i: number) => 2 + i; // i = 0 .. 198
        const downAt = (i: number) => 399 - i;
        add(0, upAt(0), Infinity);
        add(0, downAt(0), Infinity);
        for (let i = 0; i < 198; i++) {
          add(upAt(i), upAt(i + 1), up[i]);
          add(downAt(i), downAt(i + 1), down[i]);
        }
        add(upAt(198), 1, up[198]);
        add(downAt(198), 1, down[198]);
        // Rungs go forward along the chains, so the graph stays acyclic.
        for (const [a, b, c] of rungs) if (a < b) add(upAt(a), downAt(b), c);
        const graph = buildFlowGraph(400, Int32Array.from(tails), Int32Array.from(heads));
        const capacity = Float64Array.from(capacities);
        const dinic = maxFlow(graph, capacity, 0, 1);
        for (const orientation of ["original", "reversed"] as const) {
          const pushed = pushRelabelMaxFlow(graph, capacity, 0, 1, { orientation });
          expect(pushed.value).toBeCloseTo(dinic.value, 9);
          expect([...minCut(graph, capacity, pushed, 0).arcs]).toEqual([...minCut(graph, capacity, dinic, 0).arcs]);
        }
      }),
      { numRuns: 60 },
    );
  });
});
