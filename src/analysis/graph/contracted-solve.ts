/**
 * A maximum flow solved on a contraction of the graph (graph/contraction.ts), optionally
 * two levels deep (graph/dominance.ts lifts the arcs that can never be saturated on the
 * contracted graph, which is contracted again), and carried back to every arc and vertex
 * of the original graph (graph/contraction-expand.ts). The caller keeps the plans
 * (network/contracted-flow.ts); this module only uses them.
 *
 * Both levels give exactly the original network's maximum-flow value, a maximum flow of
 * it, and its smallest minimum-cut source side: the first level by flow conservation on
 * uncapacitated arcs, the second because lifting changes no feasible flow and no open
 * residual arc (the proofs are in the two modules' headers).
 */
import { contractedCapacities, contractedFlow, planContraction, planFits, type Contraction } from "./contraction";
import { expandFlows, expandSourceSide } from "./contraction-expand";
import { dominanceHolds, findDominatedArcs, liftDominated, type DominatedArcs } from "./dominance";
import type { FlowGraph } from "./flow-graph";
import { arcFlows, type MaxFlowResult } from "./max-flow";
import { minCut } from "./min-cut";
import { pushRelabelMaxFlow, pushRelabelMaxFlowValue } from "./push-relabel";

/** The second level of a plan: the lifted arcs, their contraction, and the lifted capacities (scratch). */
export interface InnerPlan {
  readonly dominated: DominatedArcs;
  readonly plan: Contraction;
  readonly lifted: Float64Array;
}

/** The second level of `outer` under its contracted `capacities`, or undefined when nothing lifts or merges. */
export function planInner(outer: Contraction, capacities: Float64Array): InnerPlan | undefined {
  const dominated = findDominatedArcs(outer.graph, capacities, outer.source, outer.sink);
  if (!dominated) return undefined;
  const lifted = liftDominated(capacities, dominated, new Float64Array(capacities.length));
  const plan = planContraction(outer.graph, lifted, outer.source, outer.sink, outer.order);
  return plan ? { dominated, plan, lifted } : undefined;
}

/** True when `inner` is exact under the outer graph's `capacities`; then its lifted capacities are written. */
export function innerFits(outer: Contraction, capacities: Float64Array, inner: InnerPlan): boolean {
  if (!dominanceHolds(outer.graph, capacities, inner.dominated)) return false;
  return planFits(inner.plan, liftDominated(capacities, inner.dominated, inner.lifted));
}

/**
 * The orientation vote of the vertices the second level merged away (graph/arc-records.ts,
 * `preferReversed`): a vertex whose only arc in was lifted takes in more than it passes on
 * (+1), one whose only arc out was lifted the reverse (-1). Lifting removes exactly such
 * vertices, so without their votes the inner graph's own vote can point the other way
 * (at 10^6 edges it did, and that solve took 2.5 times as long).
 */
function liftedVote(inner: InnerPlan): number {
  let vote = 0;
  for (const into of inner.dominated.intoVertex) vote += into === 1 ? 1 : -1;
  return vote;
}

/**
 * The maximum flow of `graph` under `capacity` through `outer` (made for these capacities,
 * or fitting them) and, when given, `inner` (fitting `outer`'s contracted capacities: check
 * with `innerFits` first). `capacities` are those contracted capacities
 * (`contractedCapacities(outer, capacity)`), `tolerance` the original capacities' (max-flow.ts).
 */
export function solveContracted(
  graph: FlowGraph,
  capacity: Float64Array,
  outer: Contraction,
  capacities: Float64Array,
  inner: InnerPlan | undefined,
  tolerance: number,
): MaxFlowResult {
  let value: number;
  let flow: Float64Array;
  let side: Uint8Array;
  if (inner) {
    const solved = pushRelabelMaxFlow(inner.plan.graph, contractedCapacities(inner.plan, inner.lifted), inner.plan.source, inner.plan.sink, {
      order: inner.plan.order,
      voteBias: liftedVote(inner),
    });
    const innerSide = solved.sourceSide ?? minCut(inner.plan.graph, inner.plan.capacity, solved, inner.plan.source).sourceSide;
    const expanded = expandFlows(inner.plan, outer.graph, inner.lifted, arcFlows(inner.plan.graph, solved));
    value = solved.value;
    flow = expanded.flow;
    side = expandSourceSide(inner.plan, outer.graph, inner.lifted, expanded, innerSide, tolerance);
  } else {
    const solved = pushRelabelMaxFlow(outer.graph, capacities, outer.source, outer.sink, { order: outer.order });
    value = solved.value;
    flow = arcFlows(outer.graph, solved);
    side = solved.sourceSide ?? minCut(outer.graph, capacities, solved, outer.source).sourceSide;
  }
  const expanded = expandFlows(outer, graph, capacity, flow);
  const sourceSide = expandSourceSide(outer, graph, capacity, expanded, side, tolerance);
  return { value, tolerance, arcFlow: expanded.flow, sourceSide };
}

/**
 * The maximum-flow value alone, through the same plans (same conditions and parameters);
 * `startFlow`, a feasible flow of the original graph, starts the solve.
 */
export function contractedValue(outer: Contraction, capacities: Float64Array, inner: InnerPlan | undefined, startFlow?: Float64Array): number {
  const start = startFlow ? contractedFlow(outer, startFlow) : undefined;
  if (!inner) return pushRelabelMaxFlowValue(outer.graph, capacities, outer.source, outer.sink, { order: outer.order, startFlow: start });
  return pushRelabelMaxFlowValue(inner.plan.graph, contractedCapacities(inner.plan, inner.lifted), inner.plan.source, inner.plan.sink, {
    order: inner.plan.order,
    startFlow: start ? contractedFlow(inner.plan, start) : undefined,
    voteBias: liftedVote(inner),
  });
}
