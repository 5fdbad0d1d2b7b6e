// Warm-started and value-only max-flow solves must equal a cold solve: the maximum flow of
// one capacity vector, repaired to fit a second one (graph/flow-repair.ts) and augmented
// (Dinic in the workspace's own vectors, or push-relabel from that flow), has the second
// vector's maximum-flow value. Random DAGs (the repair needs acyclic flows), capacities
// changed up and down, arcs opened and closed.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildFlowGraph } from "../../../src/analysis/graph/flow-graph";
import { repairFlow } from "../../../src/analysis/graph/flow-repair";
import { arcFlows, flowTolerance, maxFlow, maxFlowFrom, maxFlowValueFrom, MaxFlowWorkspace } from "../../../src/analysis/graph/max-flow";
import { minCut } from "../../../src/analysis/graph/min-cut";
import { pushRelabelMaxFlowValue } from "../../../src/analysis/graph/push-relabel";

const close = (a: number, b: number): boolean => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

const capacityValue = fc.oneof(fc.integer({ min: 0, max: 40 }), fc.double({ min: 0, max: 40, noNaN: true }));

/** A random DAG (arcs from lower to higher numbers, source 0, sink last), two capacity vectors. */
const changedNetwork = fc
  .record({
    vertices: fc.integer({ min: 2, max: 25 }),
    arcs: fc.array(fc.tuple(fc.nat(), fc.nat(), capacityValue), { maxLength: 100 }),
    changes: fc.array(fc.tuple(fc.nat(), fc.oneof(capacityValue, fc.constantFrom(0, 0.5, 2))), { maxLength: 8 }),
    scaled: fc.boolean(),
  })
  .map(({ vertices, arcs, changes, scaled }) => {
    const kept = arcs.map(([a, b, c]) => [Math.min(a % vertices, b % vertices), Math.max(a % vertices, b % vertices), c] as const).filter(([a, b]) => a !== b);
    const before = Float64Array.from(kept, (k) => k[2]);
    const after = before.slice();
    // A change either sets a new capacity or (scaled) multiplies the old one.
    if (kept.length > 0) for (const [arc, value] of changes) after[arc % kept.length] = scaled ? before[arc % kept.length] * value : value;
    return {
      graph: buildFlowGraph(vertices, Int32Array.from(kept, (k) => k[0]), Int32Array.from(kept, (k) => k[1])),
      before,
      after,
      sink: vertices - 1,
    };
  });

describe("warm-started max-flow", () => {
  it("a repaired and augmented flow reaches the cold maximum-flow value (Dinic, value-only and full, and push-relabel)", () => {
    fc.assert(
      fc.property(changedNetwork, ({ graph, before, after, sink }) => {
        const workspace = new MaxFlowWorkspace(graph);
        const old = maxFlow(graph, before, 0, sink, workspace);
        const cold = maxFlow(graph, after, 0, sink, workspace).value;
        const tolerance = flowTolerance(after);
        const flow = arcFlows(graph, old);
        const repaired = repairFlow(graph, flow, old.value, after, 0, sink, tolerance);
        expect(repaired).toBeDefined();
        if (repaired === undefined) return;
        for (let a = 0; a < flow.length; a++) expect(flow[a]).toBeLessThanOrEqual(after[a] + tolerance);
        const start = flow.slice();
        const valueOnly = maxFlowValueFrom(graph, after, flow, repaired, 0, sink, workspace, tolerance);
        expect(valueOnly !== undefined && close(valueOnly, cold)).toBe(true);
        const full = maxFlowFrom(graph, after, start, repaired, 0, sink, workspace);
        expect(full !== undefined && close(full.value, cold)).toBe(true);
        for (const orientation of ["original", "reversed"] as const)
          expect(close(pushRelabelMaxFlowValue(graph, after, 0, sink, { startFlow: start, orientation }), cold)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it("stopping at an upper bound (the old minimum cut's capacity under the new capacities) still gives the cold value", () => {
    fc.assert(
      fc.property(changedNetwork, ({ graph, before, after, sink }) => {
        const workspace = new MaxFlowWorkspace(graph);
        const old = maxFlow(graph, before, 0, sink, workspace);
        const { sourceSide } = minCut(graph, before, old, 0);
        let cutCapacity = 0;
        for (let a = 0; a < after.length; a++) if (sourceSide[graph.tail[a]] === 1 && sourceSide[graph.head[a]] === 0) cutCapacity += after[a];
        const cold = maxFlow(graph, after, 0, sink, workspace).value;
        const tolerance = flowTolerance(after);
        const flow = arcFlows(graph, old);
        const repaired = repairFlow(graph, flow, old.value, after, 0, sink, tolerance);
        if (repaired === undefined) return;
        const bounded = maxFlowValueFrom(graph, after, flow, repaired, 0, sink, workspace, tolerance, cutCapacity);
        expect(bounded !== undefined && close(bounded, cold), `${bounded} vs ${cold}`).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it("when no arc of the old minimum cut rose and the old flow still fits, the value is unchanged (the attribution shortcut)", () => {
    fc.assert(
      fc.property(changedNetwork, ({ graph, before, after, sink }) => {
        const old = maxFlow(graph, before, 0, sink);
        const flow = arcFlows(graph, old);
        const { sourceSide } = minCut(graph, before, old, 0);
        const tolerance = flowTolerance(after);
        let unchanged = true;
        for (let a = 0; a < after.length; a++) {
          if (after[a] > before[a] && sourceSide[graph.tail[a]] === 1 && sourceSide[graph.head[a]] === 0) unchanged = false;
          if (after[a] < before[a] && flow[a] - after[a] > tolerance) unchanged = false;
        }
        const cold = maxFlow(graph, after, 0, sink).value;
        if (unchanged) expect(close(cold, old.value)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
