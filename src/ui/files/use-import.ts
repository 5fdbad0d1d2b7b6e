/**
 * One import at a time: the picked or dropped files go to a files worker (files-job.ts);
 * a failure keeps every located problem for the dialog; a success is handed to the app
 * (which builds the new session) only then. A new import or a cancel ends the previous
 * one, whose answer is then ignored.
 */
import { useCallback, useEffect, useRef, useState } from "react";
import type { ImportProblem } from "../../io/import-error";
import type { ImportSuccess } from "../../io/import/import-result";
import type { LayoutKind } from "../graph/layout/positions";
import { startImport, type FilesJob, type JobStep } from "./files-job";

/** Replaces the app's session with a validated import; throws if it cannot be built. */
export type OpenImported = (result: ImportSuccess, fileName: string, layout: LayoutKind) => void;

export type ImportStepShown = JobStep | "preparing";

export type ImportState =
  | { readonly kind: "idle" }
  | { readonly kind: "working"; readonly fileName: string; readonly step: ImportStepShown }
  | { readonly kind: "failed"; readonly fileName: string; readonly problems: readonly ImportProblem[] }
  | { readonly kind: "error"; readonly fileName: string; readonly message: string };

export interface ImportControl {
  readonly state: ImportState;
  start(files: readonly File[]): void;
  cancel(): void;
}

/** Time for the "preparing" step to paint before the session is built (a second on 10^5 edges). */
const PAINT_DELAY_MS = 30;

export function useImport(onImported: OpenImported, layoutNow: () => LayoutKind): ImportControl {
  const [state, setState] = useState<ImportState>({ kind: "idle" });
  const job = useRef<FilesJob<unknown> | null>(null);
  const opening = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const stop = useCallback(() => {
    job.current?.cancel();
    job.current = null;
    clearTimeout(opening.current);
  }, []);

  const open = useCallback(
    (result: ImportSuccess, fileName: string) => {
      try {
        onImported(result, fileName, layoutNow());
      } catch (error) {
        setState({ kind: "error", fileName, message: error instanceof Error ? error.message : String(error) });
      }
    },
    [onImported, layoutNow],
  );

  const start = useCallback(
    (files: readonly File[]) => {
      stop();
      if (files.length === 0) return;
      const fileName = files.map((file) => file.name).join(" + ");
      setState({ kind: "working", fileName, step: "reading" });
      const current = startImport(files, (step) => setState({ kind: "working", fileName, step }));
      job.current = current;
      current.done.then(
        (result) => {
          if (job.current !== current) return;
          job.current = null;
          if (!result.ok) {
            setState({ kind: "failed", fileName, problems: result.problems });
            return;
          }
          setState({ kind: "working", fileName, step: "preparing" });
          opening.current = setTimeout(() => open(result, fileName), PAINT_DELAY_MS);
        },
        (error: unknown) => {
          if (job.current !== current) return;
          job.current = null;
          setState({ kind: "error", fileName, message: error instanceof Error ? error.message : String(error) });
        },
      );
    },
    [stop, open],
  );

  const cancel = useCallback(() => {
    stop();
    setState({ kind: "idle" });
  }, [stop]);

  useEffect(() => stop, [stop]);
  return { state, start, cancel };
}
