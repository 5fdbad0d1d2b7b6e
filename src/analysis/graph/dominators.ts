/**
 * Immediate dominators from a source, on a DAG.
 *
 * Reference: K. D. Cooper, T. J. Harvey and K. Kennedy, "A Simple, Fast Dominance
 * Algorithm", Software Practice and Experience 4 (2001) 1-10.
 *
 * The Cooper-Harvey-Kennedy iteration processes vertices in reverse postorder and sets
 * idom(v) to the nearest common ancestor, in the dominator tree built so far, of v's
 * processed predecessors. On a DAG a topological order is a reverse postorder and every
 * predecessor comes first, so a single pass reaches the fixed point: O(A * tree depth).
 * A vertex u dominates v when every source-to-v path passes through u; the dominators of
 * the sink are the vertices every source-to-sink path crosses.
 */
import type { FlowGraph } from "./flow-graph";

/** idom per vertex (-1 outside `useful` or unreachable; the source is its own). */
export function immediateDominators(graph: FlowGraph, open: Uint8Array, useful: Uint8Array, order: Int32Array, source: number): Int32Array {
  const { inStart, inArcs, tail } = graph;
  const idom = new Int32Array(graph.vertexCount).fill(-1);
  const position = new Int32Array(graph.vertexCount).fill(-1);
  order.forEach((v, i) => (position[v] = i));
  if (!useful[source]) return idom;
  idom[source] = source;
  for (let i = 0; i < order.length; i++) {
    const v = order[i];
    if (v === source || !useful[v]) continue;
    let dominator = -1;
    for (let k = inStart[v], end = inStart[v + 1]; k < end; k++) {
      const a = inArcs[k];
      let u = tail[a];
      if (!open[a] || idom[u] < 0) continue;
      if (dominator < 0) {
        dominator = u;
        continue;
      }
      let w = dominator;
      while (u !== w) {
        while (position[u] > position[w]) u = idom[u];
        while (position[w] > position[u]) w = idom[w];
      }
      dominator = w;
    }
    idom[v] = dominator;
  }
  return idom;
}

/** The vertices on every source-to-`target` path, from the source to `target` inclusive. */
export function dominatorChain(idom: Int32Array, source: number, target: number): number[] {
  if (idom[target] < 0) return [];
  const chain = [target];
  for (let v = target; v !== source; ) {
    v = idom[v];
    chain.push(v);
  }
  return chain.reverse();
}
