/**
 * Surviving routes on an evaluated scenario: the arcs open to routes (`pathCap` > 0), the
 * vertices on some open source-to-sink route, their exact count (graph/path-count.ts)
 * and the widest ones (graph/widest-paths.ts). A route is identified by its sequence of
 * dataset edges: a lab's recipes share one intake arc per input commodity, so a route is
 * counted once however many running recipes could use its chemical.
 */
import { countPaths } from "../graph/path-count";
import { reachable } from "../graph/reachability";
import { topWidestPaths, type WidestPath } from "../graph/widest-paths";
import type { NetworkState } from "./evaluate";

export interface RouteGraph {
  /** Per logical arc: 1 when open to routes. */
  readonly open: Uint8Array;
  /** Per vertex: 1 when on some open source-to-sink route. */
  readonly useful: Uint8Array;
}

export function routeGraph(state: NetworkState): RouteGraph {
  const { net, pathCap } = state;
  const open = new Uint8Array(pathCap.length);
  for (let a = 0; a < pathCap.length; a++) open[a] = pathCap[a] > 0 ? 1 : 0;
  const forward = reachable(net.graph, open, net.source, "forward", net.relevant);
  const useful = reachable(net.graph, open, net.sink, "backward", forward);
  if (!forward[net.sink]) useful.fill(0);
  return { open, useful };
}

export function countRoutes(state: NetworkState, routes: RouteGraph): bigint {
  const { net } = state;
  if (!routes.useful[net.source]) return 0n;
  return countPaths(net.graph, routes.open, routes.useful, net.topologicalOrder, net.source, net.sink);
}

export function widestRoutes(state: NetworkState, routes: RouteGraph, k: number): WidestPath[] {
  const { net } = state;
  return topWidestPaths(net.graph, state.pathCap, routes.useful, net.topologicalOrder, net.source, net.sink, k);
}
