// The arc records' two shortcuts must leave exactly the records the plain way leaves:
// filling straight into the reversed orientation, and pushes whose mates' records are
// written later (DeferredMates), even when its list fills up and a slot is pushed twice.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildFlowGraph, type FlowGraph } from "../../../src/analysis/graph/flow-graph";
import { DeferredMates, fillRecords, pushAlong, PushRelabelWorkspace, reverseOrientation } from "../../../src/analysis/graph/arc-records";

const network = fc
  .record({
    vertices: fc.integer({ min: 1, max: 20 }),
    arcs: fc.array(
      fc.tuple(fc.nat(), fc.nat(), fc.oneof(fc.integer({ min: 0, max: 50 }), fc.double({ min: 0, max: 50, noNaN: true }), fc.constant(Infinity)), fc.double({ min: -5, max: 60, noNaN: true })),
      { maxLength: 60 },
    ),
  })
  .map(({ vertices, arcs }) => ({
    graph: buildFlowGraph(vertices, Int32Array.from(arcs, (a) => a[0] % vertices), Int32Array.from(arcs, (a) => a[1] % vertices)),
    capacity: Float64Array.from(arcs, (a) => a[2]),
    // Any values: the fill clamps a starting flow into [0, capacity].
    flow: Float64Array.from(arcs, (a) => a[3]),
  }));

function filled(graph: FlowGraph, capacity: Float64Array, flow: Float64Array | undefined, reversed: boolean) {
  const ws = new PushRelabelWorkspace(graph);
  const vote = fillRecords(ws, capacity, 1e6, flow, reversed);
  return { ws, vote };
}

describe("fillRecords", () => {
  it("fills the reversed orientation exactly as a fill in the original one followed by a reversal", () => {
    fc.assert(
      fc.property(network, fc.boolean(), ({ graph, capacity, flow }, withFlow) => {
        const start = withFlow ? flow : undefined;
        const direct = filled(graph, capacity, start, true);
        const twoSteps = filled(graph, capacity, start, false);
        reverseOrientation(twoSteps.ws);
        expect(direct.ws.reversed).toBe(true);
        expect(direct.vote).toBe(twoSteps.vote);
        expect([...direct.ws.residual]).toEqual([...twoSteps.ws.residual]);
        expect([...direct.ws.excess]).toEqual([...twoSteps.ws.excess]);
      }),
      { numRuns: 300 },
    );
  });
});

describe("DeferredMates", () => {
  it("leaves the records pushAlong leaves, once flushed, whatever its list's size", () => {
    const pushes = fc.array(fc.tuple(fc.nat(), fc.double({ min: 0, max: 5, noNaN: true })), { maxLength: 80 });
    fc.assert(
      fc.property(network, pushes, fc.integer({ min: 1, max: 8 }), ({ graph, capacity }, moves, listSize) => {
        fc.pre(graph.arcCount > 0);
        const plain = filled(graph, capacity, undefined, false).ws;
        const deferred = filled(graph, capacity, undefined, false).ws;
        const mates = new DeferredMates(listSize);
        // Forward slots only, as the greedy start pushes: none is another's mate. Repeats
        // and a list shorter than the pushes exercise the flush on a full list.
        for (const [pick, amount] of moves) {
          const s = graph.forwardSlot[pick % graph.arcCount];
          pushAlong(plain.residual, plain.link, s, amount);
          mates.push(deferred.residual, deferred.link, s, amount);
        }
        mates.flush(deferred.residual, deferred.link);
        expect([...deferred.residual]).toEqual([...plain.residual]);
      }),
      { numRuns: 300 },
    );
  });
});
