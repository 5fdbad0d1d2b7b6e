/**
 * Test-side reading of an edge selector (SEMANTICS.md, "Applying a scenario to edges"):
 * fields AND together, values inside one field OR. Kept independent of src/scenario so
 * the dataset checks do not depend on the engine they feed.
 */
import type { Dataset, DatasetEdge, DatasetNode, EdgeSelector } from "../../../src/model/types";

export function nodeIndex(dataset: Dataset): ReadonlyMap<string, DatasetNode> {
  return new Map(dataset.nodes.map((node) => [node.id, node]));
}

export function selectorMatches(selector: EdgeSelector, edge: DatasetEdge, nodes: ReadonlyMap<string, DatasetNode>): boolean {
  const source = nodes.get(edge.source);
  const target = nodes.get(edge.target);
  if (!source || !target) return false;
  const checks: boolean[] = [];
  if (selector.commodities) checks.push(selector.commodities.includes(edge.commodity));
  if (selector.originJurisdictions) checks.push(selector.originJurisdictions.includes(source.jurisdiction));
  if (selector.destinationJurisdictions) checks.push(selector.destinationJurisdictions.includes(target.jurisdiction));
  if (selector.channels) checks.push(selector.channels.includes(edge.channel));
  if (selector.modes) checks.push(selector.modes.includes(edge.mode));
  if (selector.sourceKinds) checks.push(selector.sourceKinds.includes(source.kind));
  if (selector.targetKinds) checks.push(selector.targetKinds.includes(target.kind));
  if (selector.nodes) checks.push(selector.nodes.includes(edge.source) || selector.nodes.includes(edge.target));
  if (selector.edges) checks.push(selector.edges.includes(edge.id));
  if (selector.licitConsignee !== undefined) checks.push(selector.licitConsignee === edge.licitConsignee);
  return checks.length > 0 && checks.every(Boolean);
}

export function matchedEdges(dataset: Dataset, selector: EdgeSelector): readonly DatasetEdge[] {
  const nodes = nodeIndex(dataset);
  return dataset.edges.filter((edge) => selectorMatches(selector, edge, nodes));
}
