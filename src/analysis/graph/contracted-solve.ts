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
import { capacityVote, preferReversed, type Orientation } from "./arc-records";
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
 * The orientation for a solve on the inner graph: the outer graph's vote (graph/arc-records.ts,
 * `capacityVote`), since lifting merges exactly the vertices whose capacities in and out
 * differ, which are what the vote counts; the inner graph's own vote can point the other way.
 */
function orientationFor(outer: Contraction, capacities: Float64Array): Orientation {
  return preferReversed(capacityVote(outer.graph, capacities)) ? "reversed" : "original";
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
      orientation: orientationFor(outer, capacities),
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
    orientation: orientationFor(outer, capacities),
  });
}
