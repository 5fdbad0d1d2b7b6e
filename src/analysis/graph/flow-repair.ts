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
 *
 * `repairFlowAt` does the same for a caller that knows which arcs can be over capacity
 * (the few a toggle lowered), and records every arc whose flow it changes, so the caller
 * can update its residual vector there only instead of rebuilding it.
 */
import type { FlowGraph } from "./flow-graph";

/** The distinct arcs whose flow a repair changed, in caller-owned storage reused across repairs. */
export class ArcLog {
  readonly arcs: Int32Array;
  count = 0;
  private readonly mark: Int32Array;
  private stamp = 1;
  constructor(arcCount: number) {
    this.arcs = new Int32Array(arcCount);
    this.mark = new Int32Array(arcCount);
  }
  add(arc: number): void {
    if (this.mark[arc] === this.stamp) return;
    this.mark[arc] = this.stamp;
    this.arcs[this.count++] = arc;
  }
  clear(): void {
    this.stamp++;
    this.count = 0;
  }
}

/** Withdraws `amount` through vertex `from`, upstream (toward the source) or downstream. */
function withdraw(graph: FlowGraph, flow: Float64Array, from: number, amount: number, end: number, upstream: boolean, tolerance: number, log?: ArcLog): boolean {
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
      log?.add(a);
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
  let repaired: number | undefined = value;
  for (let a = 0; a < graph.arcCount && repaired !== undefined; a++) repaired = repairArc(graph, flow, repaired, capacity, source, sink, tolerance, a);
  return repaired;
}

/** Lowers arc `a`'s flow to its capacity if it exceeds it; the new value, or undefined when stuck. */
function repairArc(graph: FlowGraph, flow: Float64Array, value: number, capacity: Float64Array, source: number, sink: number, tolerance: number, a: number, log?: ArcLog): number | undefined {
  const surplus = flow[a] - capacity[a];
  if (!(surplus > tolerance)) return value;
  flow[a] = capacity[a];
  log?.add(a);
  if (!withdraw(graph, flow, graph.tail[a], surplus, source, true, tolerance, log)) return undefined;
  if (!withdraw(graph, flow, graph.head[a], surplus, sink, false, tolerance, log)) return undefined;
  return value - surplus;
}

/**
 * `repairFlow` when only `arcs[0 .. count-1]` (ascending) can exceed their capacity: the
 * same result, the same arithmetic in the same order, without scanning the other arcs.
 * Every arc whose flow changes is added to `log`.
 */
export function repairFlowAt(
  graph: FlowGraph,
  flow: Float64Array,
  value: number,
  capacity: Float64Array,
  source: number,
  sink: number,
  tolerance: number,
  arcs: Int32Array,
  count: number,
  log: ArcLog,
): number | undefined {
  let repaired: number | undefined = value;
  for (let k = 0; k < count && repaired !== undefined; k++) repaired = repairArc(graph, flow, repaired, capacity, source, sink, tolerance, arcs[k], log);
  return repaired;
}
