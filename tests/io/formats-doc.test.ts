// docs/formats.md must stay true: it lists every attribute the graph formats carry, every
// column name the import maps, and every import problem kind; the CSV templates it points
// to import into a valid dataset.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { EDGE_ATTRIBUTES, NODE_ATTRIBUTES } from "../../src/io/graph-attributes";
import { IMPORT_PROBLEM_KINDS } from "../../src/io/import-error";
import { EDGE_FIELDS, NODE_FIELDS } from "../../src/io/import/field-names";
import { ROOT } from "./support/default-dataset";
import { file, importOk } from "./support/snapshots";

const doc = readFileSync(resolve(ROOT, "docs/formats.md"), "utf8");
const mentions = (name: string) => doc.toLowerCase().includes(`\`${name.toLowerCase()}\``);

describe("docs/formats.md", () => {
  it("lists every node and edge attribute of GEXF, GraphML and CSV", () => {
    expect([...NODE_ATTRIBUTES, ...EDGE_ATTRIBUTES].map((spec) => spec.name).filter((name) => !mentions(name))).toEqual([]);
  });

  it("lists every name the column mapping reads", () => {
    const aliases = [...Object.values<readonly string[]>(NODE_FIELDS), ...Object.values<readonly string[]>(EDGE_FIELDS)].flat();
    expect(aliases.filter((alias) => !mentions(alias))).toEqual([]);
  });

  it("documents every import problem kind", () => {
    expect(IMPORT_PROBLEM_KINDS.filter((kind) => !mentions(kind))).toEqual([]);
  });

  it("points to CSV templates that import into a valid dataset, a lab with its recipe included", () => {
    const read = (name: string) => file(name, readFileSync(resolve(ROOT, "data/templates", name), "utf8"));
    const result = importOk([read("nodes.csv"), read("edges.csv")]);
    expect(result.dataset.nodes.map((node) => node.kind)).toEqual(["producer", "broker", "lab", "market"]);
    expect(result.dataset.nodes[2].recipes?.[0].inputs).toEqual([{ commodity: "npp", ratio: 1.2 }]);
    expect(result.dataset.commodities.map((c) => [c.id, c.kind])).toEqual([["npp", "precursor"], ["fentanyl-powder", "product"]]);
  });
});
