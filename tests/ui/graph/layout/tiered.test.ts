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
    const positions = tieredLayout({ nodes, edges: [] });
    const x = (kind: NodeKind) => positions.get(nodes.find((n) => n.kind === kind)!.id)!.x;
    for (const kind of NODE_KINDS) {
      if (kind !== "producer") expect(x("producer")).toBeLessThan(x(kind));
      if (kind !== "market") expect(x("market")).toBeGreaterThan(x(kind));
    }
    expect(x("lab")).toBeLessThan(x("crossing"));
  });

  it("places licit users under the brokers of their column", () => {
    const layout = tieredLayout({
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
    const positions = tieredLayout(dataset);
    // Rebuild the layer order the layout chose from the y coordinates (top row first).
    const chosen = initialOrder(layered).map((column) =>
      [...column].sort((a, b) => positions.get(dataset.nodes[b].id)!.y - positions.get(dataset.nodes[a].id)!.y),
    );
    const before = countCrossings(layered, edges, initialOrder(layered));
    const after = countCrossings(layered, edges, chosen);
    expect(after).toBeLessThan(before * 0.8);
  });

  it("keeps tall columns within the maximum height", () => {
    const many = Array.from({ length: 500 }, (_, i) => ({ id: `p${i}`, kind: "producer" as const }));
    const positions = [...tieredLayout({ nodes: many, edges: [] }, { maxHeight: 20 }).values()];
    const ys = positions.map((p) => p.y);
    expect(Math.max(...ys) - Math.min(...ys)).toBeLessThanOrEqual(20);
  });
});
