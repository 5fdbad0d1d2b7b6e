import { describe, expect, it } from "vitest";
import { NODE_KINDS } from "../../../../src/model/schema";
import type { NodeKind } from "../../../../src/model/types";
import { countCrossings } from "../../../../src/ui/graph/layout/crossings";
import { initialOrder } from "../../../../src/ui/graph/layout/layered-graph";
import { TIER_OF_KIND, tieredLayout } from "../../../../src/ui/graph/layout/tiered";
import { layeredDataset } from "../../../../src/model/synthetic";

describe("tieredLayout", () => {
  const nodes = NODE_KINDS.map((kind, i) => ({ id: `n${i}`, kind }));

  it("puts producers left of everything and markets right of everything", () => {
    const { positions } = tieredLayout({ nodes, edges: [] });
    const x = (kind: NodeKind) => positions.get(nodes.find((n) => n.kind === kind)!.id)!.x;
    for (const kind of NODE_KINDS) {
      if (kind !== "producer") expect(x("producer")).toBeLessThan(x(kind));
      if (kind !== "market") expect(x("market")).toBeGreaterThan(x(kind));
    }
    expect(x("lab")).toBeLessThan(x("crossing"));
  });

  it("places licit users under the brokers of their column", () => {
    const { positions: layout } = tieredLayout({
      nodes: [
        { id: "u", kind: "licit-user" },
        { id: "b", kind: "broker" },
      ],
      edges: [],
    });
    expect(layout.get("u")!.x).toBe(layout.get("b")!.x);
    expect(layout.get("u")!.y).toBeLessThan(layout.get("b")!.y);
  });

  it("has fewer crossings than the input order on a generated supply chain", () => {
    const dataset = layeredDataset({ edges: 400, seed: 7 });
    const index = new Map(dataset.nodes.map((n, i) => [n.id, i]));
    const layered = dataset.nodes.map((n) => TIER_OF_KIND[n.kind]);
    const edges = dataset.edges.map((e) => ({ source: index.get(e.source)!, target: index.get(e.target)! }));
    const { positions } = tieredLayout(dataset);
    // Rebuild the layer order the layout chose from the y coordinates (top row first).
    const chosen = initialOrder(layered).map((column) =>
      [...column].sort((a, b) => positions.get(dataset.nodes[b].id)!.y - positions.get(dataset.nodes[a].id)!.y),
    );
    const before = countCrossings(layered, edges, initialOrder(layered));
    const after = countCrossings(layered, edges, chosen);
    expect(after).toBeLessThan(before * 0.8);
  });

  it("spaces rows so the tallest column fills the requested aspect, however many nodes", () => {
    for (const count of [10, 500]) {
      const producers = Array.from({ length: count }, (_, i) => ({ id: `p${i}`, kind: "producer" as const }));
      const layout = tieredLayout({ nodes: [...producers, { id: "m", kind: "market" }], edges: [] }, { aspect: 0.5 });
      const points = [...layout.positions.values()];
      const width = Math.max(...points.map((p) => p.x)) - Math.min(...points.map((p) => p.x));
      const height = Math.max(...points.map((p) => p.y)) - Math.min(...points.map((p) => p.y));
      expect(height / width).toBeCloseTo(0.5, 6);
      expect(layout.rowSpacing).toBeCloseTo(height / (count - 1), 9);
    }
  });
});
