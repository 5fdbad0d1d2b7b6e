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
 * Phase 1 (this file, starting from graph/greedy-preflow.ts) computes a maximum preflow: every vertex's label is a lower bound on its
 * residual distance to the sink; the active vertex of highest label pushes its excess
 * along admissible slots (label one lower) or is relabeled. Global relabeling (a reverse
 * BFS from the sink) keeps labels exact; a gap (a label no vertex has) proves every vertex
 * above it cut off from the sink. Phase 2 (graph/preflow-to-flow.ts) turns the preflow into a flow by returning
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
import { greedyForward } from "./greedy-preflow";
import { flowTolerance, maxFlow as dinicMaxFlow, type MaxFlowResult } from "./max-flow";
import { returnExcess } from "./preflow-to-flow";

const ALPHA = 6;
const BETA = 12;
const GLOBAL_UPDATE_FREQUENCY = 0.5;

/**
 * Phase 1 state. A class rather than closures inside the solve function: closures made
 * per call would start every solve with cold, unoptimised helpers.
 */
class Preflow {
  readonly n: number;
  readonly label: Int32Array;
  readonly excess: Float64Array;
  readonly current: Int32Array;
  readonly activeHead: Int32Array;
  readonly activeNext: Int32Array;
  readonly allHead: Int32Array;
  readonly allNext: Int32Array;
  readonly allPrev: Int32Array;
  readonly queue: Int32Array;
  maxActive = -1;
  maxLabel = -1;

  constructor(
    readonly graph: FlowGraph,
    readonly residual: Float64Array,
    readonly tolerance: number,
    readonly source: number,
    readonly sink: number,
  ) {
    const n = graph.vertexCount;
    this.n = n;
    this.label = new Int32Array(n);
    this.excess = new Float64Array(n);
    this.current = new Int32Array(n);
    this.activeHead = new Int32Array(n + 1);
    this.activeNext = new Int32Array(n);
    this.allHead = new Int32Array(n + 1);
    this.allNext = new Int32Array(n);
    this.allPrev = new Int32Array(n);
    this.queue = new Int32Array(n);
  }

  removeFromAll(v: number): void {
    const next = this.allNext[v];
    const prev = this.allPrev[v];
    if (prev >= 0) this.allNext[prev] = next;
    else this.allHead[this.label[v]] = next;
    if (next >= 0) this.allPrev[next] = prev;
  }

  addToAll(v: number): void {
    const l = this.label[v];
    const first = this.allHead[l];
    this.allNext[v] = first;
    this.allPrev[v] = -1;
    if (first >= 0) this.allPrev[first] = v;
    this.allHead[l] = v;
    if (l > this.maxLabel) this.maxLabel = l;
  }

  addActive(v: number): void {
    const l = this.label[v];
    this.activeNext[v] = this.activeHead[l];
    this.activeHead[l] = v;
    if (l > this.maxActive) this.maxActive = l;
  }

