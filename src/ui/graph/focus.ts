/** Which nodes and edges stay in full colour: a hovered node's neighbourhood, a path, or a story's highlight. */
import type { GraphHighlight } from "../state/app-state";
import type { SessionGraph } from "./session-graph";
import type { Focus } from "./style/display";

export function neighbourhoodFocus(graph: SessionGraph, node: string): Focus | null {
  if (!graph.hasNode(node)) return null;
  const nodes = new Set<string>([node]);
  const edges = new Set<string>();
  graph.forEachEdge(node, (edge, _attributes, source, target) => {
    edges.add(edge);
    nodes.add(source);
    nodes.add(target);
  });
  return { nodes, edges };
}

export function pathFocus(graph: SessionGraph, edgeIds: readonly string[]): Focus | null {
  const nodes = new Set<string>();
  const edges = new Set<string>();
  for (const edge of edgeIds) {
    if (!graph.hasEdge(edge)) continue;
    edges.add(edge);
    nodes.add(graph.source(edge));
    nodes.add(graph.target(edge));
  }
  return edges.size > 0 ? { nodes, edges } : null;
}

/** A selected edge: the edge and its two ends. */
export function edgeFocus(graph: SessionGraph, edge: string): Focus | null {
  if (!graph.hasEdge(edge)) return null;
  return { nodes: new Set([graph.source(edge), graph.target(edge)]), edges: new Set([edge]) };
}

/** A story step's highlight: its nodes, its edges with their ends, and the emphasised (min-cut) edges. */
export function highlightFocus(graph: SessionGraph, highlight: GraphHighlight): Focus | null {
  const nodes = new Set<string>();
  const edges = new Set<string>();
  for (const node of highlight.nodes) if (graph.hasNode(node)) nodes.add(node);
  for (const edge of [...highlight.edges, ...highlight.emphasised]) {
    if (!graph.hasEdge(edge)) continue;
    edges.add(edge);
    nodes.add(graph.source(edge));
    nodes.add(graph.target(edge));
  }
  return nodes.size > 0 || edges.size > 0 ? { nodes, edges } : null;
}
