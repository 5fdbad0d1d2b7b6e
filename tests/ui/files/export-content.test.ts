import { unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { createAnalyzer } from "../../../src/analysis/analyzer";
import { exportFileName } from "../../../src/io/file-names";
import { importFiles } from "../../../src/io/import/import-files";
import type { Snapshot } from "../../../src/io/snapshot/snapshot-types";
import type { Scenario } from "../../../src/scenario/types";
import { exportContent, type ExportStep } from "../../../src/ui/files/export-content";
import { MIME_TYPE, type DataExportFormat } from "../../../src/ui/files/export-formats";
import type { ExportRequest } from "../../../src/ui/files/protocol";
import { DEFAULT_DATASET } from "../../io/support/default-dataset";

const scenario: Scenario = { date: "2019-06-01", switches: { "us-stop-act-mail": { on: true, effectiveness: 0.4 } }, idealized: false };
// A view's positions: a spiral, so they differ from any layout the exporters would make up.
const positions = DEFAULT_DATASET.nodes.map((node, i) => [node.id, Math.cos(i) * i, Math.sin(i) * i] as const);

function request(format: DataExportFormat, extra: Partial<ExportRequest> = {}): ExportRequest {
  return { format, dataset: DEFAULT_DATASET, name: "default", scenario, positions, size: { width: 1000, height: 700 }, ...extra };
}

function run(format: DataExportFormat, extra: Partial<ExportRequest> = {}) {
  const steps: ExportStep[] = [];
  const file = exportContent(request(format, extra), (step) => steps.push(step));
  return { file, steps, text: () => new TextDecoder().decode(file.bytes) };
}

describe("the app's exports", () => {
  it("name each file after the dataset, the scenario and the format, with its media type", () => {
    for (const format of ["json", "gexf", "gexf-dynamic", "graphml", "csv", "svg"] as const) {
      const { file } = run(format);
      expect(file.fileName).toBe(exportFileName("default", scenario, format));
      expect(file.mimeType).toBe(MIME_TYPE[format]);
      expect(file.bytes.length).toBeGreaterThan(1000);
    }
  });

  it("the snapshot carries the scenario, the full report (as the command line writes it) and the view's positions", () => {
    const { file, steps, text } = run("json");
    expect(steps).toEqual(["analysing", "writing"]);
    const snapshot = JSON.parse(text()) as Snapshot;
    expect(snapshot.scenario).toEqual(scenario);
    expect(snapshot.report).toEqual(JSON.parse(JSON.stringify(createAnalyzer(DEFAULT_DATASET).analyze(scenario).report)));
    expect(snapshot.report.flows.top.length).toBeGreaterThan(0);
    const imported = importFiles([{ name: file.fileName, bytes: file.bytes }]);
    expect(imported.ok).toBe(true);
    if (!imported.ok) return;
    expect(imported.dataset).toEqual(DEFAULT_DATASET);
    expect(imported.scenario).toEqual(scenario);
    expect([...imported.positions].map(([id, p]) => [id, p.x, p.y])).toEqual(positions);
  });

  it("GEXF and GraphML draw at the view's positions; the dynamic GEXF needs no analysis", () => {
    const gexf = run("gexf").file;
    const fromGexf = importFiles([{ name: gexf.fileName, bytes: gexf.bytes }]);
    expect(fromGexf.ok && [...fromGexf.positions].map(([id, p]) => [id, p.x, p.y])).toEqual(positions);
    const graphml = run("graphml").file;
    const fromGraphml = importFiles([{ name: graphml.fileName, bytes: graphml.bytes }]);
    expect(fromGraphml.ok && fromGraphml.scenario).toEqual(scenario);
    const dynamic = run("gexf-dynamic");
    expect(dynamic.steps).toEqual(["writing"]);
    expect(dynamic.text()).toContain('mode="dynamic"');
  });

  it("CSV is one zip of the nodes, edges and paths tables, each named like the command line's files", () => {
    const { file } = run("csv");
    expect(Object.keys(unzipSync(file.bytes)).sort()).toEqual(["edges", "nodes", "paths"].map((part) => exportFileName("default", scenario, "csv", part)));
    expect(importFiles([{ name: file.fileName, bytes: file.bytes }]).ok).toBe(true);
  });

  it("SVG takes the chosen size and has its legend", () => {
    const text = run("svg", { size: { width: 1234, height: 567 } }).text();
    expect(text).toContain('width="1234" height="567"');
    expect(text).toContain('<g class="legend"');
  });
});
