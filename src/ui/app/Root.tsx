/**
 * Loads the dataset named by the URL, builds the session, and shows the app, a loading
 * message, or a readable error (never a blank page). An import (src/ui/files) replaces
 * the session with a new one, only once the file has been fully validated.
 */
// First among the components' stylesheets: panels override its .panel rules (see shell.css).
import "./shell.css";
import { useCallback, useEffect, useRef, useState } from "react";
import { mainThreadRunner, workerRunner, type AnalysisRunner } from "../analysis/runner";
import { parseUrlState } from "../state/url-state";
import { importedSession, type ImportedFrom } from "../files/imported-session";
import type { ImportSuccess } from "../../io/import/import-result";
import type { LayoutKind } from "../graph/layout/positions";
import { App } from "./App";
import { ErrorPanel } from "./ErrorPanel";
import { initialView, type InitialView } from "./initial-view";
import { loadDefaultDataset, loadSyntheticDataset, type Loaded } from "./load";
import { createSession, type Session } from "./session";

type RootState =
  | { readonly kind: "loading" }
  | { readonly kind: "failed"; readonly failure: Extract<Loaded, { ok: false }> }
  | {
      readonly kind: "ready";
      readonly session: Session;
      readonly initial: InitialView;
      readonly runner: AnalysisRunner;
      /** Set when the session is an imported dataset (not in the URL or the autosave). */
      readonly imported?: ImportedFrom;
      /** Bumped per session: a new dataset gets a new App (store, history, sigma). */
      readonly generation: number;
    };

function runnerFor(session: Session): AnalysisRunner {
  return session.large ? workerRunner(session.dataset) : mainThreadRunner(session.dataset);
}

export function Root() {
  const [url] = useState(() => parseUrlState(window.location.search));
  const [state, setState] = useState<RootState>({ kind: "loading" });
  const runnerRef = useRef<AnalysisRunner | null>(null);

  useEffect(() => {
    let cancelled = false;
    (url.synthetic !== undefined ? loadSyntheticDataset(url.synthetic) : loadDefaultDataset())
      .then((loaded) => {
        if (cancelled) return;
        if (!loaded.ok) {
          setState({ kind: "failed", failure: loaded });
          return;
        }
        const session = createSession(loaded.dataset, loaded.name);
        const runner = runnerFor(session);
        runnerRef.current = runner;
        setState({ kind: "ready", session, initial: initialView(session, url, window.localStorage), runner, generation: 0 });
      })
      .catch((error: unknown) => {
        if (cancelled) return;
        setState({
          kind: "failed",
          failure: { ok: false, title: "Chokepoint could not start", detail: error instanceof Error ? error.message : String(error) },
        });
      });
    return () => {
      cancelled = true;
      runnerRef.current?.dispose();
      runnerRef.current = null;
    };
  }, [url]);

  // Throws (and changes nothing) when the session cannot be built.
  const openImported = useCallback((result: ImportSuccess, fileName: string, layout: LayoutKind) => {
    const next = importedSession(result, fileName, layout);
    const runner = runnerFor(next.session);
    const previous = runnerRef.current;
    runnerRef.current = runner;
    setState((current) => ({ kind: "ready", ...next, runner, generation: current.kind === "ready" ? current.generation + 1 : 0 }));
    previous?.dispose();
  }, []);

  switch (state.kind) {
    case "loading":
      return (
        <main className="loading" aria-busy="true">
          <p role="status">Loading {url.synthetic !== undefined ? `a synthetic graph of ${url.synthetic.toLocaleString("en-US")} edges` : "the default dataset"}…</p>
        </main>
      );
    case "failed":
      return <ErrorPanel title={state.failure.title} errors={state.failure.errors} detail={state.failure.detail} />;
    case "ready":
      return (
        <App
          key={state.generation}
          session={state.session}
          initial={state.initial}
          runner={state.runner}
          synthetic={state.imported ? undefined : url.synthetic}
          imported={state.imported}
          onImported={openImported}
        />
      );
  }
}
