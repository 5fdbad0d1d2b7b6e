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
 * Phase 1 (this file, starting from graph/greedy-preflow.ts) computes a maximum preflow:
 * every vertex's label is a lower bound on its residual distance to the sink; the active
 * vertex of highest label pushes its excess along admissible slots (label one lower) or is
 * relabeled. Global relabeling (a reverse BFS from the sink) keeps labels exact; a gap (a
 * label no vertex has) proves every vertex above it cut off from the sink. Its value is
 * the maximum-flow value. Phase 2 (graph/preflow-to-flow.ts), only when the flow itself is
 * wanted, turns the preflow into a flow by returning excess along the arcs that brought
 * it; that needs the flow-carrying arcs to form a DAG (always on the compiled network).
 * When they do not, the caller's fallback (Dinic) is used instead.
 *
 * Residuals are kept in arc records (graph/arc-records.ts) in a workspace reused per graph.
 * The solve runs on the original network or on the reversed one (sink as source), which
 * has the same maximum flow: push-relabel floods the side of the minimum cut its source is
 * on, so the orientation that floods less is chosen from the capacities
 * (`preferReversed`); it changes the work, not the value or the minimum cut.
 *
 * Infinite capacities are replaced by 2F + 1, F being the sum of the finite ones: every
 * cut made only of finite arcs is at most F, so no minimum cut uses a replaced arc, and a
 * flow above F proves an uncapacitated source-to-sink route ("unbounded-flow").
 */
import { AnalysisError } from "../errors";
import type { FlowGraph } from "./flow-graph";
import { greedyForward } from "./greedy-preflow";
import { maxFlow as dinicMaxFlow, toleranceFor, type MaxFlowResult } from "./max-flow";
import { returnExcess } from "./preflow-to-flow";
import { residualSourceSide } from "./min-cut";
import { fillRecords, originalResiduals, recordFlows, preferReversed, pushAlong, pushRelabelWorkspace, reverseOrientation, type Orientation, type PushRelabelWorkspace } from "./arc-records";

const ALPHA = 6;
const BETA = 12;
const GLOBAL_UPDATE_FREQUENCY = 0.5;

/**
 * Phase 1 state. A class rather than closures inside the solve function: closures made
 * per call would start every solve with cold, unoptimised helpers.
 */
class Preflow {
  readonly n: number;
  maxActive = -1;
  maxLabel = -1;
  work = 0;

  constructor(
    readonly ws: PushRelabelWorkspace,
    readonly tolerance: number,
    readonly source: number,
    readonly sink: number,
  ) {
    this.n = ws.graph.vertexCount;
  }

  removeFromAll(v: number): void {
    const { allNext, allPrev, allHead, label } = this.ws;
    const next = allNext[v];
    const prev = allPrev[v];
    if (prev >= 0) allNext[prev] = next;
    else allHead[label[v]] = next;
    if (next >= 0) allPrev[next] = prev;
  }

  addToAll(v: number): void {
    const { allNext, allPrev, allHead, label } = this.ws;
    const l = label[v];
    const first = allHead[l];
    allNext[v] = first;
    allPrev[v] = -1;
    if (first >= 0) allPrev[first] = v;
    allHead[l] = v;
    if (l > this.maxLabel) this.maxLabel = l;
  }

  addActive(v: number): void {
    const { activeNext, activeHead, label } = this.ws;
    const l = label[v];
    activeNext[v] = activeHead[l];
    activeHead[l] = v;
    if (l > this.maxActive) this.maxActive = l;
  }

