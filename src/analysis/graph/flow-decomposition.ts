/**
 * Flow decomposition into source-to-sink paths, on an acyclic flow.
 *
 * Reference: R. K. Ahuja, T. L. Magnanti and J. B. Orlin, "Network Flows" (1993), section
 * 3.5 (flow decomposition theorem): every flow on a DAG is the sum of at most |A| path
 * flows.
 *
 * Repeatedly walk from the source along arcs that still carry flow, take the smallest flow
 * on the walk, and subtract it. A per-vertex pointer skips arcs already emptied, so the
 * whole decomposition costs O(A + sum of path lengths). Crumbs left by float round-off
 * (at or below `tolerance`) are dropped rather than reported as paths; the paths' flows
 * sum to the flow value within that tolerance per arc.
 */
import type { FlowGraph } from "./flow-graph";

export interface FlowPath {
  /** Logical arcs from the source to the sink. */
  readonly arcs: Int32Array;
  readonly flow: number;
}

export function decomposeFlow(
  graph: FlowGraph,
  arcFlow: Float64Array,
  source: number,
  sink: number,
  tolerance: number,
): FlowPath[] {
  const remaining = arcFlow.slice();
  const { outStart, outArcs, head } = graph;
  const pointer = outStart.slice(0, graph.vertexCount);
  const paths: FlowPath[] = [];
  const walk: number[] = [];
  for (;;) {
    walk.length = 0;
    let v = source;
    let stuck = false;
    while (v !== sink) {
      let k = pointer[v];
      const end = outStart[v + 1];
      while (k < end && remaining[outArcs[k]] <= tolerance) k++;
      pointer[v] = k;
      if (k === end) {
        stuck = true;
        break;
      }
      const a = outArcs[k];
      walk.push(a);
      v = head[a];
    }
    if (stuck) {
      if (walk.length === 0) break; // nothing leaves the source any more
      // Round-off left flow into a vertex with nothing going out: drop the crumb.
      remaining[walk[walk.length - 1]] = 0;
      continue;
    }
    let flow = Infinity;
    for (const a of walk) if (remaining[a] < flow) flow = remaining[a];
    for (const a of walk) remaining[a] -= flow;
    paths.push({ arcs: Int32Array.from(walk), flow });
  }
  return paths;
}
