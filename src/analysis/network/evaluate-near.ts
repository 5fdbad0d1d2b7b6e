/**
 * Incremental evaluation: the same result as `evaluateNetwork(reference.net, edges)`,
 * computed from `reference` (an evaluation of a nearby scenario, not in loophole mode)
 * when the change allows it: when no edge opens or closes, survival is unchanged, and
 * only the edges that changed, the recipe bounds of the commodities they carry and the
 * intakes of those recipes need updating. Returns undefined when an edge opens or closes
 * (the caller evaluates fully).
 *
 * This is what makes attribution's one-toggle counterfactuals cheap, so it allocates
 * nothing per call: the result's vectors, the marks that replace sets, and the
 * deliverable solver live in a `NearScratch` made once per compiled network (the result
 * stays valid until the scratch is used again). The scratch also lists the arcs whose
 * flow capacity may have changed (a superset, ascending), which lets the warm max-flow
 * (throughput.ts, maxFlowValueNear) look at those arcs only.
 */
import type { CompiledNetwork } from "./compiled-network";
import { DeliverableSolver } from "./deliverable";
import { boundRecipe, setIntake, type EdgeState, type NetworkState } from "./evaluate";

/** Vectors and marks `evaluateNear` works in, sized for one compiled network. */
export class NearScratch {
  readonly flowCap: Float64Array;
  readonly pathCap: Float64Array;
  readonly deliverable: Float64Array;
  readonly recipeCap: Float64Array;
  /** After a successful `evaluateNear`: every arc whose capacities may differ from the reference's, ascending. */
  readonly changedArcs: Int32Array;
  changedArcCount = 0;
  readonly solver: DeliverableSolver;
  private readonly changedEdges: Int32Array;
  private readonly classMark: Int32Array;
  private readonly recipeMark: Int32Array;
  private readonly intakeMark: Int32Array;
  private readonly recipes: Int32Array;
  private readonly intakes: Int32Array;
  private stamp = 0;
  /** What `collect` found: how many changed edges, recipes and intakes it listed. */
  private edgeCount = 0;
  private recipeCount = 0;
  private intakeCount = 0;

  constructor(readonly net: CompiledNetwork) {
    const arcs = net.graph.arcCount;
    this.flowCap = new Float64Array(arcs);
    this.pathCap = new Float64Array(arcs);
    this.deliverable = new Float64Array(net.intakes.length);
    this.recipeCap = new Float64Array(net.recipes.length);
    this.changedArcs = new Int32Array(arcs);
    this.changedEdges = new Int32Array(net.dataset.edges.length);
    this.classMark = new Int32Array(net.classScale.length);
    this.recipeMark = new Int32Array(net.recipes.length);
    this.recipes = new Int32Array(net.recipes.length);
    this.intakeMark = new Int32Array(net.intakes.length);
    this.intakes = new Int32Array(net.intakes.length);
    this.solver = new DeliverableSolver(net, new Float64Array(0));
  }

  /** Lists the changed edges, their classes' capped recipes and those recipes' intakes; false when an edge opens or closes. */
  private collect(before: Float64Array, after: Float64Array): boolean {
    const { net, changedEdges, classMark, recipeMark, recipes, intakeMark, intakes } = this;
    let edges = 0;
    for (let e = 0; e < after.length; e++) {
      if (after[e] === before[e]) continue;
      if (after[e] > 0 !== before[e] > 0) return false;
      changedEdges[edges++] = e;
    }
    const stamp = ++this.stamp;
    let recipeCount = 0;
    let intakeCount = 0;
    for (let i = 0; i < edges; i++) {
      const k = net.arcClass[net.edgeArc[changedEdges[i]]];
      if (classMark[k] === stamp) continue;
      classMark[k] = stamp;
      for (const r of net.cappedRecipesOfClass.get(k) ?? []) {
        if (recipeMark[r] === stamp) continue;
        recipeMark[r] = stamp;
        recipes[recipeCount++] = r;
        for (const input of net.recipes[r].inputs) {
          if (intakeMark[input.intake] === stamp) continue;
          intakeMark[input.intake] = stamp;
          intakes[intakeCount++] = input.intake;
        }
      }
    }
    this.edgeCount = edges;
    this.recipeCount = recipeCount;
    this.intakeCount = intakeCount;
    return true;
  }

  /** The scratch's result for `edges`, near `reference` (see the module header). */
  evaluate(reference: NetworkState, edges: EdgeState): NetworkState | undefined {
    const { net } = this;
    const before = reference.edges.openCapacity;
    const after = edges.openCapacity;
    if (reference.net !== net || after.length !== before.length || reference.legalPrecursorsOnly) return undefined;
    if (!this.collect(before, after)) return undefined;
    const { flowCap, pathCap, deliverable, recipeCap, changedArcs, changedEdges, classMark, recipes, intakes, solver } = this;
    const { edgeArc, arcClass, classScale } = net;
    const stamp = this.stamp;
    flowCap.set(reference.flowCap);
    pathCap.set(reference.pathCap);
    let arcCount = 0;
    for (let i = 0; i < this.edgeCount; i++) {
      const e = changedEdges[i];
      const a = edgeArc[e];
      flowCap[a] = pathCap[a] = after[e] * classScale[arcClass[a]];
      changedArcs[arcCount++] = a;
    }
    deliverable.set(reference.deliverable);
    for (let k = 0; k < this.intakeCount; k++) {
      const intake = net.intakes[intakes[k]];
      if (classMark[intake.commodityClass] === stamp) deliverable[intakes[k]] = Number.NaN;
      changedArcs[arcCount++] = intake.arc;
    }
    recipeCap.set(reference.recipeCap);
    solver.reset(after);
    const { survival } = reference;
    for (let k = 0; k < this.recipeCount; k++) boundRecipe(net, survival, solver, deliverable, recipeCap, recipes[k]);
    for (let k = 0; k < this.intakeCount; k++) setIntake(net, survival, recipeCap, flowCap, pathCap, intakes[k]);
    this.changedArcCount = sortAscending(changedArcs, arcCount);
    return { net, legalPrecursorsOnly: false, edges, edgeKg: after, survival, recipeCap, deliverable, flowCap, pathCap };
  }
}

/** Insertion sort of the first `count` values (a handful per toggle); returns `count`. */
function sortAscending(values: Int32Array, count: number): number {
  for (let i = 1; i < count; i++) {
    const value = values[i];
    let j = i - 1;
    while (j >= 0 && values[j] > value) {
      values[j + 1] = values[j];
      j--;
    }
    values[j + 1] = value;
  }
  return count;
}

/**
 * `evaluateNetwork(reference.net, edges)` from `reference`, or undefined when an edge
 * opens or closes. Without `scratch` a new one is made (tests, one-off callers); with it
 * the result shares its vectors (valid until the scratch is used again).
 */
export function evaluateNear(reference: NetworkState, edges: EdgeState, scratch: NearScratch = new NearScratch(reference.net)): NetworkState | undefined {
  return scratch.evaluate(reference, edges);
}
