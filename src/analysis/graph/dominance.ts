/**
 * Arcs that can never be saturated, lifted to unlimited capacity so that
 * graph/contraction.ts can merge them: the same reduction again, one level deeper.
 *
 * Reference: a redundant-bound reduction of the kind Ahuja, Magnanti and Orlin apply to
 * capacities in "Network Flows" (Prentice Hall 1993, section 2.4, "Network
 * transformations"): a bound that every feasible solution already satisfies through other
 * bounds can be dropped without changing the feasible set.
 *
 * The rule, for a vertex v other than the source and the sink:
 * - v's only arc in, e, with a capacity larger than the sum of the capacities of v's arcs
 *   out: e carries exactly v's outflow, which those arcs bound below e's capacity;
 * - else v's only arc out, e, larger than the sum of the capacities of v's arcs in.
 * No vertex meets both (its only arc in would exceed its only arc out, and the reverse).
 * Then every flow feasible with the lifted capacities is feasible with the original ones,
 * and leaves every lifted arc strictly below its capacity (by induction: an arc lifted for
 * its head is bounded by the arcs out of that head, each unlifted or lifted for its own
 * head; an arc lifted for its tail, by the arcs into that tail, likewise further back. The
 * two kinds never depend on each other, since no vertex lifts one of each). So the
 * two networks have the same flows, the same maximum-flow value, and the same open arcs in
 * every residual graph: the same smallest minimum-cut source side. The margin (`marginFor`)
 * keeps "strictly below" true through floating-point round-off.
 *
 * Why: on the compiled network's contraction at 10^6 edges, 65,731 of the 198,956 vertices
 * have such an arc (a broker state with one supplier arc wider than its onward trade, for
 * instance), and merging them leaves 143,474 vertices and 519,469 arcs
 * (docs/performance.md, "The session-6 round").
 */
import type { FlowGraph } from "./flow-graph";

export interface DominatedArcs {
  /** The lifted arcs, ascending by the vertex that lifts them. */
  readonly arcs: Int32Array;
  /** Per lifted arc: the vertex whose other arcs bound it. */
  readonly vertices: Int32Array;
  /** Per lifted arc: 1 when it is its vertex's only arc in (bounded by the arcs out), 0 when its only arc out. */
  readonly intoVertex: Uint8Array;
}

/** How much larger than the bounding sum a capacity must be: far above any round-off of a solve. */
export function marginFor(capacity: Float64Array): number {
  let largest = 0;
  for (let a = 0; a < capacity.length; a++) if (capacity[a] > largest && capacity[a] !== Infinity) largest = capacity[a];
  return largest * 1e-9;
}

function sumOf(first: Int32Array, arcs: Int32Array, capacity: Float64Array, v: number): number {
  let sum = 0;
  for (let k = first[v]; k < first[v + 1]; k++) sum += capacity[arcs[k]];
  return sum;
}

/**
 * v's only arc on one side (listed by `first`/`arcs`) when it is finite and wider than the
 * sum of v's arcs on the other side (`boundFirst`/`boundArcs`), else -1.
 */
function onlyArcWiderThanOtherSide(first: Int32Array, arcs: Int32Array, boundFirst: Int32Array, boundArcs: Int32Array, capacity: Float64Array, v: number, margin: number): number {
  if (first[v + 1] - first[v] !== 1) return -1;
  const only = arcs[first[v]];
  return capacity[only] !== Infinity && capacity[only] > sumOf(boundFirst, boundArcs, capacity, v) + margin ? only : -1;
}

/** The arcs to lift under `capacity`, or undefined when there are none. */
export function findDominatedArcs(graph: FlowGraph, capacity: Float64Array, source: number, sink: number): DominatedArcs | undefined {
  const { vertexCount, outStart, outArcs, inStart, inArcs } = graph;
  const margin = marginFor(capacity);
  const arcs: number[] = [];
  const vertices: number[] = [];
  const intoVertex: number[] = [];
  for (let v = 0; v < vertexCount; v++) {
    if (v === source || v === sink) continue;
    const out = onlyArcWiderThanOtherSide(outStart, outArcs, inStart, inArcs, capacity, v, margin);
    const into = out >= 0 ? -1 : onlyArcWiderThanOtherSide(inStart, inArcs, outStart, outArcs, capacity, v, margin);
    if (out < 0 && into < 0) continue;
    arcs.push(out >= 0 ? out : into);
    vertices.push(v);
    intoVertex.push(out >= 0 ? 0 : 1);
  }
  if (arcs.length === 0) return undefined;
  return { arcs: Int32Array.from(arcs), vertices: Int32Array.from(vertices), intoVertex: Uint8Array.from(intoVertex) };
}

/** True while every arc of `dominated` is still strictly dominated under `capacity` (the same graph). */
export function dominanceHolds(graph: FlowGraph, capacity: Float64Array, dominated: DominatedArcs): boolean {
  const { outStart, outArcs, inStart, inArcs } = graph;
  const { arcs, vertices, intoVertex } = dominated;
  const margin = marginFor(capacity);
  for (let i = 0; i < arcs.length; i++) {
    const c = capacity[arcs[i]];
    const bound = intoVertex[i] === 1 ? sumOf(outStart, outArcs, capacity, vertices[i]) : sumOf(inStart, inArcs, capacity, vertices[i]);
    if (c === Infinity || !(c > bound + margin)) return false;
  }
  return true;
}

/** `capacity` with the dominated arcs unlimited, written into `out` and returned. */
export function liftDominated(capacity: Float64Array, dominated: DominatedArcs, out: Float64Array): Float64Array {
  out.set(capacity);
  const { arcs } = dominated;
  for (let i = 0; i < arcs.length; i++) out[arcs[i]] = Infinity;
  return out;
}
