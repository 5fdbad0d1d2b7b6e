// Dinic's entry points (graph/max-flow.ts) agree with each other and with push-relabel on
// random directed graphs, cycles and parallel arcs included: the full solve, the
// value-only solve in the workspace's vectors, and the solve confined to a region (equal to
// a full solve with every arc leaving the region closed). Each leaves the workspace's
// levels at -1, which the region solves rely on.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildFlowGraph, type FlowGraph } from "../../../src/analysis/graph/flow-graph";
import { flowTolerance, maxFlow, maxFlowValueAlone, maxFlowWithin, MaxFlowWorkspace } from "../../../src/analysis/graph/max-flow";
import { pushRelabelMaxFlowValue } from "../../../src/analysis/graph/push-relabel";

const close = (a: number, b: number): boolean => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

const capacityValue = fc.oneof(fc.integer({ min: 0, max: 40 }), fc.double({ min: 0, max: 40, noNaN: true }));

/** Any directed graph on 2-20 vertices (source 0, sink last), and a random vertex subset. */
const network = fc
  .record({
    vertices: fc.integer({ min: 2, max: 20 }),
    arcs: fc.array(fc.tuple(fc.nat(), fc.nat(), capacityValue), { maxLength: 80 }),
    inRegion: fc.array(fc.boolean(), { minLength: 20, maxLength: 20 }),
  })
  .map(({ vertices, arcs, inRegion }) => {
    const kept = arcs.map(([a, b, c]) => [a % vertices, b % vertices, c] as const).filter(([a, b]) => a !== b);
    const sink = vertices - 1;
    const region = Int32Array.from(Array.from({ length: vertices }, (_, v) => v).filter((v) => v === 0 || v === sink || inRegion[v]));
    return {
      graph: buildFlowGraph(vertices, Int32Array.from(kept, (k) => k[0]), Int32Array.from(kept, (k) => k[1])),
      capacity: Float64Array.from(kept, (k) => k[2]),
      sink,
      region,
    };
  });

function levelsCleared(workspace: MaxFlowWorkspace): boolean {
  return workspace.level.every((level) => level === -1);
}

/** The residual vector of no flow: forward slots hold the capacities. */
function freshResidual(graph: FlowGraph, capacity: Float64Array): Float64Array {
  const residual = new Float64Array(2 * graph.arcCount);
  for (let a = 0; a < graph.arcCount; a++) residual[graph.forwardSlot[a]] = capacity[a];
  return residual;
}

describe("Dinic's entry points", () => {
  it("full, value-only and push-relabel solves give the same maximum-flow value", () => {
    fc.assert(
      fc.property(network, ({ graph, capacity, sink }) => {
        const workspace = new MaxFlowWorkspace(graph);
        const full = maxFlow(graph, capacity, 0, sink, workspace).value;
        expect(levelsCleared(workspace)).toBe(true);
        const alone = maxFlowValueAlone(graph, capacity, 0, sink, workspace);
        expect(levelsCleared(workspace)).toBe(true);
        expect(close(alone, full), `${alone} vs ${full}`).toBe(true);
        expect(close(pushRelabelMaxFlowValue(graph, capacity, 0, sink), full)).toBe(true);
      }),
      { numRuns: 400 },
    );
  });

  it("a solve confined to a region equals a full solve with the arcs leaving the region closed", () => {
    fc.assert(
      fc.property(network, ({ graph, capacity, sink, region }) => {
        const member = new Uint8Array(graph.vertexCount);
        for (const v of region) member[v] = 1;
        const inside = capacity.map((c, a) => (member[graph.tail[a]] === 1 && member[graph.head[a]] === 1 ? c : 0));
        const workspace = new MaxFlowWorkspace(graph);
        const confined = maxFlowWithin(graph, freshResidual(graph, capacity), flowTolerance(capacity), 0, sink, region, region.length, workspace);
        expect(levelsCleared(workspace)).toBe(true);
        const expected = maxFlow(graph, inside, 0, sink).value;
        expect(close(confined, expected), `${confined} vs ${expected}`).toBe(true);
      }),
      { numRuns: 400 },
    );
  });
});
