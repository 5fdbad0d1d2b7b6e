/**
 * Carrying a maximum flow of the contracted graph (graph/contraction.ts) back to the
 * original graph: the flow on every arc, and the minimum cut's smallest source side (the
 * vertices reachable from the source in the residual graph, Ford and Fulkerson 1956),
 * without a search over the original graph.
 *
 * The source side, group by group. A group is the set of original vertices one contracted
 * vertex stands for; its vertices are joined by merged arcs, which have no capacity limit
 * forward and a residual equal to their flow backward.
 * - A group has a vertex on the source side exactly when the contracted vertex is on the
 *   contracted source side. (A search of the contracted graph treats a group as one
 *   vertex, which could only add groups if it left a group from a vertex the original
 *   search cannot reach inside it. Inside a group, the vertices unreachable from a
 *   reachable one all sit behind a merged arc that carries nothing, so they carry nothing
 *   either: their reverse residuals are zero and their only forward arcs are merged, so no
 *   search leaves the group from them.)
 * - In such a group, every vertex that carries flow is on the source side: the merged arcs
 *   between it and any reachable vertex carry flow, so they are open both ways.
 * - A vertex that carries nothing is on the source side when one of its arcs in is open
 *   from a vertex on the source side (its reverse residuals are zero): decided in
 *   topological order, so its predecessors are decided first.
 * - Vertices on no source-to-sink route carry nothing; they are reached forward only,
 *   through the dead-end arcs the plan lists.
 */
import type { FlowGraph } from "./flow-graph";
import type { Contraction } from "./contraction";

export interface ExpandedFlow {
  /** Flow per original arc. */
  readonly flow: Float64Array;
  /**
   * Per original vertex marked in the plan's `inflowWanted`: the flow through it (what enters
   * it); the plan's scratch, valid until its next expansion. Other entries are not kept.
   */
  readonly through: Float64Array;
}

/**
 * The flow on every original arc (written into `into` when given, a reused buffer, else a
 * new array): kept arcs their share of their contracted arc's flow, arcs off the routes
 * none, and merged arcs what conservation at their merged end says. `contractedFlow` may be
 * the plan's own `scratch.left`, which the solve below it filled directly (no copy). An
 * out-merged arc's tail receives through kept arcs and earlier out-merged arcs only (an
 * in-merged arc into it would be its own, and it was out-merged instead), so walking the
 * out-merged arcs in topological order finds each inflow complete; in-merged arcs,
 * symmetrically, in reverse order.
 */
export function expandFlows(plan: Contraction, graph: FlowGraph, capacity: Float64Array, contractedFlow: Float64Array, into?: Float64Array): ExpandedFlow {
  const { arcClass, lastMember, outMerged, inMerged, outEnds, inEnds, inflowWanted } = plan;
  const { head, outStart, outArcs } = graph;
  const flow = into ?? new Float64Array(graph.arcCount);
  // Scratch kept with the plan: a fresh 10^6-arc solve would otherwise fault in and zero
  // about 8 MB more per solve. `through` is returned, but only read before the next one.
  const { inflow, left } = plan.scratch;
  inflow.fill(0);
  if (contractedFlow !== left) left.set(contractedFlow);
  // A contracted arc's flow fills its members in order, each up to its capacity (the last
  // takes what is left), so at most one member is partly used: the residual graph keeps a
  // member open forward exactly when the contracted arc is. Walked by original arc, with
  // what each contracted arc has left to share.
  for (let a = 0; a < arcClass.length; a++) {
    const c = arcClass[a];
    if (c < 0 || left[c] <= 0) {
      flow[a] = 0; // (merged arcs are set below; a reused buffer holds old flows)
      continue;
    }
    const f = a === lastMember[c] || left[c] < capacity[a] ? left[c] : capacity[a];
    left[c] -= f;
    flow[a] = f;
    // Only where it is read: a random read-modify-write saved on two arcs in three.
    if (inflowWanted[head[a]] === 1) inflow[head[a]] += f;
  }
  for (let i = 0; i < outMerged.length; i++) {
    const f = inflow[outEnds[2 * i]];
    flow[outMerged[i]] = f;
    inflow[outEnds[2 * i + 1]] += f;
  }
  // An in-merged arc carries what leaves its head, whose arcs out are kept arcs (set above),
  // in-merged arcs further on (set before it, in this order) or dead ends (no flow): summed
  // here for these few heads rather than accumulated for every vertex in the pass above.
  for (let i = 0; i < inMerged.length; i++) {
    const v = inEnds[2 * i + 1];
    let f = 0;
    for (let k = outStart[v]; k < outStart[v + 1]; k++) f += flow[outArcs[k]];
    flow[inMerged[i]] = f;
    inflow[v] += f;
  }
  return { flow, through: inflow };
}

