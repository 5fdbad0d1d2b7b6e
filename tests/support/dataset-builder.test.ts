// The builder's promise: what it makes passes src/model's validator, defaults included.
import { describe, expect, it } from "vitest";
import { validateDataset } from "../../src/model/validate";
import { handDataset } from "../scenario/fixture";
import { acting, edge, makeDataset, node } from "./dataset-builder";

describe("makeDataset", () => {
  it("fills every default so a minimal description is a valid dataset", () => {
    const data = makeDataset({
      nodes: [node("p", "producer", "CN"), node("lab", "lab", "MX"), node("m", "market", "US")],
      edges: [edge("e1", "p", "lab", { commodity: "4-ap" }), edge("e2", "lab", "m", { commodity: "fentanyl", status: "illicit" })],
      interventions: [acting("x", { destinationJurisdictions: ["MX", "GT"], commodities: ["4-ap"] }), acting("y", { edges: ["e1"] })],
    });
    expect(validateDataset(data)).toEqual([]);
    expect(data.commodities.map((c) => [c.id, c.kind])).toEqual([
      ["4-ap", "precursor"],
      ["fentanyl", "product"],
    ]);
    expect(data.nodes[1].recipes?.[0].inputs).toEqual([{ commodity: "4-ap", ratio: 1 }]);
    expect(data.jurisdictions.map((j) => j.id)).toEqual(["CN", "MX", "US", "GT"]);
  });

  it("builds the hand-worked scenario fixture as a valid dataset", () => {
    expect(validateDataset(handDataset)).toEqual([]);
  });
});
