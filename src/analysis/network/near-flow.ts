/**
 * The warm max-flow of one counterfactual on a small network, when the caller knows which
 * arcs' capacities may have changed (`ChangedArcs`, from evaluate-near.ts): the same
 * value, bit for bit, as the general path of `maxFlowValueNear` (throughput.ts), which
 * scans every arc four times (the shortcut test, the cut's capacity, the repair, the
 * residual setup); here each of those looks at the changed arcs, the cut's arcs or the
 * arcs the repair touched, and the residual vector starts as a copy.
 *
 * Why the arithmetic is the same:
 * - the shortcut test and the repair only ever act on arcs whose capacity changed, and on
 *   arcs whose flow exceeds their (unchanged) capacity: the latter are listed once per
 *   scenario (`overfull`: round-off of the scenario's own solve, normally none), the
 *   repair visits both lists merged in ascending order, as the full scan does;
 * - the cut's capacity is summed over the same arcs in the same (ascending) order: the
 *   arcs crossing the scenario's minimum cut, listed once per scenario;
 * - the residual vector is the one built from the scenario's flow and capacities (once
 *   per scenario), with the slots of every changed or repaired arc recomputed by the
 *   formula the full setup uses: on the other arcs capacity and flow are unchanged.
 * Then the same Dinic runs from the same residuals with the same bound.
 */
import { ArcLog, repairFlowAt } from "../graph/flow-repair";
import { augmentResidual, flowTolerance, type MaxFlowWorkspace } from "../graph/max-flow";
import type { NetworkState } from "./evaluate";
import type { FlowSolution } from "./throughput";

/** Arcs whose flow capacity may differ between two evaluations: `arcs[0 .. count-1]`, ascending. */
export interface ChangedArcs {
  readonly arcs: Int32Array;
  readonly count: number;
}

/** What depends only on the scenario's own solution, built once for all its counterfactuals. */
interface Basis {
  owner: FlowSolution | undefined;
  ownerCapacity: Float64Array | undefined;
  /** Residuals of the scenario's flow under its own capacities (the full setup's formula). */
  readonly residual: Float64Array;
  /** Arcs from the minimum cut's source side to its other side, ascending. */
  readonly crossing: Int32Array;
  crossingCount: number;
  /** Arcs whose flow exceeds their capacity (by round-off), ascending. */
  readonly overfull: Int32Array;
  overfullCount: number;
  /** The changed arcs merged with `overfull`, for the repair. */
  readonly candidates: Int32Array;
  readonly log: ArcLog;
}

const bases = new WeakMap<MaxFlowWorkspace, Basis>();

function basisFor(workspace: MaxFlowWorkspace, nearState: NetworkState, near: FlowSolution): Basis {
  const graph = workspace.graph;
  let basis = bases.get(workspace);
  if (!basis) {
    basis = {
      owner: undefined,
      ownerCapacity: undefined,
      residual: new Float64Array(2 * graph.arcCount),
      crossing: new Int32Array(graph.arcCount),
      crossingCount: 0,
      overfull: new Int32Array(graph.arcCount),
      overfullCount: 0,
      candidates: new Int32Array(2 * graph.arcCount),
      log: new ArcLog(graph.arcCount),
    };
    bases.set(workspace, basis);
  }
  if (basis.owner === near && basis.ownerCapacity === nearState.flowCap) return basis;
  const { tail, head, forwardSlot, mate } = graph;
  const capacity = nearState.flowCap;
  const flow = near.arcFlow;
  const sourceSide = near.cut.sourceSide;
  const { residual, crossing, overfull } = basis;
  let crossingCount = 0;
  let overfullCount = 0;
  for (let a = 0; a < graph.arcCount; a++) {
    const f = flow[a];
    const spare = capacity[a] - f;
    residual[forwardSlot[a]] = spare > 0 ? spare : 0;
    residual[mate[forwardSlot[a]]] = f;
    if (f > capacity[a]) overfull[overfullCount++] = a;
    if (sourceSide[tail[a]] === 1 && sourceSide[head[a]] === 0) crossing[crossingCount++] = a;
  }
  basis.crossingCount = crossingCount;
  basis.overfullCount = overfullCount;
  basis.owner = near;
  basis.ownerCapacity = capacity;
  return basis;
}

/** Merges two ascending lists into `into` without repeats; returns the length. */
function mergeAscending(a: Int32Array, aCount: number, b: Int32Array, bCount: number, into: Int32Array): number {
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < aCount || j < bCount) {
    const x = i < aCount ? a[i] : Infinity;
    const y = j < bCount ? b[j] : Infinity;
    const next = x < y ? x : y;
    into[k++] = next;
    if (x === next) i++;
    if (y === next) j++;
  }
  return k;
}

/**
 * The maximum-flow value of `state` from `near` (the solution of `nearState`) when only
 * `changed` arcs' capacities may differ, by the warm Dinic; undefined when the repair or
 * the warm start fails (the caller then solves from scratch, as the general path does).
 */
export function dinicValueNear(state: NetworkState, nearState: NetworkState, near: FlowSolution, changed: ChangedArcs, workspace: MaxFlowWorkspace): number | undefined {
  const { net } = state;
  const graph = net.graph;
  const capacity = state.flowCap;
  const before = nearState.flowCap;
  const nearFlow = near.arcFlow;
  const sourceSide = near.cut.sourceSide;
  const { tail, head, forwardSlot, mate } = graph;
  const tolerance = flowTolerance(capacity);
  const basis = basisFor(workspace, nearState, near);
  let unchanged = true;
  for (let k = 0; k < changed.count && unchanged; k++) {
    const a = changed.arcs[k];
    const c = capacity[a];
    if (c > before[a]) unchanged = !(sourceSide[tail[a]] === 1 && sourceSide[head[a]] === 0);
    else if (c < before[a]) unchanged = nearFlow[a] - c <= tolerance;
  }
  if (unchanged) return near.value;
  let cutCapacity = 0;
  for (let k = 0; k < basis.crossingCount; k++) cutCapacity += capacity[basis.crossing[k]];
  const flow = workspace.flow();
  flow.set(nearFlow);
  const candidateCount = mergeAscending(changed.arcs, changed.count, basis.overfull, basis.overfullCount, basis.candidates);
  const { log } = basis;
  log.clear();
  const value = repairFlowAt(graph, flow, near.value, capacity, net.source, net.sink, tolerance, basis.candidates, candidateCount, log);
  if (value === undefined) return undefined;
  const residual = workspace.residual();
  residual.set(basis.residual);
  for (let pass = 0; pass < 2; pass++) {
    const arcs = pass === 0 ? basis.candidates : log.arcs;
    const count = pass === 0 ? candidateCount : log.count;
    for (let k = 0; k < count; k++) {
      const a = arcs[k];
      const f = flow[a];
      const spare = capacity[a] - f;
      if (spare < -tolerance) return undefined;
      residual[forwardSlot[a]] = spare > 0 ? spare : 0;
      residual[mate[forwardSlot[a]]] = f;
    }
  }
  return augmentResidual(graph, residual, value, net.source, net.sink, workspace, tolerance, cutCapacity - tolerance);
}
