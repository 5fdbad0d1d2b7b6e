import { describe, expect, it } from "vitest";
import { reachableMarkets } from "../../src/cli/market-reach";
import { edge, makeDataset, node } from "../support/dataset-builder";

const data = makeDataset({
  nodes: [
    node("p", "producer", "CN"),
    node("broker", "broker", "CN"),
    node("lab", "lab", "MX"),
    node("orphan-lab", "lab", "MX"),
    node("x", "crossing", "MX"),
    node("m1", "market", "US"),
    node("m2", "market", "US"),
    node("m3", "market", "US"),
  ],
  edges: [
    edge("p-broker", "p", "broker"),
    edge("broker-lab", "broker", "lab"),
    edge("lab-x", "lab", "x", { commodity: "fentanyl" }),
    edge("x-m1", "x", "m1", { commodity: "fentanyl" }),
    edge("orphan-m2", "orphan-lab", "m2", { commodity: "fentanyl" }),
    edge("p-m3", "p", "m3", { commodity: "fentanyl", mode: "mail" }),
  ],
});

function reach(closed: readonly string[] = []): string[] {
  const open = Float64Array.from(data.edges, (e) => (closed.includes(e.id) ? 0 : e.capacity));
  return [...reachableMarkets(data, open)].sort();
}

describe("markets reachable over open edges", () => {
  it("needs chemicals to reach a lab, then product to reach the market; a producer's own product counts", () => {
    expect(reach()).toEqual(["m1", "m3"]); // orphan-lab gets no chemicals
  });

  it("a closed edge anywhere on the route cuts the market", () => {
    expect(reach(["broker-lab"])).toEqual(["m3"]);
    expect(reach(["x-m1", "p-m3"])).toEqual([]);
  });

  it("a lab cut off from its chemicals supplies nothing, even with its product edges open", () => {
    const open = Float64Array.from(data.edges, (e) => (e.id === "p-broker" ? 0 : e.capacity));
    expect([...reachableMarkets(data, open)]).toEqual(["m3"]);
  });
});
