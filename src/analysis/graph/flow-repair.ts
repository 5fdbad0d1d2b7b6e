/**
 * Repairing a flow after capacities drop, so that a max-flow can be warm-started from it.
 *
 * Reference: the flow decomposition theorem (R. K. Ahuja, T. L. Magnanti and J. B. Orlin,
 * "Network Flows" (1993), section 3.5): on an acyclic flow, every unit on an arc belongs
 * to some source-to-sink path, so it can be withdrawn by walking upstream to the source
 * and downstream to the sink along arcs that carry flow, keeping conservation everywhere.
 *
 * For every arc whose flow exceeds its new capacity, the surplus is withdrawn that way;
 * the flow value drops by the same amount. The result is a feasible flow (not a maximum
 * one) from which Dinic can continue. Requires the flow-carrying arcs to form a DAG, as
 * on the compiled network; returns undefined if a walk gets stuck (never on a DAG flow
 * that satisfies conservation), so the caller can solve from scratch instead.
 */
import type { FlowGraph } from "./flow-graph";

/** Withdraws `amount` through vertex `from`, upstream (toward the source) or downstream. */
function withdraw(graph: FlowGraph, flow: Float64Array, from: number, amount: number, end: number, upstream: boolean, tolerance: number): boolean {
  const starts = upstream ? graph.inStart : graph.outStart;
  const arcs = upstream ? graph.inArcs : graph.outArcs;
  const next = upstream ? graph.tail : graph.head;
  const stackVertex: number[] = [from];
  const stackAmount: number[] = [amount];
  while (stackVertex.length > 0) {
    const v = stackVertex.pop() as number;
    let left = stackAmount.pop() as number;
    if (v === end) continue;
    for (let k = starts[v], stop = starts[v + 1]; k < stop && left > tolerance; k++) {
      const a = arcs[k];
      const f = flow[a];
      if (f <= 0) continue;
      const take = f < left ? f : left;
      flow[a] = f - take;
      left -= take;
      stackVertex.push(next[a]);
      stackAmount.push(take);
    }
    if (left > tolerance) return false;
  }
  return true;
}

/**
 * Lowers `flow` (per logical arc, changed in place) to fit `capacity`. Returns the new
 * flow value, or undefined when the flow could not be repaired.
 */
export function repairFlow(
  graph: FlowGraph,
  flow: Float64Array,
  value: number,
  capacity: Float64Array,
  source: number,
  sink: number,
  tolerance: number,
): number | undefined {
  let repaired = value;
  for (let a = 0; a < graph.arcCount; a++) {
    const surplus = flow[a] - capacity[a];
    if (!(surplus > tolerance)) continue;
    flow[a] = capacity[a];
    if (!withdraw(graph, flow, graph.tail[a], surplus, source, true, tolerance)) return undefined;
    if (!withdraw(graph, flow, graph.head[a], surplus, sink, false, tolerance)) return undefined;
    repaired -= surplus;
  }
  return repaired;
}