  /** Exact labels by reverse breadth-first search from the sink; rebuilds the buckets. */
  globalRelabel(): void {
    const { n, tolerance, source, sink } = this;
    const { label, queue, current, excess, residual, link, activeHead, allHead } = this.ws;
    const { start } = this.ws.graph;
    label.fill(n);
    activeHead.fill(-1);
    allHead.fill(-1);
    this.maxActive = -1;
    this.maxLabel = -1;
    label[sink] = 0;
    // Breadth first, level by level. A level's vertices are expanded in increasing order
    // (a scan of the labels between its lowest and highest vertex), so their records are
    // read nearly in sequence rather than in the order they were found, unless that range
    // is much wider than the level: then in the queue's order, which keeps the search
    // linear on any graph.
    queue[0] = sink;
    let levelStart = 0;
    let levelEnd = 1;
    let level = 0;
    let low = sink;
    let high = sink;
    while (levelStart < levelEnd) {
      const next = level + 1;
      let nextLow = n;
      let nextHigh = -1;
      let tailIndex = levelEnd;
      const scan = high - low < 8 * (levelEnd - levelStart) + 64;
      for (let i = scan ? low : levelStart, stop = scan ? high + 1 : levelEnd; i < stop; i++) {
        const v = scan ? i : queue[i];
        if (scan && label[v] !== level) continue;
        for (let s = start[v], end = start[v + 1]; s < end; s++) {
          // u can reach v when u's slot toward v (the mate of s) has residual capacity.
          if (residual[3 * s + 1] <= tolerance) continue;
          const u = link[6 * s + 4];
          if (label[u] === n && u !== source) {
            label[u] = next;
            queue[tailIndex++] = u;
            current[u] = start[u];
            this.addToAll(u);
            if (excess[u] > tolerance) this.addActive(u);
            if (u < nextLow) nextLow = u;
            if (u > nextHigh) nextHigh = u;
          }
        }
      }
      level = next;
      levelStart = levelEnd;
      levelEnd = tailIndex;
      low = nextLow;
      high = nextHigh;
    }
  }

