/**
 * Lab recipes as tables for the compiled network: per recipe its distinct inputs, the
 * input whose chain carries the flow (the *primary*), and whether its output needs a
 * separate bound; per (lab, input commodity) one *intake*; per commodity the smallest
 * ratio, which fixes the unit its chains are scaled in.
 *
 * A recipe may also take the product itself as its only input (pill pressing: powder in,
 * pills out); product is fungible in fentanyl-equivalent, so such a recipe passes product
 * through the lab, bounded by the lab's capacity.
 *
 * The primary input is the one of highest commodity kind (immediate-precursor, then
 * precursor, pre-precursor, reagent), the first listed on ties: the chemical that defines
 * the synthesis route and that controls target, so the route competition that matters is
 * the one computed exactly by max-flow. See docs/analysis.md.
 */
import type { NetworkIndex } from "./network-index";
import type { Commodity, Dataset, Recipe } from "../../model/types";
import { AnalysisError } from "../errors";
import { PRODUCT_CLASS, type CompiledRecipe } from "./compiled-network";

const PRIMARY_RANK: Readonly<Record<Commodity["kind"], number>> = {
  "immediate-precursor": 3,
  precursor: 2,
  "pre-precursor": 1,
  reagent: 0,
  product: -1,
};

export interface IntakeTable {
  readonly lab: number;
  readonly commodity: number;
  readonly commodityClass: number;
  readonly recipes: number[];
  readonly primaryRecipes: number[];
}

export interface RecipeTables {
  readonly recipes: CompiledRecipe[];
  readonly intakes: IntakeTable[];
  /** Labs (dataset node indices) in dataset order. */
  readonly labNodes: number[];
  readonly recipesOfLab: Map<number, number[]>;
  /** Per commodity class used as an input: the smallest ratio, and every distinct ratio. */
  readonly classRatio: Map<number, number>;
  readonly classRatios: Map<number, number[]>;
}

interface RawInput {
  readonly commodity: number;
  readonly ratio: number;
}

function readInputs(dataset: Dataset, index: NetworkIndex, path: string, recipes: readonly Recipe[]): RawInput[][] {
  return recipes.map((r, j) => {
    const here = `${path}.recipes[${j}]`;
    const output = index.commodityIndexById.get(r.output);
    if (output === undefined) throw new AnalysisError("dangling-reference", `${here}.output`, `unknown commodity '${r.output}'`);
    if (dataset.commodities[output].kind !== "product")
      throw new AnalysisError("unsupported-recipe", `${here}.output`, `'${r.output}' is not a product; recipes must make the finished product`);
    const merged = new Map<number, number>();
    r.inputs.forEach((input, i) => {
      const c = index.commodityIndexById.get(input.commodity);
      if (c === undefined) throw new AnalysisError("dangling-reference", `${here}.inputs[${i}]`, `unknown commodity '${input.commodity}'`);
      if (dataset.commodities[c].kind === "product" && r.inputs.length > 1)
        throw new AnalysisError(
          "unsupported-recipe",
          `${here}.inputs[${i}]`,
          `'${input.commodity}' is a product: a recipe that transforms product (pill pressing) must have it as its only input`,
        );
      merged.set(c, (merged.get(c) ?? 0) + input.ratio);
    });
    if (merged.size === 0) throw new AnalysisError("unsupported-recipe", `${here}.inputs`, "a recipe needs at least one input");
    return [...merged].map(([commodity, ratio]) => ({ commodity, ratio }));
  });
}

export function recipeTables(dataset: Dataset, index: NetworkIndex, commodityClass: Int32Array): RecipeTables {
  const labNodes: number[] = [];
  const raw: { lab: number; id: string; path: string; inputs: RawInput[] }[] = [];
  dataset.nodes.forEach((node, v) => {
    if (node.kind !== "lab") return;
    labNodes.push(v);
    const path = `nodes[${v}]`;
    const inputs = readInputs(dataset, index, path, node.recipes ?? []);
    (node.recipes ?? []).forEach((recipe, j) => raw.push({ lab: v, id: recipe.id, path: `${path}.recipes[${j}]`, inputs: inputs[j] }));
  });

  const classRatios = new Map<number, number[]>();
  for (const recipe of raw) {
    for (const input of recipe.inputs) {
      const k = commodityClass[input.commodity];
      if (k === PRODUCT_CLASS) continue; // product is counted in fentanyl-equivalent already
      const list = classRatios.get(k) ?? [];
      if (!list.includes(input.ratio)) list.push(input.ratio);
      classRatios.set(k, list);
    }
  }
  const classRatio = new Map([...classRatios].map(([k, list]) => [k, Math.min(...list)]));
  for (const list of classRatios.values()) list.sort((a, b) => a - b);

  const intakes: IntakeTable[] = [];
  const intakeOf = new Map<number, number>();
  const recipesOfLab = new Map<number, number[]>();
  const recipes: CompiledRecipe[] = raw.map((recipe, r) => {
    let primary = 0;
    recipe.inputs.forEach((input, i) => {
      if (PRIMARY_RANK[dataset.commodities[input.commodity].kind] > PRIMARY_RANK[dataset.commodities[recipe.inputs[primary].commodity].kind])
        primary = i;
    });
    const inputs = recipe.inputs.map((input, i) => {
      const slot = recipe.lab * dataset.commodities.length + input.commodity;
      let intake = intakeOf.get(slot);
      if (intake === undefined) {
        intake = intakes.length;
        intakeOf.set(slot, intake);
        intakes.push({ lab: recipe.lab, commodity: input.commodity, commodityClass: commodityClass[input.commodity], recipes: [], primaryRecipes: [] });
      }
      intakes[intake].recipes.push(r);
      if (i === primary) intakes[intake].primaryRecipes.push(r);
      return { ...input, intake };
    });
    const single = inputs[0];
    const singleClass = commodityClass[single.commodity];
    const capped = inputs.length > 1 || (singleClass !== PRODUCT_CLASS && single.ratio > (classRatio.get(singleClass) ?? single.ratio));
    const ofLab = recipesOfLab.get(recipe.lab);
    if (ofLab) ofLab.push(r);
    else recipesOfLab.set(recipe.lab, [r]);
    return { id: recipe.id, lab: recipe.lab, path: recipe.path, inputs, primary, capped };
  });
  return { recipes, intakes, labNodes, recipesOfLab, classRatio, classRatios };
}
