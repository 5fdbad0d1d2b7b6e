/**
 * Survival: AND-OR reachability from the producers.
 *
 * Reference: W. F. Dowling and J. H. Gallier, "Linear-time algorithms for testing the
 * satisfiability of propositional Horn formulae", Journal of Logic Programming 1(3)
 * (1984) 267-284 (the counter-per-clause forward chaining used here).
 *
 * A state is reached when an open arc leads to it from a reached vertex (OR). A recipe
 * runs when every one of its inputs has reached the lab (AND): each recipe keeps a count
 * of inputs still missing, decremented as input states are reached; when it hits zero
 * the recipe runs and opens the intake arcs of its inputs into the lab's output. Linear
 * in the arcs plus the recipe inputs.
 */
import { ARC_INTAKE, type CompiledNetwork } from "./compiled-network";

export interface Survival {
  /** Per vertex: 1 when reached from the producers. */
  readonly reached: Uint8Array;
  /** Per recipe: 1 when every input reaches the lab. */
  readonly recipeRuns: Uint8Array;
  /** Per intake: 1 when some running recipe uses that input. */
  readonly intakeOpen: Uint8Array;
}

/**
 * @param capacity per logical arc; an arc is open when its capacity is positive. Intake
 *   arcs are ignored here: they open when a recipe that uses them runs.
 */
export function survive(net: CompiledNetwork, capacity: Float64Array): Survival {
  const { graph, arcKind, arcRef, recipes, intakes } = net;
  const { outStart, outArcs, head } = graph;
  const reached = new Uint8Array(graph.vertexCount);
  const recipeRuns = new Uint8Array(recipes.length);
  const intakeOpen = new Uint8Array(intakes.length);
  const missing = Int32Array.from(recipes, (recipe) => recipe.inputs.length);
  const intakesAt = new Map<number, number[]>();
  intakes.forEach((intake, i) => intakesAt.set(intake.state, [...(intakesAt.get(intake.state) ?? []), i]));

  const queue = new Int32Array(graph.vertexCount);
  let tailIndex = 0;
  const visit = (v: number): void => {
    if (reached[v]) return;
    reached[v] = 1;
    queue[tailIndex++] = v;
    for (const i of intakesAt.get(v) ?? []) {
      for (const r of intakes[i].recipes) {
        if (--missing[r] > 0) continue;
        recipeRuns[r] = 1;
        for (const input of recipes[r].inputs) {
          const j = input.intake;
          if (intakeOpen[j]) continue;
          intakeOpen[j] = 1;
          // The input state is already reached (the recipe runs), so its intake leads on now.
          visit(head[intakes[j].arc]);
        }
      }
    }
  };

  visit(net.source);
  for (let next = 0; next < tailIndex; next++) {
    const v = queue[next];
    for (let k = outStart[v], end = outStart[v + 1]; k < end; k++) {
      const a = outArcs[k];
      const open = arcKind[a] === ARC_INTAKE ? intakeOpen[arcRef[a]] === 1 : capacity[a] > 0;
      if (open) visit(head[a]);
    }
  }
  return { reached, recipeRuns, intakeOpen };
}
