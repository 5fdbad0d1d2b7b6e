import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CHANNELS, MODES, NODE_KINDS } from "../../src/model/schema";
import { buildDatasetIndex, compileSelector, matchingEdges } from "../../src/model/selector";
import type { Dataset, DatasetEdge, DatasetNode, EdgeSelector } from "../../src/model/types";
import { TEST_SOURCE, edge, makeDataset, node } from "../support/dataset-builder";

/**
 * makeDataset declares every commodity an edge names; these tests need edges whose
 * commodity is undeclared ("ghost", "unknown"), so the declared list is fixed here.
 */
function dataset(nodes: readonly DatasetNode[], edges: readonly DatasetEdge[]): Dataset {
  const commodities: Dataset["commodities"] = [
    { id: "npp", name: "NPP", kind: "precursor", sources: [TEST_SOURCE] },
    { id: "fentanyl", name: "Fentanyl", kind: "product", sources: [TEST_SOURCE] },
  ];
  return { ...makeDataset({ nodes, edges }), commodities };
}

const chain = dataset(
  [node("cn.maker", "producer", "CN"), node("in.maker", "producer", "IN"), node("mx.lab", "lab", "MX"), node("us.market", "market", "US")],
  [
    edge("e1", "cn.maker", "mx.lab", { channel: "declared", mode: "sea" }),
    edge("e2", "in.maker", "mx.lab", { channel: "mislabeled", mode: "air", licitConsignee: true }),
    edge("e3", "mx.lab", "us.market", { commodity: "fentanyl", channel: "smuggled", mode: "road" }),
    edge("e4", "cn.maker", "us.market", { commodity: "fentanyl", channel: "smuggled", mode: "mail" }),
  ],
);

function ids(data: Dataset, selector: EdgeSelector): string[] {
  return [...matchingEdges(buildDatasetIndex(data), selector)].map((i) => data.edges[i].id);
}

describe("compileSelector", () => {
  it("ANDs fields and ORs values inside a field", () => {
    expect(ids(chain, { originJurisdictions: ["CN", "IN"] })).toEqual(["e1", "e2", "e4"]);
    expect(ids(chain, { originJurisdictions: ["CN", "IN"], commodities: ["fentanyl"] })).toEqual(["e4"]);
    expect(ids(chain, { destinationJurisdictions: ["US"], modes: ["road"] })).toEqual(["e3"]);
    expect(ids(chain, { sourceKinds: ["producer"], targetKinds: ["lab"], channels: ["mislabeled"] })).toEqual(["e2"]);
    expect(ids(chain, { nodes: ["mx.lab"] })).toEqual(["e1", "e2", "e3"]);
    expect(ids(chain, { edges: ["e4", "e1"] })).toEqual(["e1", "e4"]);
    expect(ids(chain, { licitConsignee: true })).toEqual(["e2"]);
    expect(ids(chain, { licitConsignee: false, modes: ["sea", "mail"] })).toEqual(["e1", "e4"]);
  });

  it("matches nothing for ids the dataset does not have", () => {
    expect(ids(chain, { originJurisdictions: ["FR"] })).toEqual([]);
    expect(ids(chain, { commodities: ["4-ap"] })).toEqual([]);
    expect(ids(chain, { nodes: ["nowhere"] })).toEqual([]);
    expect(ids(chain, { edges: ["e9"] })).toEqual([]);
  });

  it("matches every edge with an empty selector (validation refuses those in datasets)", () => {
    expect(ids(chain, {})).toEqual(["e1", "e2", "e3", "e4"]);
  });

  it("never matches an endpoint field on an edge whose node is unknown", () => {
    const broken = dataset(chain.nodes, [edge("x", "ghost", "mx.lab")]);
    const index = buildDatasetIndex(broken);
    expect(index.edgeSource[0]).toBe(-1);
    expect(compileSelector(index, { originJurisdictions: ["CN"] })(0)).toBe(false);
    expect(compileSelector(index, { destinationJurisdictions: ["MX"] })(0)).toBe(true);
  });
});

/**
 * The selector semantics of SEMANTICS.md written directly over strings; ids that the
 * dataset does not declare (an edge's unknown commodity or endpoint) match nothing.
 */
