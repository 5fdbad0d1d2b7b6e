/**
 * The dataset as a graphology graph, for the browser views (sigma) and for exports.
 * A multigraph, because two actors can trade several commodities (one edge each); keys
 * are the dataset ids, attributes are shallow copies of the dataset items, so changing the
 * graph (layout positions, for instance) never touches the dataset.
 */
import { MultiDirectedGraph } from "graphology";
import type { Dataset, DatasetEdge, DatasetNode } from "./types";

export type DatasetGraph = MultiDirectedGraph<DatasetNode, DatasetEdge>;

/** Builds the graph of a validated dataset (graphology throws on unknown nodes or duplicate ids). */
export function buildGraph(dataset: Dataset): DatasetGraph {
  const graph: DatasetGraph = new MultiDirectedGraph<DatasetNode, DatasetEdge>({ allowSelfLoops: false });
  for (const node of dataset.nodes) graph.addNode(node.id, { ...node });
  for (const edge of dataset.edges) graph.addDirectedEdgeWithKey(edge.id, edge.source, edge.target, { ...edge });
  return graph;
}
