// Checks a reviewer wants on data/default.json: it fits the schema, is big and varied
// enough, every item is sourced or flagged unverified, every reference resolves, and the
// data carries the story SEMANTICS.md asks for (the loophole and the substitutions).
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { formatError, parseDataset } from "../../src/model/load";
import { CHANNELS, MODES, NODE_KINDS } from "../../src/model/schema";
import { buildDatasetIndex, matchingEdges } from "../../src/model/selector";
import type { ActingIntervention, Dataset } from "../../src/model/types";
import { isCooperation } from "../../src/model/types";

const path = resolve(__dirname, "../../data/default.json");
const raw: unknown = JSON.parse(readFileSync(path, "utf8"));
const dataset = raw as Dataset;

const productIds = new Set(dataset.commodities.filter((c) => c.kind === "product").map((c) => c.id));
const recipes = dataset.nodes.flatMap((node) => (node.recipes ?? []).map((recipe) => ({ node, recipe })));
const acting = dataset.interventions.filter((i): i is ActingIntervention => !isCooperation(i));
const datasetIndex = buildDatasetIndex(dataset);
/** The dataset edges an intervention's selector picks, through the model's matcher. */
const matchedEdges = (selector: ActingIntervention["target"]) =>
  [...matchingEdges(datasetIndex, selector)].map((edgeIndex) => dataset.edges[edgeIndex]);
const nodeIndex = () => new Map(dataset.nodes.map((node) => [node.id, node]));

/** Every sourced item in the dataset, with where it is, for readable failures. */
function sourcedItems() {
  return [
    ...dataset.commodities.map((item) => ({ where: `commodity ${item.id}`, item })),
    ...dataset.nodes.map((item) => ({ where: `node ${item.id}`, item })),
    ...dataset.edges.map((item) => ({ where: `edge ${item.id}`, item })),
    ...recipes.map(({ node, recipe }) => ({ where: `recipe ${node.id}/${recipe.id}`, item: recipe })),
    ...dataset.interventions.map((item) => ({ where: `intervention ${item.id}`, item })),
    ...dataset.events.map((item) => ({ where: `event ${item.id}`, item })),
  ];
}

describe("data/default.json structure", () => {
  it("passes the dataset validator (schema, unique ids, references, recipes, selectors, dates, sources)", () => {
    const result = parseDataset(readFileSync(path, "utf8"), "data/default.json");
    expect(result.ok ? [] : result.errors.map(formatError)).toEqual([]);
  });

  it("has every intervention selector match at least one edge", () => {
    const empty = acting.filter((intervention) => matchedEdges(intervention.target).length === 0);
    expect(empty.map((intervention) => intervention.id)).toEqual([]);
  });
});

describe("data/default.json size and coverage", () => {
  it("meets the minimum counts of issue #2", () => {
    expect(dataset.nodes.length).toBeGreaterThanOrEqual(50);
    expect(dataset.edges.length).toBeGreaterThanOrEqual(100);
    expect(dataset.commodities.filter((c) => c.kind !== "product").length).toBeGreaterThanOrEqual(8);
    expect(dataset.interventions.length).toBeGreaterThanOrEqual(10);
  });

  it("has every node kind, mode and channel", () => {
    expect(new Set(dataset.nodes.map((node) => node.kind))).toEqual(new Set(NODE_KINDS));
    expect(new Set(dataset.edges.map((edge) => edge.channel))).toEqual(new Set(CHANNELS));
    const modes = new Set(dataset.edges.map((edge) => edge.mode));
    for (const mode of MODES.filter((m) => m !== "rail")) expect(modes, mode).toContain(mode);
  });

  it("has the places the issue names, each with coordinates", () => {
    const required = [
      "cn-hubei-suppliers", "in-gujarat-suppliers", "gt-broker-ofac-2023", "online-marketplaces", "cn-postal-express",
      "mx-manzanillo", "mx-lazaro-cardenas", "mx-aicm-air-cargo", "us-lax", "xing-laredo-southbound",
      "lab-sinaloa-culiacan", "lab-cjng-jalisco", "lab-ca-falkland", "xing-nogales", "xing-san-ysidro", "xing-otay-mesa",
      "xing-laredo", "xing-el-paso", "xing-northern",
    ];
    const nodes = nodeIndex();
    expect(required.filter((id) => !nodes.has(id))).toEqual([]);
    expect(dataset.nodes.filter((node) => !node.coordinates).map((node) => node.id)).toEqual([]);
    expect(dataset.nodes.filter((node) => node.kind === "market" && node.jurisdiction === "US").length).toBeGreaterThanOrEqual(5);
  });

  it("has producers in China and India and labs of both cartels", () => {
    const producers = dataset.nodes.filter((node) => node.kind === "producer").map((node) => node.jurisdiction);
    expect(producers).toContain("CN");
    expect(producers).toContain("IN");
    const labs = dataset.nodes.filter((node) => node.kind === "lab").map((node) => node.id);
    expect(labs.some((id) => id.includes("sinaloa"))).toBe(true);
    expect(labs.some((id) => id.includes("cjng"))).toBe(true);
  });

  it("covers the Siegfried, Janssen, Gupta and 4-AP/boc routes, and pill pressing", () => {
    const routes = new Set(recipes.map(({ recipe }) => recipe.route));
    for (const route of ["siegfried", "janssen", "gupta", "4-ap", "1-boc-4-ap", "1-boc-4-piperidone", "pressing"]) {
      expect(routes, route).toContain(route);
    }
    expect(productIds).toEqual(new Set(["fentanyl-powder", "fentanyl-pills"]));
  });
});

