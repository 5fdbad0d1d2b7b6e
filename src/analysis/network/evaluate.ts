/**
 * One scenario on the compiled network: capacities refreshed from the scenario engine's
 * `AppliedScenario` in O(arcs), survival (which recipes run), each capped recipe's output
 * bound, and the two capacity vectors the algorithms read:
 * - `flowCap`, for max-flow: intake arcs carry only the primary input's chain, bounded by
 *   the sum of the output bounds of the running recipes whose primary input it is;
 * - `pathCap`, for routes: every intake of a running recipe is open, bounded by the best
 *   output bound among the running recipes that use it.
 * See docs/analysis.md for what this makes exact and what it approximates.
 */
import { AnalysisError } from "../errors";
import {
  ARC_EDGE,
  ARC_INTAKE,
  ARC_LAB,
  ARC_SINK,
  ARC_SOURCE,
  ARC_SPLIT,
  PRODUCT_CLASS,
  type CompiledNetwork,
} from "./compiled-network";
import { DeliverableSolver } from "./deliverable";
import { survive, type Survival } from "./survival";

/** The per-edge state the analysis reads from an `AppliedScenario`. */
export interface EdgeState {
  /** Open capacity per dataset edge, kg/month. */
  readonly openCapacity: Float64Array;
  /** Legal status per dataset edge (index into STATUS_CODES). */
  readonly statusCode: Uint8Array;
}

export interface EvaluateOptions {
  /**
   * The loophole network: precursor edges count only while legal, and no product leaves a
   * producer directly (supply must go through a lab).
   */
  readonly legalPrecursorsOnly: boolean;
}

export const DEFAULT_EVALUATE_OPTIONS: EvaluateOptions = { legalPrecursorsOnly: false };

export interface NetworkState {
  readonly net: CompiledNetwork;
  /** The loophole network (see EvaluateOptions). */
  readonly legalPrecursorsOnly: boolean;
  readonly edges: EdgeState;
  /** Open capacity per dataset edge as this evaluation used it (kg/month). */
  readonly edgeKg: Float64Array;
  readonly survival: Survival;
  /** Per recipe: bound on its output (kg/month fentanyl-eq); Infinity when unbounded by itself, 0 when it does not run. */
  readonly recipeCap: Float64Array;
  /** Per intake: kg/month of that input deliverable to the lab on its own (NaN when not computed). */
  readonly deliverable: Float64Array;
  readonly flowCap: Float64Array;
  readonly pathCap: Float64Array;
}

function edgeCapacities(net: CompiledNetwork, edges: EdgeState, legalOnly: boolean): Float64Array {
  const { openCapacity, statusCode } = edges;
  if (openCapacity.length !== net.dataset.edges.length || statusCode.length !== net.dataset.edges.length)
    throw new AnalysisError("mismatched-scenario", "scenario", "the scenario's edge arrays do not match the dataset's edges");
  if (!legalOnly) return openCapacity;
  const kg = openCapacity.slice();
  const { edgeCommodity } = net.index;
  for (let e = 0; e < kg.length; e++) {
    if (statusCode[e] !== 0 && net.commodityClass[edgeCommodity[e]] !== PRODUCT_CLASS) kg[e] = 0;
  }
  return kg;
}

/** Capacities per arc in flow units (kg/month fentanyl-eq); intake arcs left at 0. */
function baseCapacities(net: CompiledNetwork, edgeKg: Float64Array, legalOnly: boolean): Float64Array {
  const { arcKind, arcRef, arcClass, classScale, nodeCapacity } = net;
  const capacity = new Float64Array(arcKind.length);
  for (let a = 0; a < arcKind.length; a++) {
    switch (arcKind[a]) {
      case ARC_EDGE:
        capacity[a] = edgeKg[arcRef[a]] * classScale[arcClass[a]];
        break;
      case ARC_SPLIT:
        capacity[a] = nodeCapacity[arcRef[a]] * classScale[arcClass[a]];
        break;
      case ARC_SOURCE:
        capacity[a] = legalOnly && arcClass[a] === PRODUCT_CLASS ? 0 : Infinity;
        break;
      case ARC_SINK:
        capacity[a] = Infinity;
        break;
      case ARC_LAB:
        capacity[a] = nodeCapacity[arcRef[a]];
        break;
      case ARC_INTAKE:
        break;
    }
  }
  return capacity;
}

/** Output bound of running recipe `r` (0 when it does not run, Infinity when uncapped). */
export function boundRecipe(net: CompiledNetwork, survival: Survival, solver: DeliverableSolver, deliverable: Float64Array, recipeCap: Float64Array, r: number): void {
  const recipe = net.recipes[r];
  if (!survival.recipeRuns[r]) {
    recipeCap[r] = 0;
    return;
  }
  if (!recipe.capped) {
    recipeCap[r] = Infinity;
    return;
  }
  let bound = Infinity;
  for (const input of recipe.inputs) {
    if (Number.isNaN(deliverable[input.intake])) deliverable[input.intake] = solver.deliverable(input.intake);
    bound = Math.min(bound, deliverable[input.intake] / input.ratio);
  }
  recipeCap[r] = bound;
}

/** Sets intake `i`'s arc capacity in both vectors from the recipes' bounds. */
export function setIntake(net: CompiledNetwork, survival: Survival, recipeCap: Float64Array, flowCap: Float64Array, pathCap: Float64Array, i: number): void {
  const intake = net.intakes[i];
  let sum = 0;
  for (const r of intake.primaryRecipes) sum += recipeCap[r];
  let best = 0;
  for (const r of intake.recipes) best = Math.max(best, recipeCap[r]);
  flowCap[intake.arc] = sum;
  pathCap[intake.arc] = survival.intakeOpen[i] ? best : 0;
}

export function evaluateNetwork(net: CompiledNetwork, edges: EdgeState, options: Partial<EvaluateOptions> = {}): NetworkState {
  const { legalPrecursorsOnly } = { ...DEFAULT_EVALUATE_OPTIONS, ...options };
  const edgeKg = edgeCapacities(net, edges, legalPrecursorsOnly);
  const base = baseCapacities(net, edgeKg, legalPrecursorsOnly);
  const survival = survive(net, base);
  const solver = new DeliverableSolver(net, edgeKg);
  const deliverable = new Float64Array(net.intakes.length).fill(Number.NaN);
  const recipeCap = new Float64Array(net.recipes.length);
  for (let r = 0; r < net.recipes.length; r++) boundRecipe(net, survival, solver, deliverable, recipeCap, r);
  const flowCap = base.slice();
  const pathCap = base;
  for (let i = 0; i < net.intakes.length; i++) setIntake(net, survival, recipeCap, flowCap, pathCap, i);
  return { net, legalPrecursorsOnly, edges, edgeKg, survival, recipeCap, deliverable, flowCap, pathCap };
}
