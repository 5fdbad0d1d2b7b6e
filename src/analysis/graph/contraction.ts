/**
 * Exact contraction of uncapacitated pass-through arcs before a maximum-flow solve.
 *
 * Reference: node splitting run backwards (R. K. Ahuja, T. L. Magnanti and J. B. Orlin,
 * "Network Flows", Prentice Hall 1993, section 2.4, "Network transformations"): a vertex
 * split into an in-vertex and an out-vertex joined by an arc of unlimited capacity is the
 * same vertex again when that arc is the in-vertex's only way out, or the out-vertex's only
 * way in. Flow conservation then fixes the flow on the arc, so the two ends can be merged
 * without changing any flow, any flow value or any cut of finite capacity.
 *
 * Why: the compiled network splits every (node, commodity) state and every lab into
 * several vertices joined by such arcs (producers behind the source's arcs, markets
 * before the sink's, a lab's intakes and output), and keeps vertices that lie on no
 * source-to-sink route. On the benchmark's layered network at 10^6 edges, merging and
 * dropping them, then making parallel arcs one, leaves 198,956 of 450,183 vertices and
 * 641,703 of 1,237,140 arcs, and the whole solve runs about twice as fast
 * (docs/performance.md, "The session-5 round").
 *
 * The rule, for every vertex v other than the source and the sink, among the vertices that
 * matter (on some source-to-sink route):
 * - v's only arc out is uncapacitated: v joins that arc's head (an "out-merge": the arc
 *   carries everything that enters v);
 * - else v's only arc in is uncapacitated: v joins that arc's tail (an "in-merge": the arc
 *   carries everything that leaves v).
 * A plan depends on the capacities only through "these merged arcs are uncapacitated", so
 * it is kept and reused while that holds (`planFits`).
 */
import { buildFlowGraph, type FlowGraph } from "./flow-graph";

export interface Contraction {
  /** The contracted graph, its source and sink, and a topological order of its vertices. */
  readonly graph: FlowGraph;
  readonly source: number;
  readonly sink: number;
  readonly order: Int32Array;
  /**
   * Per original arc: the contracted arc it is part of, or -1 (merged, or off the routes).
   * Parallel arcs between the same two groups are one arc of the contracted graph, with
   * their capacities added: producers merged into the source, for instance, leave one arc
   * per broker instead of one per producer. Passes over the members walk the original
   * arcs in order, which reads their vectors in sequence.
   */
  readonly arcClass: Int32Array;
  /** Per contracted arc: its last (highest-numbered) original arc. */
  readonly lastMember: Int32Array;
  /** Per original vertex: its contracted vertex, or -1 for a vertex that does not matter. */
  readonly group: Int32Array;
  /** The members of groups of more than one vertex, source excepted, in topological order. */
  readonly sharedMembers: Int32Array;
  /**
   * The same members in increasing vertex order, each followed by its position in
   * `sharedMembers`: [vertex, position, vertex, position, ...]. Lets a pass read per-vertex
   * vectors nearly in sequence where the topological order jumps across them.
   */
  readonly sharedAscending: Int32Array;
  /**
   * Per original vertex: 1 for the shared members, the only vertices whose inflow the way
   * back reads (graph/contraction-expand.ts; an out-merged arc's tail is one: it is neither
   * the source nor alone in its group). A third of the kept arcs that carry flow at 10^6
   * edges end in one; the others' inflow is never read.
   */
  readonly inflowWanted: Uint8Array;
  /** Arcs from a vertex that matters to one that does not (dead ends), ascending. */
  readonly deadEnds: Int32Array;
  /** Tail and head of each dead end, interleaved, in the same order. */
  readonly deadEndEnds: Int32Array;
  /** The vertices that do not matter (group -1), ascending. */
  readonly offRoute: Int32Array;
  /** Out-merged arcs in topological order of their tails: flow = what enters the tail. */
  readonly outMerged: Int32Array;
  /** In-merged arcs in reverse topological order of their heads: flow = what leaves the head. */
  readonly inMerged: Int32Array;
  /** Tail and head of each out-merged and in-merged arc, interleaved, in the same orders. */
  readonly outEnds: Int32Array;
  readonly inEnds: Int32Array;
  /** Scratch: the contracted graph's capacities (`contractedCapacities`). */
  readonly capacity: Float64Array;
  /**
   * Scratch for graph/contraction-expand.ts: per original vertex, and per contracted arc
   * (the flow each contracted arc has left to share; a solve may write its flows there).
   */
  readonly scratch: { readonly inflow: Float64Array; readonly left: Float64Array; readonly stack: Int32Array; readonly positions: Int32Array };
}

