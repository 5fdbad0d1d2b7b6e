/**
 * Throughput of one evaluated scenario: the maximum flow from the producers to the
 * markets on `flowCap`, and from it the minimum cut and the flow per dataset edge.
 *
 * Two max-flow algorithms, checked against each other in the tests: Dinic
 * (graph/max-flow.ts) for small networks, where it needs no setup beyond reused scratch
 * arrays (kept per compiled graph, so attribution's repeated solves allocate only the
 * residual vector), and highest-label push-relabel (graph/push-relabel.ts) from
 * PUSH_RELABEL_FROM arcs on, where its global relabeling wins.
 */
import type { FlowGraph } from "../graph/flow-graph";
import { repairFlow } from "../graph/flow-repair";
import { arcFlows, flowTolerance, maxFlow, maxFlowValueAlone, maxFlowValueFrom, MaxFlowWorkspace, type MaxFlowResult } from "../graph/max-flow";
import { minCut, type MinCut } from "../graph/min-cut";
import { pushRelabelMaxFlow, pushRelabelMaxFlowValue } from "../graph/push-relabel";
import { ARC_EDGE } from "./compiled-network";
import { contractedMaxFlow, contractedMaxFlowValue } from "./contracted-flow";
import type { NetworkState } from "./evaluate";
import { dinicValueNear, type ChangedArcs } from "./near-flow";

/** Networks with at least this many arcs use push-relabel. */
export const PUSH_RELABEL_FROM = 1_000;

const workspaces = new WeakMap<FlowGraph, MaxFlowWorkspace>();

function workspaceFor(graph: FlowGraph): MaxFlowWorkspace {
  let workspace = workspaces.get(graph);
  if (!workspace) {
    workspace = new MaxFlowWorkspace(graph);
    workspaces.set(graph, workspace);
  }
  return workspace;
}

export function solveMaxFlow(state: NetworkState): MaxFlowResult {
  const { net } = state;
  if (net.graph.arcCount >= PUSH_RELABEL_FROM) return contractedMaxFlow(state) ?? pushRelabelMaxFlow(net.graph, state.flowCap, net.source, net.sink, { order: net.topologicalOrder });
  return maxFlow(net.graph, state.flowCap, net.source, net.sink, workspaceFor(net.graph));
}

/**
 * The maximum-flow value alone: on large networks push-relabel stops after its first
 * phase; on small ones Dinic runs in reused scratch vectors.
 */
export function maxFlowValue(state: NetworkState): number {
  const { net } = state;
  if (net.graph.arcCount >= PUSH_RELABEL_FROM)
    return contractedMaxFlowValue(state) ?? pushRelabelMaxFlowValue(net.graph, state.flowCap, net.source, net.sink, { order: net.topologicalOrder });
  return maxFlowValueAlone(net.graph, state.flowCap, net.source, net.sink, workspaceFor(net.graph));
}

/**
 * The maximum-flow value of `state`, knowing `near`, a maximum flow of a nearby scenario
 * (`nearState`) on the same compiled network.
 *
 * Unchanged without solving when every capacity that dropped still carries its flow and
 * no arc of `near`'s minimum cut rose: the old flow is still feasible (value at least the
 * old) and the old cut still has its old capacity (value at most the old).
 *
 * Otherwise the old flow is lowered where capacities dropped below it
 * (graph/flow-repair.ts) and augmented: by Dinic on small networks, in reused scratch
 * vectors, by push-relabel started from it on large ones (PUSH_RELABEL_FROM arcs and
 * more), where one toggle can reroute much of the flow and many warm Dinic phases would
 * cost more.
 *
 * With `changed` (the arcs whose capacities may differ from `nearState`'s, as
 * evaluate-near.ts lists them), small networks take the same steps on those arcs only
 * (near-flow.ts): the same value, without the scans over every arc.
 */
export function maxFlowValueNear(state: NetworkState, nearState: NetworkState, near: FlowSolution, changed?: ChangedArcs): number {
  if (changed !== undefined && state.net.graph.arcCount < PUSH_RELABEL_FROM)
    return dinicValueNear(state, nearState, near, changed, workspaceFor(state.net.graph)) ?? maxFlowValue(state);
  const { net } = state;
  const { tail, head } = net.graph;
  const capacity = state.flowCap;
  const before = nearState.flowCap;
  const nearFlow = near.arcFlow;
  const sourceSide = near.cut.sourceSide;
  const tolerance = flowTolerance(capacity);
  let unchanged = true;
  // The capacity of `near`'s minimum cut under the new capacities: an upper bound on the
  // new maximum flow, often reached (the cut is often still minimum), which lets the
  // warm solve stop without the phases that only prove optimality.
  let cutCapacity = 0;
  for (let a = 0; a < capacity.length; a++) {
    const c = capacity[a];
    const crossesCut = sourceSide[tail[a]] === 1 && sourceSide[head[a]] === 0;
    if (crossesCut) cutCapacity += c;
    if (!unchanged) continue;
    if (c > before[a]) unchanged = !crossesCut;
    else if (c < before[a]) unchanged = nearFlow[a] - c <= tolerance;
  }
  if (unchanged) return near.value;
  const workspace = workspaceFor(net.graph);
  const flow = workspace.flow();
  flow.set(nearFlow);
  const value = repairFlow(net.graph, flow, near.value, capacity, net.source, net.sink, tolerance);
  if (value === undefined) return maxFlowValue(state);
  if (net.graph.arcCount >= PUSH_RELABEL_FROM)
    return contractedMaxFlowValue(state, flow) ?? pushRelabelMaxFlowValue(net.graph, capacity, net.source, net.sink, { order: net.topologicalOrder, startFlow: flow });
  return maxFlowValueFrom(net.graph, capacity, flow, value, net.source, net.sink, workspace, tolerance, cutCapacity) ?? maxFlowValue(state);
}

export interface FlowSolution {
  readonly value: number;
  readonly result: MaxFlowResult;
  /** Flow per logical arc, kg/month fentanyl-equivalent. */
  readonly arcFlow: Float64Array;
  readonly cut: MinCut;
}

export function solveFlow(state: NetworkState): FlowSolution {
  const { net } = state;
  const result = solveMaxFlow(state);
  return {
    value: result.value,
    result,
    arcFlow: arcFlows(net.graph, result),
    cut: minCut(net.graph, state.flowCap, result, net.source),
  };
}

/** Flow per dataset edge in kg/month of the edge's own commodity. */
export function edgeFlowsKg(state: NetworkState, arcFlow: Float64Array): Float64Array {
  const { net } = state;
  const flows = new Float64Array(net.dataset.edges.length);
  for (let e = 0; e < flows.length; e++) {
    const a = net.edgeArc[e];
    if (net.arcKind[a] === ARC_EDGE) flows[e] = arcFlow[a] / net.classScale[net.arcClass[a]];
  }
  return flows;
}
