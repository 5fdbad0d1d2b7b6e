/**
 * The one graphology graph of a session, built once from the dataset. It holds topology
 * and positions only; everything a scenario changes is drawn by the reducers
 * (style/display.ts), so toggling an intervention never rebuilds the graph.
 */
import { MultiDirectedGraph } from "graphology";
import type { Dataset } from "../../model/types";
import type { Positions } from "./layout/positions";

export interface SessionNodeAttributes {
  x: number;
  y: number;
  size: number;
  label: string;
  /** Index into dataset.nodes. */
  index: number;
}

export interface SessionEdgeAttributes {
  /** Index into dataset.edges. */
  index: number;
  /** Bend of the curved edge program; parallel edges get distinct bends. */
  curvature: number;
}

export type SessionGraph = MultiDirectedGraph<SessionNodeAttributes, SessionEdgeAttributes>;

/** Bend of an edge without parallel siblings: slight, so straight runs stay readable. */
export const SINGLE_EDGE_CURVATURE = 0.08;
/** Largest bend given to a bundle of parallel edges. */
export const MAX_PARALLEL_CURVATURE = 0.3;

export function buildSessionGraph(dataset: Dataset, positions: Positions): SessionGraph {
  const graph: SessionGraph = new MultiDirectedGraph({ allowSelfLoops: false });
  dataset.nodes.forEach((node, index) => {
    const position = positions.get(node.id) ?? { x: 0, y: 0 };
    graph.addNode(node.id, { x: position.x, y: position.y, size: 6, label: node.label, index });
  });
  const curvatures = parallelCurvatures(dataset.edges);
  dataset.edges.forEach((edge, index) => {
    if (edge.source === edge.target) return;
    graph.addDirectedEdgeWithKey(edge.id, edge.source, edge.target, { index, curvature: curvatures[index] });
  });
  return graph;
}

/**
 * Spreads the bends of edges joining the same two nodes (either direction) so none hides
 * another. Edges in opposite directions bend to opposite sides by themselves (the curve
 * is drawn relative to its direction), so only same-direction siblings need distinct bends.
 */
export function parallelCurvatures(edges: readonly { readonly source: string; readonly target: string }[]): Float64Array {
  const bundles = new Map<string, number[]>();
  edges.forEach((edge, index) => {
    const key = `${edge.source}\u0000${edge.target}`;
    const bundle = bundles.get(key);
    if (bundle) bundle.push(index);
    else bundles.set(key, [index]);
  });
  const curvature = new Float64Array(edges.length).fill(SINGLE_EDGE_CURVATURE);
  for (const bundle of bundles.values()) {
    if (bundle.length === 1) continue;
    bundle.forEach((edgeIndex, k) => {
      // k = 0 keeps the single-edge bend; the others alternate sides with growing bends.
      const step = MAX_PARALLEL_CURVATURE / Math.max(2, Math.ceil((bundle.length - 1) / 2));
      const rank = Math.ceil(k / 2);
      curvature[edgeIndex] = k === 0 ? SINGLE_EDGE_CURVATURE : (k % 2 === 1 ? 1 : -1) * (SINGLE_EDGE_CURVATURE + rank * step);
    });
  }
  return curvature;
}
