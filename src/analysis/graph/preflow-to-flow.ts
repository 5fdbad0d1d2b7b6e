/**
 * Phase 2 of push-relabel: turning a maximum preflow into a maximum flow by returning the
 * excess left at vertices to the source along the arcs that brought it.
 *
 * Reference: A. V. Goldberg and R. E. Tarjan, "A new approach to the maximum-flow
 * problem", Journal of the ACM 35(4) (1988), section 5 (the second phase); here
 * specialised to flows on acyclic arcs, which need no cycle cancelling.
 */
import type { FlowGraph } from "./flow-graph";

/**
 * Returns excess to the source along the arcs that carry flow: first straight back along
 * the source's own arcs (where almost all of it sits: the producers' unused supply), then,
 * for what is left, vertex by vertex in reverse topological order of the flow-carrying
 * arcs. Returns false when those arcs contain a cycle (never on the compiled network).
 */
export function returnExcess(graph: FlowGraph, residual: Float64Array, excess: Float64Array, tolerance: number, source: number, sink: number): boolean {
  const { vertexCount, arcCount, forwardSlot, mate, tail, head, inStart, inArcs, outStart, outArcs, start, to } = graph;
  for (let s = start[source], end = start[source + 1]; s < end; s++) {
    const w = to[s];
    if (w === sink || excess[w] <= tolerance) continue;
    const back = mate[s];
    const amount = residual[back] < excess[w] ? residual[back] : excess[w];
    residual[back] -= amount;
    residual[s] += amount;
    excess[w] -= amount;
  }
  // Then walk the rest upstream, depth first, within a work budget; what the budget does
  // not cover (never seen on supply-chain networks) is done in topological order below.
  const stack: number[] = [];
  for (let v = 0; v < vertexCount; v++) if (v !== source && v !== sink && excess[v] > tolerance) stack.push(v);
  let budget = 4 * arcCount + vertexCount;
  while (stack.length > 0 && budget > 0) {
    const v = stack.pop() as number;
    if (excess[v] <= tolerance) continue;
    for (let k = inStart[v], end = inStart[v + 1]; k < end && excess[v] > tolerance; k++) {
      budget--;
      const a = inArcs[k];
      const forward = forwardSlot[a];
      const back = mate[forward];
      const flow = residual[back];
      if (flow <= 0) continue;
      const amount = flow < excess[v] ? flow : excess[v];
      residual[back] -= amount;
      residual[forward] += amount;
      excess[v] -= amount;
      const u = tail[a];
      const wasIdle = excess[u] <= tolerance;
      excess[u] += amount;
      if (wasIdle && u !== source && excess[u] > tolerance) stack.push(u);
    }
  }
  if (stack.every((v) => excess[v] <= tolerance)) return true;

  // Kahn's algorithm over arcs with positive flow.
  const pending = new Int32Array(vertexCount);
  for (let a = 0; a < arcCount; a++) if (residual[mate[forwardSlot[a]]] > 0) pending[head[a]]++;
  const order = new Int32Array(vertexCount);
  let size = 0;
  for (let v = 0; v < vertexCount; v++) if (pending[v] === 0) order[size++] = v;
  for (let i = 0; i < size; i++) {
    const v = order[i];
    for (let k = outStart[v], end = outStart[v + 1]; k < end; k++) {
      const a = outArcs[k];
      if (residual[mate[forwardSlot[a]]] > 0 && --pending[head[a]] === 0) order[size++] = head[a];
    }
  }
  if (size < vertexCount) return false;
  for (let i = size - 1; i >= 0; i--) {
    const v = order[i];
    if (v === source || v === sink || excess[v] <= tolerance) continue;
    for (let k = inStart[v], end = inStart[v + 1]; k < end && excess[v] > 0; k++) {
      const a = inArcs[k];
      const forward = forwardSlot[a];
      const back = mate[forward];
      const flow = residual[back];
      if (flow <= 0) continue;
      const amount = flow < excess[v] ? flow : excess[v];
      residual[back] -= amount;
      residual[forward] += amount;
      excess[v] -= amount;
      excess[tail[a]] += amount;
    }
  }
  return true;
}

