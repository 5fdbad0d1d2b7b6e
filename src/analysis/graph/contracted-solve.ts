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
import { AnalysisError } from "../errors";
import { dominanceHolds, findDominatedArcs, liftDominated, marginFor, type DominatedArcs } from "./dominance";
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

/**
 * True when `inner` can be solved under the outer graph's `capacities`: its merged arcs are
 * unlimited once the dominated arcs are lifted (the lifted capacities are then written).
 * With `dominance`, also when every lifted arc is still strictly dominated, which makes the
 * inner solve exact beforehand (value-only solves need that); without, `solveContracted`
 * checks the flow afterwards instead.
 */
export function innerFits(outer: Contraction, capacities: Float64Array, inner: InnerPlan, dominance = true): boolean {
  if (dominance && !dominanceHolds(outer.graph, capacities, inner.dominated)) return false;
  return planFits(inner.plan, liftDominated(capacities, inner.dominated, inner.lifted));
}

/**
 * Whether a flow of the outer graph leaves every lifted arc strictly below its capacity.
 * Then it is feasible for the original capacities; the lifted network's maximum flow is at
 * least the original's, so it is a maximum flow of both, and every residual arc is open in
 * one network exactly when in the other: the same smallest source side.
 */
function liftedArcsOpen(capacities: Float64Array, inner: InnerPlan, flow: Float64Array): boolean {
  const margin = marginFor(capacities);
  const { arcs } = inner.dominated;
  for (let i = 0; i < arcs.length; i++) if (!(flow[arcs[i]] < capacities[arcs[i]] - margin)) return false;
  return true;
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
 * or fitting them) and, when given, `inner` (`innerFits` true). `capacities` are `outer`'s
 * contracted capacities (`contractedCapacities(outer, capacity)`), `tolerance` the original
 * capacities' (max-flow.ts). Unless `inner` was checked for dominance, its flow is checked
 * (`liftedArcsOpen`), and when a lifted arc reached its capacity, or the lifted network
 * has an uncapacitated route the original has not, `outer` is solved instead and
 * `innerHeld` is false.
 */
export function solveContracted(
  graph: FlowGraph,
  capacity: Float64Array,
  outer: Contraction,
  capacities: Float64Array,
  inner: InnerPlan | undefined,
  tolerance: number,
  innerChecked = true,
): MaxFlowResult & { readonly innerHeld: boolean } {
  const onInner = inner ? solveInner(outer, capacities, inner, tolerance, innerChecked) : undefined;
  let value: number;
  let flow: Float64Array;
  let side: Uint8Array;
  if (onInner) ({ value, flow, side } = onInner);
  else {
    const solved = pushRelabelMaxFlow(outer.graph, capacities, outer.source, outer.sink, { order: outer.order });
    value = solved.value;
    flow = arcFlows(outer.graph, solved);
    side = solved.sourceSide ?? minCut(outer.graph, capacities, solved, outer.source).sourceSide;
  }
  const expanded = expandFlows(outer, graph, capacity, flow);
  const sourceSide = expandSourceSide(outer, graph, capacity, expanded, side, tolerance);
  return { value, tolerance, arcFlow: expanded.flow, sourceSide, innerHeld: onInner !== undefined };
}

/** The inner solve carried back to the outer graph, or undefined when (unchecked) it is not exact. */
function solveInner(outer: Contraction, capacities: Float64Array, inner: InnerPlan, tolerance: number, checked: boolean) {
  let solved: MaxFlowResult;
  try {
    solved = pushRelabelMaxFlow(inner.plan.graph, contractedCapacities(inner.plan, inner.lifted), inner.plan.source, inner.plan.sink, {
      order: inner.plan.order,
      voteBias: liftedVote(inner),
      // Straight into the buffers the expansions below consume, saving two 10^6-arc-sized
      // allocations and copies per solve: the inner flows into the inner plan's scratch,
      // and their expansion into the outer plan's, which `solveContracted` expands next.
      flowInto: inner.plan.scratch.left,
    });
  } catch (error) {
    if (checked || !(error instanceof AnalysisError) || error.kind !== "unbounded-flow") throw error;
    return undefined;
  }
  const innerSide = solved.sourceSide ?? minCut(inner.plan.graph, inner.plan.capacity, solved, inner.plan.source).sourceSide;
  const expanded = expandFlows(inner.plan, outer.graph, inner.lifted, arcFlows(inner.plan.graph, solved), outer.scratch.left);
  if (!checked && !liftedArcsOpen(capacities, inner, expanded.flow)) return undefined;
  return { value: solved.value, flow: expanded.flow, side: expandSourceSide(inner.plan, outer.graph, inner.lifted, expanded, innerSide, tolerance) };
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
