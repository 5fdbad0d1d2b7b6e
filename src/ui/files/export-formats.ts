/** The export formats' media types, and the ones written from data (not drawn from the view). */
import type { ExportFormat } from "../../io/file-names";

/** Everything but PNG, which is drawn from the live view on the main thread. */
export type DataExportFormat = Exclude<ExportFormat, "png">;

export const MIME_TYPE: Readonly<Record<ExportFormat, string>> = {
  json: "application/json",
  gexf: "application/gexf+xml",
  "gexf-dynamic": "application/gexf+xml",
  graphml: "application/graphml+xml",
  csv: "application/zip",
  svg: "image/svg+xml",
  png: "image/png",
};