  /** Exact labels by reverse BFS from the sink; rebuilds the buckets. */
  globalRelabel(): void {
    const { n, label, queue, current, excess, residual, tolerance, source, sink } = this;
    const { start, to, mate } = this.graph;
    label.fill(n);
    this.activeHead.fill(-1);
    this.allHead.fill(-1);
    this.maxActive = -1;
    this.maxLabel = -1;
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
          this.addToAll(u);
          if (excess[u] > tolerance) this.addActive(u);
        }
      }
    }
  }

  /** Every vertex labelled at or above `gap` is cut off from the sink. */
  removeAbove(gap: number): void {
    const { label, allHead, allNext, activeHead, n } = this;
    for (let l = gap; l <= this.maxLabel; l++) {
      for (let v = allHead[l]; v >= 0; v = allNext[v]) label[v] = n;
      allHead[l] = -1;
      activeHead[l] = -1;
    }
    this.maxLabel = gap - 1;
    if (this.maxActive >= gap) this.maxActive = gap - 1;
  }

  /** Pushes v's excess along admissible slots, relabelling as needed (or finding a gap). */
  discharge(v: number): void {
    const { label, excess, residual, tolerance, current, allHead, allNext, n, sink } = this;
    const { start, to, mate } = this.graph;
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
        if (w !== sink && excess[w] <= tolerance) this.addActive(w);
        excess[w] += amount;
        excess[v] -= amount;
        if (excess[v] <= tolerance) break;
      }
      if (s < end) {
        current[v] = s;
        return;
      }
      // No admissible slot: a gap if v is alone at its label, else relabel.
      if (allHead[dv] === v && allNext[v] < 0) {
        this.removeAbove(dv);
        return;
      }
      let lowest = n;
      let lowestSlot = end;
      for (let t = start[v]; t < end; t++) {
        if (residual[t] > tolerance && label[to[t]] < lowest) {
          lowest = label[to[t]];
          lowestSlot = t;
        }
      }
      this.work += BETA + (end - start[v]);
      this.removeFromAll(v);
      if (lowest + 1 >= n) {
        label[v] = n;
        return;
      }
      dv = lowest + 1;
      label[v] = dv;
      this.addToAll(v);
      s = lowestSlot;
    }
  }

  work = 0;

  /** Highest-label discharging until no vertex below label n is active. */
  run(): void {
    const threshold = (ALPHA * this.n + this.graph.arcCount) / GLOBAL_UPDATE_FREQUENCY;
    const { activeHead, activeNext, label, n } = this;
    this.globalRelabel();
    while (this.maxActive >= 0) {
      const v = activeHead[this.maxActive];
      if (v < 0) {
        this.maxActive--;
        continue;
      }
      activeHead[this.maxActive] = activeNext[v];
      if (label[v] >= n) continue; // removed by a gap after it was queued
      this.discharge(v);
      if (this.work > threshold) {
        this.globalRelabel();
        this.work = 0;
      }
    }
  }
}

/**
 * @param order optional topological order of the vertices that matter (on the compiled
 *   network: those on some source-to-sink route); computed here when not given. Only
 *   used to build the starting preflow.
 * @param start optional feasible flow (per logical arc, within `capacity`, conserved) to
 *   start from instead of nothing: a maximum flow of a nearby network, repaired to fit
 *   (graph/flow-repair.ts). Attribution on large networks starts each counterfactual so.
 */
export function pushRelabelMaxFlow(
  graph: FlowGraph,
  capacity: Float64Array,
  source: number,
  sink: number,
  order?: Int32Array,
  startFlow?: Float64Array,
): MaxFlowResult {
  if (capacity.length !== graph.arcCount) throw new RangeError("one capacity per arc expected");
  const { start, to, mate, forwardSlot } = graph;
  const tolerance = flowTolerance(capacity);
  let finiteSum = 0;
  for (let a = 0; a < capacity.length; a++) if (capacity[a] !== Infinity) finiteSum += capacity[a];
  const unbounded = 2 * finiteSum + 1;
  const residual = new Float64Array(2 * graph.arcCount);
  for (let a = 0; a < capacity.length; a++) {
    const c = capacity[a] === Infinity ? unbounded : capacity[a];
    const f = startFlow ? Math.min(Math.max(startFlow[a], 0), c) : 0;
    residual[forwardSlot[a]] = c - f;
    residual[mate[forwardSlot[a]]] = f;
  }
  if (source === sink) return { value: 0, residual, tolerance };

  const preflow = new Preflow(graph, residual, tolerance, source, sink);
  const { excess } = preflow;
  if (startFlow) {
    // The starting flow's value sits at the sink; clamping may leave crumbs elsewhere.
    const { head, tail } = graph;
    for (let a = 0; a < capacity.length; a++) {
      const f = residual[mate[forwardSlot[a]]];
      excess[head[a]] += f;
      excess[tail[a]] -= f;
    }
    excess[source] = 0;
    for (let v = 0; v < excess.length; v++) if (v !== sink && excess[v] < 0) excess[v] = 0;
  }
  // Saturate the source's arcs (an uncapacitated one only up to what its head can pass
  // on, to keep excesses small and exact), push greedily forward, then discharge.
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
  greedyForward(graph, residual, excess, tolerance, source, sink, order);
  preflow.run();

  const value = excess[sink];
  if (value > finiteSum * (1 + 1e-12) + tolerance)
    throw new AnalysisError("unbounded-flow", "network", "a source reaches a sink through uncapacitated arcs only");
  if (!returnExcess(graph, residual, excess, tolerance, source, sink)) return dinicMaxFlow(graph, capacity, source, sink);
  return { value, residual, tolerance };
}
