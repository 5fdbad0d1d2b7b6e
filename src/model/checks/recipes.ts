/**
 * Labs and recipes (SEMANTICS.md): a lab holds one or more recipes (alternatives), only
 * labs hold recipes, and a recipe produces a commodity of kind "product".
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
    });
  });
};
