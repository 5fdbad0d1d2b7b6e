/**
 * Topological order of a vertex subset, or one directed cycle when there is none.
 *
 * Reference: A. B. Kahn, "Topological sorting of large networks", Communications of the
 * ACM 5(11) (1962) 558-562.
 *
 * Kahn's algorithm: repeatedly take a vertex with no remaining predecessor. Vertices left
 * over lie on or behind a cycle; walking predecessors among them must revisit a vertex,
 * which yields the cycle reported in errors.
 */
import type { FlowGraph } from "./flow-graph";

export type TopologicalResult =
  | { readonly kind: "order"; readonly order: Int32Array }
  | { readonly kind: "cycle"; readonly cycle: Int32Array };

export function topologicalOrder(graph: FlowGraph, include: Uint8Array): TopologicalResult {
  const { outStart, outArcs, inStart, inArcs, head, tail, vertexCount } = graph;
  const pending = new Int32Array(vertexCount);
  let included = 0;
  for (let v = 0; v < vertexCount; v++) {
    if (!include[v]) continue;
    included++;
    for (let k = inStart[v]; k < inStart[v + 1]; k++) if (include[tail[inArcs[k]]]) pending[v]++;
  }
  const order = new Int32Array(included);
  let size = 0;
  for (let v = 0; v < vertexCount; v++) if (include[v] && pending[v] === 0) order[size++] = v;
  for (let next = 0; next < size; next++) {
    const v = order[next];
    for (let k = outStart[v]; k < outStart[v + 1]; k++) {
      const w = head[outArcs[k]];
      if (include[w] && --pending[w] === 0) order[size++] = w;
    }
  }
  if (size === included) return { kind: "order", order };

  // Every leftover vertex has a leftover predecessor: walk back until one repeats.
  let v = 0;
  while (!(include[v] && pending[v] > 0)) v++;
  const seenAt = new Int32Array(vertexCount).fill(-1);
  const walk: number[] = [];
  while (seenAt[v] < 0) {
    seenAt[v] = walk.length;
    walk.push(v);
    for (let k = inStart[v]; k < inStart[v + 1]; k++) {
      const u = tail[inArcs[k]];
      if (include[u] && pending[u] > 0) {
        v = u;
        break;
      }
    }
  }
  const cycle = walk.slice(seenAt[v]).reverse();
  return { kind: "cycle", cycle: Int32Array.from(cycle) };
}
