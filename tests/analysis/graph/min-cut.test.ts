// The source side of the minimum cut is expanded in increasing vertex order (a sweep plus a
// stack for arcs to lower numbers), not breadth first: it must still be exactly the set of
// vertices reachable from the source through slots with residual capacity.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildFlowGraph, type FlowGraph } from "../../../src/analysis/graph/flow-graph";
import { residualSourceSide } from "../../../src/analysis/graph/min-cut";

/** Reference: plain breadth-first search over slots with residual above the tolerance. */
function reachableByBfs(graph: FlowGraph, residual: Float64Array, tolerance: number, source: number): number[] {
  const seen = new Uint8Array(graph.vertexCount);
  seen[source] = 1;
  const queue = [source];
  for (let i = 0; i < queue.length; i++) {
    const v = queue[i];
    for (let s = graph.start[v]; s < graph.start[v + 1]; s++) {
      if (seen[graph.to[s]] === 0 && residual[s] > tolerance) {
        seen[graph.to[s]] = 1;
        queue.push(graph.to[s]);
      }
    }
  }
  return [...seen];
}

const residualGraph = fc
  .record({
    vertices: fc.integer({ min: 1, max: 40 }),
    arcs: fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 160 }),
    residuals: fc.array(fc.constantFrom(0, 0.5, 1e-12, 3), { minLength: 320, maxLength: 320 }),
    source: fc.nat(),
  })
  .map(({ vertices, arcs, residuals, source }) => {
    const graph = buildFlowGraph(vertices, Int32Array.from(arcs, ([a]) => a % vertices), Int32Array.from(arcs, ([, b]) => b % vertices));
    return { graph, residual: Float64Array.from({ length: 2 * graph.arcCount }, (_, s) => residuals[s]), source: source % vertices };
  });

describe("residualSourceSide", () => {
  it("equals breadth-first reachability over residual slots, whatever the vertex numbering", () => {
    fc.assert(
      fc.property(residualGraph, ({ graph, residual, source }) => {
        const expected = reachableByBfs(graph, residual, 1e-9, source);
        expect([...residualSourceSide(graph, residual, 1, 1e-9, source)]).toEqual(expected);
        // Stride 3 reads every third value, as in push-relabel's arc records.
        const records = new Float64Array(3 * residual.length);
        residual.forEach((r, s) => (records[3 * s] = r));
        expect([...residualSourceSide(graph, records, 3, 1e-9, source)]).toEqual(expected);
      }),
      { numRuns: 500 },
    );
  });

  it("follows arcs back to lower-numbered vertices, behind the sweep, and on from them", () => {
    // 2 -> 4 -> 1 -> 3 -> 0 -> 5, all residual: every vertex from source 2.
    const graph = buildFlowGraph(6, Int32Array.from([2, 4, 1, 3, 0]), Int32Array.from([4, 1, 3, 0, 5]));
    const residual = new Float64Array(2 * graph.arcCount);
    for (let a = 0; a < graph.arcCount; a++) residual[graph.forwardSlot[a]] = 1; // reverse slots stay 0
    expect([...residualSourceSide(graph, residual, 1, 0, 2)]).toEqual([1, 1, 1, 1, 1, 1]);
    expect([...residualSourceSide(graph, residual, 1, 0, 3)]).toEqual([1, 0, 0, 1, 0, 1]);
  });
});
