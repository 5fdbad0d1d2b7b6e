// Round trips as properties over random valid datasets and scenarios (with every node and
// edge attribute filled with awkward text): export, import, compare.
// - native JSON (snapshot, and plain dataset): the dataset and the scenario come back identical;
// - GraphML: identical too (its graph context carries the non-graph sections);
// - GEXF and CSV: every node and edge field identical, commodities' kinds and names,
//   jurisdictions' names; CSV reads an empty cell as absent (documented), so "" fields are
//   compared as absent there.
// View positions come back from every format that carries them.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Dataset } from "../../../src/model/types";
import { exportCsv, zipCsv } from "../../../src/io/export/export-csv";
import { exportGexf } from "../../../src/io/export/export-gexf";
import { exportGexfTimeline } from "../../../src/io/export/export-gexf-dynamic";
import { exportGraphml } from "../../../src/io/export/export-graphml";
import { exportSnapshotJson } from "../../../src/io/export/export-json";
import { viewPositions } from "../../../src/io/layout/view-positions";
import type { ImportSuccess } from "../../../src/io/import/import-result";
import type { Snapshot } from "../../../src/io/snapshot/snapshot-types";
import { exportSvg } from "../../../src/io/export/svg/export-svg";
import { edge, makeDataset, node } from "../../support/dataset-builder";
import { XSS_LABEL, file, importOk, richDatasetWithScenarioArbitrary, snapshotOf, snapshotOrSkip } from "../support/snapshots";

const RUNS = 100;
const property = richDatasetWithScenarioArbitrary({ maxExtraEdges: 12 });

/** The graph-level facts a graph format carries: nodes, edges, the names and kinds they use. */
function expectSameGraph(imported: Dataset, original: Dataset, normalize: <T>(item: T) => T = (item) => item): void {
  expect(imported.nodes).toEqual(original.nodes.map(normalize));
  expect(imported.edges).toEqual(original.edges.map(normalize));
  const commodity = (data: Dataset, id: string) => data.commodities.find((c) => c.id === id);
  for (const id of new Set(original.edges.map((e) => e.commodity))) {
    expect(commodity(imported, id)).toMatchObject({ kind: commodity(original, id)?.kind, name: commodity(original, id)?.name });
  }
  for (const id of new Set(original.nodes.map((n) => n.jurisdiction))) {
    expect(imported.jurisdictions.find((j) => j.id === id)?.name).toBe(original.jurisdictions.find((j) => j.id === id)?.name);
  }
  const cited = new Set([...original.nodes, ...original.edges].flatMap((item) => item.sources));
  for (const id of cited) expect(imported.sources.some((s) => s.id === id)).toBe(true);
}

function expectPositions(result: ImportSuccess, snapshot: Snapshot): void {
  expect(result.positions).toEqual(viewPositions(snapshot.dataset, snapshot.nodes).positions);
}

/** CSV cannot tell "" from absent: an empty optional text field reads as absent. */
function withoutEmptyText<T>(item: T): T {
  return Object.fromEntries(Object.entries(item as Record<string, unknown>).filter(([, value]) => value !== "")) as T;
}

