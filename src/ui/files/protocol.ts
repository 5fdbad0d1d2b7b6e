/**
 * Messages between the app and the files worker (files.worker.ts), which imports files
 * (read, parse, validate) and writes exports (analyse, snapshot, format) off the main
 * thread. One job per worker: the app starts a worker for a job and ends it after.
 */
import type { ImportStep } from "../../io/import/import-files";
import type { ImportResult } from "../../io/import/import-result";
import type { Dataset } from "../../model/types";
import type { Scenario } from "../../scenario/types";
import type { DataExportFormat } from "./export-formats";

export interface ExportRequest {
  readonly format: DataExportFormat;
  readonly dataset: Dataset;
  /** The dataset's short name for file names ("default", "synthetic-100000"...). */
  readonly name: string;
  readonly scenario: Scenario;
  /** The view's node positions, [id, x, y] in graph coordinates (y up). */
  readonly positions: readonly (readonly [string, number, number])[];
  /** SVG: size of the picture in CSS pixels. */
  readonly size: { readonly width: number; readonly height: number };
}

export interface ExportedFile {
  readonly fileName: string;
  readonly mimeType: string;
  readonly bytes: Uint8Array;
}

export type ToFilesWorker =
  | { readonly kind: "import"; readonly files: readonly File[] }
  | { readonly kind: "export"; readonly request: ExportRequest };

export type FromFilesWorker =
  | { readonly kind: "progress"; readonly step: ImportStep | "reading" | "analysing" | "writing" }
  | { readonly kind: "imported"; readonly result: ImportResult }
  | { readonly kind: "exported"; readonly file: ExportedFile }
  /** An unexpected failure (a bug, or the browser ran out of memory): its message. */
  | { readonly kind: "failed"; readonly message: string };
