/** Duplicate ids: per collection, and recipe ids within one lab. */
import { COLLECTIONS, eachItem, type Check, type CheckContext } from "./context";

function reportDuplicates(context: CheckContext, ids: readonly (string | undefined)[], basePath: string, what: string): void {
  const firstIndex = new Map<string, number>();
  ids.forEach((id, index) => {
    if (id === undefined) return;
    const first = firstIndex.get(id);
    if (first === undefined) firstIndex.set(id, index);
    else context.report("duplicate-id", `${basePath}/${index}/id`, `duplicate ${what} id '${id}': ${basePath}/${first} already uses it`);
  });
}

const SINGULAR: Readonly<Record<(typeof COLLECTIONS)[number], string>> = {
  sources: "source",
  jurisdictions: "jurisdiction",
  commodities: "commodity",
  nodes: "node",
  edges: "edge",
  interventions: "intervention",
  events: "event",
};

export const checkDuplicateIds: Check = (context) => {
  for (const name of COLLECTIONS) reportDuplicates(context, context.ids[name], `/${name}`, SINGULAR[name]);
  eachItem(context.parts.nodes, "nodes", (node, path) => {
    if (node.recipes) reportDuplicates(context, node.recipes.map((recipe) => recipe.id), `${path}/recipes`, "recipe");
  });
};