/** Union-find representative, with path halving. */
function find(parent: Int32Array, v: number): number {
  while (parent[v] !== v) {
    parent[v] = parent[parent[v]];
    v = parent[v];
  }
  return v;
}

/**
 * Plans the contraction of `graph` under `capacity`. `order` is a topological order of the
 * vertices that matter (those on some source-to-sink route; arcs touching any other vertex
 * carry no flow in an acyclic network and are dropped). Returns undefined when nothing
 * merges, or when the merges would join the source and the sink (an uncapacitated route,
 * which the solvers report) or make a loop.
 */
export function planContraction(graph: FlowGraph, capacity: Float64Array, source: number, sink: number, order: Int32Array): Contraction | undefined {
  const { vertexCount, arcCount, tail, head, outStart, outArcs, inStart, inArcs } = graph;
  if (capacity.length !== arcCount) throw new RangeError("one capacity per arc expected");
  const matters = new Uint8Array(vertexCount);
  for (let i = 0; i < order.length; i++) matters[order[i]] = 1;
  matters[source] = 1;
  matters[sink] = 1;

  const parent = new Int32Array(vertexCount);
  for (let v = 0; v < vertexCount; v++) parent[v] = v;
  const merged = new Uint8Array(arcCount);
  const outMerged = new Int32Array(vertexCount);
  const inMerged = new Int32Array(vertexCount);
  let outCount = 0;
  let inCount = 0;
  for (let i = 0; i < order.length; i++) {
    const v = order[i];
    if (v === source || v === sink) continue;
    const out = onlyArc(outStart, outArcs, head, matters, v);
    if (out >= 0 && capacity[out] === Infinity) {
      parent[find(parent, v)] = find(parent, head[out]);
      merged[out] = 1;
      outMerged[outCount++] = out;
      continue;
    }
    const into = onlyArc(inStart, inArcs, tail, matters, v);
    // (An arc its tail already merged joins nothing new.)
    if (into >= 0 && capacity[into] === Infinity && merged[into] === 0) {
      parent[find(parent, v)] = find(parent, tail[into]);
      merged[into] = 1;
      inMerged[inCount++] = into;
    }
  }
  if (outCount + inCount === 0) return undefined;
  const root = new Int32Array(vertexCount);
  for (let v = 0; v < vertexCount; v++) root[v] = find(parent, v);
  if (root[source] === root[sink]) return undefined;

  const kept = new Int32Array(arcCount);
  const deadEnds = new Int32Array(arcCount);
  let keptCount = 0;
  let deadCount = 0;
  for (let a = 0; a < arcCount; a++) {
    if (matters[tail[a]] === 0) continue;
    if (matters[head[a]] === 0) deadEnds[deadCount++] = a;
    else if (merged[a] === 0) kept[keptCount++] = a;
  }
  const keptArcs = kept.subarray(0, keptCount);

  // Contracted vertices are numbered in a topological order of the contracted graph, so
  // that passes in that order (push-relabel's greedy start) read its arrays in sequence.
  const rootOrder = rootsInTopologicalOrder(graph, order, root, keptArcs, matters, source, sink);
  if (!rootOrder) return undefined;
  const group = new Int32Array(vertexCount).fill(-1);
  const size = rootOrder.length;
  for (let i = 0; i < size; i++) group[rootOrder[i]] = i;
  const shared = new Uint8Array(size);
  for (let v = 0; v < vertexCount; v++) {
    if (matters[v] === 0 || root[v] === v) continue;
    group[v] = group[root[v]];
    shared[group[v]] = 1;
  }
  const arcs = parallelClasses(keptArcs, arcCount, group, tail, head, size);
  if (!arcs) return undefined;
  const sharedMembers = sharedMembersInOrder(order, group, shared, source);
  const identity = new Int32Array(size);
  for (let i = 0; i < size; i++) identity[i] = i;
  return {
    graph: buildFlowGraph(size, arcs.tails, arcs.heads),
    source: group[source],
    sink: group[sink],
    order: identity,
    arcClass: arcs.arcClass,
    lastMember: arcs.lastMember,
    group,
    sharedMembers,
    sharedAscending: ascendingWithPositions(sharedMembers, vertexCount),
    inflowWanted: membership(vertexCount, sharedMembers),
    deadEnds: deadEnds.slice(0, deadCount),
    deadEndEnds: endsOf(deadEnds.subarray(0, deadCount), tail, head),
    offRoute: Int32Array.from(group.keys()).filter((v) => group[v] < 0),
    outMerged: outMerged.slice(0, outCount),
    inMerged: inMerged.slice(0, inCount).reverse(),
    outEnds: endsOf(outMerged.subarray(0, outCount), tail, head),
    inEnds: endsOf(inMerged.slice(0, inCount).reverse(), tail, head),
    capacity: new Float64Array(arcs.tails.length),
    scratch: {
      inflow: new Float64Array(vertexCount),
      left: new Float64Array(arcs.tails.length),
      stack: new Int32Array(vertexCount),
      positions: new Int32Array(sharedMembers.length),
    },
  };
}

