/**
 * References by id: every place the dataset names a source, jurisdiction, commodity,
 * node, edge or intervention must name one that is declared. References are listed by
 * one function per item type, then checked in one loop.
 */
import { didYouMean } from "../suggest";
import type { DatasetErrorKind } from "../dataset-errors";
import type { EdgeSelector } from "../types";
import { eachItem, type Check, type CheckContext, type CollectionName } from "./context";

export interface Reference {
  readonly path: string;
  readonly id: string;
  readonly collection: CollectionName;
  /** Overrides the default error kind for this reference. */
  readonly kind?: DatasetErrorKind;
}

const UNKNOWN_KIND: Readonly<Partial<Record<CollectionName, DatasetErrorKind>>> = {
  sources: "unknown-source",
  jurisdictions: "unknown-jurisdiction",
  commodities: "unknown-commodity",
  nodes: "unknown-node",
  edges: "unknown-edge",
  interventions: "unknown-intervention",
};

const NOUN: Readonly<Partial<Record<CollectionName, string>>> = {
  sources: "source",
  jurisdictions: "jurisdiction",
  commodities: "commodity",
  nodes: "node",
  edges: "edge",
  interventions: "intervention",
};

type Visit = (ref: Reference) => void;

function sourcesOf(path: string, sources: readonly string[] | undefined, visit: Visit): void {
  sources?.forEach((id, k) => visit({ path: `${path}/sources/${k}`, id, collection: "sources" }));
}

export function selectorReferences(path: string, selector: EdgeSelector, visit: Visit): void {
  const fields: [keyof EdgeSelector, CollectionName][] = [
    ["commodities", "commodities"],
    ["originJurisdictions", "jurisdictions"],
    ["destinationJurisdictions", "jurisdictions"],
    ["nodes", "nodes"],
    ["edges", "edges"],
  ];
  for (const [field, collection] of fields) {
    const ids = selector[field] as readonly string[] | undefined;
    ids?.forEach((id, k) => visit({ path: `${path}/${field}/${k}`, id, collection }));
  }
}

/** Visits every reference made by the sound items of the dataset. */
export function forEachReference(context: CheckContext, visit: Visit): void {
  const { parts } = context;
  eachItem(parts.jurisdictions, "jurisdictions", (item, path) => sourcesOf(path, item.sources, visit));
  eachItem(parts.commodities, "commodities", (item, path) => sourcesOf(path, item.sources, visit));
  eachItem(parts.nodes, "nodes", (node, path) => {
    visit({ path: `${path}/jurisdiction`, id: node.jurisdiction, collection: "jurisdictions" });
    sourcesOf(path, node.sources, visit);
    node.recipes?.forEach((recipe, r) => {
      const recipePath = `${path}/recipes/${r}`;
      recipe.inputs.forEach((input, k) =>
        visit({ path: `${recipePath}/inputs/${k}/commodity`, id: input.commodity, collection: "commodities", kind: "recipe-input-not-commodity" }),
      );
      visit({ path: `${recipePath}/output`, id: recipe.output, collection: "commodities" });
      sourcesOf(recipePath, recipe.sources, visit);
    });
  });
  eachItem(parts.edges, "edges", (edge, path) => {
    visit({ path: `${path}/source`, id: edge.source, collection: "nodes" });
    visit({ path: `${path}/target`, id: edge.target, collection: "nodes" });
    visit({ path: `${path}/commodity`, id: edge.commodity, collection: "commodities" });
    sourcesOf(path, edge.sources, visit);
  });
  eachItem(parts.interventions, "interventions", (intervention, path) => {
    visit({ path: `${path}/actor`, id: intervention.actor, collection: "jurisdictions" });
    sourcesOf(path, intervention.sources, visit);
    if (intervention.kind === "cooperation") {
      intervention.modifies.forEach((target, k) =>
        visit({ path: `${path}/modifies/${k}/intervention`, id: target.intervention, collection: "interventions" }),
      );
    } else {
      selectorReferences(`${path}/target`, intervention.target, visit);
    }
  });
  eachItem(parts.events, "events", (event, path) => {
    sourcesOf(path, event.sources, visit);
    event.changes.forEach((change, k) =>
      visit({ path: `${path}/changes/${k}/intervention`, id: change.intervention, collection: "interventions" }),
    );
  });
}

/** Which other collection, if any, declares `id`: "(it is a node, not a commodity)". */
function otherCollectionHint(context: CheckContext, id: string, expected: CollectionName): string {
  for (const [collection, noun] of Object.entries(NOUN) as [CollectionName, string][]) {
    if (collection !== expected && context.known[collection]?.has(id)) return ` (it is a ${noun})`;
  }
  return "";
}

/** True when the reference names an id its collection lacks (never for a missing collection). */
export function isDangling(context: CheckContext, ref: Reference): boolean {
  const known = context.known[ref.collection];
  // A missing or malformed collection is reported once, structurally; its references are not.
  return known !== undefined && !known.has(ref.id);
}

export const checkReferences: Check = (context) => {
  forEachReference(context, (ref) => {
    if (!isDangling(context, ref)) return;
    const known = context.known[ref.collection]!;
    const noun = NOUN[ref.collection]!;
    const kind = ref.kind ?? UNKNOWN_KIND[ref.collection]!;
    const hint = otherCollectionHint(context, ref.id, ref.collection) || didYouMean(ref.id, known);
    const message =
      kind === "recipe-input-not-commodity"
        ? `recipe input '${ref.id}' is not a commodity${hint}: inputs must be declared in 'commodities'`
        : `unknown ${noun} '${ref.id}'${hint}: no entry of '${ref.collection}' has this id`;
    context.report(kind, ref.path, message);
  });
};
