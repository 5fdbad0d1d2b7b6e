/**
 * A graph drawn in vertical layers (columns): the shared input of the barycenter ordering
 * and the crossing counter. Nodes are referred to by index; an edge may skip layers or
 * stay inside one (it is then drawn vertically and crosses nothing we count).
 */
export interface LayeredNode {
  /** Column, 0 = leftmost. */
  readonly layer: number;
  /** Group inside the column: bands are stacked top to bottom in increasing order. */
  readonly band: number;
}

export interface LayeredEdge {
  readonly source: number;
  readonly target: number;
}

/** Node indexes of every layer, top to bottom. */
export type LayerOrder = readonly (readonly number[])[];

/** Vertical position of every node for an order: rows centred on 0, one unit apart. */
export function rowPositions(order: LayerOrder, nodeCount: number): Float64Array {
  const y = new Float64Array(nodeCount);
  for (const column of order) {
    const middle = (column.length - 1) / 2;
    column.forEach((node, row) => {
      y[node] = row - middle;
    });
  }
  return y;
}

/** The input order: each layer lists its nodes in index order, grouped by band. */
export function initialOrder(nodes: readonly LayeredNode[]): number[][] {
  const layerCount = nodes.reduce((max, node) => Math.max(max, node.layer + 1), 0);
  const order: number[][] = Array.from({ length: layerCount }, () => []);
  nodes.forEach((node, index) => order[node.layer].push(index));
  for (const column of order) column.sort((a, b) => nodes[a].band - nodes[b].band || a - b);
  return order;
}
