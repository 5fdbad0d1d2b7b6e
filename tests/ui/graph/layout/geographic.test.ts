import { describe, expect, it } from "vitest";
import { geographicLayout, project } from "../../../../src/ui/graph/layout/geographic";

describe("project", () => {
  it("centres the map on the Pacific: China left of Mexico, Mexico left of the US east coast", () => {
    const wuhan = project(30.6, 114.3);
    const manzanillo = project(19.1, -104.3);
    const newYork = project(40.7, -74.0);
    expect(wuhan.x).toBeLessThan(manzanillo.x);
    expect(manzanillo.x).toBeLessThan(newYork.x);
    expect(project(0, 150)).toEqual({ x: 0, y: 0 });
    expect(project(10, -30).x).toBe(-180);
    expect(wuhan.y).toBeCloseTo(30.6);
  });
});

describe("geographicLayout", () => {
  const nodes = [
    { id: "a", jurisdiction: "CN", coordinates: { lat: 30, lon: 114 } },
    { id: "b", jurisdiction: "CN", coordinates: { lat: 32, lon: 120 } },
    { id: "c", jurisdiction: "CN" },
    { id: "d", jurisdiction: "CN" },
    { id: "z", jurisdiction: "INT" },
    { id: "y", jurisdiction: "INT" },
  ];

  it("places located nodes at their projected coordinates", () => {
    const positions = geographicLayout({ nodes });
    expect(positions.get("a")).toEqual(project(30, 114));
  });

  it("places unlocated nodes near their jurisdiction, apart from each other", () => {
    const positions = geographicLayout({ nodes });
    const centre = { x: (project(30, 114).x + project(32, 120).x) / 2, y: 31 };
    for (const id of ["c", "d"]) {
      const p = positions.get(id)!;
      expect(Math.hypot(p.x - centre.x, p.y - centre.y)).toBeLessThan(5);
    }
    expect(positions.get("c")).not.toEqual(positions.get("d"));
  });

  it("puts nodes of unlocated jurisdictions in a row sorted by id, the same every time", () => {
    const first = geographicLayout({ nodes });
    const again = geographicLayout({ nodes: [...nodes].reverse() });
    expect(first.get("y")!.x).toBeLessThan(first.get("z")!.x);
    expect(first.get("y")!.y).toBe(first.get("z")!.y);
    expect(again.get("y")).toEqual(first.get("y"));
    expect(first.size).toBe(nodes.length);
  });
});