function ascendingWithPositions(members: Int32Array, vertexCount: number): Int32Array {
  const position = new Int32Array(vertexCount).fill(-1);
  members.forEach((v, i) => (position[v] = i));
  const pairs = new Int32Array(2 * members.length);
  let k = 0;
  for (let v = 0; v < vertexCount; v++) {
    if (position[v] < 0) continue;
    pairs[k++] = v;
    pairs[k++] = position[v];
  }
  return pairs;
}

function membership(vertexCount: number, members: Int32Array): Uint8Array {
  const flags = new Uint8Array(vertexCount);
  for (let i = 0; i < members.length; i++) flags[members[i]] = 1;
  return flags;
}

/**
 * The roots (one per group) in a topological order of the contracted graph: Kahn's
 * algorithm on the groups, reading the kept arcs. Undefined on a cycle (which the merges
 * cannot make on an acyclic graph, but a loop would not solve).
 */
function rootsInTopologicalOrder(graph: FlowGraph, order: Int32Array, root: Int32Array, kept: Int32Array, matters: Uint8Array, source: number, sink: number): Int32Array | undefined {
  const { vertexCount, tail, head } = graph;
  const pending = new Int32Array(vertexCount);
  const firstOut = new Int32Array(vertexCount + 1);
  for (let i = 0; i < kept.length; i++) {
    pending[root[head[kept[i]]]]++;
    firstOut[root[tail[kept[i]]] + 1]++;
  }
  for (let v = 0; v < vertexCount; v++) firstOut[v + 1] += firstOut[v];
  const fill = firstOut.slice(0, vertexCount);
  const outHeads = new Int32Array(kept.length);
  for (let i = 0; i < kept.length; i++) outHeads[fill[root[tail[kept[i]]]]++] = root[head[kept[i]]];
  const roots = new Int32Array(vertexCount);
  let size = 0;
  let groups = 0;
  const consider = (v: number) => {
    if (matters[v] === 0 || root[v] !== v) return;
    groups++;
    if (pending[v] === 0) roots[size++] = v;
  };
  consider(source);
  for (let i = 0; i < order.length; i++) if (order[i] !== source && order[i] !== sink) consider(order[i]);
  if (sink !== source) consider(sink);
  for (let next = 0; next < size; next++) {
    const v = roots[next];
    for (let k = firstOut[v]; k < firstOut[v + 1]; k++) if (--pending[outHeads[k]] === 0) roots[size++] = outHeads[k];
  }
  return size === groups ? roots.slice(0, size) : undefined;
}

/**
 * The contracted arcs: the kept arcs (ascending) grouped by (tail group, head group).
 * Undefined when an arc joins a group to itself (not on an acyclic graph; declined rather
 * than solved wrongly).
 */
