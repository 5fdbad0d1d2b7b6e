// Interoperability with a tool no one here wrote: networkx reads the GEXF, dynamic GEXF
// and GraphML exports of the default dataset (and of hostile labels) and must see the same
// nodes, edges and attributes, the viz, and the timeline's spells. Skipped, saying so,
// only when no python3 with networkx is installed (GEXF 1.3 needs networkx 3.x).
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { exportGexf } from "../../../src/io/export/export-gexf";
import { exportGexfTimeline } from "../../../src/io/export/export-gexf-dynamic";
import { exportGraphml } from "../../../src/io/export/export-graphml";
import { datasetContext } from "../../../src/io/export/graph-context";
import { timelineStates } from "../../../src/io/export/timeline-states";
import { EDGE_ATTRIBUTES, NODE_ATTRIBUTES, edgeItems, nodeItems } from "../../../src/io/graph-attributes";
import { edge, makeDataset, node } from "../../support/dataset-builder";
import { DEFAULT_DATASET, defaultSnapshot } from "../support/default-dataset";
import { XSS_LABEL, snapshotOf } from "../support/snapshots";

const script = resolve(__dirname, "read_with_networkx.py");

interface Probe {
  readonly executable: string;
  readonly networkx: string;
  readonly gexf13: boolean;
}

function probe(executable: string): Probe | undefined {
  const result = spawnSync(executable, [script, "probe"], { encoding: "utf8" });
  return result.status === 0 ? { executable, ...JSON.parse(result.stdout) } : undefined;
}

const pythons = ["python3", "/usr/bin/python3"].flatMap((candidate) => probe(candidate) ?? []);
const forGraphml = pythons[0];
const forGexf = pythons.find((candidate) => candidate.gexf13);
if (!forGraphml) console.warn("interop: no python3 with networkx found; the networkx checks are skipped");
else if (!forGexf) console.warn(`interop: networkx ${forGraphml.networkx} cannot read GEXF 1.3 (networkx 3.x can); the GEXF checks are skipped`);

interface Seen {
  readonly directed: boolean;
  readonly multigraph: boolean;
  readonly nodeCount: number;
  readonly edgeCount: number;
  readonly nodeAttributes: string[];
  readonly edgeAttributes: string[];
  readonly nodes: Record<string, Record<string, unknown>>;
  readonly edges: (Record<string, unknown> & { source: string; target: string })[];
  readonly graph: Record<string, unknown>;
}

