/**
 * Import and Export in the app header: two buttons, each opening its dialog; files
 * dropped anywhere on the app start an import and open its dialog.
 */
import { lazy, Suspense, useCallback, useState } from "react";
import { useStore } from "../app/context";
import { useFileDrop } from "./use-file-drop";
import { useImport, type OpenImported } from "./use-import";
import "./drop-overlay.css";

export type { OpenImported } from "./use-import";

// The dialogs (and the picture export) load when first opened: the initial bundle stays lean.
const ImportDialog = lazy(() => import("./ImportDialog"));
const ExportDialog = lazy(() => import("./ExportDialog"));

export interface FilesMenuProps {
  /** The dataset's short name in exported file names. */
  readonly datasetName: string;
  readonly onImported: OpenImported;
}

export function FilesMenu({ datasetName, onImported }: FilesMenuProps) {
  const store = useStore();
  const [open, setOpen] = useState<"import" | "export" | null>(null);
  const layoutNow = useCallback(() => store.get().layout, [store]);
  const importer = useImport(onImported, layoutNow);
  const { start, cancel } = importer;
  const dragging = useFileDrop(
    useCallback(
      (files: File[]) => {
        setOpen("import");
        start(files);
      },
      [start],
    ),
  );
  const close = useCallback(() => {
    setOpen(null);
    cancel();
  }, [cancel]);

  return (
    <>
      <button type="button" aria-haspopup="dialog" onClick={() => setOpen("import")}>
        Import…
      </button>
      <button type="button" aria-haspopup="dialog" onClick={() => setOpen("export")}>
        Export…
      </button>
      <Suspense fallback={null}>
        {open === "import" && <ImportDialog control={importer} onClose={close} />}
        {open === "export" && <ExportDialog datasetName={datasetName} onClose={close} />}
      </Suspense>
      {dragging && (
        <div className="drop-overlay" aria-hidden="true">
          <p>Drop the files to import them</p>
        </div>
      )}
    </>
  );
}
