/**
 * The export dialog: the current view (dataset, scenario, layout positions) in every
 * format, each button naming the file it saves. Data formats are written by the files
 * worker exactly as the command line writes them; PNG is drawn from the live view at a
 * chosen size; SVG is the io layer's picture of the current positions, with its legend.
 */
import { useEffect, useId, useRef, useState } from "react";
import { describeScenario } from "../../io/export/describe-scenario";
import { exportFileName, type ExportFormat } from "../../io/file-names";
import { useAppState, useSession } from "../app/context";
import type { Session } from "../app/session";
import type { Scenario } from "../../scenario/types";
import { downloadBlob } from "./download";
import { MIME_TYPE, type DataExportFormat } from "./export-formats";
import { startExport, type FilesJob, type JobStep } from "./files-job";
import { liveSigmaOf } from "./live-sigma";
import { Modal } from "./Modal";
import { DEFAULT_PICTURE_SIZES, PictureOptions, type PictureSizes } from "./PictureOptions";
import { svgSizeFor } from "./picture-size";
import { renderPng } from "./png-export";
import type { ExportRequest } from "./protocol";

interface DataFormat {
  readonly format: DataExportFormat;
  readonly label: string;
  readonly description: string;
}

const DATA_FORMATS: readonly DataFormat[] = [
  {
    format: "json",
    label: "Snapshot (JSON)",
    description: "Lossless: the dataset, this scenario, the report's figures and the view's positions. Imports back with its scenario.",
  },
  { format: "gexf", label: "GEXF", description: "GEXF 1.3 for Gephi: every attribute, and this view's positions, colours and sizes." },
  {
    format: "gexf-dynamic",
    label: "Dynamic GEXF (timeline)",
    description: "Each edge's status and open capacity over the event dates, for Gephi's timeline (your switches apply to every date).",
  },
  { format: "graphml", label: "GraphML", description: "Typed keys, for networkx, yEd or Cytoscape; imports back losslessly." },
  { format: "csv", label: "CSV (zip)", description: "Nodes, edges and surviving paths as three CSV files in one zip, for spreadsheets and pandas." },
];

const STEP_TEXT: Readonly<Partial<Record<JobStep, string>>> = { analysing: "analysing the scenario", writing: "writing the file" };

type ExportStatus =
  | { readonly kind: "idle" }
  | { readonly kind: "busy"; readonly fileName: string; readonly step: string }
  | { readonly kind: "done"; readonly fileName: string; readonly bytes: number }
  | { readonly kind: "failed"; readonly fileName: string; readonly message: string };

/** The view's node positions as the export worker takes them (the graph's current x, y). */
function viewPositions(session: Session): [string, number, number][] {
  const positions: [string, number, number][] = [];
  session.graph.forEachNode((id, attributes) => positions.push([id, attributes.x, attributes.y]));
  return positions;
}

function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} kB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

export default function ExportDialog({ datasetName, onClose }: { datasetName: string; onClose: () => void }) {
  const session = useSession();
  const scenario = useAppState((s) => s.scenario);
  const [status, setStatus] = useState<ExportStatus>({ kind: "idle" });
  const [sizes, setSizes] = useState<PictureSizes>(() => {
    const view = liveSigmaOf(session.graph)?.getDimensions();
    return view ? { ...DEFAULT_PICTURE_SIZES, view, svg: svgSizeFor(view) } : DEFAULT_PICTURE_SIZES;
  });
  const job = useRef<FilesJob<unknown> | null>(null);
  const summaryId = useId();
  useEffect(() => () => job.current?.cancel(), []);

  const busy = status.kind === "busy";
  const nameOf = (format: ExportFormat) => exportFileName(datasetName, scenario, format);

  const run = async (format: ExportFormat, current: Scenario) => {
    const fileName = exportFileName(datasetName, current, format);
    setStatus({ kind: "busy", fileName, step: format === "png" ? "drawing the view" : "starting" });
    try {
      if (format === "png") {
        const sigma = liveSigmaOf(session.graph);
        if (!sigma) throw new Error("the graph view is not ready yet");
        const blob = await renderPng(sigma, sizes.png);
        downloadBlob(blob, fileName);
        setStatus({ kind: "done", fileName, bytes: blob.size });
        return;
      }
      const request: ExportRequest = { format, dataset: session.dataset, name: datasetName, scenario: current, positions: viewPositions(session), size: sizes.svg };
      const started = startExport(request, (step) => setStatus({ kind: "busy", fileName, step: STEP_TEXT[step] ?? step }));
      job.current = started;
      const file = await started.done;
      job.current = null;
      downloadBlob(new Blob([file.bytes as Uint8Array<ArrayBuffer>], { type: MIME_TYPE[format] }), file.fileName);
      setStatus({ kind: "done", fileName: file.fileName, bytes: file.bytes.length });
    } catch (error) {
      job.current = null;
      setStatus({ kind: "failed", fileName, message: error instanceof Error ? error.message : String(error) });
    }
  };
  const exportAs = (format: ExportFormat) => {
    if (!busy) void run(format, scenario);
  };

  return (
    <Modal title="Export the current view" className="files-dialog export-dialog" onClose={onClose}>
      <p id={summaryId}>
        <strong>{session.name}</strong>, {describeScenario(scenario)}.
      </p>
      <h3>Data</h3>
      <ul className="export-list">
        {DATA_FORMATS.map(({ format, label, description }) => (
          <li key={format}>
            <button type="button" onClick={() => exportAs(format)} aria-disabled={busy} aria-describedby={`${summaryId}-${format}`} data-export={format}>
              Save {label}
            </button>
            <span id={`${summaryId}-${format}`} className="export-description">
              {description} <code className="export-file-name">{nameOf(format)}</code>
            </span>
          </li>
        ))}
      </ul>
      <h3>Pictures</h3>
      <PictureOptions sizes={sizes} onChange={setSizes} busy={busy} onExport={exportAs} fileNameOf={nameOf} />
      <p className={status.kind === "failed" ? "export-status export-status-failed" : "export-status"} role="status">
        {status.kind === "busy" && `Preparing ${status.fileName}: ${status.step}…`}
        {status.kind === "done" && `Saved ${status.fileName} (${formatBytes(status.bytes)}).`}
        {status.kind === "failed" && `Could not export ${status.fileName}: ${status.message}`}
      </p>
    </Modal>
  );
}
