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
 * in the arcs plus the recipe inputs, on the CSR tables of `AndOrTables`.
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
  const { stateIntakeStart, stateIntakes, intakeRecipeStart, intakeRecipes, recipeInputStart, recipeInputs, intakeArc } = net.andOr;
  const { outStart, outArcs, head } = graph;
  const reached = new Uint8Array(graph.vertexCount);
  const recipeRuns = new Uint8Array(recipes.length);
  const intakeOpen = new Uint8Array(intakes.length);
  const missing = new Int32Array(recipes.length);
  for (let r = 0; r < recipes.length; r++) missing[r] = recipeInputStart[r + 1] - recipeInputStart[r];

  const queue = new Int32Array(graph.vertexCount);
  let size = 1;
  queue[0] = net.source;
  reached[net.source] = 1;
  for (let next = 0; next < size; next++) {
    const v = queue[next];
    // v as an input state: count it for every recipe that needs it.
    for (let k = stateIntakeStart[v]; k < stateIntakeStart[v + 1]; k++) {
      const i = stateIntakes[k];
      for (let j = intakeRecipeStart[i]; j < intakeRecipeStart[i + 1]; j++) {
        const r = intakeRecipes[j];
        if (--missing[r] > 0) continue;
        recipeRuns[r] = 1;
        for (let m = recipeInputStart[r]; m < recipeInputStart[r + 1]; m++) {
          const input = recipeInputs[m];
          if (intakeOpen[input]) continue;
          intakeOpen[input] = 1;
          // Every input state of a running recipe is reached: its intake leads on now.
          const w = head[intakeArc[input]];
          if (!reached[w]) {
            reached[w] = 1;
            queue[size++] = w;
          }
        }
      }
    }
    for (let k = outStart[v], end = outStart[v + 1]; k < end; k++) {
      const a = outArcs[k];
      const open = arcKind[a] === ARC_INTAKE ? intakeOpen[arcRef[a]] === 1 : capacity[a] > 0;
      const w = head[a];
      if (open && !reached[w]) {
        reached[w] = 1;
        queue[size++] = w;
      }
    }
  }
  return { reached, recipeRuns, intakeOpen };
}
