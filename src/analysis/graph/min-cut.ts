/**
 * Minimum cut from a maximum flow (max-flow min-cut theorem).
 *
 * Reference: L. R. Ford and D. R. Fulkerson, "Maximal flow through a network", Canadian
 * Journal of Mathematics 8 (1956) 399-404.
 *
 * The source side is the set of vertices reachable from the source in the residual graph.
 * That set is the same for every maximum flow, and it is the smallest source side of any
 * minimum cut; so when several minimum cuts tie, the one reported is deterministic: the
 * cut closest to the sources (the first bottleneck a unit of supply meets). The cut arcs
 * are the arcs with positive capacity from the source side to the other side; their
 * capacities sum to the maximum-flow value.
 */
import type { FlowGraph } from "./flow-graph";
import type { MaxFlowResult } from "./max-flow";

/** Where slot s's head is: `at[stride * s + offset]`. */
export interface SlotHeads {
  readonly at: Int32Array;
  readonly stride: number;
  readonly offset: number;
}

export interface MinCut {
  /** 1 for vertices on the source side. */
  readonly sourceSide: Uint8Array;
  /** Logical arcs crossing the cut, ascending. */
  readonly arcs: Int32Array;
}

/**
 * The vertices reachable from `source` in the residual graph (1 in the result): slots
 * whose residual `values[stride * s]` exceeds `tolerance`. Stride 1 reads a plain
 * residual vector (Dinic), stride 3 the arc records of push-relabel, read in place so no
 * per-slot copy is made.
 *
 * The set is the same in whatever order vertices are expanded, so they are expanded in
 * increasing vertex order, to read the graph's arrays nearly sequentially (a BFS order
 * jumps across them: on 10^6 arcs a cache miss per expansion). A sweep goes up the
 * vertices expanding the marked ones; a vertex marked behind the sweep (an arc to a lower
 * number) goes on a stack, expanded before the sweep moves on. On the compiled network
 * vertex numbers follow the tiers, so the stack stays nearly empty.
 *
 * `heads` says where a slot's head is read: by default `graph.to`; push-relabel passes its
 * arc records (`link[6 * s + 4]`), which sit on the cache line its residual is read from,
 * so the search reads one array instead of two (1.3x faster on the 10^6-edge benchmark's
 * inner network, docs/performance.md).
 */
export function residualSourceSide(
  graph: FlowGraph,
  values: Float64Array | Int32Array,
  stride: 1 | 3,
  tolerance: number,
  source: number,
  stack: Int32Array = new Int32Array(graph.vertexCount),
  heads: SlotHeads = { at: graph.to, stride: 1, offset: 0 },
): Uint8Array {
  const { start, vertexCount } = graph;
  const { at, stride: headStride, offset } = heads;
  const sourceSide = new Uint8Array(vertexCount);
  sourceSide[source] = 1;
  for (let sweep = source; sweep < vertexCount; sweep++) {
    if (sourceSide[sweep] === 0) continue;
    stack[0] = sweep;
    let depth = 1;
    while (depth > 0) {
      const v = stack[--depth];
      for (let s = start[v], end = start[v + 1]; s < end; s++) {
        const w = at[headStride * s + offset];
        if (sourceSide[w] === 0 && values[stride * s] > tolerance) {
          sourceSide[w] = 1;
          if (w < sweep) stack[depth++] = w;
        }
      }
    }
  }
  return sourceSide;
}

export function minCut(graph: FlowGraph, capacity: Float64Array, flow: MaxFlowResult, source: number): MinCut {
  const sourceSide = flow.sourceSide ?? (flow.residual ? residualSourceSide(graph, flow.residual, 1, flow.tolerance, source) : undefined);
  if (!sourceSide) throw new RangeError("the max-flow result has neither residuals nor a source side");
  // One pass into a buffer for the worst case (every arc cut), then a copy of the cut.
  const { tail, head: arcHead } = graph;
  const found = new Int32Array(graph.arcCount);
  let count = 0;
  for (let a = 0; a < graph.arcCount; a++) if (sourceSide[tail[a]] === 1 && sourceSide[arcHead[a]] === 0 && capacity[a] > 0) found[count++] = a;
  return { sourceSide, arcs: found.slice(0, count) };
}