function parallelClasses(kept: Int32Array, arcCount: number, group: Int32Array, tail: Int32Array, head: Int32Array, size: number) {
  // Bucket the kept arcs by tail group, then give each distinct head group in a bucket one
  // class (one contracted arc).
  const byTail = new Int32Array(size + 1);
  for (let i = 0; i < kept.length; i++) byTail[group[tail[kept[i]]] + 1]++;
  for (let g = 0; g < size; g++) byTail[g + 1] += byTail[g];
  const fill = byTail.slice(0, size);
  const bucketed = new Int32Array(kept.length);
  for (let i = 0; i < kept.length; i++) bucketed[fill[group[tail[kept[i]]]]++] = i;
  const classOf = new Int32Array(kept.length);
  const classOfHead = new Int32Array(size).fill(-1);
  const tails = new Int32Array(kept.length);
  const heads = new Int32Array(kept.length);
  let count = 0;
  for (let g = 0; g < size; g++) {
    for (let k = byTail[g]; k < byTail[g + 1]; k++) {
      const h = group[head[kept[bucketed[k]]]];
      if (h === g) return undefined;
      if (classOfHead[h] < 0) {
        classOfHead[h] = count;
        tails[count] = g;
        heads[count++] = h;
      }
      classOf[bucketed[k]] = classOfHead[h];
    }
    for (let k = byTail[g]; k < byTail[g + 1]; k++) classOfHead[group[head[kept[bucketed[k]]]]] = -1;
  }
  // Classes numbered in order of their first member, so that passes over the contracted
  // arcs read the original arcs' vectors nearly in sequence.
  const renumber = new Int32Array(count).fill(-1);
  let next = 0;
  for (let i = 0; i < kept.length; i++) if (renumber[classOf[i]] < 0) renumber[classOf[i]] = next++;
  const classTails = new Int32Array(count);
  const classHeads = new Int32Array(count);
  for (let c = 0; c < count; c++) {
    classTails[renumber[c]] = tails[c];
    classHeads[renumber[c]] = heads[c];
  }
  const arcClass = new Int32Array(arcCount).fill(-1);
  const lastMember = new Int32Array(count);
  for (let i = 0; i < kept.length; i++) {
    const c = renumber[classOf[i]];
    arcClass[kept[i]] = c;
    lastMember[c] = kept[i];
  }
  return { tails: classTails, heads: classHeads, arcClass, lastMember };
}

function sharedMembersInOrder(order: Int32Array, group: Int32Array, shared: Uint8Array, source: number): Int32Array {
  let count = 0;
  for (let i = 0; i < order.length; i++) if (order[i] !== source && shared[group[order[i]]] === 1) count++;
  const members = new Int32Array(count);
  for (let i = 0, k = 0; i < order.length; i++) if (order[i] !== source && shared[group[order[i]]] === 1) members[k++] = order[i];
  return members;
}

/** The tail and head of every arc listed, interleaved (read in sequence when flows are carried back). */
function endsOf(arcs: Int32Array, tail: Int32Array, head: Int32Array): Int32Array {
  const ends = new Int32Array(2 * arcs.length);
  for (let i = 0; i < arcs.length; i++) {
    ends[2 * i] = tail[arcs[i]];
    ends[2 * i + 1] = head[arcs[i]];
  }
  return ends;
}

/** v's only arc (out or in, by the lists given) to a vertex that matters, or -1. */
function onlyArc(first: Int32Array, arcs: Int32Array, other: Int32Array, matters: Uint8Array, v: number): number {
  let found = -1;
  for (let k = first[v]; k < first[v + 1]; k++) {
    const a = arcs[k];
    if (matters[other[a]] === 0) continue;
    if (found >= 0) return -1;
    found = a;
  }
  return found;
}

/** True when `plan` is exact under `capacity`: every arc it merged is uncapacitated. */
export function planFits(plan: Contraction, capacity: Float64Array): boolean {
  for (const arcs of [plan.outMerged, plan.inMerged]) for (let i = 0; i < arcs.length; i++) if (capacity[arcs[i]] !== Infinity) return false;
  return true;
}

/** The contracted graph's capacities (each the sum of its members'), written into `plan.capacity` and returned. */
export function contractedCapacities(plan: Contraction, capacity: Float64Array): Float64Array {
  return sumByClass(plan, capacity, plan.capacity);
}

/** A flow of the original graph as one of the contracted graph (each arc the sum of its members' flows). */
export function contractedFlow(plan: Contraction, flow: Float64Array): Float64Array {
  return sumByClass(plan, flow, new Float64Array(plan.lastMember.length));
}

function sumByClass(plan: Contraction, perArc: Float64Array, out: Float64Array): Float64Array {
  const { arcClass } = plan;
  out.fill(0);
  for (let a = 0; a < arcClass.length; a++) if (arcClass[a] >= 0) out[arcClass[a]] += perArc[a];
  return out;
}
