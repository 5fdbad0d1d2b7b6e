/**
 * Orders the nodes inside each column of a layered drawing to reduce edge crossings.
 *
 * Algorithm: the barycenter heuristic of Sugiyama, Tagawa and Toda ("Methods for visual
 * understanding of hierarchical system structures", IEEE SMC 11(2), 1981). Sweeps go left
 * to right, then right to left; in each column a node moves to the mean height of its
 * neighbours in the columns already placed on the fixed side (long edges count with the
 * neighbour's height, no dummy nodes). A node without such neighbours keeps its height.
 * Sorting is stable and stays inside the node's band. After every sweep the crossings are
 * counted (crossings.ts) and the best order seen is kept, so the result never has more
 * crossings than the input order.
 */
import { countCrossings } from "./crossings";
import { initialOrder, rowPositions, type LayerOrder, type LayeredEdge, type LayeredNode } from "./layered-graph";

export interface BarycenterOptions {
  /** Number of sweep pairs (left-to-right then right-to-left). */
  readonly sweeps: number;
}

export const DEFAULT_BARYCENTER_OPTIONS: BarycenterOptions = { sweeps: 12 };

export function orderByBarycenter(
  nodes: readonly LayeredNode[],
  edges: readonly LayeredEdge[],
  options: Partial<BarycenterOptions> = {},
): LayerOrder {
  const { sweeps } = { ...DEFAULT_BARYCENTER_OPTIONS, ...options };
  if (!Number.isInteger(sweeps) || sweeps < 0) throw new RangeError(`sweeps must be a non-negative integer, got ${sweeps}`);
  const neighbours = adjacency(nodes.length, edges);
  let order = initialOrder(nodes);
  let best = { order: order.map((column) => column.slice()), crossings: countCrossings(nodes, edges, order) };
  for (let sweep = 0; sweep < sweeps && best.crossings > 0; sweep++) {
    for (let layer = 1; layer < order.length; layer++) order = reorderLayer(order, layer, nodes, neighbours, -1);
    for (let layer = order.length - 2; layer >= 0; layer--) order = reorderLayer(order, layer, nodes, neighbours, +1);
    const crossings = countCrossings(nodes, edges, order);
    if (crossings < best.crossings) best = { order: order.map((column) => column.slice()), crossings };
  }
  return best.order;
}

function adjacency(nodeCount: number, edges: readonly LayeredEdge[]): number[][] {
  const neighbours: number[][] = Array.from({ length: nodeCount }, () => []);
  for (const { source, target } of edges) {
    if (source === target) continue;
    neighbours[source].push(target);
    neighbours[target].push(source);
  }
  return neighbours;
}

/** Sorts one layer by the barycenter of its neighbours on the fixed side (-1 left, +1 right). */
function reorderLayer(
  order: number[][],
  layer: number,
  nodes: readonly LayeredNode[],
  neighbours: readonly number[][],
  side: -1 | 1,
): number[][] {
  const y = rowPositions(order, nodes.length);
  const key = new Map<number, number>();
  for (const node of order[layer]) {
    let sum = 0;
    let count = 0;
    for (const other of neighbours[node]) {
      const otherLayer = nodes[other].layer;
      if (side < 0 ? otherLayer < layer : otherLayer > layer) {
        sum += y[other];
        count++;
      }
    }
    key.set(node, count > 0 ? sum / count : y[node]);
  }
  const sorted = order[layer]
    .map((node, row) => ({ node, row }))
    .sort((a, b) => nodes[a.node].band - nodes[b.node].band || key.get(a.node)! - key.get(b.node)! || a.row - b.row)
    .map(({ node }) => node);
  const next = order.slice();
  next[layer] = sorted;
  return next;
}
