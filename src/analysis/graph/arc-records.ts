/**
 * Arc records for push-relabel on large graphs: one 24-byte record per slot of the
 * `FlowGraph`, in slot order, holding [f64 own residual, f64 mate's residual, i32 to,
 * i32 mate]. Two views share the buffer: `residual[3s]` and `residual[3s + 1]` are slot
 * s's residual and its mate's (the paired slot in the opposite direction); `link[6s + 4]`
 * and `link[6s + 5]` are the vertex s leads to and its mate. A push on s writes both
 * residuals of s and both of its mate.
 *
 * Why: on large networks the max-flow's time goes to memory latency, not arithmetic
 * (docs/performance.md, "Analysis"). A discharge scans a vertex's slots: with one record
 * per slot that scan reads one contiguous region (two or three cache lines) instead of
 * three arrays (residuals, heads, mates), and a push touches one record of the mate. With
 * the mate's residual beside the own one, every test "can flow come back along this
 * slot?" (the global relabel's reverse BFS, the return of excess in phase 2) reads the
 * line the scan is already reading. `to` and `mate` are written once, when the workspace
 * is made; a solve rewrites only the residuals.
 *
 * The scratch arrays of push-relabel (one per vertex, and the records) live in a
 * workspace kept per graph and reused by every solve: a solve on 10^6 arcs then allocates
 * only its results, and never pays for zeroing and faulting in fresh pages.
 *
 * Orientation. A solve may run on the reversed network (every arc turned around, the sink
 * as source), which has the same maximum flow, arc by arc. The records need no other
 * layout for it: a slot's residual in the reversed network is its mate's residual in the
 * original one, so reversing swaps the two residuals of every record, and a vertex's
 * forward slots (its out-arcs) become its reverse slots. `reversed` says which
 * orientation the records hold; the slot ranges below follow it.
 */
import type { FlowGraph } from "./flow-graph";
import { SlotGather } from "./slot-gather";

/** The network a solve runs on: the original, the reversed one, or the one `preferReversed` picks. */
export type Orientation = "auto" | "original" | "reversed";

export class PushRelabelWorkspace {
  /** The arc records (see the file header): residuals, and `to` and `mate` per slot. */
  readonly residual: Float64Array;
  readonly link: Int32Array;
  /** Per vertex: the end of its forward slots (its out-arcs come first among its slots). */
  readonly forwardEnd: Int32Array;
  readonly label: Int32Array;
  readonly excess: Float64Array;
  /** Per vertex: what it can still pass on, while the source's arcs are saturated. */
  readonly onward: Float64Array;
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
  /** Capacities and a starting flow in slot order, for `fillRecords` (graph/slot-gather.ts). */
  readonly gather: SlotGather;
  readonly stagedCapacity: Float64Array;
  private stagedFlowValues: Float64Array | undefined;
  /** True while the records hold the reversed network (see the file header). */
  reversed = false;

  constructor(readonly graph: FlowGraph) {
    const n = graph.vertexCount;
    const { start, outStart, to, mate } = graph;
    const slots = 2 * graph.arcCount;
    const records = new ArrayBuffer(24 * slots);
    this.residual = new Float64Array(records);
    this.link = new Int32Array(records);
    for (let s = 0; s < slots; s++) {
      this.link[6 * s + 4] = to[s];
      this.link[6 * s + 5] = mate[s];
    }
    this.gather = new SlotGather(graph);
    this.stagedCapacity = new Float64Array(slots);
    this.forwardEnd = new Int32Array(n);
    for (let v = 0; v < n; v++) this.forwardEnd[v] = start[v] + outStart[v + 1] - outStart[v];
    this.label = new Int32Array(n);
    this.excess = new Float64Array(n);
    this.onward = new Float64Array(n);
    this.current = new Int32Array(n);
    this.activeHead = new Int32Array(n + 1);
    this.activeNext = new Int32Array(n);
    this.allHead = new Int32Array(n + 1);
    this.allNext = new Int32Array(n);
    this.allPrev = new Int32Array(n);
    this.queue = new Int32Array(n);
    this.member = new Uint8Array(n);
  }

  private deferred: DeferredMates | undefined;

