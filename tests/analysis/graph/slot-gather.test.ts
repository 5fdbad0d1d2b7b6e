// Staging per-arc values in slot order (two passes through blocks of slots) must give each
// slot exactly the value of its logical arc, as the direct gather values[slotArc[s]] would.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildFlowGraph } from "../../../src/analysis/graph/flow-graph";
import { SlotGather } from "../../../src/analysis/graph/slot-gather";

function checkStaged(vertices: number, tails: number[], heads: number[]): void {
  const graph = buildFlowGraph(vertices, Int32Array.from(tails), Int32Array.from(heads));
  const values = Float64Array.from({ length: graph.arcCount }, (_, a) => a + 0.5);
  const gather = new SlotGather(graph);
  const staging = new Float64Array(2 * graph.arcCount).fill(NaN);
  gather.stage(values, staging);
  for (let s = 0; s < 2 * graph.arcCount; s++) {
    // Each slot reads inside its own block of 2^14 slots.
    expect(gather.position[s] >> 14).toBe(s >> 14);
    if (staging[gather.position[s]] !== values[graph.slotArc[s]]) expect(staging[gather.position[s]]).toBe(values[graph.slotArc[s]]);
  }
}

describe("SlotGather", () => {
  it("gives every slot its arc's value on small random graphs", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 30 }), fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 100 }), (vertices, arcs) => {
        checkStaged(vertices, arcs.map(([a]) => a % vertices), arcs.map(([, b]) => b % vertices));
      }),
      { numRuns: 300 },
    );
  });

  it("gives every slot its arc's value across several blocks of slots", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 31 - 1 }), (seed) => {
        // 20,000 arcs (40,000 slots, three blocks) with pseudo-random endpoints.
        let state = seed;
        const next = (n: number): number => ((state = (Math.imul(state, 1103515245) + 12345) >>> 0) % n);
        const tails: number[] = [];
        const heads: number[] = [];
        for (let a = 0; a < 20_000; a++) {
          tails.push(next(3_000));
          heads.push(next(3_000));
        }
        checkStaged(3_000, tails, heads);
      }),
      { numRuns: 5 },
    );
  });
});
