/**
 * A starting preflow for push-relabel on acyclic graphs: excess pushed greedily forward
 * in topological order (Kahn, "Topological sorting of large networks", CACM 1962, for the
 * order). Any preflow is a valid start for push-relabel (Goldberg and Tarjan 1988), so
 * this only changes how much work is left to it.
 */
import type { PushRelabelWorkspace } from "./arc-records";

/** Kahn's order of all vertices in the workspace's orientation, or undefined on a cycle. */
function topologicalVertices(ws: PushRelabelWorkspace): Int32Array | undefined {
  const { vertexCount, to } = ws.graph;
  const pending = new Int32Array(vertexCount);
  for (let v = 0; v < vertexCount; v++) pending[v] = ws.inEnd(v) - ws.inFirst(v);
  const order = new Int32Array(vertexCount);
  let size = 0;
  for (let v = 0; v < vertexCount; v++) if (pending[v] === 0) order[size++] = v;
  for (let i = 0; i < size; i++) {
    const v = order[i];
    for (let s = ws.outFirst(v), end = ws.outEnd(v); s < end; s++) if (--pending[to[s]] === 0) order[size++] = to[s];
  }
  return size < vertexCount ? undefined : order;
}

/**
 * On an acyclic graph, pushes every vertex's excess forward along its arcs, in
 * topological order, as far as capacities allow: one O(A) pass that carries most of the
 * flow to the sink on supply-chain networks (it halves the pushes and relabels of the
 * layered benchmark networks), leaving push-relabel the rerouting. Any preflow is a valid
 * start for push-relabel, so this changes speed, not results. Does nothing when the graph
 * has a cycle. Works on the workspace's arc records and excesses, in its orientation:
 * `known` is a topological order of the original network, walked backwards when the
 * workspace holds the reversed one.
 */
export function greedyForward(ws: PushRelabelWorkspace, tolerance: number, source: number, sink: number, known: Int32Array | undefined): void {
  const { residual, link, excess, member } = ws;
  const computed = known ? undefined : topologicalVertices(ws);
  const order = known ?? computed;
  if (!order) return;
  // A computed order is already in the workspace's orientation; a known one is reversed
  // with the network.
  const backwards = known !== undefined && ws.reversed;
  // Only vertices of the order take part: with a caller's order (the vertices on some
  // source-to-sink route), nothing is pushed into dead ends.
  member.fill(0);
  // Only forward slots are read here, so the mates' records are written at the end.
  const mates = ws.deferredMates();
  for (let i = 0; i < order.length; i++) member[order[i]] = 1;
  for (let k = 0; k < order.length; k++) {
    const v = order[backwards ? order.length - 1 - k : k];
    let left = excess[v];
    if (v === source || v === sink || left <= tolerance) continue;
    for (let s = ws.outFirst(v), end = ws.outEnd(v); s < end; s++) {
      const r = residual[3 * s];
      const w = link[6 * s + 4];
      if (r <= tolerance || member[w] === 0) continue;
      const amount = r < left ? r : left;
      mates.push(residual, link, s, amount);
      excess[w] += amount;
      left -= amount;
      if (left <= tolerance) break;
    }
    excess[v] = left;
  }
  mates.flush(residual, link);
}
