/**
 * Chokepoints: dataset nodes that every surviving route crosses.
 *
 * On the state network a vertex crossed by every source-to-sink route is a dominator of
 * the sink (Cooper-Harvey-Kennedy, graph/dominators.ts); restricted to the vertices on
 * some route, the dominators of the sink are also the post-dominators of the source, so
 * one dominator pass suffices. A dataset node is a chokepoint when one of its vertices is.
 *
 * One case escapes that: a node with several states (a port handling NPP on some routes
 * and 4-AP on others) can be crossed by every route without any single state being.
 * For such nodes a route count is a cheap necessary test (routes through its vertices
 * must add up to at least all routes), and the survivors of that test get the exact one:
 * remove all the node's vertices and see whether the sink is still reachable.
 */
import { dominatorChain, immediateDominators } from "../graph/dominators";
import { pathCountsFromSource, pathCountsToSink } from "../graph/path-count";
import type { NetworkState } from "./evaluate";
import type { RouteGraph } from "./routes";

function sinkReachableWithout(state: NetworkState, routes: RouteGraph, removed: ReadonlySet<number>): boolean {
  const { graph, source, sink } = state.net;
  const { outStart, outArcs, head } = graph;
  const seen = new Uint8Array(graph.vertexCount);
  const stack = [source];
  seen[source] = 1;
  while (stack.length > 0) {
    const v = stack.pop() as number;
    if (v === sink) return true;
    for (let k = outStart[v], end = outStart[v + 1]; k < end; k++) {
      const a = outArcs[k];
      const w = head[a];
      if (!routes.open[a] || seen[w] || !routes.useful[w] || removed.has(w)) continue;
      seen[w] = 1;
      stack.push(w);
    }
  }
  return false;
}

/** Dataset node indices of the chokepoints, ordered from producers to markets. */
export function chokepointNodes(state: NetworkState, routes: RouteGraph): number[] {
  const { net } = state;
  const { graph, source, sink, topologicalOrder: order, vertexNode } = net;
  if (!routes.useful[source]) return [];
  const idom = immediateDominators(graph, routes.open, routes.useful, order, source);
  const found = new Set<number>();
  for (const v of dominatorChain(idom, source, sink)) if (vertexNode[v] >= 0) found.add(vertexNode[v]);

  // Nodes with several useful vertices that no single dominator caught.
  const verticesOf = new Map<number, number[]>();
  for (const v of order) {
    const node = vertexNode[v];
    if (node < 0 || !routes.useful[v] || found.has(node)) continue;
    verticesOf.set(node, [...(verticesOf.get(node) ?? []), v]);
  }
  const candidates = [...verticesOf].filter(([, vertices]) => vertices.length > 1);
  if (candidates.length > 0) {
    const fromSource = pathCountsFromSource(graph, routes.open, routes.useful, order, source);
    const toSink = pathCountsToSink(graph, routes.open, routes.useful, order, sink);
    const total = toSink[source];
    for (const [node, vertices] of candidates) {
      let through = 0;
      for (const v of vertices) through += fromSource[v] * toSink[v];
      if (through < total * (1 - 1e-9)) continue;
      if (!sinkReachableWithout(state, routes, new Set(vertices))) found.add(node);
    }
  }

  const position = new Map<number, number>();
  order.forEach((v, i) => {
    const node = vertexNode[v];
    if (node >= 0 && !position.has(node)) position.set(node, i);
  });
  return [...found].sort((a, b) => (position.get(a) ?? 0) - (position.get(b) ?? 0));
}
