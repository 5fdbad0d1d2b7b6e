/**
 * Push-relabel on the contracted network (graph/contraction.ts) for large compiled
 * networks: the compiled network's uncapacitated splits and the vertices on no route are
 * merged or dropped, the smaller graph is solved, and the flow is carried back to every
 * arc of the compiled network. The minimum cut is then read on the compiled network
 * itself, from that flow: its smallest source side is the same for every maximum flow,
 * so the report's cut does not depend on which graph was solved.
 *
 * The plan is kept per compiled graph and reused while the arcs it merged stay
 * uncapacitated under the scenario's capacities (a recipe that stops running, for
 * instance, closes its intake arcs, and the next solve plans again).
 */
import type { FlowGraph } from "../graph/flow-graph";
import { contractedCapacities, contractedFlow, planContraction, planFits, type Contraction } from "../graph/contraction";
import { expandFlows, expandSourceSide } from "../graph/contraction-expand";
import { arcFlows, flowTolerance, type MaxFlowResult } from "../graph/max-flow";
import { minCut } from "../graph/min-cut";
import { pushRelabelMaxFlow, pushRelabelMaxFlowValue } from "../graph/push-relabel";
import type { NetworkState } from "./evaluate";

/** Per compiled graph: the last plan (undefined when the last capacities allowed none) and those capacities. */
const plans = new WeakMap<FlowGraph, { plan: Contraction | undefined; capacity: Float64Array }>();

function planFor(state: NetworkState): Contraction | undefined {
  const { net } = state;
  const capacity = state.flowCap;
  const kept = plans.get(net.graph);
  if (kept && (kept.plan ? planFits(kept.plan, capacity) : kept.capacity === capacity)) return kept.plan;
  const plan = planContraction(net.graph, capacity, net.source, net.sink, net.topologicalOrder);
  plans.set(net.graph, { plan, capacity });
  return plan;
}

/** The maximum flow and its minimum cut's source side, or undefined when no plan applies. */
export function contractedMaxFlow(state: NetworkState): MaxFlowResult | undefined {
  const plan = planFor(state);
  if (!plan) return undefined;
  const { net } = state;
  const solved = pushRelabelMaxFlow(plan.graph, contractedCapacities(plan, state.flowCap), plan.source, plan.sink, { order: plan.order });
  const contractedSide = solved.sourceSide ?? minCut(plan.graph, plan.capacity, solved, plan.source).sourceSide;
  const expanded = expandFlows(plan, net.graph, state.flowCap, arcFlows(plan.graph, solved));
  const tolerance = flowTolerance(state.flowCap);
  const sourceSide = expandSourceSide(plan, net.graph, state.flowCap, expanded, contractedSide, tolerance, net.source);
  return { value: solved.value, tolerance, arcFlow: expanded.flow, sourceSide };
}

/**
 * The maximum-flow value alone, or undefined when no plan applies; `startFlow`, a feasible
 * flow of the compiled network, starts the solve (attribution's warm starts).
 */
export function contractedMaxFlowValue(state: NetworkState, startFlow?: Float64Array): number | undefined {
  const plan = planFor(state);
  if (!plan) return undefined;
  const start = startFlow ? contractedFlow(plan, startFlow) : undefined;
  return pushRelabelMaxFlowValue(plan.graph, contractedCapacities(plan, state.flowCap), plan.source, plan.sink, { order: plan.order, startFlow: start });
}
