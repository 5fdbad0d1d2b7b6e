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

/** Output bound of every running recipe in `recipes` (others keep what `recipeCap` holds). */
function boundRecipes(
  net: CompiledNetwork,
  survival: Survival,
  solver: DeliverableSolver,
  deliverable: Float64Array,
  recipeCap: Float64Array,
  recipes: Iterable<number>,
): void {
  for (const r of recipes) {
    const recipe = net.recipes[r];
    if (!survival.recipeRuns[r]) {
      recipeCap[r] = 0;
      continue;
    }
    if (!recipe.capped) {
      recipeCap[r] = Infinity;
      continue;
    }
    let bound = Infinity;
    for (const input of recipe.inputs) {
      if (Number.isNaN(deliverable[input.intake])) deliverable[input.intake] = solver.deliverable(input.intake);
      bound = Math.min(bound, deliverable[input.intake] / input.ratio);
    }
    recipeCap[r] = bound;
  }
}

/** Sets the intake arcs' capacities in both vectors from the recipes' bounds. */
function setIntakes(net: CompiledNetwork, survival: Survival, recipeCap: Float64Array, flowCap: Float64Array, pathCap: Float64Array, intakes: Iterable<number>): void {
  for (const i of intakes) {
    const intake = net.intakes[i];
    let sum = 0;
    for (const r of intake.primaryRecipes) sum += recipeCap[r];
    let best = 0;
    for (const r of intake.recipes) best = Math.max(best, recipeCap[r]);
    flowCap[intake.arc] = sum;
    pathCap[intake.arc] = survival.intakeOpen[i] ? best : 0;
  }
}

const indices = (count: number): number[] => Array.from({ length: count }, (_, i) => i);

export function evaluateNetwork(net: CompiledNetwork, edges: EdgeState, options: Partial<EvaluateOptions> = {}): NetworkState {
  const { legalPrecursorsOnly } = { ...DEFAULT_EVALUATE_OPTIONS, ...options };
  const edgeKg = edgeCapacities(net, edges, legalPrecursorsOnly);
  const base = baseCapacities(net, edgeKg, legalPrecursorsOnly);
  const survival = survive(net, base);
  const solver = new DeliverableSolver(net, edgeKg);
  const deliverable = new Float64Array(net.intakes.length).fill(Number.NaN);
  const recipeCap = new Float64Array(net.recipes.length);
  boundRecipes(net, survival, solver, deliverable, recipeCap, indices(net.recipes.length));
  const flowCap = base.slice();
  const pathCap = base;
  setIntakes(net, survival, recipeCap, flowCap, pathCap, indices(net.intakes.length));
  return { net, legalPrecursorsOnly, edges, edgeKg, survival, recipeCap, deliverable, flowCap, pathCap };
}

/**
 * The same result as `evaluateNetwork(reference.net, edges)`, computed from `reference`
 * (an evaluation of a nearby scenario, not in loophole mode) when the change allows it:
 * when no edge opens or closes, survival is unchanged, and only the edges that changed,
 * the recipe bounds of the commodities they carry and the intakes of those recipes need
 * updating. Returns undefined when an edge opens or closes (the caller evaluates fully).
 * This is what makes attribution's one-toggle counterfactuals cheap. With `scratch`, the
 * result's vectors are those arrays (no allocation per counterfactual; valid until they
 * are written again).
 */
/** Caller-owned vectors `evaluateNear` may write its result into (sized like the reference's). */
export interface NearScratch {
  readonly flowCap: Float64Array;
  readonly pathCap: Float64Array;
  readonly deliverable: Float64Array;
  readonly recipeCap: Float64Array;
}

export function nearScratchFor(net: CompiledNetwork): NearScratch {
  const arcs = net.graph.arcCount;
  return {
    flowCap: new Float64Array(arcs),
    pathCap: new Float64Array(arcs),
    deliverable: new Float64Array(net.intakes.length),
    recipeCap: new Float64Array(net.recipes.length),
  };
}

/** `source` copied into `scratch` when given and the same length, else into a new array. */
function copied(source: Float64Array, scratch: Float64Array | undefined): Float64Array {
  if (scratch === undefined || scratch.length !== source.length) return source.slice();
  scratch.set(source);
  return scratch;
}

export function evaluateNear(reference: NetworkState, edges: EdgeState, scratch?: NearScratch): NetworkState | undefined {
  const { net } = reference;
  const before = reference.edges.openCapacity;
  const after = edges.openCapacity;
  if (after.length !== before.length || reference.legalPrecursorsOnly) return undefined;
  const { edgeArc, arcClass, classScale } = net;
  const changed: number[] = [];
  for (let e = 0; e < after.length; e++) {
    if (after[e] === before[e]) continue;
    if (after[e] > 0 !== before[e] > 0) return undefined;
    changed.push(e);
  }
  const flowCap = copied(reference.flowCap, scratch?.flowCap);
  const pathCap = copied(reference.pathCap, scratch?.pathCap);
  const changedClasses = new Set<number>();
  for (const e of changed) {
    const a = edgeArc[e];
    flowCap[a] = pathCap[a] = after[e] * classScale[arcClass[a]];
    changedClasses.add(arcClass[a]);
  }
  const recipes = new Set<number>();
  const intakes = new Set<number>();
  for (const k of changedClasses) {
    for (const r of net.cappedRecipesOfClass.get(k) ?? []) {
      recipes.add(r);
      for (const input of net.recipes[r].inputs) intakes.add(input.intake);
    }
  }
  const deliverable = copied(reference.deliverable, scratch?.deliverable);
  for (const i of intakes) if (changedClasses.has(net.intakes[i].commodityClass)) deliverable[i] = Number.NaN;
  const recipeCap = copied(reference.recipeCap, scratch?.recipeCap);
  boundRecipes(net, reference.survival, new DeliverableSolver(net, after), deliverable, recipeCap, recipes);
  setIntakes(net, reference.survival, recipeCap, flowCap, pathCap, intakes);
  return { net, legalPrecursorsOnly: false, edges, edgeKg: after, survival: reference.survival, recipeCap, deliverable, flowCap, pathCap };
}
