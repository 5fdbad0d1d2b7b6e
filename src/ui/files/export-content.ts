/**
 * The bytes of an export in one of the data formats (and SVG), written exactly as the
 * command line writes them: a fresh analysis of the scenario (the full report, with the
 * flow decomposition the app's own view skips), a snapshot carrying the view's positions,
 * then the io layer's exporter. Pure (no DOM): it runs in the files worker and in tests.
 * PNG is drawn from the live view on the main thread (png-export.ts).
 */
import { createAnalyzer } from "../../analysis/analyzer";
import { exportCsv, zipCsv } from "../../io/export/export-csv";
import { exportGexf } from "../../io/export/export-gexf";
import { exportGexfTimeline } from "../../io/export/export-gexf-dynamic";
import { exportGraphml } from "../../io/export/export-graphml";
import { exportSnapshotJson } from "../../io/export/export-json";
import { exportSvg } from "../../io/export/svg/export-svg";
import { exportFileName } from "../../io/file-names";
import { buildSnapshot } from "../../io/snapshot/build-snapshot";
import type { Position } from "../../io/snapshot/snapshot-types";
import { assertNever } from "../../model/types";
import { MIME_TYPE } from "./export-formats";
import type { ExportedFile, ExportRequest } from "./protocol";

export type ExportStep = "analysing" | "writing";

export function positionMap(positions: ExportRequest["positions"]): Map<string, Position> {
  return new Map(positions.map(([id, x, y]) => [id, { x, y }]));
}

const encoder = new TextEncoder();

export function exportContent(request: ExportRequest, onStep: (step: ExportStep) => void = () => undefined): ExportedFile {
  const { format, dataset, name, scenario } = request;
  const fileName = exportFileName(name, scenario, format);
  const file = (content: string | Uint8Array): ExportedFile => ({
    fileName,
    mimeType: MIME_TYPE[format],
    bytes: typeof content === "string" ? encoder.encode(content) : content,
  });
  const positions = positionMap(request.positions);
  if (format === "gexf-dynamic") {
    // The timeline runs the scenario engine at every event date; no single analysis.
    onStep("writing");
    return file(exportGexfTimeline(dataset, { scenario, positions }));
  }
  onStep("analysing");
  const snapshot = buildSnapshot(dataset, createAnalyzer(dataset).analyze(scenario), { name, positions });
  onStep("writing");
  switch (format) {
    case "json":
      return file(exportSnapshotJson(snapshot));
    case "gexf":
      return file(exportGexf(snapshot));
    case "graphml":
      return file(exportGraphml(snapshot));
    case "csv": {
      const tables = exportCsv(snapshot);
      return file(zipCsv(tables, (part) => exportFileName(name, scenario, "csv", part)));
    }
    case "svg":
      return file(exportSvg(snapshot, request.size));
    default:
      return assertNever(format);
  }
}
