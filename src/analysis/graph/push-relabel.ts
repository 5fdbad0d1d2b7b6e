/**
 * Maximum flow by the push-relabel method, highest-label selection, with global
 * relabeling and the gap heuristic.
 *
 * References: A. V. Goldberg and R. E. Tarjan, "A new approach to the maximum-flow
 * problem", Journal of the ACM 35(4) (1988) 921-940; B. V. Cherkassky and A. V. Goldberg,
 * "On implementing the push-relabel method for the maximum flow problem", Algorithmica
 * 19 (1997) 390-410 (the heuristics and their constants: global update after
 * 2 * (6n + m) units of relabel work, each relabel costing 12 + its degree).
 *
 * Phase 1 computes a maximum preflow: every vertex's label is a lower bound on its
 * residual distance to the sink; the active vertex of highest label pushes its excess
 * along admissible slots (label one lower) or is relabeled. Global relabeling (a reverse
 * BFS from the sink) keeps labels exact; a gap (a label no vertex has) proves every vertex
 * above it cut off from the sink. Phase 2 turns the preflow into a flow by returning
 * excess along the arcs that brought it, in reverse topological order of the arcs
 * carrying flow; that order exists whenever those arcs form a DAG (always on the compiled
 * network). When they do not, the caller's fallback (Dinic) is used instead.
 *
 * Infinite capacities are replaced by 2F + 1, F being the sum of the finite ones: every
 * cut made only of finite arcs is at most F, so no minimum cut uses a replaced arc, and a
 * flow above F proves an uncapacitated source-to-sink route ("unbounded-flow").
 */
import { AnalysisError } from "../errors";
import type { FlowGraph } from "./flow-graph";
import { flowTolerance, maxFlow as dinicMaxFlow, type MaxFlowResult } from "./max-flow";

const ALPHA = 6;
const BETA = 12;
const GLOBAL_UPDATE_FREQUENCY = 0.5;

/**
 * Returns excess to the source along the arcs that carry flow: first straight back along
 * the source's own arcs (where almost all of it sits: the producers' unused supply), then,
 * for what is left, vertex by vertex in reverse topological order of the flow-carrying
 * arcs. Returns false when those arcs contain a cycle (never on the compiled network).
 */
function returnExcess(graph: FlowGraph, residual: Float64Array, excess: Float64Array, tolerance: number, source: number, sink: number): boolean {
  const { vertexCount, arcCount, forwardSlot, mate, tail, head, inStart, inArcs, outStart, outArcs, start, to } = graph;
  for (let s = start[source], end = start[source + 1]; s < end; s++) {
    const w = to[s];
    if (w === sink || excess[w] <= tolerance) continue;
    const back = mate[s];
    const amount = residual[back] < excess[w] ? residual[back] : excess[w];
    residual[back] -= amount;
    residual[s] += amount;
    excess[w] -= amount;
  }
  // Then walk the rest upstream, depth first, within a work budget; what the budget does
  // not cover (never seen on supply-chain networks) is done in topological order below.
  const stack: number[] = [];
  for (let v = 0; v < vertexCount; v++) if (v !== source && v !== sink && excess[v] > tolerance) stack.push(v);
  let budget = 4 * arcCount + vertexCount;
  while (stack.length > 0 && budget > 0) {
    const v = stack.pop() as number;
    if (excess[v] <= tolerance) continue;
    for (let k = inStart[v], end = inStart[v + 1]; k < end && excess[v] > tolerance; k++) {
      budget--;
      const a = inArcs[k];
      const forward = forwardSlot[a];
      const back = mate[forward];
      const flow = residual[back];
      if (flow <= 0) continue;
      const amount = flow < excess[v] ? flow : excess[v];
      residual[back] -= amount;
      residual[forward] += amount;
      excess[v] -= amount;
      const u = tail[a];
      const wasIdle = excess[u] <= tolerance;
      excess[u] += amount;
      if (wasIdle && u !== source && excess[u] > tolerance) stack.push(u);
    }
  }
  if (stack.every((v) => excess[v] <= tolerance)) return true;

  // Kahn's algorithm over arcs with positive flow.
  const pending = new Int32Array(vertexCount);
  for (let a = 0; a < arcCount; a++) if (residual[mate[forwardSlot[a]]] > 0) pending[head[a]]++;
  const order = new Int32Array(vertexCount);
  let size = 0;
  for (let v = 0; v < vertexCount; v++) if (pending[v] === 0) order[size++] = v;
  for (let i = 0; i < size; i++) {
    const v = order[i];
    for (let k = outStart[v], end = outStart[v + 1]; k < end; k++) {
      const a = outArcs[k];
      if (residual[mate[forwardSlot[a]]] > 0 && --pending[head[a]] === 0) order[size++] = head[a];
    }
  }
  if (size < vertexCount) return false;
  for (let i = size - 1; i >= 0; i--) {
    const v = order[i];
    if (v === source || v === sink || excess[v] <= tolerance) continue;
    for (let k = inStart[v], end = inStart[v + 1]; k < end && excess[v] > 0; k++) {
      const a = inArcs[k];
      const forward = forwardSlot[a];
      const back = mate[forward];
      const flow = residual[back];
      if (flow <= 0) continue;
      const amount = flow < excess[v] ? flow : excess[v];
      residual[back] -= amount;
      residual[forward] += amount;
      excess[v] -= amount;
      excess[tail[a]] += amount;
    }
  }
  return true;
}

