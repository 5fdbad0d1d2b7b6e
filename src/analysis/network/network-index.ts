/**
 * The little index the compiled network needs: node and commodity positions by id, and
 * each edge's endpoints and commodity as typed arrays. Lighter than the model's
 * `DatasetIndex` (no map of edge ids, no selector codes), which matters at 10^6 edges.
 */
import type { Dataset } from "../../model/types";
import { AnalysisError } from "../errors";

export interface NetworkIndex {
  readonly nodeIndexById: ReadonlyMap<string, number>;
  readonly commodityIndexById: ReadonlyMap<string, number>;
  readonly edgeSource: Int32Array;
  readonly edgeTarget: Int32Array;
  readonly edgeCommodity: Int32Array;
}

function positions(items: readonly { readonly id: string }[]): Map<string, number> {
  const map = new Map<string, number>();
  for (let i = 0; i < items.length; i++) if (!map.has(items[i].id)) map.set(items[i].id, i);
  return map;
}

/** Throws "dangling-reference" for an edge naming an undeclared node or commodity. */
export function buildNetworkIndex(dataset: Dataset): NetworkIndex {
  const nodeIndexById = positions(dataset.nodes);
  const commodityIndexById = positions(dataset.commodities);
  const { edges } = dataset;
  const edgeSource = new Int32Array(edges.length);
  const edgeTarget = new Int32Array(edges.length);
  const edgeCommodity = new Int32Array(edges.length);
  for (let e = 0; e < edges.length; e++) {
    const edge = edges[e];
    const source = nodeIndexById.get(edge.source);
    const target = nodeIndexById.get(edge.target);
    const commodity = commodityIndexById.get(edge.commodity);
    if (source === undefined || target === undefined || commodity === undefined)
      throw new AnalysisError("dangling-reference", `edges[${e}]`, "names a node or commodity the dataset does not declare");
    edgeSource[e] = source;
    edgeTarget[e] = target;
    edgeCommodity[e] = commodity;
  }
  return { nodeIndexById, commodityIndexById, edgeSource, edgeTarget, edgeCommodity };
}
