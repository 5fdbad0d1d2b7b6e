/**
 * Labs and recipes (SEMANTICS.md): a lab holds one or more recipes (alternatives), only
 * labs hold recipes, and a recipe produces a commodity of kind "product". A recipe may
 * take the product itself (pill pressing: powder in, pills out), but then as its only
 * input: product is counted in fentanyl-equivalent, so mixing it with precursors has no
 * meaning the analysis could honour (it refuses such a recipe; we say so here first).
 */
import type { Commodity } from "../types";
import { eachItem, type Check } from "./context";

export const checkRecipes: Check = (context) => {
  const commodityById = new Map<string, Commodity>();
  eachItem(context.parts.commodities, "commodities", (commodity) => {
    if (!commodityById.has(commodity.id)) commodityById.set(commodity.id, commodity);
  });
  eachItem(context.parts.nodes, "nodes", (node, path) => {
    const recipes = node.recipes;
    if (node.kind === "lab") {
      if (!recipes || recipes.length === 0)
        context.report("lab-without-recipes", recipes ? `${path}/recipes` : path, `lab '${node.id}' has no recipes: a lab needs at least one recipe to produce anything`);
    } else if (recipes) {
      context.report("recipes-on-non-lab", `${path}/recipes`, `node '${node.id}' is a ${node.kind}, not a lab: only labs hold recipes`);
    }
    recipes?.forEach((recipe, r) => {
      const output = commodityById.get(recipe.output);
      if (output && output.kind !== "product")
        context.report(
          "recipe-output-not-product",
          `${path}/recipes/${r}/output`,
          `recipe '${recipe.id}' outputs '${output.id}', a ${output.kind}: a recipe's output must be a commodity of kind 'product'`,
        );
      if (recipe.inputs.length < 2) return;
      recipe.inputs.forEach((input, k) => {
        if (commodityById.get(input.commodity)?.kind === "product")
          context.report(
            "recipe-product-input-mixed",
            `${path}/recipes/${r}/inputs/${k}/commodity`,
            `recipe '${recipe.id}' takes the product '${input.commodity}' with other inputs: a recipe that transforms product (pill pressing) must take it as its only input`,
          );
      });
    });
  });
};
