// Import problems: every one typed and located (line and column for XML and CSV, JSON
// Pointer and line and column for JSON), XML entity tricks refused in each XML format,
// and what is inferred for files from other tools.
import { zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { exportCsv } from "../../../src/io/export/export-csv";
import { exportGexf } from "../../../src/io/export/export-gexf";
import { exportGraphml } from "../../../src/io/export/export-graphml";
import { exportSnapshotJson } from "../../../src/io/export/export-json";
import type { ImportProblem } from "../../../src/io/import-error";
import { DEFAULT_DATASET, defaultSnapshot } from "../support/default-dataset";
import { file, importFailed, importOk } from "../support/snapshots";

const snapshot = defaultSnapshot();
const gexf = exportGexf(snapshot);
const graphml = exportGraphml(snapshot);
const json = exportSnapshotJson(snapshot);
const csv = exportCsv(snapshot);

/** 1-based line and column of the first occurrence of `needle` in `text`. */
function positionOf(text: string, needle: string): { line: number; column: number } {
  const at = text.indexOf(needle);
  if (at < 0) throw new Error(`'${needle}' not in the text`);
  const before = text.slice(0, at).split("\n");
  return { line: before.length, column: before[before.length - 1].length + 1 };
}

function only(problems: readonly ImportProblem[]): ImportProblem {
  expect(problems).toHaveLength(1);
  return problems[0];
}

const BOMB = `<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>`;
const XXE = `<!DOCTYPE foo [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>`;

describe.each([
  ["GEXF", "x.gexf", gexf],
  ["GraphML", "x.graphml", graphml],
])("%s refuses XML entity tricks", (_name, fileName, text) => {
  const afterDeclaration = (insert: string) => text.replace(`?>\n`, `?>\n${insert}\n`);

  it("an entity-expansion bomb (any DOCTYPE), at its line and column", () => {
    const problem = only(importFailed([file(fileName, afterDeclaration(BOMB))]).problems);
    expect(problem).toMatchObject({ kind: "xml-doctype-refused", file: fileName, line: 2, column: 1 });
  });

  it("an external entity", () => {
    expect(only(importFailed([file(fileName, afterDeclaration(XXE))]).problems).kind).toBe("xml-doctype-refused");
  });

  it("a named entity that XML does not predefine", () => {
    const withEntity = text.replace(/label="/, `label="&xxe;`).replace(`<data key="n-label">`, `<data key="n-label">&xxe;`);
    const problem = only(importFailed([file(fileName, withEntity)]).problems);
    expect(problem).toMatchObject({ kind: "xml-entity-refused", ...positionOf(withEntity, "&xxe;") });
  });
});

describe("located problems", () => {
  it("JSON: a syntax error at its line and column", () => {
    const broken = json.replace(`"version": 1`, `"version": 1,,`);
    const problem = only(importFailed([file("s.json", broken)]).problems);
    expect(problem).toMatchObject({ kind: "json-syntax", line: positionOf(broken, ",,").line });
  });

  it("JSON snapshot: dataset errors under /dataset, with line and column", () => {
    const broken = json.replace(`"target": "us-licensed-api-makers"`, `"target": "atlantis"`);
    const problem = only(importFailed([file("s.json", broken)]).problems);
    expect(problem).toMatchObject({ kind: "dataset-invalid", datasetKind: "unknown-node", path: "/dataset/edges/0/target", ...positionOf(broken, `"atlantis"`) });
  });

  it("JSON snapshot: a scenario switching an unknown intervention, other versions, other formats", () => {
    const document = JSON.parse(json);
    const unknownSwitch = JSON.stringify({ ...document, scenario: { switches: { nope: { on: true } }, idealized: false } });
    expect(only(importFailed([file("s.json", unknownSwitch)]).problems)).toMatchObject({ kind: "scenario-invalid", path: "/scenario/switches/nope" });
    expect(only(importFailed([file("s.json", JSON.stringify({ ...document, version: 2 }))]).problems)).toMatchObject({ kind: "format-unsupported", path: "/version" });
    expect(only(importFailed([file("s.json", `{"format": "something-else"}`)]).problems).kind).toBe("format-unknown");
    expect(only(importFailed([file("s.json", `{"format": "chokepoint-dataset", "format": 1}`)]).problems).kind).toBe("json-duplicate-key");
    expect(only(importFailed([file("s.json", "[".repeat(100_000))]).problems).kind).toBe("too-deep");
  });

  it("GEXF: a bad value at its attvalue, an unknown node at the edge's target", () => {
    const badCapacity = gexf.replace(/(<attvalue for="capacity" value=")[^"]*/, "$1abc");
    expect(only(importFailed([file("x.gexf", badCapacity)]).problems)).toMatchObject({ kind: "bad-value", file: "x.gexf", ...positionOf(badCapacity, `value="abc"`) });
    const unknownTarget = gexf.replace(`target="us-licensed-api-makers"`, `target="atlantis"`);
    const problem = only(importFailed([file("x.gexf", unknownTarget)]).problems);
    expect(problem).toMatchObject({ kind: "dataset-invalid", datasetKind: "unknown-node", path: "/edges/0/target", ...positionOf(unknownTarget, `target="atlantis"`) });
  });

  it("GEXF: a kind that does not exist, a duplicate id, hierarchy", () => {
    const badKind = gexf.replace(`value="producer"`, `value="factory"`);
    expect(only(importFailed([file("x.gexf", badKind)]).problems)).toMatchObject({ kind: "bad-value", ...positionOf(badKind, `value="factory"`) });
    const second = DEFAULT_DATASET.nodes[1].id;
    const duplicate = gexf.replace(`<node id="${second}"`, `<node id="${DEFAULT_DATASET.nodes[0].id}"`);
    expect(importFailed([file("x.gexf", duplicate)]).problems.some((p) => p.datasetKind === "duplicate-id" && p.line === positionOf(duplicate, `id="${DEFAULT_DATASET.nodes[0].id}" label="${DEFAULT_DATASET.nodes[1].label}"`).line)).toBe(true);
    const nested = gexf.replace("</node>", `<nodes><node id="inner"/></nodes></node>`);
    expect(importFailed([file("x.gexf", nested)]).problems[0].kind).toBe("format-unsupported");
  });

  it("GraphML: a self-loop, a hyperedge, a broken graph context", () => {
    const first = DEFAULT_DATASET.edges[0];
    const loop = graphml.replace(`source="${first.source}" target="${first.target}"`, `source="${first.source}" target="${first.source}"`);
    expect(only(importFailed([file("x.graphml", loop)]).problems)).toMatchObject({ kind: "dataset-invalid", datasetKind: "self-loop" });
    const hyper = graphml.replace("</graph>", `<hyperedge><endpoint node="a"/></hyperedge></graph>`);
    expect(only(importFailed([file("x.graphml", hyper)]).problems).kind).toBe("format-unsupported");
    const brokenContext = graphml.replace(/(<data key="g-chokepointContext">)\{/, "$1{{");
    expect(only(importFailed([file("x.graphml", brokenContext)]).problems)).toMatchObject({ kind: "bad-value", ...positionOf(brokenContext, `<data key="g-chokepointContext">`) });
  });

  it("CSV: missing and duplicate columns, a bad cell, an unknown node, at line and column", () => {
    const noId = csv.nodes.replace(/^id,/, "ident,");
    expect(only(importFailed([file("n.csv", noId), file("e.csv", csv.edges)]).problems)).toMatchObject({ kind: "csv-missing-column", file: "n.csv", line: 1 });
    const twice = csv.nodes.replace(/^id,label,/, "id,label,label,").replace(/\r\n([^\r])/g, "\r\n$1");
    expect(importFailed([file("n.csv", twice.split("\r\n")[0] + "\r\n"), file("e.csv", csv.edges)]).problems[0].kind).toBe("csv-duplicate-column");
    const lines = csv.edges.split("\r\n");
    lines[2] = lines[2].replace(/,100,road,/, ",lots,road,");
    const badCell = lines.join("\r\n");
    expect(only(importFailed([file("n.csv", csv.nodes), file("e.csv", badCell)]).problems)).toMatchObject({ kind: "bad-value", file: "e.csv", line: 3, column: lines[2].indexOf(",lots,") + 2 });
    const unknown = csv.edges.replace(",us-licensed-api-makers,", ",atlantis,");
    expect(only(importFailed([file("n.csv", csv.nodes), file("e.csv", unknown)]).problems)).toMatchObject({ kind: "dataset-invalid", datasetKind: "unknown-node", file: "e.csv", line: 2 });
  });

  it("CSV: needs one nodes and one edges file; a zip that unpacks too large is refused", () => {
    expect(only(importFailed([file("n.csv", csv.nodes)]).problems).kind).toBe("format-structure");
    expect(only(importFailed([file("a.csv", csv.nodes), file("b.csv", csv.nodes)]).problems).kind).toBe("format-structure");
    const bomb = zipSync({ "x_nodes.csv": new Uint8Array(2_000_000), "x_edges.csv": new Uint8Array(10) });
    expect(only(importFailed([file("x.zip", bomb)], { maxUnzippedBytes: 1_000_000 }).problems).kind).toBe("too-large");
  });

  it("every problem of a malformed file names the file and a line and column", () => {
    const inputs = [
      [file("x.gexf", gexf.replace("</nodes>", ""))],
      [file("x.graphml", graphml.replace(/(<edge id="[^"]*") source="[^"]*"/, "$1"))],
      [file("x.gexf", gexf.replace(/value="(legal|controlled|illicit)"/g, `value="secret"`))],
      [file("n.csv", csv.nodes.replace(/,producer,/g, ",grower,")), file("e.csv", csv.edges)],
      [file("s.json", json.replace(/"capacity": \d+/g, `"capacity": -1`))],
    ];
    for (const files of inputs) {
      const { problems } = importFailed(files);
      expect(problems.length).toBeGreaterThan(0);
      for (const problem of problems) {
        expect(files.map((f) => f.name)).toContain(problem.file);
        expect(problem.line).toBeGreaterThan(0);
        expect(problem.column).toBeGreaterThan(0);
      }
    }
  });
});

describe("files from other tools", () => {
  const networkxStyle = `<?xml version='1.0' encoding='utf-8'?>
<gexf xmlns="http://www.gexf.net/1.2draft" version="1.2">
  <graph defaultedgetype="directed" mode="static" name="">
    <attributes mode="static" class="node">
      <attribute id="0" title="modularity_class" type="long" />
    </attributes>
    <nodes>
      <node id="Supplier A" label="Supplier A"><attvalues><attvalue for="0" value="1" /></attvalues></node>
      <node id="Broker" label="Broker" />
      <node id="City" label="City" />
    </nodes>
    <edges>
      <edge source="Supplier A" target="Broker" id="0" weight="40" />
      <edge source="Broker" target="City" id="1" />
    </edges>
  </graph>
</gexf>`;

  it("infers kinds, ids, jurisdictions, commodities and capacities, marks them unverified, and says so", () => {
    const result = importOk([file("nx.gexf", networkxStyle)]);
    const { nodes, edges, commodities, jurisdictions } = result.dataset;
    expect(nodes.map((n) => [n.id, n.kind, n.jurisdiction, n.unverified])).toEqual([
      ["supplier-a", "producer", "XX", true],
      ["broker", "broker", "XX", true],
      ["city", "market", "XX", true],
    ]);
    expect(edges.map((e) => [e.id, e.source, e.target, e.capacity, e.commodity, e.status, e.unverified])).toEqual([
      ["0", "supplier-a", "broker", 40, "unspecified", "legal", true],
      ["1", "broker", "city", 1, "unspecified", "legal", true],
    ]);
    expect(commodities).toMatchObject([{ id: "unspecified", kind: "precursor", unverified: true }]);
    expect(jurisdictions).toMatchObject([{ id: "XX" }]);
    expect(result.notes.join("\n")).toMatch(/rewritten[\s\S]*had no kind[\s\S]*modularity_class/);
  });

  it("refuses a given value it cannot use rather than guessing", () => {
    const problems = importFailed([file("nx.gexf", networkxStyle.replace(`weight="40"`, `weight="forty"`))]).problems;
    expect(only(problems)).toMatchObject({ kind: "bad-value", line: 13 });
  });
});
