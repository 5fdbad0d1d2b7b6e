/**
 * The node and edge attributes the graph formats carry (GEXF, GraphML, CSV), in one table
 * so the three formats agree on names, types and meaning (docs/formats.md lists them).
 *
 * `origin` says what an importer does with an attribute:
 * - "dataset": a field of the dataset, read back on import (the round trip keeps it);
 * - "context": a name from the dataset's other sections (the commodity's kind and name,
 *   the jurisdiction's name), written so that a format without those sections can still
 *   declare them on import;
 * - "scenario": computed under the snapshot's scenario (status, open capacity, flow...),
 *   ignored on import because it is recomputed from the dataset.
 *
 * Lists (sources, changedBy) are joined with ';' (ids never contain one). Recipes, a
 * nested structure, travel as JSON text in the `recipes` attribute of labs.
 */
import type { Commodity, DatasetEdge, DatasetNode } from "../model/types";
import type { SnapshotEdge, SnapshotNode } from "./snapshot/snapshot-types";

export type AttributeType = "string" | "double" | "boolean";
export type AttributeOrigin = "dataset" | "context" | "scenario";
export type AttributeValue = string | number | boolean;

export interface AttributeSpec<Item> {
  readonly name: string;
  readonly type: AttributeType;
  readonly origin: AttributeOrigin;
  readonly description: string;
  /** The value to write, or undefined when the item has none. */
  value(item: Item): AttributeValue | undefined;
}

export interface NodeItem {
  readonly node: DatasetNode;
  readonly jurisdictionName: string | undefined;
  /** Absent in exports that carry no scenario (the timeline's static part). */
  readonly state: SnapshotNode | undefined;
}

export interface EdgeItem {
  readonly edge: DatasetEdge;
  readonly commodity: Commodity | undefined;
  readonly state: SnapshotEdge | undefined;
}

export const LIST_SEPARATOR = ";";

function list(values: readonly string[] | undefined): string | undefined {
  return values === undefined ? undefined : values.join(LIST_SEPARATOR);
}

export const NODE_ATTRIBUTES: readonly AttributeSpec<NodeItem>[] = [
  { name: "kind", type: "string", origin: "dataset", description: "node kind (producer, broker, lab, market...)", value: (i) => i.node.kind },
  { name: "jurisdiction", type: "string", origin: "dataset", description: "jurisdiction code (CN, MX, US...)", value: (i) => i.node.jurisdiction },
  { name: "jurisdictionName", type: "string", origin: "context", description: "the jurisdiction's name", value: (i) => i.jurisdictionName },
  { name: "shortLabel", type: "string", origin: "dataset", description: "short name for crowded views", value: (i) => i.node.shortLabel },
  { name: "role", type: "string", origin: "dataset", description: "finer role", value: (i) => i.node.role },
  { name: "description", type: "string", origin: "dataset", description: "description", value: (i) => i.node.description },
  { name: "lat", type: "double", origin: "dataset", description: "latitude", value: (i) => i.node.coordinates?.lat },
  { name: "lon", type: "double", origin: "dataset", description: "longitude", value: (i) => i.node.coordinates?.lon },
  { name: "capacity", type: "double", origin: "dataset", description: "node capacity, kg/month", value: (i) => i.node.capacity },
  { name: "recipes", type: "string", origin: "dataset", description: "lab recipes as JSON text", value: (i) => (i.node.recipes ? JSON.stringify(i.node.recipes) : undefined) },
  { name: "sources", type: "string", origin: "dataset", description: "source ids, ';'-separated", value: (i) => list(i.node.sources) },
  { name: "unverified", type: "boolean", origin: "dataset", description: "no primary source confirms it", value: (i) => i.node.unverified },
  { name: "survived", type: "boolean", origin: "scenario", description: "on a surviving route", value: (i) => i.state?.survived },
  { name: "chokepoint", type: "boolean", origin: "scenario", description: "on every surviving route", value: (i) => i.state?.chokepoint },
  { name: "flowIn", type: "double", origin: "scenario", description: "flow on incoming edges, kg/month", value: (i) => i.state?.flowIn },
  { name: "flowOut", type: "double", origin: "scenario", description: "flow on outgoing edges, kg/month", value: (i) => i.state?.flowOut },
];

export const EDGE_ATTRIBUTES: readonly AttributeSpec<EdgeItem>[] = [
  { name: "commodity", type: "string", origin: "dataset", description: "commodity id", value: (i) => i.edge.commodity },
  { name: "commodityKind", type: "string", origin: "context", description: "the commodity's kind (precursor, product...)", value: (i) => i.commodity?.kind },
  { name: "commodityName", type: "string", origin: "context", description: "the commodity's name", value: (i) => i.commodity?.name },
  { name: "capacity", type: "double", origin: "dataset", description: "capacity, kg/month", value: (i) => i.edge.capacity },
  { name: "mode", type: "string", origin: "dataset", description: "transport mode", value: (i) => i.edge.mode },
  { name: "channel", type: "string", origin: "dataset", description: "declared, mislabeled or smuggled", value: (i) => i.edge.channel },
  { name: "licitConsignee", type: "boolean", origin: "dataset", description: "the receiver is a legitimate buyer", value: (i) => i.edge.licitConsignee },
  { name: "status", type: "string", origin: "dataset", description: "base legal status (no intervention)", value: (i) => i.edge.status },
  { name: "description", type: "string", origin: "dataset", description: "description", value: (i) => i.edge.description },
  { name: "sources", type: "string", origin: "dataset", description: "source ids, ';'-separated", value: (i) => list(i.edge.sources) },
  { name: "unverified", type: "boolean", origin: "dataset", description: "no primary source confirms it", value: (i) => i.edge.unverified },
  { name: "scenarioStatus", type: "string", origin: "scenario", description: "legal status under the scenario", value: (i) => i.state?.status },
  { name: "openCapacity", type: "double", origin: "scenario", description: "open capacity under the scenario, kg/month", value: (i) => i.state?.openCapacity },
  { name: "flow", type: "double", origin: "scenario", description: "flow in the maximum flow, kg/month", value: (i) => i.state?.flow },
  { name: "survived", type: "boolean", origin: "scenario", description: "on a surviving route", value: (i) => i.state?.survived },
  { name: "closed", type: "boolean", origin: "scenario", description: "open capacity 0", value: (i) => i.state?.closed },
  { name: "changedBy", type: "string", origin: "scenario", description: "interventions that changed it, ';'-separated", value: (i) => list(i.state?.changes.map((c) => c.intervention)) },
];

/** The attribute items of a snapshot-like input, aligned with dataset.nodes / dataset.edges. */
export function nodeItems(
  nodes: readonly DatasetNode[],
  jurisdictions: readonly { readonly id: string; readonly name: string }[],
  states: readonly SnapshotNode[] | undefined,
): NodeItem[] {
  const names = new Map(jurisdictions.map((j) => [j.id, j.name]));
  return nodes.map((node, i) => ({ node, jurisdictionName: names.get(node.jurisdiction), state: states?.[i] }));
}

export function edgeItems(edges: readonly DatasetEdge[], commodities: readonly Commodity[], states: readonly SnapshotEdge[] | undefined): EdgeItem[] {
  const byId = new Map(commodities.map((c) => [c.id, c]));
  return edges.map((edge, i) => ({ edge, commodity: byId.get(edge.commodity), state: states?.[i] }));
}

/** Numbers in JavaScript's shortest round-trip form; booleans as true/false. */
export function formatAttribute(value: AttributeValue): string {
  return typeof value === "string" ? value : String(value);
}
