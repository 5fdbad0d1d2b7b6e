/**
 * Phase 2 of push-relabel: turning a maximum preflow into a maximum flow by returning the
 * excess left at vertices to the source along the arcs that brought it.
 *
 * Reference: A. V. Goldberg and R. E. Tarjan, "A new approach to the maximum-flow
 * problem", Journal of the ACM 35(4) (1988), section 5 (the second phase); here
 * specialised to flows on acyclic arcs, which need no cycle cancelling.
 *
 * Works on the workspace's arc records (graph/arc-records.ts), in its orientation:
 * the flow an arc carries into v is the residual of v's reverse slot for it, so returning
 * excess reads only v's own slots.
 */
import { pushAlong, type PushRelabelWorkspace } from "./arc-records";

/** Sends `amount` back along reverse slot s (from its vertex to to[s]). */
function sendBack(ws: PushRelabelWorkspace, s: number, amount: number): void {
  pushAlong(ws.residual, ws.link, s, amount);
}

/**
 * Returns excess to the source along the arcs that carry flow: first straight back along
 * the source's own arcs (where almost all of it sits: the producers' unused supply), then,
 * for what is left, depth first within a work budget, and past the budget vertex by vertex
 * in reverse topological order of the flow-carrying arcs. Returns false when those arcs
 * contain a cycle (never on the compiled network).
 */
export function returnExcess(ws: PushRelabelWorkspace, tolerance: number, source: number, sink: number): boolean {
  const { graph, residual, link, excess, queue: stack } = ws;
  const { vertexCount, arcCount } = graph;
  for (let s = ws.outFirst(source), end = ws.outEnd(source); s < end; s++) {
    const w = link[6 * s + 4];
    if (w === sink || excess[w] <= tolerance) continue;
    const flow = residual[3 * s + 1];
    const amount = flow < excess[w] ? flow : excess[w];
    if (amount > 0) sendBack(ws, link[6 * s + 5], amount);
    excess[w] -= amount;
  }
  // Then walk the rest upstream, depth first, within a work budget; what the budget does
  // not cover (never seen on supply-chain networks) is done in topological order below.
  let depth = 0;
  for (let v = 0; v < vertexCount; v++) if (v !== source && v !== sink && excess[v] > tolerance) stack[depth++] = v;
  let budget = 4 * arcCount + vertexCount;
  // Only reverse slots are read on the way, so the mates' records are written at the end.
  const mates = ws.deferredMates();
  while (depth > 0 && budget > 0) {
    const v = stack[--depth];
    let left = excess[v];
    if (left <= tolerance) continue;
    // Reverse slots of v: the arcs bringing flow into v.
    for (let s = ws.inFirst(v), end = ws.inEnd(v); s < end && left > tolerance; s++) {
      budget--;
      const flow = residual[3 * s];
      if (flow <= 0) continue;
      const amount = flow < left ? flow : left;
      mates.push(residual, link, s, amount);
      left -= amount;
      const u = link[6 * s + 4];
      const wasIdle = excess[u] <= tolerance;
      excess[u] += amount;
      // Each vertex is on the stack at most once: it goes on when its excess appears.
      if (wasIdle && u !== source && excess[u] > tolerance) stack[depth++] = u;
    }
    excess[v] = left;
    if (left > tolerance) {
      stack[depth++] = v; // the budget ran out mid-vertex
      break;
    }
  }
  mates.flush(residual, link);
  let done = true;
  for (let v = 0; v < vertexCount && done; v++) if (v !== source && v !== sink && excess[v] > tolerance) done = false;
  return done || returnInTopologicalOrder(ws, tolerance, source, sink);
}

/** Kahn's algorithm over the arcs with positive flow, then excess returned in reverse order. */
function returnInTopologicalOrder(ws: PushRelabelWorkspace, tolerance: number, source: number, sink: number): boolean {
  const { graph, residual, excess } = ws;
  const { vertexCount, to } = graph;
  const pending = new Int32Array(vertexCount);
  for (let v = 0; v < vertexCount; v++) for (let s = ws.inFirst(v), end = ws.inEnd(v); s < end; s++) if (residual[3 * s] > 0) pending[v]++;
  const order = new Int32Array(vertexCount);
  let size = 0;
  for (let v = 0; v < vertexCount; v++) if (pending[v] === 0) order[size++] = v;
  for (let i = 0; i < size; i++) {
    const v = order[i];
    for (let s = ws.outFirst(v), end = ws.outEnd(v); s < end; s++) if (residual[3 * s + 1] > 0 && --pending[to[s]] === 0) order[size++] = to[s];
  }
  if (size < vertexCount) return false;
  for (let i = size - 1; i >= 0; i--) {
    const v = order[i];
    if (v === source || v === sink || excess[v] <= tolerance) continue;
    for (let s = ws.inFirst(v), end = ws.inEnd(v); s < end && excess[v] > 0; s++) {
      const flow = residual[3 * s];
      if (flow <= 0) continue;
      const amount = flow < excess[v] ? flow : excess[v];
      sendBack(ws, s, amount);
      excess[v] -= amount;
      excess[to[s]] += amount;
    }
  }
  return true;
}