function referenceMatch(data: Dataset, edgeIndex: number, selector: EdgeSelector): boolean {
  const e = data.edges[edgeIndex];
  const source = data.nodes.find((n) => n.id === e.source);
  const target = data.nodes.find((n) => n.id === e.target);
  const commodity = data.commodities.find((c) => c.id === e.commodity);
  const within = (values: readonly string[] | undefined, value: string | undefined) =>
    values === undefined || (value !== undefined && values.includes(value));
  return (
    within(selector.commodities, commodity?.id) &&
    within(selector.originJurisdictions, source?.jurisdiction) &&
    within(selector.destinationJurisdictions, target?.jurisdiction) &&
    within(selector.channels, e.channel) &&
    within(selector.modes, e.mode) &&
    within(selector.sourceKinds, source?.kind) &&
    within(selector.targetKinds, target?.kind) &&
    within(selector.edges, e.id) &&
    (selector.nodes === undefined || within(selector.nodes, source?.id) || within(selector.nodes, target?.id)) &&
    (selector.licitConsignee === undefined || selector.licitConsignee === e.licitConsignee)
  );
}

const jurisdictions = ["CN", "IN", "MX", "US", "CA"];
const nodeIds = ["n0", "n1", "n2", "n3", "n4", "n5"];
const commodityIds = ["npp", "fentanyl", "ghost"];

const randomDataset = fc
  .record({
    nodes: fc.array(fc.record({ kind: fc.constantFrom(...NODE_KINDS), jurisdiction: fc.constantFrom(...jurisdictions) }), { minLength: 1, maxLength: 6 }),
    edges: fc.array(
      fc.record({
        source: fc.constantFrom(...nodeIds),
        target: fc.constantFrom(...nodeIds),
        commodity: fc.constantFrom(...commodityIds),
        mode: fc.constantFrom(...MODES),
        channel: fc.constantFrom(...CHANNELS),
        licitConsignee: fc.boolean(),
      }),
      { maxLength: 20 },
    ),
  })
  .map(({ nodes, edges }) =>
    dataset(
      nodes.map((n, i) => node(`n${i}`, n.kind, n.jurisdiction)),
      edges.map((e, i) => edge(`e${i}`, e.source, e.target, e)),
    ),
  );

const someOf = <T>(values: readonly T[]) => fc.option(fc.subarray([...values], { minLength: 1 }), { nil: undefined });
const randomSelector: fc.Arbitrary<EdgeSelector> = fc
  .record({
    commodities: someOf(commodityIds),
    originJurisdictions: someOf(jurisdictions),
    destinationJurisdictions: someOf(jurisdictions),
    channels: someOf(CHANNELS),
    modes: someOf(MODES),
    sourceKinds: someOf(NODE_KINDS),
    targetKinds: someOf(NODE_KINDS),
    nodes: someOf(nodeIds),
    edges: someOf(["e0", "e1", "e2", "e5", "e30"]),
    licitConsignee: fc.option(fc.boolean(), { nil: undefined }),
  })
  .map((selector) => Object.fromEntries(Object.entries(selector).filter(([, value]) => value !== undefined)) as EdgeSelector);

describe("compileSelector agrees with the plain-string semantics", () => {
  it("on random datasets (unknown nodes and commodities included) and random selectors", () => {
    fc.assert(
      fc.property(randomDataset, randomSelector, (data, selector) => {
        const matches = compileSelector(buildDatasetIndex(data), selector);
        data.edges.forEach((_e, i) => expect(matches(i)).toBe(referenceMatch(data, i, selector)));
      }),
      { numRuns: 500 },
    );
  });
});

describe("buildDatasetIndex", () => {
  it("maps ids to positions (first occurrence wins) and lays out endpoints and codes per index", () => {
    const data = dataset(
      [node("a", "producer", "CN"), node("b", "market", "US"), node("a", "broker", "IN")],
      [edge("x", "a", "b"), edge("y", "b", "ghost", { commodity: "unknown", mode: "mail", channel: "smuggled", licitConsignee: true })],
    );
    const index = buildDatasetIndex(data);
    expect(index.nodeIndexById.get("a")).toBe(0);
    expect(index.nodeIndexById.get("b")).toBe(1);
    expect([...index.edgeSource]).toEqual([0, 1]);
    expect([...index.edgeTarget]).toEqual([1, -1]);
    expect([...index.edgeCommodity]).toEqual([0, -1]);
    expect(index.nodeJurisdiction).toEqual(["CN", "US", "IN"]);
    expect(index.nodeKind).toEqual(["producer", "market", "broker"]);
    expect([...index.codes.nodeJurisdictionCode]).toEqual([0, 1, 2]);
    expect([...index.codes.edgeLicitConsignee]).toEqual([0, 1]);
    expect(index.commodityIndexById.get("fentanyl")).toBe(1);
    expect(index.sourceIndexById.get(TEST_SOURCE)).toBe(0);
  });
});
