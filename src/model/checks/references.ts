/**
 * References by id: every place the dataset names a source, jurisdiction, commodity,
 * node, edge or intervention must name one that is declared. One visitor lists the
 * references of every sound item; the check tests each against the declared ids.
 *
 * The visitor gets positional arguments and builds no path string: a dataset of 10^6
 * edges has millions of references, and a path is only needed for the few that dangle.
 */
import type { DatasetErrorKind } from "../dataset-errors";
import type { EdgeSelector } from "../types";
import { didYouMean } from "../suggest";
import { eachItem, type Check, type CheckContext, type CollectionName } from "./context";

/**
 * One reference: `id` should name an item of `collection`. Its JSON path is
 * `${base}/${field}`, plus `/${position}` when the field is an array.
 */
export type ReferenceVisitor = (id: string, collection: CollectionName, base: string, field: string, position?: number) => void;

export function referencePath(base: string, field: string, position?: number): string {
  return position === undefined ? `${base}/${field}` : `${base}/${field}/${position}`;
}

function sourcesOf(base: string, sources: readonly string[] | undefined, visit: ReferenceVisitor): void {
  if (sources) for (let k = 0; k < sources.length; k++) visit(sources[k], "sources", base, "sources", k);
}

const SELECTOR_FIELDS: readonly (readonly [keyof EdgeSelector, CollectionName])[] = [
  ["commodities", "commodities"],
  ["originJurisdictions", "jurisdictions"],
  ["destinationJurisdictions", "jurisdictions"],
  ["nodes", "nodes"],
  ["edges", "edges"],
];

/** The references of one selector; `base` is the selector's own path. */
export function selectorReferences(base: string, selector: EdgeSelector, visit: ReferenceVisitor): void {
  for (const [field, collection] of SELECTOR_FIELDS) {
    const ids = selector[field] as readonly string[] | undefined;
    ids?.forEach((id, k) => visit(id, collection, base, field, k));
  }
}

/** Visits every reference made by the sound items of the dataset. */
export function forEachReference(context: CheckContext, visit: ReferenceVisitor): void {
  const { parts } = context;
  eachItem(parts.jurisdictions, "jurisdictions", (item, path) => sourcesOf(path, item.sources, visit));
  eachItem(parts.commodities, "commodities", (item, path) => sourcesOf(path, item.sources, visit));
  eachItem(parts.nodes, "nodes", (node, path) => {
    visit(node.jurisdiction, "jurisdictions", path, "jurisdiction");
    sourcesOf(path, node.sources, visit);
    node.recipes?.forEach((recipe, r) => {
      const recipePath = `${path}/recipes/${r}`;
      recipe.inputs.forEach((input, k) => visit(input.commodity, "commodities", `${recipePath}/inputs/${k}`, "commodity"));
      visit(recipe.output, "commodities", recipePath, "output");
      sourcesOf(recipePath, recipe.sources, visit);
    });
  });
  eachItem(parts.edges, "edges", (edge, path) => {
    visit(edge.source, "nodes", path, "source");
    visit(edge.target, "nodes", path, "target");
    visit(edge.commodity, "commodities", path, "commodity");
    sourcesOf(path, edge.sources, visit);
  });
  eachItem(parts.interventions, "interventions", (intervention, path) => {
    visit(intervention.actor, "jurisdictions", path, "actor");
    sourcesOf(path, intervention.sources, visit);
    if (intervention.kind === "cooperation") {
      intervention.modifies.forEach((target, k) => visit(target.intervention, "interventions", `${path}/modifies/${k}`, "intervention"));
    } else {
      selectorReferences(`${path}/target`, intervention.target, visit);
    }
  });
  eachItem(parts.events, "events", (event, path) => {
    sourcesOf(path, event.sources, visit);
    event.changes.forEach((change, k) => visit(change.intervention, "interventions", `${path}/changes/${k}`, "intervention"));
  });
}

/** True when `id` is not declared in `collection` (never for a missing collection, reported once structurally). */
export function isDangling(context: CheckContext, id: string, collection: CollectionName): boolean {
  const known = context.known[collection];
  return known !== undefined && !known.has(id);
}

const UNKNOWN: Readonly<Record<Exclude<CollectionName, "events">, { readonly kind: DatasetErrorKind; readonly noun: string }>> = {
  sources: { kind: "unknown-source", noun: "source" },
  jurisdictions: { kind: "unknown-jurisdiction", noun: "jurisdiction" },
  commodities: { kind: "unknown-commodity", noun: "commodity" },
  nodes: { kind: "unknown-node", noun: "node" },
  edges: { kind: "unknown-edge", noun: "edge" },
  interventions: { kind: "unknown-intervention", noun: "intervention" },
};

/** "(it is a node)" when another collection declares the id, else a spelling suggestion. */
function hint(context: CheckContext, id: string, expected: CollectionName): string {
  for (const [collection, { noun }] of Object.entries(UNKNOWN) as [CollectionName, { noun: string }][]) {
    if (collection !== expected && context.known[collection]?.has(id)) return ` (it is a ${noun})`;
  }
  return didYouMean(id, context.known[expected]?.keys() ?? []);
}

export const checkReferences: Check = (context) => {
  forEachReference(context, (id, collection, base, field, position) => {
    if (!isDangling(context, id, collection)) return;
    const path = referencePath(base, field, position);
    const { kind, noun } = UNKNOWN[collection as Exclude<CollectionName, "events">];
    if (collection === "commodities" && path.includes("/inputs/")) {
      context.report("recipe-input-not-commodity", path, `recipe input '${id}' is not a commodity${hint(context, id, collection)}: inputs must be declared in 'commodities'`);
    } else {
      context.report(kind, path, `unknown ${noun} '${id}'${hint(context, id, collection)}: no entry of '${collection}' has this id`);
    }
  });
};
