/**
 * A directed graph in compressed sparse row (CSR) form, built once and then read by every
 * algorithm of the analysis through integer indices only.
 *
 * Two views share one set of "logical" arcs (numbered 0..arcCount-1):
 * - the residual view used by max-flow: every logical arc owns a forward slot and a
 *   paired reverse slot (`mate`), grouped by tail vertex (`start`/`to`);
 * - the plain views used by the DAG algorithms: out-arcs and in-arcs of each vertex
 *   (`outStart`/`outArcs`, `inStart`/`inArcs`), listing logical arc numbers.
 * Capacities are not stored here: they change with every scenario and live in
 * Float64Arrays indexed by logical arc, so the structure is compiled once per dataset.
 */

export interface FlowGraph {
  readonly vertexCount: number;
  readonly arcCount: number;
  /** Per logical arc: its tail and head vertex. */
  readonly tail: Int32Array;
  readonly head: Int32Array;
  /** Residual view: slots of vertex v are start[v] .. start[v+1]-1. */
  readonly start: Int32Array;
  /** Per slot: the vertex it leads to. */
  readonly to: Int32Array;
  /** Per slot: the paired slot in the opposite direction. */
  readonly mate: Int32Array;
  /** Per slot: the logical arc it belongs to. */
  readonly slotArc: Int32Array;
  /** Per logical arc: its forward slot (its reverse slot is mate[forwardSlot[a]]). */
  readonly forwardSlot: Int32Array;
  /** Out-arcs of v: outArcs[outStart[v] .. outStart[v+1]-1], in the order arcs were given. */
  readonly outStart: Int32Array;
  readonly outArcs: Int32Array;
  /** In-arcs of v, likewise. */
  readonly inStart: Int32Array;
  readonly inArcs: Int32Array;
}

/** Counting sort of arc numbers by a key vertex: returns [start offsets, arcs]. */
function bucketArcs(vertexCount: number, key: Int32Array): [Int32Array, Int32Array] {
  const start = new Int32Array(vertexCount + 1);
  for (let a = 0; a < key.length; a++) start[key[a] + 1]++;
  for (let v = 0; v < vertexCount; v++) start[v + 1] += start[v];
  const fill = start.slice(0, vertexCount);
  const arcs = new Int32Array(key.length);
  for (let a = 0; a < key.length; a++) arcs[fill[key[a]]++] = a;
  return [start, arcs];
}

/** Builds the graph from parallel tail/head arrays (arc a goes tail[a] -> head[a]). */
export function buildFlowGraph(vertexCount: number, tail: Int32Array, head: Int32Array): FlowGraph {
  const arcCount = tail.length;
  if (head.length !== arcCount) throw new RangeError("tail and head differ in length");
  for (let a = 0; a < arcCount; a++) {
    if (tail[a] < 0 || tail[a] >= vertexCount || head[a] < 0 || head[a] >= vertexCount)
      throw new RangeError(`arc ${a} has an endpoint outside 0..${vertexCount - 1}`);
  }
  const [outStart, outArcs] = bucketArcs(vertexCount, tail);
  const [inStart, inArcs] = bucketArcs(vertexCount, head);

  // Residual slots of v: its out-arcs (forward) then its in-arcs (reverse).
  const start = new Int32Array(vertexCount + 1);
  for (let v = 0; v < vertexCount; v++) start[v + 1] = start[v] + (outStart[v + 1] - outStart[v]) + (inStart[v + 1] - inStart[v]);
  const slots = 2 * arcCount;
  const to = new Int32Array(slots);
  const mate = new Int32Array(slots);
  const slotArc = new Int32Array(slots);
  const forwardSlot = new Int32Array(arcCount);
  const reverseSlot = new Int32Array(arcCount);
  for (let v = 0; v < vertexCount; v++) {
    let slot = start[v];
    for (let k = outStart[v]; k < outStart[v + 1]; k++) {
      const a = outArcs[k];
      to[slot] = head[a];
      slotArc[slot] = a;
      forwardSlot[a] = slot++;
    }
    for (let k = inStart[v]; k < inStart[v + 1]; k++) {
      const a = inArcs[k];
      to[slot] = tail[a];
      slotArc[slot] = a;
      reverseSlot[a] = slot++;
    }
  }
  for (let a = 0; a < arcCount; a++) {
    mate[forwardSlot[a]] = reverseSlot[a];
    mate[reverseSlot[a]] = forwardSlot[a];
  }
  return { vertexCount, arcCount, tail, head, start, to, mate, slotArc, forwardSlot, outStart, outArcs, inStart, inArcs };
}
