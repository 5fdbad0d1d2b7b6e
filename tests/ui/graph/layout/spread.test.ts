import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { largestGroup, spreadColocated } from "../../../../src/ui/graph/layout/spread";
import type { Point } from "../../../../src/ui/graph/layout/positions";

const distance = (a: Point, b: Point) => Math.hypot(a.x - b.x, a.y - b.y);

function minPairDistance(points: readonly Point[]): number {
  let min = Infinity;
  for (let i = 0; i < points.length; i++) for (let j = i + 1; j < points.length; j++) min = Math.min(min, distance(points[i], points[j]));
  return min;
}

describe("spreadColocated", () => {
  it("separates co-located nodes to the minimum distance and leaves lone nodes where they are", () => {
    const positions = new Map<string, Point>([
      ["a", { x: 0, y: 0 }],
      ["b", { x: 0, y: 0 }],
      ["c", { x: 0.1, y: 0 }],
      ["far", { x: 50, y: 20 }],
    ]);
    const spread = spreadColocated(positions, { minDistance: 1.5 });
    expect(minPairDistance([...spread.values()])).toBeGreaterThanOrEqual(1.5 * 0.99);
    expect(spread.get("far")).toEqual({ x: 50, y: 20 });
    expect(spreadColocated(positions, { minDistance: 1.5 })).toEqual(spread); // deterministic
    expect(positions.get("a")).toEqual({ x: 0, y: 0 }); // input untouched
  });

  it("moves crowded nodes by little more than their crowd needs (no fisheye)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ x: fc.double({ min: -3, max: 3, noNaN: true }), y: fc.double({ min: -3, max: 3, noNaN: true }) }), { minLength: 2, maxLength: 14 }),
        (points) => {
          const positions = new Map(points.map((p, i) => [`n${i}`, p]));
          const spread = spreadColocated(positions, { minDistance: 1, passes: 200 });
          expect(minPairDistance([...spread.values()])).toBeGreaterThanOrEqual(0.95);
          for (const [id, p] of positions) expect(distance(p, spread.get(id)!)).toBeLessThanOrEqual(1 + Math.sqrt(points.length) * 1.5);
        },
      ),
    );
  });
});

describe("largestGroup", () => {
  it("returns the biggest group between wide horizontal gaps", () => {
    const positions = new Map<string, Point>([
      ["eu", { x: -140, y: 50 }],
      ["cn1", { x: -35, y: 30 }],
      ["cn2", { x: -30, y: 31 }],
      ["mx", { x: 105, y: 20 }],
      ["us1", { x: 100, y: 33 }],
      ["us2", { x: 125, y: 40 }],
    ]);
    expect(largestGroup(positions, 25).sort()).toEqual(["mx", "us1", "us2"]);
    expect(largestGroup(positions, 1000).length).toBe(6);
  });
});
