import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildGraph } from "../../src/model/graph";
import { parseDatasetOrThrow } from "../../src/model/load";
import { edge, makeDataset, node } from "../support/dataset-builder";

describe("buildGraph", () => {
  const data = parseDatasetOrThrow(readFileSync(join(__dirname, "fixtures", "valid-minimal.json"), "utf8"), "valid-minimal.json");

  it("has one node and one directed edge per dataset item, keyed by id, with the item's attributes", () => {
    const graph = buildGraph(data);
    expect(graph.order).toBe(data.nodes.length);
    expect(graph.size).toBe(data.edges.length);
    expect(graph.getNodeAttributes("mx.lab")).toEqual(data.nodes[1]);
    expect(graph.source("npp.cn-mx")).toBe("cn.suppliers");
    expect(graph.target("npp.cn-mx")).toBe("mx.lab");
    expect(graph.getEdgeAttributes("fentanyl.mx-us")).toEqual(data.edges[1]);
  });

  it("keeps parallel edges (two commodities between the same actors)", () => {
    const twoCommodities = makeDataset({
      nodes: [node("a", "producer", "CN"), node("b", "broker", "CN")],
      edges: [edge("a-b.npp", "a", "b"), edge("a-b.fentanyl", "a", "b", { commodity: "fentanyl" })],
    });
    const graph = buildGraph(twoCommodities);
    expect(graph.edges("a", "b").sort()).toEqual(["a-b.fentanyl", "a-b.npp"]);
  });

  it("copies attributes: changing the graph leaves the dataset untouched", () => {
    const graph = buildGraph(data);
    graph.setNodeAttribute("mx.lab", "label", "changed");
    graph.mergeEdgeAttributes("npp.cn-mx", { capacity: 0 });
    expect(data.nodes[1].label).toBe("Cartel lab");
    expect(data.edges[0].capacity).toBe(150);
  });
});
