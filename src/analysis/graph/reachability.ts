/**
 * Breadth-first reachability over the arcs marked open, forwards from a vertex or
 * backwards to it. Reference: E. F. Moore, "The shortest path through a maze" (1959).
 */
import type { FlowGraph } from "./flow-graph";

export function reachable(graph: FlowGraph, open: Uint8Array, from: number, direction: "forward" | "backward", within?: Uint8Array): Uint8Array {
  const forward = direction === "forward";
  const starts = forward ? graph.outStart : graph.inStart;
  const arcs = forward ? graph.outArcs : graph.inArcs;
  const ends = forward ? graph.head : graph.tail;
  const seen = new Uint8Array(graph.vertexCount);
  const queue = new Int32Array(graph.vertexCount);
  seen[from] = 1;
  queue[0] = from;
  let head = 0;
  let tailIndex = 1;
  while (head < tailIndex) {
    const v = queue[head++];
    for (let k = starts[v], end = starts[v + 1]; k < end; k++) {
      const a = arcs[k];
      if (!open[a]) continue;
      const w = ends[a];
      if (seen[w] || (within !== undefined && !within[w])) continue;
      seen[w] = 1;
      queue[tailIndex++] = w;
    }
  }
  return seen;
}
