/**
 * The app shell for a loaded session: header, interventions, the graph with its toolbar
 * and legend, results, details and the timeline, wired to one store.
 */
import { useCallback, useEffect, useMemo, useState } from "react";
import type { AnalysisRunner } from "../analysis/runner";
import { FilesMenu, type OpenImported } from "../files/FilesMenu";
import type { ImportedFrom } from "../files/imported-session";
import { useAnalysis } from "../analysis/use-analysis";
import { GraphView } from "../graph/GraphView";
import type { EdgeStates } from "../graph/style/edge-classes";
import { DetailsPanel } from "../panels/DetailsPanel";
import { GraphToolbar } from "../panels/GraphToolbar";
import { Header } from "../panels/Header";
import { InterventionsPanel } from "../panels/InterventionsPanel";
import { Legend } from "../panels/Legend";
import { LiveAnnouncer } from "../panels/LiveAnnouncer";
import { Notices } from "../panels/Notices";
import { ResultsPanel } from "../panels/ResultsPanel";
import { Timeline } from "../panels/Timeline";
import { createStore, useStoreSlice } from "../state/store";
import { StoriesButton, StoryGraphSlot, StoryOverlay, useStoryUi } from "../story/StorySlots";
import { datasetNameOf } from "../../io/file-names";
import { createActions } from "./actions";
import { AnalysisContext, AppliedContext, SessionContext, StoreContext } from "./context";
import { searchFor, useUndoShortcuts, useUrlAndAutosave } from "./effects";
import type { InitialView } from "./initial-view";
import { DEFAULT_DATASET_FILE } from "./load";
import type { Session } from "./session";
import "./shell.css";

export interface AppProps {
  readonly session: Session;
  readonly initial: InitialView;
  readonly runner: AnalysisRunner;
  readonly synthetic?: number;
  /** Set when the dataset was imported: it is then not in the URL or the autosave. */
  readonly imported?: ImportedFrom;
  /** Replaces the session with a validated import (the import menu calls it). */
  readonly onImported: OpenImported;
}

export function App({ session, initial, runner, synthetic, imported, onImported }: AppProps) {
  const [store] = useState(() => createStore(initial.state));
  const actions = useMemo(() => createActions(store), [store]);
  const scenario = useStoreSlice(store, (s) => s.scenario);
  const pinnedScenario = useStoreSlice(store, (s) => s.pinned);
  const showChanges = useStoreSlice(store, (s) => s.showChanges);
  const applied = useMemo(() => session.apply(scenario), [session, scenario]);
  const analysis = useAnalysis(runner, scenario, "current");
  const pinnedAnalysis = useAnalysis(runner, pinnedScenario, "pinned");
  const [baselineFlow, setBaselineFlow] = useState<{ values: Float64Array; max: number } | null>(null);
  const [focusRequest, setFocusRequest] = useState(0);
  const storyUi = useStoryUi();
  const presenting = useStoreSlice(store, (s) => s.story !== null);

  useUrlAndAutosave(store, session, synthetic, imported !== undefined);
  useUndoShortcuts(actions);

  // Widths are drawn relative to the widest baseline flow, so they compare across scenarios
  // (large graphs skip this extra analysis and scale to the current flows).
  useEffect(() => {
    if (session.large) return;
    let cancelled = false;
    runner.analyze({ switches: {}, idealized: false }, { attribution: false, channel: "baseline" }).then(
      (result) => {
        if (!cancelled) setBaselineFlow({ values: result.edgeFlow, max: Math.max(0, ...result.edgeFlow) });
      },
      () => undefined,
    );
    return () => {
      cancelled = true;
    };
  }, [runner, session]);

  // The graph redraws once per change, when the analysis answers (statuses, capacities and
  // flow widths together): until then it keeps showing the analysed scenario. On the
  // default dataset that is a few milliseconds; on 10^5 edges it saves a full redraw.
  const shownScenario = analysis.pending && analysis.resultScenario ? analysis.resultScenario : scenario;
  const shown = useMemo(() => session.apply(shownScenario), [session, shownScenario]);
  const largeWidthMax = useMemo(() => {
    const flows = analysis.result?.edgeFlow;
    if (!session.large || !flows) return 0;
    let max = 0;
    for (const flow of flows) max = Math.max(max, flow);
    return max;
  }, [session, analysis.result]);

  const reference = useMemo<EdgeStates>(() => {
    if (!pinnedScenario) return session.baseline;
    const pinnedApplied = session.apply(pinnedScenario);
    return { openCapacity: pinnedApplied.openCapacity, statusCode: pinnedApplied.statusCode };
  }, [session, pinnedScenario]);

  const pickNode = useCallback(
    (id: string) => {
      actions.select({ kind: "node", id });
      setFocusRequest((n) => n + 1);
    },
    [actions],
  );
  const linkFor = useCallback(
    () => (imported ? null : `${window.location.origin}${window.location.pathname}${searchFor(store.get(), synthetic)}`),
    [store, synthetic, imported],
  );
  const flow = analysis.result?.edgeFlow ?? null;

  return (
    <SessionContext.Provider value={session}>
      <StoreContext.Provider value={store}>
        <AppliedContext.Provider value={applied}>
          <AnalysisContext.Provider value={analysis}>
            <div className={presenting ? "app presenting" : "app"}>
              <Header
                actions={actions}
                onPickNode={pickNode}
                linkFor={linkFor}
                tools={
                  <>
                    <FilesMenu datasetName={exportName(synthetic, imported)} onImported={onImported} />
                    <StoriesButton ui={storyUi} presenting={presenting} />
                  </>
                }
              />
              <Notices notices={initial.notices} />
              <main className="workspace">
                <InterventionsPanel actions={actions} />
                <section className="graph-column" aria-label="Supply-chain graph">
                  <GraphToolbar actions={actions} />
                  <div className="graph-stage">
                    <GraphView
                      actions={actions}
                      reference={reference}
                      shown={shown}
                      widthValues={flow}
                      widthMax={session.large ? largeWidthMax || session.maxCapacity : (baselineFlow?.max ?? session.maxCapacity)}
                      focusRequest={focusRequest}
                    >
                      <StoryGraphSlot ui={storyUi} presenting={presenting} />
                    </GraphView>
                  </div>
                  <Legend large={session.large} showChanges={showChanges} comparedTo={pinnedScenario ? "the pinned scenario" : "the baseline"} />
                  <Timeline actions={actions} />
                </section>
                <div className="side-column">
                  <ResultsPanel analysis={analysis} pinned={pinnedScenario ? pinnedAnalysis : null} actions={actions} onPickNode={pickNode} />
                  <DetailsPanel actions={actions} onPickNode={pickNode} />
                </div>
              </main>
              <StoryOverlay ui={storyUi} presenting={presenting} store={store} actions={actions} runner={runner} />
              <LiveAnnouncer analysis={analysis} />
            </div>
          </AnalysisContext.Provider>
        </AppliedContext.Provider>
      </StoreContext.Provider>
    </SessionContext.Provider>
  );
}

/** The dataset's short name in exported file names. */
function exportName(synthetic: number | undefined, imported: ImportedFrom | undefined): string {
  if (imported) return datasetNameOf(imported.fileName);
  return synthetic === undefined ? datasetNameOf(DEFAULT_DATASET_FILE) : `synthetic-${synthetic}`;
}
