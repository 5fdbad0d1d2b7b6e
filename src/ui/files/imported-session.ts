/**
 * Turns a validated import into the app's next session: the session itself (built like
 * any loaded dataset), a first view with the file's scenario (a snapshot's, else the
 * baseline) in the layout the user had, an empty undo history (the previous dataset's
 * scenarios mean nothing here), and notices that say what was imported and inferred.
 *
 * An imported dataset lives in the tab only: it is not in the link (the address bar shows
 * `?imported`, which opens the default dataset with a note) nor in the autosave (the
 * default dataset's autosaved view is kept, so a reload returns to it). Storing datasets
 * of up to 10^5 edges in localStorage would not fit; a snapshot export keeps the work.
 */
import type { ImportFormat, ImportSuccess } from "../../io/import/import-result";
import type { InitialView } from "../app/initial-view";
import { createSession, type Session } from "../app/session";
import type { LayoutKind } from "../graph/layout/positions";
import { initialAppState } from "../state/app-state";

export interface ImportedFrom {
  /** The file (or files, for CSV) the dataset came from, as the user named them. */
  readonly fileName: string;
  readonly format: ImportFormat;
}

export const FORMAT_LABEL: Readonly<Record<ImportFormat, string>> = {
  json: "Chokepoint JSON",
  gexf: "GEXF",
  graphml: "GraphML",
  csv: "CSV",
};

export const IMPORTED_ONLY_IN_TAB =
  "An imported dataset lives in this tab only: it is not in the link or the autosave, and reloading the page returns to the default dataset. Export a snapshot (JSON) to keep it.";

export interface ImportedSession {
  readonly session: Session;
  readonly initial: InitialView;
  readonly imported: ImportedFrom;
}

export function importedSession(result: ImportSuccess, fileName: string, layout: LayoutKind): ImportedSession {
  const { dataset, scenario } = result;
  const session = createSession(dataset, dataset.meta.title);
  const counts = `${dataset.nodes.length.toLocaleString("en-US")} nodes and ${dataset.edges.length.toLocaleString("en-US")} edges`;
  const notices = [
    `Imported ${fileName} (${FORMAT_LABEL[result.format]}): ${counts}${scenario ? ", with the scenario it was saved with" : ", shown at the baseline"}.`,
    ...result.notes,
    IMPORTED_ONLY_IN_TAB,
  ];
  return {
    session,
    initial: { state: initialAppState({ scenario: scenario ?? undefined, layout }), notices },
    imported: { fileName, format: result.format },
  };
}
