import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { orderByBarycenter } from "../../../../src/ui/graph/layout/barycenter";
import { countCrossings } from "../../../../src/ui/graph/layout/crossings";
import {
  initialOrder,
  rowPositions,
  type LayerOrder,
  type LayeredEdge,
  type LayeredNode,
} from "../../../../src/ui/graph/layout/layered-graph";

const node = (layer: number, band = 0): LayeredNode => ({ layer, band });

/** Brute force: straight segments between (layer, row) points, proper crossings only. */
function bruteForceCrossings(nodes: readonly LayeredNode[], edges: readonly LayeredEdge[], order: LayerOrder): number {
  const y = rowPositions(order, nodes.length);
  const segments = edges
    .filter((edge) => nodes[edge.source].layer !== nodes[edge.target].layer)
    .map((edge) => ({ ...edge, a: { x: nodes[edge.source].layer, y: y[edge.source] }, b: { x: nodes[edge.target].layer, y: y[edge.target] } }));
  const cross = (o: { x: number; y: number }, p: { x: number; y: number }, q: { x: number; y: number }) =>
    Math.sign((p.x - o.x) * (q.y - o.y) - (p.y - o.y) * (q.x - o.x));
  let count = 0;
  for (let i = 0; i < segments.length; i++) {
    for (let j = i + 1; j < segments.length; j++) {
      const s = segments[i];
      const t = segments[j];
      const shared = [s.source, s.target].some((end) => end === t.source || end === t.target);
      if (shared) continue;
      const d1 = cross(t.a, t.b, s.a);
      const d2 = cross(t.a, t.b, s.b);
      const d3 = cross(s.a, s.b, t.a);
      const d4 = cross(s.a, s.b, t.b);
      if (d1 * d2 < 0 && d3 * d4 < 0) count++;
    }
  }
  return count;
}

/** A random layered graph; edges go from a layer to a later one (sometimes skipping). */
const layeredGraph = fc
  .record({
    sizes: fc.array(fc.integer({ min: 1, max: 6 }), { minLength: 2, maxLength: 5 }),
    edgeSeeds: fc.array(fc.tuple(fc.nat(), fc.nat(), fc.nat({ max: 9 })), { minLength: 1, maxLength: 40 }),
  })
  .map(({ sizes, edgeSeeds }) => {
    const nodes = sizes.flatMap((size, layer) => Array.from({ length: size }, () => node(layer)));
    const byLayer = sizes.map((_, layer) => nodes.flatMap((n, index) => (n.layer === layer ? [index] : [])));
    const edges: LayeredEdge[] = edgeSeeds.map(([a, b, skip]) => {
      const from = a % (sizes.length - 1);
      const to = Math.min(sizes.length - 1, from + 1 + (skip === 0 ? 1 : 0));
      return { source: byLayer[from][a % byLayer[from].length], target: byLayer[to][b % byLayer[to].length] };
    });
    return { nodes, edges };
  });

describe("countCrossings", () => {
  it("counts the one crossing of a twisted pair and none for a shared endpoint", () => {
    const nodes = [node(0), node(0), node(1), node(1)];
    expect(countCrossings(nodes, [{ source: 0, target: 3 }, { source: 1, target: 2 }], [[0, 1], [2, 3]])).toBe(1);
    expect(countCrossings(nodes, [{ source: 0, target: 2 }, { source: 1, target: 3 }], [[0, 1], [2, 3]])).toBe(0);
    expect(countCrossings(nodes, [{ source: 0, target: 2 }, { source: 0, target: 3 }], [[0, 1], [2, 3]])).toBe(0);
  });

  it("counts a long edge crossing a short one in the gap where their order flips", () => {
    // 0 (top, layer 0) -> 4 (bottom, layer 2) crosses 2 (bottom, layer 1) -> 3 (top, layer 2)... and 1 -> 2.
    const nodes = [node(0), node(0), node(1), node(2), node(2)];
    const order = [[0, 1], [2], [3, 4]];
    expect(countCrossings(nodes, [{ source: 0, target: 4 }, { source: 2, target: 3 }], order)).toBe(
      bruteForceCrossings(nodes, [{ source: 0, target: 4 }, { source: 2, target: 3 }], order),
    );
  });

  it("agrees with a brute-force segment intersection count", () => {
    fc.assert(
      fc.property(layeredGraph, ({ nodes, edges }) => {
        const order = initialOrder(nodes);
        expect(countCrossings(nodes, edges, order)).toBe(bruteForceCrossings(nodes, edges, order));
      }),
      { numRuns: 300 },
    );
  });
});

describe("orderByBarycenter", () => {
  it("untangles a fully twisted bipartite graph", () => {
    // Left i is linked to right (n - 1 - i): the input order has n(n-1)/2 crossings.
    const n = 6;
    const nodes = [...Array.from({ length: n }, () => node(0)), ...Array.from({ length: n }, () => node(1))];
    const edges = Array.from({ length: n }, (_, i) => ({ source: i, target: 2 * n - 1 - i }));
    expect(countCrossings(nodes, edges, initialOrder(nodes))).toBe((n * (n - 1)) / 2);
    expect(countCrossings(nodes, edges, orderByBarycenter(nodes, edges))).toBe(0);
  });

  it("never has more crossings than the input order, and usually fewer", () => {
    let strictlyBetter = 0;
    let tangled = 0;
    fc.assert(
      fc.property(layeredGraph, ({ nodes, edges }) => {
        const before = countCrossings(nodes, edges, initialOrder(nodes));
        const after = countCrossings(nodes, edges, orderByBarycenter(nodes, edges));
        expect(after).toBeLessThanOrEqual(before);
        if (before > 0) tangled++;
        if (after < before) strictlyBetter++;
      }),
      { numRuns: 200, seed: 42 },
    );
    expect(strictlyBetter / tangled).toBeGreaterThan(0.8);
  });

  it("keeps every node in its layer and its band order", () => {
    const nodes = [node(0), node(0), node(1, 1), node(1, 0), node(1, 1), node(1, 0)];
    const edges = [
      { source: 0, target: 5 },
      { source: 1, target: 3 },
      { source: 0, target: 4 },
      { source: 1, target: 2 },
    ];
    const order = orderByBarycenter(nodes, edges);
    expect(order[0].slice().sort()).toEqual([0, 1]);
    expect(order[1].map((index) => nodes[index].band)).toEqual([0, 0, 1, 1]);
  });

  it("refuses a negative sweep count", () => {
    expect(() => orderByBarycenter([node(0)], [], { sweeps: -1 })).toThrow(RangeError);
  });
});
