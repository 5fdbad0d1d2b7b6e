// What the exporters write: the snapshot's states are the engine's and the analysis's,
// GEXF carries typed attributes and the palette's colours, the dynamic GEXF has one spell
// per event date with the engine's values, the SVG escapes labels and explains every
// mark, CSV guards formulas.
import { unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { createAnalyzer } from "../../../src/analysis/analyzer";
import { LEGAL_STATUSES, NODE_KINDS } from "../../../src/model/schema";
import { compileScenarioEngine } from "../../../src/scenario/compile";
import { STATUS_CODES } from "../../../src/scenario/types";
import { exportCsv, zipCsv } from "../../../src/io/export/export-csv";
import { exportGexf } from "../../../src/io/export/export-gexf";
import { exportGexfTimeline } from "../../../src/io/export/export-gexf-dynamic";
import { exportSvg } from "../../../src/io/export/svg/export-svg";
import { timelineStates } from "../../../src/io/export/timeline-states";
import { IoError } from "../../../src/io/io-error";
import { buildSnapshot } from "../../../src/io/snapshot/build-snapshot";
import { CLOSED_EDGE_COLOR, NODE_KIND_COLOR, NODE_KIND_LABEL, STATUS_COLOR, STATUS_LABEL } from "../../../src/io/style/palette";
import { rgbOf } from "../../../src/io/style/view-style";
import { parseXml } from "../xml/support/tree-parse-xml";
import { childrenNamed, textOf, type XmlElement } from "../xml/support/xml-tree";
import { makeDataset, edge, node } from "../../support/dataset-builder";
import { DEFAULT_DATASET, defaultSnapshot } from "../support/default-dataset";
import { XSS_LABEL, snapshotOf } from "../support/snapshots";

function xml(text: string): XmlElement {
  const result = parseXml(text, "t.xml");
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.document.root;
}

function descendants(element: XmlElement, name: string): XmlElement[] {
  return element.children.flatMap((child) => ("name" in child ? [...(child.name === name ? [child] : []), ...descendants(child, name)] : []));
}

const scenario = { date: "2019-06-01", switches: {}, idealized: false };
const snapshot = defaultSnapshot();

describe("snapshot", () => {
  it("takes every edge state from the scenario engine and every flow from the analysis", () => {
    const analysis = createAnalyzer(DEFAULT_DATASET).analyze(scenario);
    const applied = compileScenarioEngine(DEFAULT_DATASET).apply(scenario);
    snapshot.edges.forEach((state, e) => {
      expect(state.id).toBe(DEFAULT_DATASET.edges[e].id);
      expect(state.status).toBe(STATUS_CODES[applied.statusCode[e]]);
      expect(state.openCapacity).toBe(applied.openCapacity[e]);
      expect(state.changes).toEqual(applied.changesOf(e));
      expect(state.flow).toBe(analysis.edgeFlow[e]);
      expect(state.survived).toBe(analysis.edgeSurvives[e] === 1);
    });
    expect(snapshot.report.throughput).toEqual(analysis.report.throughput);
    expect(snapshot.scenario).toEqual(scenario);
    const survivingNodes = new Set(DEFAULT_DATASET.edges.flatMap((e, i) => (snapshot.edges[i].survived ? [e.source, e.target] : [])));
    expect(snapshot.nodes.filter((n) => n.survived).map((n) => n.id).sort()).toEqual([...survivingNodes].sort());
  });

  it("refuses an analysis of another dataset and positions that are not numbers", () => {
    const other = makeDataset({ nodes: [node("p", "producer"), node("m", "market", "US")], edges: [edge("e", "p", "m", { commodity: "fentanyl", status: "illicit" })] });
    const analysis = createAnalyzer(other).analyze(scenario);
    expect(() => buildSnapshot(DEFAULT_DATASET, analysis)).toThrow(expect.objectContaining({ kind: "mismatched-analysis" }));
    expect(() => buildSnapshot(other, analysis, { positions: new Map([["p", { x: Number.NaN, y: 0 }]]) })).toThrow(IoError);
  });
});

describe("GEXF", () => {
  const root = xml(exportGexf(snapshot));
  const graph = childrenNamed(root, "graph")[0];

  it("is GEXF 1.3, directed, with typed node and edge attributes", () => {
    expect(root.attributes).toMatchObject({ xmlns: "http://gexf.net/1.3", version: "1.3" });
    expect(graph.attributes.defaultedgetype).toBe("directed");
    const declared = childrenNamed(graph, "attributes").flatMap((block) => childrenNamed(block, "attribute").map((a) => `${block.attributes.class}:${a.attributes.title}:${a.attributes.type}`));
    expect(declared).toEqual(expect.arrayContaining(["node:kind:string", "node:lat:double", "node:unverified:boolean", "edge:capacity:double", "edge:licitConsignee:boolean", "edge:scenarioStatus:string"]));
  });

  it("colours nodes by kind and edges by status (closed grey) from the shared palette", () => {
    const nodes = descendants(graph, "node");
    nodes.forEach((element, v) => {
      const color = childrenNamed(element, "viz:color")[0].attributes;
      expect({ r: Number(color.r), g: Number(color.g), b: Number(color.b) }).toEqual(rgbOf(NODE_KIND_COLOR[DEFAULT_DATASET.nodes[v].kind]));
      expect(childrenNamed(element, "viz:position")).toHaveLength(1);
    });
    descendants(graph, "edge").forEach((element, e) => {
      const state = snapshot.edges[e];
      const color = childrenNamed(element, "viz:color")[0].attributes;
      expect({ r: Number(color.r), g: Number(color.g), b: Number(color.b) }).toEqual(rgbOf(state.closed ? CLOSED_EDGE_COLOR : STATUS_COLOR[state.status]));
    });
  });
});

describe("dynamic GEXF", () => {
  const text = exportGexfTimeline(DEFAULT_DATASET);
  const root = xml(text);
  const graph = childrenNamed(root, "graph")[0];
  const states = timelineStates(DEFAULT_DATASET, { switches: {}, idealized: false });
  const dates = [...new Set(DEFAULT_DATASET.events.map((e) => e.date))].sort();

  it("is dynamic with dates, one spell per event date plus the time before the first", () => {
    expect(graph.attributes).toMatchObject({ mode: "dynamic", timeformat: "date", start: "2016-01-01", end: "2025-12-31" });
    expect(states.map((s) => s.date)).toEqual(dates[0] > "2016-01-01" ? [undefined, ...dates] : dates);
    for (let i = 1; i < states.length; i++) {
      const dayAfter = new Date(Date.parse(`${states[i - 1].end}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
      expect(states[i].start).toBe(dayAfter);
    }
    for (const element of descendants(graph, "edge")) {
      const spells = descendants(element, "attvalue").filter((a) => a.attributes.for === "openCapacity");
      expect(spells.map((a) => [a.attributes.start, a.attributes.end])).toEqual(states.map((s) => [s.start, s.end]));
    }
  });

  it("gives each spell the scenario engine's state on that date", () => {
    const engine = compileScenarioEngine(DEFAULT_DATASET);
    const edges = descendants(graph, "edge");
    for (const date of ["2019-05-01", "2022-08-05", dates[dates.length - 1]]) {
      const applied = engine.apply({ date, switches: {}, idealized: false });
      edges.forEach((element, e) => {
        const spell = (name: string) => descendants(element, "attvalue").find((a) => a.attributes.for === name && a.attributes.start === date)?.attributes.value;
        expect(Number(spell("openCapacity"))).toBe(applied.openCapacity[e]);
        expect(spell("scenarioStatus")).toBe(STATUS_CODES[applied.statusCode[e]]);
        expect(spell("closed")).toBe(String(applied.openCapacity[e] === 0));
      });
    }
  });

  it("shows the story: China's class-wide scheduling (2019-05-01) cuts the direct mail channel", () => {
    const before = states.find((s) => s.end === "2019-04-30");
    const after = states.find((s) => s.start === "2019-05-01");
    if (!before || !after) throw new Error("no spells around 2019-05-01");
    const mail = DEFAULT_DATASET.edges.flatMap((e, i) => (e.mode === "mail" || e.mode === "courier") && DEFAULT_DATASET.nodes.find((n) => n.id === e.source)?.jurisdiction === "CN" ? [i] : []);
    expect(mail.length).toBeGreaterThan(0);
    expect(mail.some((i) => after.openCapacity[i] < before.openCapacity[i])).toBe(true);
  });
});

describe("SVG", () => {
  const hostile = makeDataset({
    nodes: [node("p", "producer", "CN", { label: XSS_LABEL }), node("lab", "lab", "MX", { label: `"quoted" & <b>bold</b>`, unverified: true }), node("m", "market", "US")],
    edges: [edge("e1", "p", "lab"), edge("e2", "lab", "m", { commodity: "fentanyl", status: "illicit" }), edge("e3", "lab", "m", { commodity: "fentanyl", status: "illicit" })],
  });
  const positions = new Map([["p", { x: 0, y: 0 }], ["lab", { x: 10, y: 5 }], ["m", { x: 20, y: 0 }]]);
  const svg = exportSvg(snapshotOf(hostile, { switches: {}, idealized: false }, positions), { width: 900, height: 600 });
  const root = xml(svg);

  it("is well-formed SVG of the requested size, with no script and every label as text", () => {
    expect(root.name).toBe("svg");
    expect(root.attributes).toMatchObject({ width: "900", height: "600" });
    expect(svg).not.toMatch(/<img|<script|onerror=alert\(1\)>|<b>/);
    // A label is drawn as one or more lines (tspans); each node's title carries its full name.
    const labels = descendants(root, "g")
      .filter((g) => g.attributes.class === "labels")
      .flatMap((g) => childrenNamed(g, "text"))
      .map((text) => childrenNamed(text, "tspan").map(textOf).join(" "));
    expect(labels).toContain(XSS_LABEL);
    expect(labels).toContain(`"quoted" & <b>bold</b>`);
    const titles = descendants(root, "g").filter((g) => g.attributes.class === "node").map((g) => textOf(childrenNamed(g, "title")[0]));
    expect(titles.some((title) => title.startsWith(XSS_LABEL))).toBe(true);
  });

  it("explains every node kind and legal status in its legend, with their colours", () => {
    const texts = descendants(root, "text").map(textOf);
    for (const kind of NODE_KINDS) expect(texts).toContain(NODE_KIND_LABEL[kind]);
    for (const status of LEGAL_STATUSES) expect(texts).toContain(STATUS_LABEL[status]);
    const fills = new Set(descendants(root, "circle").map((c) => c.attributes.fill));
    for (const kind of NODE_KINDS) expect(fills.has(NODE_KIND_COLOR[kind])).toBe(true);
  });

  it("draws at the view's positions (left to right, y up) and bows parallel edges apart", () => {
    const centres = descendants(root, "g").filter((g) => g.attributes.class === "node").map((g) => childrenNamed(g, "circle")[0].attributes);
    const [p, lab, m] = centres.map((c) => ({ x: Number(c.cx), y: Number(c.cy) }));
    expect(p.x).toBeLessThan(lab.x);
    expect(lab.x).toBeLessThan(m.x);
    expect(lab.y).toBeLessThan(p.y);
    const paths = descendants(root, "g").filter((g) => g.attributes.class === "edges").flatMap((g) => childrenNamed(g, "path"));
    expect(paths.filter((path) => path.attributes.d.includes("Q"))).toHaveLength(2);
  });

  it("refuses sizes it cannot draw", () => {
    expect(() => exportSvg(snapshot, { width: 10 })).toThrow(expect.objectContaining({ kind: "invalid-option" }));
  });
});

describe("CSV", () => {
  const formulas = makeDataset({
    nodes: [node("p", "producer", "CN", { label: `=HYPERLINK("http://evil","x")`, coordinates: { lat: 19.4, lon: -99.1 } }), node("m", "market", "US", { label: "-5" })],
    edges: [edge("e1", "p", "m", { commodity: "fentanyl", status: "illicit", description: "@SUM(A1)" })],
  });
  const tables = exportCsv(snapshotOf(formulas, { switches: {}, idealized: false }));

  it("guards text cells that a spreadsheet would run, and leaves numbers alone", () => {
    expect(tables.nodes).toContain(`"'=HYPERLINK(""http://evil"",""x"")"`);
    expect(tables.nodes).toContain(",'-5,");
    expect(tables.nodes).toContain(",-99.1,");
    expect(tables.edges).toContain(",'@SUM(A1),");
    expect(tables.nodes.split("\r\n")[0]).toMatch(/^id,label,kind,jurisdiction,/);
  });

  it("lists the routes in paths.csv and zips the three tables reproducibly", () => {
    const lines = exportCsv(snapshot).paths.trim().split("\r\n");
    expect(lines[0]).toBe("set,rank,flow,bottleneck,loophole,lab,nodes,edges,commodities,statuses");
    expect(lines.filter((line) => line.startsWith("top,")).length).toBe(snapshot.report.paths.top.length);
    expect(lines.filter((line) => line.startsWith("flow,")).length).toBe(snapshot.report.flows.top.length);
    const zip = zipCsv(tables, (part) => `x_${part}.csv`);
    expect(zipCsv(tables, (part) => `x_${part}.csv`)).toEqual(zip);
    expect(Object.keys(unzipSync(zip)).sort()).toEqual(["x_edges.csv", "x_nodes.csv", "x_paths.csv"]);
  });
});
