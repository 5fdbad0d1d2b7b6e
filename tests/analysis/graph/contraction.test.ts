// The contraction of uncapacitated pass-through arcs (graph/contraction.ts) and the way back
// (graph/contraction-expand.ts), against Dinic on the original graph: same value, a
// feasible flow on every original arc, and exactly the same smallest source side.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildFlowGraph, type FlowGraph } from "../../../src/analysis/graph/flow-graph";
import { contractedCapacities, planContraction, planFits } from "../../../src/analysis/graph/contraction";
import { expandFlows, expandSourceSide } from "../../../src/analysis/graph/contraction-expand";
import { arcFlows, flowTolerance, maxFlow } from "../../../src/analysis/graph/max-flow";
import { minCut } from "../../../src/analysis/graph/min-cut";
import { pushRelabelMaxFlow } from "../../../src/analysis/graph/push-relabel";
import { reachable } from "../../../src/analysis/graph/reachability";
import { topologicalOrder } from "../../../src/analysis/graph/topological-order";

/** Topological order of the vertices on some source-to-sink route (as compile.ts computes it). */
function routeOrder(graph: FlowGraph, source: number, sink: number): Int32Array {
  const every = new Uint8Array(graph.arcCount).fill(1);
  const forward = reachable(graph, every, source, "forward");
  const backward = reachable(graph, every, sink, "backward");
  const result = topologicalOrder(graph, forward.map((f, v) => f & backward[v]));
  if (result.kind !== "order") throw new Error("test graphs are acyclic");
  return result.order;
}

// Acyclic networks shaped like the compiled network: a random DAG with finite capacities
// (zero and parallel arcs included, a few uncapacitated ones), whose vertices are then
// split at random into an in-part and an out-part joined by an uncapacitated arc (or, now
// and then, a finite one: a node capacity), and whose source arcs are routed through
// uncapacitated "producer" vertices. Dead ends come for free.
const capacityArb = fc.oneof(
  { weight: 1, arbitrary: fc.constant(Infinity) },
  { weight: 1, arbitrary: fc.constant(0) },
  { weight: 4, arbitrary: fc.integer({ min: 1, max: 40 }) },
  { weight: 3, arbitrary: fc.double({ min: 0.01, max: 40, noNaN: true }) },
);
const randomNetwork = fc
  .record({
    vertices: fc.integer({ min: 3, max: 12 }),
    arcs: fc.array(fc.tuple(fc.nat(), fc.nat(), capacityArb), { minLength: 8, maxLength: 40 }),
    split: fc.array(fc.constantFrom("none", "open", "capped", "fan"), { minLength: 12, maxLength: 12 }),
    producers: fc.boolean(),
  })
  .map(({ vertices, arcs, split, producers }) => {
    // Vertex 0 is the source, vertex 1 the sink; arcs go up in the order 0, 2, 3, ..., 1.
    const rank = (v: number) => (v === 0 ? 0 : v === 1 ? vertices : v);
    const tails: number[] = [];
    const heads: number[] = [];
    const capacities: number[] = [];
    const add = (t: number, h: number, c: number) => (tails.push(t), heads.push(h), capacities.push(c));
    let count = vertices;
    // The in-part of a split vertex takes its arcs in; the vertex itself keeps its arcs out.
    // A "fan" vertex instead hands its arcs out in turn to itself and a chain of two
    // out-parts behind uncapacitated arcs (vertices with one arc in, several out).
    const inPart = new Int32Array(vertices).map((_, v) => v);
    const outParts = Array.from({ length: vertices }, (_, v) => [v]);
    for (let v = 2; v < vertices; v++) {
      if (split[v] === "fan") {
        const first = count++;
        const second = count++;
        add(v, first, Infinity);
        add(first, second, Infinity);
        outParts[v] = [v, first, second];
      } else if (split[v] !== "none") {
        inPart[v] = count++;
        add(inPart[v], v, split[v] === "open" ? Infinity : 1 + ((v * 7) % 30));
      }
    }
    arcs.forEach(([a, b, c], i) => {
      const h = b % vertices;
      let t = a % vertices;
      if (rank(t) >= rank(h)) return;
      if (t === 0 && producers) {
        const producer = count++;
        add(0, producer, Infinity);
        t = producer;
      } else t = outParts[t][i % outParts[t].length];
      add(t, inPart[h], c);
    });
    return { graph: buildFlowGraph(count, Int32Array.from(tails), Int32Array.from(heads)), capacity: Float64Array.from(capacities) };
  });

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

describe("contraction of uncapacitated pass-through arcs", () => {
  it("gives Dinic's value, a feasible flow and the same smallest source side", () => {
    let contracted = 0;
    fc.assert(
      fc.property(randomNetwork, ({ graph, capacity }) => {
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
        const balance = new Float64Array(graph.vertexCount);
        result.flow.forEach((f, a) => {
          expect(f).toBeGreaterThanOrEqual(-1e-9);
          expect(f).toBeLessThanOrEqual(capacity[a] + 1e-9);
          balance[graph.head[a]] += f;
          balance[graph.tail[a]] -= f;
        });
        for (let v = 2; v < graph.vertexCount; v++) expect(Math.abs(balance[v])).toBeLessThan(1e-7);
        expect(balance[1]).toBeCloseTo(dinic.value, 7);
        expect([...result.side]).toEqual([...minCut(graph, capacity, dinic, 0).sourceSide]);
      }),
      { numRuns: 1000 },
    );
    // The generator must exercise the contraction, not only the cases it declines.
    expect(contracted).toBeGreaterThan(300);
  });

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
