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
 *
 * A second level (graph/contracted-solve.ts): on the contracted graph, arcs that can never
 * be saturated (graph/dominance.ts) are lifted to unlimited capacity and contracted in
 * turn. That inner plan depends on the capacities' values, not only on which are
 * unlimited, so it is checked on every solve and made again by the next full solve when it
 * no longer holds.
 */
import type { FlowGraph } from "../graph/flow-graph";
import { contractedCapacities, planContraction, planFits, type Contraction } from "../graph/contraction";
import { contractedValue, innerFits, planInner, solveContracted, type InnerPlan } from "../graph/contracted-solve";
import { flowTolerance, type MaxFlowResult } from "../graph/max-flow";
import type { NetworkState } from "./evaluate";

/**
 * Plans kept per compiled graph. Planning costs about as much as one solve of the original
 * network (at 10^6 edges, with the contracted graph's workspace, 2 s against 1.1 s), so a
 * plan is made only for a full solve (`contractedMaxFlow`: a scenario's flow and cut, which
 * the app and the CLI redo for every scenario of the same pattern), and the value-only
 * solves (the loophole network, attribution's counterfactuals) use a kept plan when one
 * fits, else the original network. A few plans are kept, for scenarios whose recipes stop
 * or start; a plan made for fewer uncapacitated arcs fits more networks.
 */
const KEPT_PLANS = 3;
interface PlanCache {
  /** Most recently used first. */
  readonly plans: Contraction[];
  /** The last capacities no plan could be made for (nothing to merge). */
  declined?: Float64Array;
}
const caches = new WeakMap<FlowGraph, PlanCache>();

function planFor(state: NetworkState, mayPlan: boolean): Contraction | undefined {
  const { net } = state;
  const capacity = state.flowCap;
  let cache = caches.get(net.graph);
  if (!cache) {
    cache = { plans: [] };
    caches.set(net.graph, cache);
  }
  // The fitting plan that merges most (the smallest graph to solve).
  let best = -1;
  cache.plans.forEach((plan, i) => {
    if (planFits(plan, capacity) && (best < 0 || plan.graph.vertexCount < cache.plans[best].graph.vertexCount)) best = i;
  });
  if (best >= 0) {
    const [plan] = cache.plans.splice(best, 1);
    cache.plans.unshift(plan);
    return plan;
  }
  if (!mayPlan || cache.declined === capacity) return undefined;
  const plan = planContraction(net.graph, capacity, net.source, net.sink, net.topologicalOrder);
  if (!plan) {
    cache.declined = capacity;
    return undefined;
  }
  cache.plans.unshift(plan);
  if (cache.plans.length > KEPT_PLANS) cache.plans.pop();
  return plan;
}

/**
 * The inner plan kept for `plan`, when it fits its contracted `capacities` (its lifted
 * capacities are then written); else, on a `full` solve only (as for the outer plan), a
 * new one. Full solves check the lifted arcs on their flow instead of beforehand
 * (graph/contracted-solve.ts), so a kept plan serves every scenario that leaves those arcs
 * unsaturated. Where nothing lifts, every full solve looks again (one pass over the
 * contracted graph): its capacities change with the scenario.
 */
const inners = new WeakMap<Contraction, InnerPlan>();

function innerFor(plan: Contraction, capacities: Float64Array, full: boolean): InnerPlan | undefined {
  const kept = inners.get(plan);
  if (kept && innerFits(plan, capacities, kept, !full)) return kept;
  if (!full) return undefined;
  const made = planInner(plan, capacities);
  if (made) inners.set(plan, made);
  else inners.delete(plan);
  return made;
}

/** The maximum flow and its minimum cut's source side, or undefined when no plan applies. */
export function contractedMaxFlow(state: NetworkState): MaxFlowResult | undefined {
  const plan = planFor(state, true);
  if (!plan) return undefined;
  const capacities = contractedCapacities(plan, state.flowCap);
  const inner = innerFor(plan, capacities, true);
  const solved = solveContracted(state.net.graph, state.flowCap, plan, capacities, inner, flowTolerance(state.flowCap), false);
  // A kept inner plan whose lifted arcs saturated: the next full solve makes a new one.
  if (inner && !solved.innerHeld) inners.delete(plan);
  return solved;
}

/**
 * The maximum-flow value alone, or undefined when no kept plan fits; `startFlow`, a feasible
 * flow of the compiled network, starts the solve (attribution's warm starts).
 */
export function contractedMaxFlowValue(state: NetworkState, startFlow?: Float64Array): number | undefined {
  const plan = planFor(state, false);
  if (!plan) return undefined;
  const capacities = contractedCapacities(plan, state.flowCap);
  return contractedValue(plan, capacities, innerFor(plan, capacities, false), startFlow);
}
