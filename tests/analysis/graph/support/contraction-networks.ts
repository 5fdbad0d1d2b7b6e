// Random acyclic networks shaped like the compiled network, for the contraction tests
// (graph/contraction.ts, graph/dominance.ts, graph/contracted-solve.ts).
import fc from "fast-check";
import { buildFlowGraph, type FlowGraph } from "../../../../src/analysis/graph/flow-graph";
import { reachable } from "../../../../src/analysis/graph/reachability";
import { topologicalOrder } from "../../../../src/analysis/graph/topological-order";

/** Topological order of the vertices on some source-to-sink route (as compile.ts computes it). */
export function routeOrder(graph: FlowGraph, source: number, sink: number): Int32Array {
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
export const randomNetwork = fc
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


/**
 * The same networks with the vertices other than the source (0) and the sink (1) renumbered
 * at random, so that vertex order and topological order disagree (the way back reads some
 * vectors in vertex order and must still decide vertices in topological order).
 */
export const renumberedNetwork = randomNetwork.chain(({ graph, capacity }) =>
  fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: graph.vertexCount, maxLength: graph.vertexCount }).map((keys) => {
    const others = Array.from({ length: graph.vertexCount - 2 }, (_, i) => i + 2).sort((a, b) => keys[a] - keys[b]);
    const renamed = new Int32Array(graph.vertexCount).map((_, v) => v);
    others.forEach((v, i) => (renamed[v] = i + 2));
    return {
      graph: buildFlowGraph(graph.vertexCount, graph.tail.map((v) => renamed[v]), graph.head.map((v) => renamed[v])),
      capacity,
    };
  }),
);