describe("round trips", () => {
  it("native JSON snapshot: export -> import gives the same dataset and scenario", () => {
    fc.assert(
      fc.property(property, ({ dataset, scenario, positions }) => {
        const snapshot = snapshotOrSkip(dataset, scenario, positions);
        const result = importOk([file("t.snapshot.json", exportSnapshotJson(snapshot))]);
        expect(result.dataset).toEqual(dataset);
        expect(result.scenario).toEqual(scenario);
        expect(result.positions).toEqual(positions ?? new Map());
      }),
      { numRuns: RUNS },
    );
  });

  it("native JSON dataset: a plain dataset file imports identical, with no scenario", () => {
    fc.assert(
      fc.property(property, ({ dataset }) => {
        const result = importOk([file("data.json", JSON.stringify(dataset, null, 2))]);
        expect(result.dataset).toEqual(dataset);
        expect(result.scenario).toBeNull();
      }),
      { numRuns: RUNS },
    );
  });

  it("GraphML: the whole dataset and the scenario come back (graph context), and the positions", () => {
    fc.assert(
      fc.property(property, ({ dataset, scenario, positions }) => {
        const snapshot = snapshotOrSkip(dataset, scenario, positions);
        const result = importOk([file("t.graphml", exportGraphml(snapshot))]);
        expect(result.dataset).toEqual(dataset);
        expect(result.scenario).toEqual(scenario);
        expectPositions(result, snapshot);
      }),
      { numRuns: RUNS },
    );
  });

  it("GEXF: every node and edge attribute, commodity kinds and names, jurisdiction names, positions", () => {
    fc.assert(
      fc.property(property, ({ dataset, scenario, positions }) => {
        const snapshot = snapshotOrSkip(dataset, scenario, positions);
        const result = importOk([file("t.gexf", exportGexf(snapshot))]);
        expectSameGraph(result.dataset, dataset);
        expectPositions(result, snapshot);
        expect(result.scenario).toBeNull();
      }),
      { numRuns: RUNS },
    );
  });

  it("dynamic GEXF (the timeline): the static node and edge attributes come back", () => {
    fc.assert(
      fc.property(property, ({ dataset, scenario, positions }) => {
        const result = importOk([file("t.gexf", exportGexfTimeline(dataset, { scenario, positions }))]);
        expectSameGraph(result.dataset, dataset);
        if (positions) expect(result.positions).toEqual(positions);
      }),
      { numRuns: RUNS / 2 },
    );
  });

  it("CSV: nodes.csv + edges.csv (separate files, and the zip) keep every node and edge field", () => {
    fc.assert(
      fc.property(property, ({ dataset, scenario, positions }) => {
        const snapshot = snapshotOrSkip(dataset, scenario, positions);
        const tables = exportCsv(snapshot);
        const separate = importOk([file("t_edges.csv", tables.edges), file("t_nodes.csv", tables.nodes)]);
        expectSameGraph(separate.dataset, dataset, withoutEmptyText);
        expectPositions(separate, snapshot);
        const zipped = importOk([file("t.zip", zipCsv(tables, (part) => `t_${part}.csv`))]);
        expect({ nodes: zipped.dataset.nodes, edges: zipped.dataset.edges }).toEqual({ nodes: separate.dataset.nodes, edges: separate.dataset.edges });
      }),
      { numRuns: RUNS },
    );
  });

  it("a label like <img src=x onerror=alert(1)> survives every format as literal text", () => {
    const dataset = makeDataset({
      nodes: [node("p", "producer", "CN", { label: XSS_LABEL, description: `<script>alert("x")</script>` }), node("m", "market", "US", { label: `=HYPERLINK("http://evil","x")` })],
      edges: [edge("e1", "p", "m", { commodity: "fentanyl", status: "illicit", description: XSS_LABEL })],
    });
    const snapshot = snapshotOf(dataset, { switches: {}, idealized: false });
    const tables = exportCsv(snapshot);
    const imports = [
      importOk([file("x.snapshot.json", exportSnapshotJson(snapshot))]),
      importOk([file("x.graphml", exportGraphml(snapshot))]),
      importOk([file("x.gexf", exportGexf(snapshot))]),
      importOk([file("x.gexf", exportGexfTimeline(dataset))]),
      importOk([file("x_nodes.csv", tables.nodes), file("x_edges.csv", tables.edges)]),
    ];
    for (const result of imports) {
      expect(result.dataset.nodes.map((n) => [n.label, n.description])).toEqual([[XSS_LABEL, `<script>alert("x")</script>`], [`=HYPERLINK("http://evil","x")`, undefined]]);
      expect(result.dataset.edges[0].description).toBe(XSS_LABEL);
    }
    expect(exportSvg(snapshot)).toContain("&lt;img src=x onerror=alert(1)&gt;");
  });
});