  /** The greedy start's and phase 2's list of mates to write (see `DeferredMates`), made on first use. */
  deferredMates(): DeferredMates {
    return (this.deferred ??= new DeferredMates(this.graph.arcCount));
  }

  /** The staging of a starting flow, made on the first warm start. */
  stagedFlow(): Float64Array {
    return (this.stagedFlowValues ??= new Float64Array(this.stagedCapacity.length));
  }

  /** First and end of v's forward slots in the current orientation (its arcs out). */
  outFirst(v: number): number {
    return this.reversed ? this.forwardEnd[v] : this.graph.start[v];
  }

  outEnd(v: number): number {
    return this.reversed ? this.graph.start[v + 1] : this.forwardEnd[v];
  }

  /** First and end of v's reverse slots in the current orientation (its arcs in). */
  inFirst(v: number): number {
    return this.reversed ? this.graph.start[v] : this.forwardEnd[v];
  }

  inEnd(v: number): number {
    return this.reversed ? this.forwardEnd[v] : this.graph.start[v + 1];
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
 * Moves `amount` of flow along slot s: its own residual falls and its mate's rises, in the
 * record of s and in the record of its mate. The one push every phase of push-relabel uses.
 */
export function pushAlong(residual: Float64Array, link: Int32Array, s: number, amount: number): void {
  residual[3 * s] -= amount;
  residual[3 * s + 1] += amount;
  const m = link[6 * s + 5];
  residual[3 * m] += amount;
  residual[3 * m + 1] -= amount;
}

/**
 * Pushes along slots whose mates' records are written later, in one pass. A pass that only
 * reads slots on one side of the arcs (the greedy start reads its vertices' forward slots,
 * phase 2 their reverse slots) never reads a mate it pushed, so the random write of each
 * mate's record can wait: inside the pass it is a read-modify-write of a random record
 * per push, which the pass then waits on; after it, only independent stores. (At 10^6
 * edges those writes were the greedy start's costliest line, docs/performance.md.)
 *
 * `push` updates the slot's own record and lists the slot; `flush` copies each listed
 * slot's record into its mate's (own and mate's residual swapped), which makes the two
 * records consistent again whatever was pushed in between, and must run before anything
 * reads a mate's side. It flushes itself when its list is full, so a slot may be listed
 * more than once (the copy is the same either way).
 */
export class DeferredMates {
  private readonly slots: Int32Array;
  private count = 0;

  constructor(slotCapacity: number) {
    this.slots = new Int32Array(Math.max(1, slotCapacity));
  }

  push(residual: Float64Array, link: Int32Array, s: number, amount: number): void {
    residual[3 * s] -= amount;
    residual[3 * s + 1] += amount;
    const { slots } = this;
    if (this.count > 0 && slots[this.count - 1] === s) return;
    if (this.count === slots.length) this.flush(residual, link);
    slots[this.count++] = s;
  }

  flush(residual: Float64Array, link: Int32Array): void {
    const { slots } = this;
    for (let i = 0; i < this.count; i++) {
      const s = slots[i];
      const m = link[6 * s + 5];
      residual[3 * m] = residual[3 * s + 1];
      residual[3 * m + 1] = residual[3 * s];
    }
    this.count = 0;
  }
}

/**
 * Fills the records' residuals from capacities (per logical arc, infinite ones replaced by `unbounded`)
 * and an optional starting flow (clamped into [0, capacity]), in the orientation `reversed`
 * asks for; sets every vertex's excess to its inflow minus its outflow under that flow (in
 * that orientation). Filling in the orientation the solve will use spares a pass over the
 * records (`reverseOrientation`); the caller guesses it before the vote, from the last
 * solve on the same graph, and reverses only when the vote disagrees. Walks the
 * slots vertex by vertex, so the writes are sequential; the capacities and flows are first
 * staged in slot order (graph/slot-gather.ts), so their reads stay in cache too.
 *
 * Returns the orientation vote (see `preferReversed`): the number of vertices whose finite
 * capacity in exceeds their finite capacity out, minus the number of the opposite, counted
 * on the way at no extra memory traffic.
 */
export function fillRecords(ws: PushRelabelWorkspace, capacity: Float64Array, unbounded: number, startFlow: Float64Array | undefined, reversed = false): number {
  const { residual, forwardEnd, excess, graph, gather, stagedCapacity } = ws;
  const { start, vertexCount } = graph;
  const { position } = gather;
  gather.stage(capacity, stagedCapacity);
  const stagedFlow = startFlow ? ws.stagedFlow() : undefined;
  if (startFlow && stagedFlow) gather.stage(startFlow, stagedFlow);
  ws.reversed = reversed;
  // Where a slot's own residual goes in its record, and its mate's: swapped when reversed.
  const own = reversed ? 1 : 0;
  const other = 1 - own;
  const sign = reversed ? -1 : 1;
  let vote = 0;
  for (let v = 0; v < vertexCount; v++) {
    let balance = 0;
    let capacityIn = 0;
    let capacityOut = 0;
    const middle = forwardEnd[v];
    for (let s = start[v], end = start[v + 1]; s < end; s++) {
      const at = position[s];
      const given = stagedCapacity[at];
      const finite = given !== Infinity;
      const c = finite ? given : unbounded;
      let f = 0;
      if (stagedFlow) {
        f = stagedFlow[at];
        f = f < 0 ? 0 : f > c ? c : f;
      }
      if (s < middle) {
        residual[3 * s + own] = c - f;
        residual[3 * s + other] = f;
        balance -= f;
        if (finite) capacityOut += c;
      } else {
        residual[3 * s + own] = f;
        residual[3 * s + other] = c - f;
        balance += f;
        if (finite) capacityIn += c;
      }
    }
    excess[v] = sign * balance;
    if (capacityIn > 0 && capacityOut > 0) vote += capacityIn > capacityOut ? 1 : capacityIn < capacityOut ? -1 : 0;
  }
  return vote;
}

/**
 * Whether to solve on the reversed network, from `fillRecords`'s vote. Push-relabel floods
 * the part of the network between its source and the minimum cut with excess it must then
 * return, and the work grows with that part: on the layered benchmark networks the
 * orientation that floods the smaller side is 1.5 to 4 times faster (docs/performance.md).
 * Where more vertices can take in more than they can pass on, supply piles up going
 * forward and the cut tends to lie late, so the reversed network is solved. A heuristic
 * for speed only: both orientations give the same maximum flow value and minimum cut.
 */
export function preferReversed(vote: number): boolean {
  return vote > 0;
}

/** Turns the filled residuals and excesses into those of the other orientation. */
export function reverseOrientation(ws: PushRelabelWorkspace): void {
  const { residual, excess } = ws;
  for (let i = 0; i < residual.length; i += 3) {
    const own = residual[i];
    residual[i] = residual[i + 1];
    residual[i + 1] = own;
  }
  for (let v = 0; v < excess.length; v++) excess[v] = -excess[v];
  ws.reversed = !ws.reversed;
}

/**
 * Per logical arc: its flow. In the original orientation that is the residual of its
 * reverse slot, kept in its forward slot's record; in the reversed one, the residual of its
 * forward slot itself (the reversed arc's reverse slot). Walks the forward slots in order
 * and scatters into the flows (a tenth the size of the records), so the records are read
 * sequentially rather than one random record per arc. Every arc is written, so `into` may
 * be a reused buffer.
 */
export function recordFlows(ws: PushRelabelWorkspace, into?: Float64Array): Float64Array {
  const { residual, forwardEnd, graph } = ws;
  const { start, slotArc, vertexCount } = graph;
  const offset = ws.reversed ? 0 : 1;
  const flows = into ?? new Float64Array(graph.arcCount);
  for (let v = 0; v < vertexCount; v++) {
    for (let s = start[v], end = forwardEnd[v]; s < end; s++) flows[slotArc[s]] = residual[3 * s + offset];
  }
  return flows;
}

/**
 * The residual of every slot in the original orientation, as a strided view for
 * graph/min-cut.ts: `values[3 * s]` is slot s's residual. In the reversed orientation that
 * is the mate's residual of each record.
 */
export function originalResiduals(ws: PushRelabelWorkspace): Float64Array {
  return ws.reversed ? ws.residual.subarray(1) : ws.residual;
}