const dir = mkdtempSync(join(tmpdir(), "chokepoint-interop-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function read(python: Probe, kind: "gexf" | "graphml", name: string, content: string): Seen {
  const path = join(dir, name);
  writeFileSync(path, content);
  const result = spawnSync(python.executable, [script, kind, path], { encoding: "utf8", maxBuffer: 256 * 1024 * 1024 });
  if (result.status !== 0) throw new Error(`networkx could not read ${name}:\n${result.stderr}`);
  return JSON.parse(result.stdout);
}

const snapshot = defaultSnapshot();
/** Names of the attributes that some node / edge of the snapshot has a value for. */
const nodeNames = NODE_ATTRIBUTES.filter((spec) => nodeItems(DEFAULT_DATASET.nodes, DEFAULT_DATASET.jurisdictions, snapshot.nodes).some((item) => spec.value(item) !== undefined)).map((spec) => spec.name);
const edgeNames = EDGE_ATTRIBUTES.filter((spec) => edgeItems(DEFAULT_DATASET.edges, DEFAULT_DATASET.commodities, snapshot.edges).some((item) => spec.value(item) !== undefined)).map((spec) => spec.name);

const hostile = makeDataset({
  nodes: [node("p", "producer", "CN", { label: XSS_LABEL }), node("m", "market", "US", { label: `=cmd|' /C calc'!A0`, description: "line one\nline two & <three>" })],
  edges: [edge("e1", "p", "m", { commodity: "fentanyl", status: "illicit", description: `"quoted", <b>` })],
});
const hostileSnapshot = snapshotOf(hostile, { switches: {}, idealized: false });

describe.skipIf(!forGexf)("networkx reads the GEXF export", () => {
  const seen = () => read(forGexf!, "gexf", "default.gexf", exportGexf(snapshot));

  it("with the same nodes, edges and attributes, and viz on every node", () => {
    const gexf = seen();
    expect(gexf).toMatchObject({ directed: true, multigraph: true, nodeCount: DEFAULT_DATASET.nodes.length, edgeCount: DEFAULT_DATASET.edges.length });
    expect(gexf.nodeAttributes).toEqual(expect.arrayContaining([...nodeNames, "label", "viz"]));
    expect(gexf.edgeAttributes).toEqual(expect.arrayContaining([...edgeNames, "id"]));
    for (const item of DEFAULT_DATASET.nodes) {
      const data = gexf.nodes[item.id];
      expect(data.label).toBe(item.label);
      expect(data.kind).toBe(item.kind);
      expect(data.viz).toMatchObject({ color: expect.any(Object), position: expect.any(Object), size: expect.any(Number) });
    }
    const first = gexf.edges.find((e) => e.id === DEFAULT_DATASET.edges[0].id);
    expect(first).toMatchObject({ capacity: DEFAULT_DATASET.edges[0].capacity, openCapacity: snapshot.edges[0].openCapacity, licitConsignee: DEFAULT_DATASET.edges[0].licitConsignee });
  });

  it("with markup and formulas in labels as literal text", () => {
    const gexf = read(forGexf!, "gexf", "hostile.gexf", exportGexf(hostileSnapshot));
    expect(gexf.nodes.p.label).toBe(XSS_LABEL);
    expect(gexf.nodes.m).toMatchObject({ label: `=cmd|' /C calc'!A0`, description: "line one\nline two & <three>" });
    expect(gexf.edges[0].description).toBe(`"quoted", <b>`);
  });
});

describe.skipIf(!forGexf)("networkx reads the dynamic GEXF export", () => {
  it("with its spells: one per event date, holding the scenario engine's states", () => {
    const gexf = read(forGexf!, "gexf", "timeline.gexf", exportGexfTimeline(DEFAULT_DATASET));
    const states = timelineStates(DEFAULT_DATASET, { switches: {}, idealized: false });
    expect(gexf.graph).toMatchObject({ mode: "dynamic", start: "2016-01-01", end: "2025-12-31" });
    expect(gexf.edgeCount).toBe(DEFAULT_DATASET.edges.length);
    for (const seenEdge of gexf.edges) {
      const e = DEFAULT_DATASET.edges.findIndex((candidate) => candidate.id === seenEdge.id);
      expect(seenEdge.openCapacity).toEqual(states.map((s) => [s.openCapacity[e], s.start, s.end]));
      expect(seenEdge.scenarioStatus).toEqual(states.map((s) => [s.status[e], s.start, s.end]));
      expect(seenEdge.capacity).toBe(DEFAULT_DATASET.edges[e].capacity);
    }
  });
});

describe.skipIf(!forGraphml)("networkx reads the GraphML export", () => {
  it("with the same nodes, edges, typed attributes and the graph context", () => {
    const graphml = read(forGraphml!, "graphml", "default.graphml", exportGraphml(snapshot));
    expect(graphml).toMatchObject({ directed: true, multigraph: true, nodeCount: DEFAULT_DATASET.nodes.length, edgeCount: DEFAULT_DATASET.edges.length });
    expect(graphml.nodeAttributes).toEqual(expect.arrayContaining([...nodeNames, "label", "x", "y"]));
    expect(graphml.edgeAttributes).toEqual(expect.arrayContaining(edgeNames));
    const lab = DEFAULT_DATASET.nodes.find((n) => n.kind === "lab")!;
    expect(JSON.parse(graphml.nodes[lab.id].recipes as string)).toEqual(lab.recipes);
    expect(typeof graphml.edges[0].capacity).toBe("number");
    expect(typeof graphml.edges[0].licitConsignee).toBe("boolean");
    const context = JSON.parse(graphml.graph.chokepointContext as string);
    expect(context).toEqual({ format: "chokepoint-graph-context", version: 1, dataset: datasetContext(DEFAULT_DATASET), scenario: snapshot.scenario });
  });

  it("with markup and formulas in labels as literal text", () => {
    const graphml = read(forGraphml!, "graphml", "hostile.graphml", exportGraphml(hostileSnapshot));
    expect(graphml.nodes.p.label).toBe(XSS_LABEL);
    expect(graphml.nodes.m).toMatchObject({ label: `=cmd|' /C calc'!A0`, description: "line one\nline two & <three>" });
  });
});
