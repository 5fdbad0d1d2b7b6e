/**
 * The k widest (maximum-bottleneck) source-to-sink paths of a DAG, widest first.
 *
 * References: the widest-path recurrence is the bottleneck variant of dynamic programming
 * on a DAG (T. C. Hu, "The maximum capacity route problem", Operations Research 9 (1961)
 * 898-900); enumerating paths in order by best-first search guided by an exact completion
 * bound follows D. Eppstein, "Finding the k shortest paths", SIAM J. Computing 28(2)
 * (1998) 652-673 (section 1, "best-first" enumeration; here with A* and an exact bound).
 *
 * First `best[v]`, the widest bottleneck from v to the sink, by DP in reverse topological
 * order. Then a best-first search over partial paths from the source, keyed by
 * min(bottleneck so far, best[v]): that key is exactly the widest completion of the
 * partial path, so complete paths come off the heap in non-increasing bottleneck order.
 * Ties prefer deeper partial paths (which finish a path in at most its length pops), then
 * the earlier record, so the output is deterministic. O(k * L * d * log) for paths of
 * length L and out-degree d.
 */
import type { FlowGraph } from "./flow-graph";

export interface WidestPath {
  readonly arcs: Int32Array;
  readonly bottleneck: number;
}

/** Widest bottleneck from each vertex to the sink (0 when it cannot reach it). */
export function widestToSink(graph: FlowGraph, capacity: Float64Array, useful: Uint8Array, order: Int32Array, sink: number): Float64Array {
  const { outStart, outArcs, head } = graph;
  const best = new Float64Array(graph.vertexCount);
  best[sink] = Infinity;
  for (let i = order.length - 1; i >= 0; i--) {
    const v = order[i];
    if (v === sink || !useful[v]) continue;
    let widest = 0;
    for (let k = outStart[v], end = outStart[v + 1]; k < end; k++) {
      const a = outArcs[k];
      const through = Math.min(capacity[a], best[head[a]]);
      if (through > widest) widest = through;
    }
    best[v] = widest;
  }
  return best;
}

class RecordHeap {
  private readonly items: number[] = [];
  constructor(private readonly before: (a: number, b: number) => boolean) {}
  get size(): number {
    return this.items.length;
  }
  push(record: number): void {
    const items = this.items;
    items.push(record);
    let i = items.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.before(items[i], items[parent])) break;
      [items[i], items[parent]] = [items[parent], items[i]];
      i = parent;
    }
  }
  pop(): number {
    const items = this.items;
    const top = items[0];
    const last = items.pop() as number;
    if (items.length > 0) {
      items[0] = last;
      let i = 0;
      for (;;) {
        const left = 2 * i + 1;
        const right = left + 1;
        let first = i;
        if (left < items.length && this.before(items[left], items[first])) first = left;
        if (right < items.length && this.before(items[right], items[first])) first = right;
        if (first === i) break;
        [items[i], items[first]] = [items[first], items[i]];
        i = first;
      }
    }
    return top;
  }
}

export function topWidestPaths(
  graph: FlowGraph,
  capacity: Float64Array,
  useful: Uint8Array,
  order: Int32Array,
  source: number,
  sink: number,
  k: number,
): WidestPath[] {
  const paths: WidestPath[] = [];
  if (k <= 0 || !useful[source] || !useful[sink]) return paths;
  const best = widestToSink(graph, capacity, useful, order, sink);
  const { outStart, outArcs, head } = graph;
  // Partial paths as records in parallel arrays: vertex, parent record, last arc, bottleneck, depth.
  const vertex: number[] = [source];
  const parent: number[] = [-1];
  const lastArc: number[] = [-1];
  const width: number[] = [Infinity];
  const depth: number[] = [0];
  const key = (r: number): number => Math.min(width[r], best[vertex[r]]);
  const heap = new RecordHeap((a, b) => {
    const ka = key(a);
    const kb = key(b);
    if (ka !== kb) return ka > kb;
    if (depth[a] !== depth[b]) return depth[a] > depth[b];
    return a < b;
  });
  heap.push(0);
  while (heap.size > 0 && paths.length < k) {
    const r = heap.pop();
    const v = vertex[r];
    if (v === sink) {
      const arcs = new Int32Array(depth[r]);
      for (let at = r, i = depth[r] - 1; i >= 0; at = parent[at], i--) arcs[i] = lastArc[at];
      paths.push({ arcs, bottleneck: width[r] });
      continue;
    }
    for (let j = outStart[v], end = outStart[v + 1]; j < end; j++) {
      const a = outArcs[j];
      const w = head[a];
      if (!useful[w] || !(capacity[a] > 0) || !(best[w] > 0)) continue;
      vertex.push(w);
      parent.push(r);
      lastArc.push(a);
      width.push(Math.min(width[r], capacity[a]));
      depth.push(depth[r] + 1);
      heap.push(vertex.length - 1);
    }
  }
  return paths;
}