/**
 * The original graph's smallest source side from the contracted one's (`contractedSide`)
 * and the expanded flow (see the file header for why this is exact).
 */
export function expandSourceSide(
  plan: Contraction,
  graph: FlowGraph,
  capacity: Float64Array,
  expanded: ExpandedFlow,
  contractedSide: Uint8Array,
  tolerance: number,
): Uint8Array {
  const { group, sharedMembers, sharedAscending, deadEnds, deadEndEnds, offRoute } = plan;
  const { tail, head, inStart, inArcs, outStart, outArcs, vertexCount } = graph;
  const { flow, through } = expanded;
  const side = new Uint8Array(vertexCount);
  for (let v = 0; v < vertexCount; v++) if (group[v] >= 0 && contractedSide[group[v]] === 1) side[v] = 1;
  // The shared members that carry nothing, found in vertex order (the topological order
  // jumps across `side` and `through`: at 10^6 edges 8,859 of 231,296 qualify), then
  // decided in topological order, as their predecessors must be decided first.
  const { positions } = plan.scratch;
  let found = 0;
  for (let k = 0; k < sharedAscending.length; k += 2) {
    const x = sharedAscending[k];
    if (side[x] === 1 && !(through[x] > tolerance)) positions[found++] = sharedAscending[k + 1];
  }
  const inOrder = positions.subarray(0, found).sort();
  for (let i = 0; i < found; i++) {
    const x = sharedMembers[inOrder[i]];
    let reached = 0;
    for (let k = inStart[x]; k < inStart[x + 1] && reached === 0; k++) {
      const a = inArcs[k];
      // (A merged arc's capacity is Infinity, so it is open forward.)
      if (side[tail[a]] === 1 && capacity[a] - flow[a] > tolerance) reached = 1;
    }
    side[x] = reached;
  }
  // Off-route vertices, forward from the source side along arcs with capacity left: first
  // the heads of the dead ends (listed with them, read in sequence), then a sweep up the
  // off-route vertices expanding the marked ones, so that their arcs are read nearly in
  // sequence; a vertex marked behind the sweep goes on a stack and is expanded at once (as
  // in graph/min-cut.ts).
  for (let i = 0; i < deadEnds.length; i++) {
    const w = deadEndEnds[2 * i + 1];
    if (side[deadEndEnds[2 * i]] === 1 && capacity[deadEnds[i]] > tolerance) side[w] = 1;
  }
  const { stack } = plan.scratch;
  for (let i = 0; i < offRoute.length; i++) {
    const sweep = offRoute[i];
    if (side[sweep] === 0) continue;
    stack[0] = sweep;
    let depth = 1;
    while (depth > 0) {
      const v = stack[--depth];
      for (let k = outStart[v]; k < outStart[v + 1]; k++) {
        const a = outArcs[k];
        const w = head[a];
        if (side[w] === 0 && group[w] < 0 && capacity[a] > tolerance) {
          side[w] = 1;
          if (w < sweep) stack[depth++] = w;
        }
      }
    }
  }
  return side;
}
