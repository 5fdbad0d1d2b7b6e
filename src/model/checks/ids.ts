/** Duplicate ids: per collection (found while building the context), and recipe ids within one lab. */
import { eachItem, type Check, type CollectionName } from "./context";

const SINGULAR: Readonly<Record<CollectionName, string>> = {
  sources: "source",
  jurisdictions: "jurisdiction",
  commodities: "commodity",
  nodes: "node",
  edges: "edge",
  interventions: "intervention",
  events: "event",
};

export const checkDuplicateIds: Check = (context) => {
  for (const { collection, index, first } of context.duplicates) {
    const id = context.ids[collection][index];
    context.report("duplicate-id", `/${collection}/${index}/id`, `duplicate ${SINGULAR[collection]} id '${id}': /${collection}/${first} already uses it`);
  }
  eachItem(context.parts.nodes, "nodes", (node, path) => {
    const seen = new Map<string, number>();
    node.recipes?.forEach((recipe, index) => {
      const first = seen.get(recipe.id);
      if (first === undefined) seen.set(recipe.id, index);
      else context.report("duplicate-id", `${path}/recipes/${index}/id`, `duplicate recipe id '${recipe.id}' in lab '${node.id}': ${path}/recipes/${first} already uses it`);
    });
  });
};
