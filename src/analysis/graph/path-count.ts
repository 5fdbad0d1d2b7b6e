/**
 * Counting source-to-sink paths in a DAG by dynamic programming over a topological order:
 * paths(v) = sum of paths(w) over open arcs v -> w, paths(sink) = 1.
 *
 * Reference: any algorithms text, e.g. T. H. Cormen et al., "Introduction to Algorithms",
 * 3rd ed. (2009), exercise 22.4-2.
 *
 * The count can be astronomically large (it multiplies along the chain), so the exact
 * count is a BigInt. It is computed in float64 first: for a vertex that lies on a route
 * every count is at most the total, so when the total is below 2^53 every partial sum was
 * an exact integer and the BigInt pass is skipped. Parallel arcs count as distinct paths.
 */
import type { FlowGraph } from "./flow-graph";

const EXACT_LIMIT = 2 ** 53;

/** Paths from each vertex to the sink (float64; exact below 2^53), within `useful`. */
export function pathCountsToSink(graph: FlowGraph, open: Uint8Array, useful: Uint8Array, order: Int32Array, sink: number): Float64Array {
  const { outStart, outArcs, head } = graph;
  const count = new Float64Array(graph.vertexCount);
  count[sink] = useful[sink] ? 1 : 0;
  for (let i = order.length - 1; i >= 0; i--) {
    const v = order[i];
    if (v === sink || !useful[v]) continue;
    let sum = 0;
    for (let k = outStart[v], end = outStart[v + 1]; k < end; k++) {
      const a = outArcs[k];
      if (open[a]) sum += count[head[a]];
    }
    count[v] = sum;
  }
  return count;
}

/** Paths from the source to each vertex (float64), within `useful`. */
export function pathCountsFromSource(graph: FlowGraph, open: Uint8Array, useful: Uint8Array, order: Int32Array, source: number): Float64Array {
  const { inStart, inArcs, tail } = graph;
  const count = new Float64Array(graph.vertexCount);
  count[source] = useful[source] ? 1 : 0;
  for (let i = 0; i < order.length; i++) {
    const v = order[i];
    if (v === source || !useful[v]) continue;
    let sum = 0;
    for (let k = inStart[v], end = inStart[v + 1]; k < end; k++) {
      const a = inArcs[k];
      if (open[a]) sum += count[tail[a]];
    }
    count[v] = sum;
  }
  return count;
}

/** The exact number of source-to-sink paths through open arcs and useful vertices. */
export function countPaths(graph: FlowGraph, open: Uint8Array, useful: Uint8Array, order: Int32Array, source: number, sink: number): bigint {
  const approximate = pathCountsToSink(graph, open, useful, order, sink);
  if (approximate[source] < EXACT_LIMIT) return BigInt(approximate[source]);
  const { outStart, outArcs, head } = graph;
  const count: bigint[] = new Array<bigint>(graph.vertexCount).fill(0n);
  count[sink] = 1n;
  for (let i = order.length - 1; i >= 0; i--) {
    const v = order[i];
    if (v === sink || !useful[v]) continue;
    let sum = 0n;
    for (let k = outStart[v], end = outStart[v + 1]; k < end; k++) {
      const a = outArcs[k];
      if (open[a]) sum += count[head[a]];
    }
    count[v] = sum;
  }
  return count[source];
}
