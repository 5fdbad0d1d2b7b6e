/**
 * The import dialog: pick files (or drop them anywhere on the app), watch the progress
 * while the files worker reads, parses and validates them; then either the app switches
 * to the imported dataset or the dialog lists every problem, with nothing changed.
 */
import { useId } from "react";
import { ImportProblems } from "./ImportProblems";
import { IMPORTED_ONLY_IN_TAB } from "./imported-session";
import { Modal } from "./Modal";
import type { ImportControl, ImportStepShown } from "./use-import";

/** The steps in order, as the worker reports them, then the app's own last one. */
const STEPS: readonly ImportStepShown[] = ["reading", "decoding", "parsing", "building", "validating", "preparing"];
const STEP_TEXT: Readonly<Partial<Record<ImportStepShown, string>>> = {
  reading: "Reading the file",
  decoding: "Decoding the text",
  parsing: "Parsing",
  building: "Building the dataset",
  validating: "Validating",
  preparing: "Preparing the view",
};

export default function ImportDialog({ control, onClose }: { control: ImportControl; onClose: () => void }) {
  const { state, start, cancel } = control;
  const inputId = useId();
  const hintId = useId();
  const failureId = useId();
  const working = state.kind === "working";
  const stepIndex = working ? Math.max(0, STEPS.indexOf(state.step)) : -1;

  return (
    <Modal title="Import a dataset" className="files-dialog import-dialog" onClose={onClose}>
      <p id={hintId}>
        A Chokepoint dataset or snapshot (<code>.json</code>; a snapshot brings its scenario too), GEXF (<code>.gexf</code>),
        GraphML (<code>.graphml</code>), or CSV: a nodes file and an edges file picked together, or the <code>.zip</code> the
        CSV export makes. Nothing changes until the whole file is valid.
      </p>
      <div className="import-picker">
        <label htmlFor={inputId}>Choose files to import</label>
        <input
          id={inputId}
          type="file"
          multiple
          accept=".json,.gexf,.graphml,.xml,.csv,.zip"
          aria-describedby={hintId}
          disabled={working}
          onChange={(event) => {
            const files = [...(event.currentTarget.files ?? [])];
            event.currentTarget.value = "";
            start(files);
          }}
        />
        <p className="muted small">or drop the files anywhere on the app.</p>
      </div>
      <div className="import-status" role="status">
        {working && (
          <>
            <p>
              Importing <strong>{state.fileName}</strong>: {STEP_TEXT[state.step]}… (step {stepIndex + 1} of {STEPS.length})
            </p>
            <progress max={STEPS.length} value={stepIndex + 1} aria-label="Import progress" />
          </>
        )}
      </div>
      {state.kind === "failed" && (
        <section className="import-failure" role="alert" aria-labelledby={failureId}>
          <h3 id={failureId}>
            Nothing was imported: {state.problems.length.toLocaleString("en-US")} problem{state.problems.length === 1 ? "" : "s"} in{" "}
            {state.fileName}
          </h3>
          <p>The current dataset, scenario and view are unchanged. Each problem gives its file, line and column, and for JSON the path of the value:</p>
          <ImportProblems problems={state.problems} />
        </section>
      )}
      {state.kind === "error" && (
        <section className="import-failure" role="alert" aria-labelledby={failureId}>
          <h3 id={failureId}>Nothing was imported from {state.fileName}</h3>
          <p>{state.message}</p>
          <p>The current dataset, scenario and view are unchanged.</p>
        </section>
      )}
      <p className="muted small">{IMPORTED_ONLY_IN_TAB}</p>
      {working && state.step !== "preparing" && (
        <div className="modal-actions">
          <button type="button" onClick={cancel}>
            Cancel the import
          </button>
        </div>
      )}
    </Modal>
  );
}
