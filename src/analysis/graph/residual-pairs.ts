/**
 * Residual capacities stored in pairs, for push-relabel on large graphs: slot s of the
 * `FlowGraph` owns `pairs[2s]` (its own residual) and `pairs[2s + 1]` (the residual of its
 * mate, the paired slot in the opposite direction). A push on s writes both entries of s
 * and both of its mate.
 *
 * Why: on large networks the max-flow's time goes to memory latency, not arithmetic
 * (docs/performance.md, "Analysis"). With one residual per slot, every test "can flow come
 * back along this slot?" (the global relabel's reverse BFS, the return of excess in phase
 * 2) reads `residual[mate[s]]`, a random access into an array of tens of megabytes. With
 * pairs that value sits next to the slot's own residual, in the cache line the scan is
 * already reading; only the push itself still touches the mate, once.
 *
 * The scratch arrays of push-relabel (one per vertex, and the pairs) live in a workspace
 * kept per graph and reused by every solve: a solve on 10^6 arcs then allocates only its
 * results, and never pays for zeroing and faulting in fresh pages.
 */
import type { FlowGraph } from "./flow-graph";

export class PushRelabelWorkspace {
  /** Residual pairs, see the file header. */
  readonly pairs: Float64Array;
  /** Per vertex: the end of its forward slots (its out-arcs come first among its slots). */
  readonly forwardEnd: Int32Array;
  readonly label: Int32Array;
  readonly excess: Float64Array;
  /** Per vertex: the next slot discharge tries (current-arc pointer). */
  readonly current: Int32Array;
  /** Active vertices by label (singly linked), and all vertices by label (doubly linked). */
  readonly activeHead: Int32Array;
  readonly activeNext: Int32Array;
  readonly allHead: Int32Array;
  readonly allNext: Int32Array;
  readonly allPrev: Int32Array;
  /** BFS queue (global relabeling, min-cut) and DFS stack (phase 2). */
  readonly queue: Int32Array;
  /** Per vertex: 1 when it takes part in the greedy start (the caller's order). */
  readonly member: Uint8Array;

  constructor(readonly graph: FlowGraph) {
    const n = graph.vertexCount;
    const { start, outStart } = graph;
    this.pairs = new Float64Array(4 * graph.arcCount);
    this.forwardEnd = new Int32Array(n);
    for (let v = 0; v < n; v++) this.forwardEnd[v] = start[v] + outStart[v + 1] - outStart[v];
    this.label = new Int32Array(n);
    this.excess = new Float64Array(n);
    this.current = new Int32Array(n);
    this.activeHead = new Int32Array(n + 1);
    this.activeNext = new Int32Array(n);
    this.allHead = new Int32Array(n + 1);
    this.allNext = new Int32Array(n);
    this.allPrev = new Int32Array(n);
    this.queue = new Int32Array(n);
    this.member = new Uint8Array(n);
  }
}

const workspaces = new WeakMap<FlowGraph, PushRelabelWorkspace>();

/** The graph's workspace (made on first use). Solves must not interleave on one graph. */
export function pushRelabelWorkspace(graph: FlowGraph): PushRelabelWorkspace {
  let workspace = workspaces.get(graph);
  if (!workspace) {
    workspace = new PushRelabelWorkspace(graph);
    workspaces.set(graph, workspace);
  }
  return workspace;
}

/**
 * Fills the pairs from capacities (per logical arc, infinite ones replaced by `unbounded`)
 * and an optional starting flow (clamped into [0, capacity]); sets every vertex's excess
 * to its inflow minus its outflow under that flow. Walks the slots vertex by vertex, so
 * the writes are sequential; only the capacity reads of reverse slots jump.
 */
export function fillPairs(ws: PushRelabelWorkspace, capacity: Float64Array, unbounded: number, startFlow: Float64Array | undefined): void {
  const { pairs, forwardEnd, excess, graph } = ws;
  const { start, slotArc, vertexCount } = graph;
  for (let v = 0; v < vertexCount; v++) {
    let balance = 0;
    const middle = forwardEnd[v];
    for (let s = start[v], end = start[v + 1]; s < end; s++) {
      const a = slotArc[s];
      const c = capacity[a] === Infinity ? unbounded : capacity[a];
      let f = 0;
      if (startFlow) {
        f = startFlow[a];
        f = f < 0 ? 0 : f > c ? c : f;
      }
      if (s < middle) {
        pairs[2 * s] = c - f;
        pairs[2 * s + 1] = f;
        balance -= f;
      } else {
        pairs[2 * s] = f;
        pairs[2 * s + 1] = c - f;
        balance += f;
      }
    }
    excess[v] = balance;
  }
}

/** Per slot: its residual capacity (the first entry of each pair). */
export function slotResiduals(ws: PushRelabelWorkspace): Float64Array {
  const { pairs } = ws;
  const residual = new Float64Array(pairs.length >> 1);
  for (let s = 0; s < residual.length; s++) residual[s] = pairs[2 * s];
  return residual;
}

/** Per logical arc: its flow (the residual of its reverse slot, kept at its forward slot). */
export function pairFlows(ws: PushRelabelWorkspace): Float64Array {
  const { pairs, graph } = ws;
  const { forwardSlot } = graph;
  const flows = new Float64Array(graph.arcCount);
  for (let a = 0; a < flows.length; a++) flows[a] = pairs[2 * forwardSlot[a] + 1];
  return flows;
}