  /** Every vertex labelled at or above `gap` is cut off from the sink. */
  removeAbove(gap: number): void {
    const { n } = this;
    const { label, allHead, allNext, activeHead } = this.ws;
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
    const { tolerance, n, sink } = this;
    const { label, excess, residual, link, current, allHead, allNext } = this.ws;
    const { start } = this.ws.graph;
    let dv = label[v];
    let s = current[v];
    const end = start[v + 1];
    let left = excess[v];
    for (;;) {
      for (; s < end; s++) {
        const r = residual[3 * s];
        if (r <= tolerance) continue;
        const w = link[6 * s + 4];
        if (label[w] !== dv - 1) continue;
        const amount = r < left ? r : left;
        pushAlong(residual, link, s, amount);
        if (w !== sink && excess[w] <= tolerance) this.addActive(w);
        excess[w] += amount;
        left -= amount;
        if (left <= tolerance) break;
      }
      if (s < end) {
        excess[v] = left;
        current[v] = s;
        return;
      }
      excess[v] = left;
      // No admissible slot: a gap if v is alone at its label, else relabel.
      if (allHead[dv] === v && allNext[v] < 0) {
        this.removeAbove(dv);
        return;
      }
      let lowest = n;
      let lowestSlot = end;
      for (let t = start[v]; t < end; t++) {
        if (residual[3 * t] > tolerance && label[link[6 * t + 4]] < lowest) {
          lowest = label[link[6 * t + 4]];
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

  /** Highest-label discharging until no vertex below label n is active. */
  run(): void {
    const { n } = this;
    const { activeHead, activeNext, label } = this.ws;
    const threshold = (ALPHA * n + this.ws.graph.arcCount) / GLOBAL_UPDATE_FREQUENCY;
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
 * Phase 1 on the graph's workspace: fills the records, picks the orientation, saturates the
 * source's arcs, pushes greedily forward, discharges. Returns the value (the excess
 * reaching the sink), the tolerance, the bound an infinite capacity stood for, and the
 * source and sink of the orientation solved (swapped when reversed).
 */
function maximumPreflow(
  ws: PushRelabelWorkspace,
  capacity: Float64Array,
  originalSource: number,
  originalSink: number,
  { order, startFlow, orientation = "auto", voteBias = 0 }: PushRelabelOptions,
): { value: number; tolerance: number; source: number; sink: number } {
  const { graph, residual, link, excess } = ws;
  if (capacity.length !== graph.arcCount) throw new RangeError("one capacity per arc expected");
  if (startFlow && startFlow.length !== graph.arcCount) throw new RangeError("one starting flow per arc expected");
  // flowTolerance's bound and the finite capacities' sum, in one pass.
  let finiteSum = 0;
  let largest = 0;
  for (let a = 0; a < capacity.length; a++) {
    const c = capacity[a];
    if (c === Infinity) continue;
    finiteSum += c;
    if (c > largest) largest = c;
  }
  const tolerance = toleranceFor(largest);
  // Filled in the orientation of the last solve on this graph (under "auto"), which is
  // usually the one the vote picks again: then the records need no reversing pass.
  const guess = orientation === "auto" ? ws.reversed : orientation === "reversed";
  const vote = fillRecords(ws, capacity, 2 * finiteSum + 1, startFlow, guess);
  const reversed = orientation === "reversed" || (orientation === "auto" && preferReversed(vote + voteBias));
  if (reversed !== ws.reversed) reverseOrientation(ws);
  const source = ws.reversed ? originalSink : originalSource;
  const sink = ws.reversed ? originalSource : originalSink;
  if (source === sink) {
    excess.fill(0);
    return { value: 0, tolerance, source, sink };
  }
  // The starting flow's value sits at the sink; clamping may leave crumbs elsewhere.
  excess[source] = 0;
  for (let v = 0; v < excess.length; v++) if (v !== sink && excess[v] < 0) excess[v] = 0;
  // Saturate the source's arcs, each only up to what its head can still pass on (to keep
  // excesses small, and exact where a capacity is unlimited), push greedily forward, then
  // discharge. What a head can pass on is summed once and shared by the arcs into it.
  const onward = ws.onward;
  for (let s = ws.outFirst(source), end = ws.outEnd(source); s < end; s++) onward[link[6 * s + 4]] = NaN;
  for (let s = ws.outFirst(source), end = ws.outEnd(source); s < end; s++) {
    const w = link[6 * s + 4];
    let left = onward[w];
    if (w === sink) left = Infinity;
    else if (left !== left) {
      left = 0;
      for (let t = graph.start[w], stop = graph.start[w + 1]; t < stop; t++) left += residual[3 * t];
    }
    const r = Math.min(residual[3 * s], left);
    onward[w] = left - (r > 0 ? r : 0);
    if (r <= 0) continue;
    pushAlong(residual, link, s, r);
    excess[w] += r;
  }
  greedyForward(ws, tolerance, source, sink, order);
  new Preflow(ws, tolerance, source, sink).run();
  const value = excess[sink];
  if (value > finiteSum * (1 + 1e-12) + tolerance)
    throw new AnalysisError("unbounded-flow", "network", "a source reaches a sink through uncapacitated arcs only");
  return { value, tolerance, source, sink };
}

/** How a solve starts and which network it runs on. */
export interface PushRelabelOptions {
  /**
   * Topological order of the vertices that matter (on the compiled network: those on some
   * source-to-sink route); computed when not given. Only used to build the starting
   * preflow (walked backwards when the reversed network is solved).
   */
  readonly order?: Int32Array;
  /**
   * A feasible flow (per logical arc, within `capacity`, conserved) to start from instead
   * of nothing: a maximum flow of a nearby network, repaired to fit
   * (graph/flow-repair.ts). Attribution on large networks starts each counterfactual so.
   */
  readonly startFlow?: Float64Array;
  /** "auto" (the default) picks by `preferReversed`; the tests force each orientation. */
  readonly orientation?: Orientation;
  /**
   * Added to the capacity vote under "auto": the votes of vertices merged away before the
   * solve, which a smaller network no longer counts (graph/contracted-solve.ts).
   */
  readonly voteBias?: number;
  /**
   * Where the flow per logical arc goes (every entry is written), instead of a new array:
   * a contracted solve hands its expansion's scratch over (graph/contracted-solve.ts).
   */
  readonly flowInto?: Float64Array;
}

/** The maximum flow (residuals per slot and flow per logical arc). */
export function pushRelabelMaxFlow(graph: FlowGraph, capacity: Float64Array, source: number, sink: number, options: PushRelabelOptions = {}): MaxFlowResult {
  const ws = pushRelabelWorkspace(graph);
  const solved = maximumPreflow(ws, capacity, source, sink, options);
  const { value, tolerance } = solved;
  if (!returnExcess(ws, tolerance, solved.source, solved.sink)) return dinicMaxFlow(graph, capacity, source, sink);
  // The smallest source side of the original network, whichever orientation was solved.
  const sourceSide = residualSourceSide(graph, originalResiduals(ws), 3, tolerance, source, ws.queue, { at: ws.link, stride: 6, offset: 4 });
  return { value, tolerance, arcFlow: recordFlows(ws, options.flowInto), sourceSide };
}

/** The maximum-flow value alone: phase 1 only, no flow is built. Same parameters. */
export function pushRelabelMaxFlowValue(graph: FlowGraph, capacity: Float64Array, source: number, sink: number, options: PushRelabelOptions = {}): number {
  return maximumPreflow(pushRelabelWorkspace(graph), capacity, source, sink, options).value;
}