export function pushRelabelMaxFlow(graph: FlowGraph, capacity: Float64Array, source: number, sink: number): MaxFlowResult {
  if (capacity.length !== graph.arcCount) throw new RangeError("one capacity per arc expected");
  const n = graph.vertexCount;
  const { start, to, mate, forwardSlot } = graph;
  const tolerance = flowTolerance(capacity);
  let finiteSum = 0;
  for (let a = 0; a < capacity.length; a++) if (capacity[a] !== Infinity) finiteSum += capacity[a];
  const unbounded = 2 * finiteSum + 1;
  const residual = new Float64Array(2 * graph.arcCount);
  for (let a = 0; a < capacity.length; a++) residual[forwardSlot[a]] = capacity[a] === Infinity ? unbounded : capacity[a];
  if (source === sink) return { value: 0, residual, tolerance };

  const label = new Int32Array(n);
  const excess = new Float64Array(n);
  const current = new Int32Array(n);
  const activeHead = new Int32Array(n + 1);
  const activeNext = new Int32Array(n);
  const allHead = new Int32Array(n + 1);
  const allNext = new Int32Array(n);
  const allPrev = new Int32Array(n);
  const queue = new Int32Array(n);
  let maxActive = -1;
  let maxLabel = -1;

  const removeFromAll = (v: number): void => {
    const next = allNext[v];
    const prev = allPrev[v];
    if (prev >= 0) allNext[prev] = next;
    else allHead[label[v]] = next;
    if (next >= 0) allPrev[next] = prev;
  };
  const addToAll = (v: number): void => {
    const l = label[v];
    const first = allHead[l];
    allNext[v] = first;
    allPrev[v] = -1;
    if (first >= 0) allPrev[first] = v;
    allHead[l] = v;
    if (l > maxLabel) maxLabel = l;
  };
  const addActive = (v: number): void => {
    const l = label[v];
    activeNext[v] = activeHead[l];
    activeHead[l] = v;
    if (l > maxActive) maxActive = l;
  };

  /** Exact labels by reverse BFS from the sink; rebuilds the buckets. */
  const globalRelabel = (): void => {
    label.fill(n);
    activeHead.fill(-1);
    allHead.fill(-1);
    maxActive = -1;
    maxLabel = -1;
    label[sink] = 0;
    queue[0] = sink;
    let headIndex = 0;
    let tailIndex = 1;
    while (headIndex < tailIndex) {
      const v = queue[headIndex++];
      const next = label[v] + 1;
      for (let s = start[v], end = start[v + 1]; s < end; s++) {
        const u = to[s];
        if (label[u] === n && u !== source && residual[mate[s]] > tolerance) {
          label[u] = next;
          queue[tailIndex++] = u;
          current[u] = start[u];
          addToAll(u);
          if (excess[u] > tolerance) addActive(u);
        }
      }
    }
  };

  /** Every vertex labelled at or above `gap` is cut off from the sink. */
  const removeAbove = (gap: number): void => {
    for (let l = gap; l <= maxLabel; l++) {
      for (let v = allHead[l]; v >= 0; v = allNext[v]) label[v] = n;
      allHead[l] = -1;
      activeHead[l] = -1;
    }
    maxLabel = gap - 1;
    if (maxActive >= gap) maxActive = gap - 1;
  };

  // Saturate the source's arcs (an uncapacitated one only up to what its head can pass
  // on, to keep excesses small and exact), then label.
  for (let s = start[source], end = start[source + 1]; s < end; s++) {
    const w = to[s];
    let onward = w === sink ? Infinity : 0;
    for (let t = start[w], stop = start[w + 1]; t < stop && w !== sink; t++) onward += residual[t];
    const r = Math.min(residual[s], onward);
    if (r <= 0) continue;
    residual[s] -= r;
    residual[mate[s]] += r;
    excess[w] += r;
  }
  globalRelabel();
  const threshold = (ALPHA * n + graph.arcCount) / GLOBAL_UPDATE_FREQUENCY;
  let work = 0;

  while (maxActive >= 0) {
    const v = activeHead[maxActive];
    if (v < 0) {
      maxActive--;
      continue;
    }
    activeHead[maxActive] = activeNext[v];
    if (label[v] >= n) continue; // removed by a gap after it was queued
    // Discharge v.
    let dv = label[v];
    let s = current[v];
    const end = start[v + 1];
    for (;;) {
      for (; s < end; s++) {
        const r = residual[s];
        if (r <= tolerance) continue;
        const w = to[s];
        if (label[w] !== dv - 1) continue;
        const amount = r < excess[v] ? r : excess[v];
        residual[s] = r - amount;
        residual[mate[s]] += amount;
        if (w !== sink && excess[w] <= tolerance) addActive(w);
        excess[w] += amount;
        excess[v] -= amount;
        if (excess[v] <= tolerance) break;
      }
      if (s < end) {
        current[v] = s;
        break;
      }
      // No admissible slot: a gap if v is alone at its label, else relabel.
      if (allHead[dv] === v && allNext[v] < 0) {
        removeAbove(dv);
        break;
      }
      let lowest = n;
      let lowestSlot = end;
      for (let t = start[v]; t < end; t++) {
        if (residual[t] > tolerance && label[to[t]] < lowest) {
          lowest = label[to[t]];
          lowestSlot = t;
        }
      }
      work += BETA + (end - start[v]);
      removeFromAll(v);
      if (lowest + 1 >= n) {
        label[v] = n;
        break;
      }
      dv = lowest + 1;
      label[v] = dv;
      addToAll(v);
      s = lowestSlot;
    }
    if (work > threshold) {
      globalRelabel();
      work = 0;
    }
  }

  const value = excess[sink];
  if (value > finiteSum * (1 + 1e-12) + tolerance)
    throw new AnalysisError("unbounded-flow", "network", "a source reaches a sink through uncapacitated arcs only");
  if (!returnExcess(graph, residual, excess, tolerance, source, sink)) return dinicMaxFlow(graph, capacity, source, sink);
  return { value, residual, tolerance };
}
