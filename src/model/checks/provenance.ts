/**
 * Provenance: an item that cites no source must say so with `"unverified": true`, so that
 * modelled assumptions are never presented as sourced facts.
 */
import { eachItem, type Check } from "./context";

interface Sourced {
  readonly id: string;
  readonly sources: readonly string[];
  readonly unverified?: boolean;
}

function checkItem(context: Parameters<Check>[0], item: Sourced, path: string, noun: string): void {
  if (item.sources.length === 0 && item.unverified !== true)
    context.report("unsourced", `${path}/sources`, `${noun} '${item.id}' cites no source: add a source id, or mark it "unverified": true`);
}

export const checkProvenance: Check = (context) => {
  const { parts } = context;
  eachItem(parts.commodities, "commodities", (item, path) => checkItem(context, item, path, "commodity"));
  eachItem(parts.nodes, "nodes", (node, path) => {
    checkItem(context, node, path, "node");
    node.recipes?.forEach((recipe, r) => checkItem(context, recipe, `${path}/recipes/${r}`, "recipe"));
  });
  eachItem(parts.edges, "edges", (item, path) => checkItem(context, item, path, "edge"));
  eachItem(parts.interventions, "interventions", (item, path) => checkItem(context, item, path, "intervention"));
  eachItem(parts.events, "events", (item, path) => checkItem(context, item, path, "event"));
};
