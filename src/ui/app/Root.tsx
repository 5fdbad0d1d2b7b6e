/**
 * Loads the dataset named by the URL, builds the session, and shows the app, a loading
 * message, or a readable error (never a blank page).
 */
import { useEffect, useState } from "react";
import { mainThreadRunner, workerRunner, type AnalysisRunner } from "../analysis/runner";
import { parseUrlState } from "../state/url-state";
import { App } from "./App";
import { ErrorPanel } from "./ErrorPanel";
import { initialView, type InitialView } from "./initial-view";
import { loadDefaultDataset, loadSyntheticDataset, type Loaded } from "./load";
import { createSession, type Session } from "./session";

type RootState =
  | { readonly kind: "loading" }
  | { readonly kind: "failed"; readonly failure: Extract<Loaded, { ok: false }> }
  | { readonly kind: "ready"; readonly session: Session; readonly initial: InitialView; readonly runner: AnalysisRunner };

export function Root() {
  const [url] = useState(() => parseUrlState(window.location.search));
  const [state, setState] = useState<RootState>({ kind: "loading" });

  useEffect(() => {
    let cancelled = false;
    let runner: AnalysisRunner | undefined;
    (url.synthetic !== undefined ? loadSyntheticDataset(url.synthetic) : loadDefaultDataset())
      .then((loaded) => {
        if (cancelled) return;
        if (!loaded.ok) {
          setState({ kind: "failed", failure: loaded });
          return;
        }
        const session = createSession(loaded.dataset, loaded.name);
        runner = session.large ? workerRunner(session.dataset) : mainThreadRunner(session.dataset);
        setState({ kind: "ready", session, initial: initialView(session, url, window.localStorage), runner });
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
      runner?.dispose();
    };
  }, [url]);

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
      return <App session={state.session} initial={state.initial} runner={state.runner} synthetic={url.synthetic} />;
  }
}