describe("data/default.json sources", () => {
  it("cites at least one source on every item, or marks it unverified", () => {
    const bare = sourcedItems().filter(({ item }) => item.sources.length === 0 && item.unverified !== true);
    expect(bare.map(({ where }) => where)).toEqual([]);
  });

  it("cites only declared sources", () => {
    const declared = new Set(dataset.sources.map((source) => source.id));
    const cited = [
      ...sourcedItems().flatMap(({ where, item }) => item.sources.map((id) => ({ where, id }))),
      ...dataset.jurisdictions.flatMap((j) => (j.sources ?? []).map((id) => ({ where: `jurisdiction ${j.id}`, id }))),
    ];
    expect(cited.filter(({ id }) => !declared.has(id))).toEqual([]);
  });

  it("uses every declared source somewhere", () => {
    const cited = new Set(sourcedItems().flatMap(({ item }) => item.sources));
    expect(dataset.sources.filter((source) => !cited.has(source.id)).map((source) => source.id)).toEqual([]);
  });

  it("marks hypothetical interventions unverified", () => {
    const unmarked = dataset.interventions.filter((i) => i.hypothetical && i.unverified !== true);
    expect(unmarked.map((i) => i.id)).toEqual([]);
  });
});

describe("data/default.json carries the story", () => {
  const nodes = nodeIndex();
  const jurisdictionOf = (id: string) => nodes.get(id)?.jurisdiction;
  const intervention = (id: string) => {
    const found = acting.find((i) => i.id === id);
    if (!found) throw new Error(`no acting intervention ${id}`);
    return found;
  };

  it("has a direct China-to-US mail channel that the 2019 class scheduling acts on", () => {
    const targeted = matchedEdges(intervention("cn-fentanyl-class-2019").target);
    const direct = targeted.filter(
      (edge) => jurisdictionOf(edge.source) === "CN" && jurisdictionOf(edge.target) === "US" && edge.mode === "mail",
    );
    expect(direct.length).toBeGreaterThan(0);
  });

  it("leaves precursors out of the 2019 class scheduling (the loophole)", () => {
    const targeted = matchedEdges(intervention("cn-fentanyl-class-2019").target);
    expect(targeted.filter((edge) => !productIds.has(edge.commodity))).toEqual([]);
  });

  it("has legal, declared precursor edges from China into Mexico", () => {
    const loophole = dataset.edges.filter(
      (edge) =>
        jurisdictionOf(edge.source) === "CN" &&
        jurisdictionOf(edge.target) === "MX" &&
        edge.status === "legal" &&
        edge.channel === "declared" &&
        !productIds.has(edge.commodity),
    );
    expect(new Set(loophole.map((edge) => edge.commodity)).size).toBeGreaterThanOrEqual(4);
  });

  it("lets a lab that loses one route's chemicals fall back on another route after each China control", () => {
    for (const id of ["cn-npp-anpp-2018", "cn-4ap-boc-norfentanyl-2024", "cn-piperidone-scheduling"]) {
      const controlled = new Set(intervention(id).target.commodities ?? []);
      const fallback = recipes.filter(
        ({ recipe }) => recipe.route !== "pressing" && recipe.inputs.every((input) => !controlled.has(input.commodity)),
      );
      expect(fallback.length, id).toBeGreaterThan(0);
    }
  });

  it("makes each China export control cost some licit trade", () => {
    for (const id of ["cn-npp-anpp-2018", "cn-4ap-boc-norfentanyl-2024", "cn-export-licensing-2025", "cn-piperidone-scheduling"]) {
      const licit = matchedEdges(intervention(id).target).filter((edge) => edge.licitConsignee);
      expect(licit.length, id).toBeGreaterThan(0);
    }
  });

  it("keeps mislabeled channels out of reach of declaration-based controls", () => {
    const declarationBased = acting.filter((i) => i.target.channels?.every((channel) => channel === "declared"));
    expect(declarationBased.length).toBeGreaterThan(5);
    const mislabeled = dataset.edges.filter((edge) => edge.channel === "mislabeled" && !productIds.has(edge.commodity));
    expect(mislabeled.length).toBeGreaterThan(0);
  });

  it("switches cooperation off on 2022-08-05 and on again on 2023-11-15", () => {
    const changes = dataset.events.flatMap((event) =>
      event.changes.filter((c) => c.intervention === "us-cn-cooperation").map((c) => `${event.date} ${c.action}`),
    );
    expect(changes).toContain("2022-08-05 disable");
    expect(changes).toContain("2023-11-15 enable");
  });
});
