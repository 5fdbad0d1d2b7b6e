// The feasibility check the max-flow tests share: every arc's flow within [0, capacity]
// (up to round-off), conserved at every vertex but the source and the sink, and, when a
// value is given, that value arriving at the sink.
import { expect } from "vitest";
import type { FlowGraph } from "../../../../src/analysis/graph/flow-graph";

export function expectFeasibleFlow(graph: FlowGraph, capacity: Float64Array, flow: Float64Array, source: number, sink: number, value?: number): void {
  const balance = new Float64Array(graph.vertexCount);
  flow.forEach((f, a) => {
    expect(f).toBeGreaterThanOrEqual(-1e-9);
    expect(f).toBeLessThanOrEqual(capacity[a] + 1e-9);
    balance[graph.head[a]] += f;
    balance[graph.tail[a]] -= f;
  });
  for (let v = 0; v < graph.vertexCount; v++) if (v !== source && v !== sink) expect(Math.abs(balance[v])).toBeLessThan(1e-7);
  if (value !== undefined) expect(balance[sink]).toBeCloseTo(value, 7);
}
