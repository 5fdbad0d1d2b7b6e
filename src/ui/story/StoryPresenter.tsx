/**
 * Presentation mode (loaded lazily): the story named in the app state (`?story=id&step=n`)
 * played full screen, one step at a time. Entering a step sets the app's scenario, layout,
 * "show changes" and highlight (step-state.ts), so the graph animates the change with the
 * app's own machinery, and the camera moves to the step (StoryCamera.tsx). The figures
 * come from the app's analysis of the step's scenario, never from the story file.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { resolveFigure, type ResolvedFigure } from "../../analysis/report/story-figures";
import type { Story } from "../../model/story/story-types";
import { scenarioOfStory } from "../../scenario/story-scenario";
import type { Scenario } from "../../scenario/types";
import type { AnalysisRunner } from "../analysis/runner";
import { useAnalysis, type AnalysisState } from "../analysis/use-analysis";
import { useAnalysisState, useSession } from "../app/context";
import type { Session } from "../app/session";
import { formatError } from "../../model/dataset-errors";
import { sameScenario, type AppState } from "../state/app-state";
import { useStoreSlice, type Store } from "../state/store";
import type { StoryBridge } from "./bridge";
import { enterFullscreen, exitFullscreen, exitRequested, isFullscreen, canFullscreen } from "./fullscreen";
import { figureKey } from "./FigureCard";
import { loadStoryById, type StoryLoad } from "./library";
import { StoryContext } from "./StoryContext";
import { StoryProgress } from "./StoryProgress";
import { StoryStepView } from "./StoryStepView";
import { enterStep, framedNodes, leaveStory, stepHighlight, stepIndex, withMinCut, type BeforeStory } from "./step-state";
import { scrollBy, usePresenterKeys } from "./use-presenter-keys";
import "./story-presenter.css";
import "./story-common.css";

export interface StoryPresenterProps {
  readonly store: Store<AppState>;
  readonly runner: AnalysisRunner;
  readonly bridge: StoryBridge;
}

/** The figures of a step from a finished analysis of its scenario, or null while it runs. */
function sameIds(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((id, i) => id === b[i]);
}

function figuresOf(story: Story, index: number, scenario: Scenario, analysis: AnalysisState, session: Session): ResolvedFigure[] | null {
  const result = analysis.result;
  if (!result || analysis.pending || !analysis.resultScenario || !sameScenario(analysis.resultScenario, scenario)) return null;
  const inputs = { dataset: session.dataset, report: result.report, openCapacity: session.apply(scenario).openCapacity };
  return (story.steps[index].figures ?? []).map((figure) => resolveFigure(figure, inputs));
}

export default function StoryPresenter({ store, runner, bridge }: StoryPresenterProps) {
  const session = useSession();
  const location = useStoreSlice(store, (s) => s.story);
  const [load, setLoad] = useState<StoryLoad | null>(null);
  // What "show changes" looked like before: restored when the presentation ends.
  const [before] = useState<BeforeStory>(() => ({ pinned: store.get().pinned, showChanges: store.get().showChanges }));
  const id = location?.id ?? null;

  useEffect(() => {
    if (id === null) return;
    let cancelled = false;
    void loadStoryById(id, session.dataset, window.localStorage).then((loaded) => {
      if (!cancelled) setLoad(loaded);
    });
    return () => {
      cancelled = true;
    };
  }, [id, session]);

  // The graph column changes size on entering and leaving: sigma redraws on window resize.
  useEffect(() => {
    window.dispatchEvent(new Event("resize"));
    return () => void setTimeout(() => window.dispatchEvent(new Event("resize")), 0);
  }, []);

  const leave = useCallback(() => {
    void exitFullscreen();
    store.update((state) => leaveStory(state, before));
  }, [store, before]);

  if (location === null) return null;
  if (load === null || load.id !== location.id)
    return (
      <section className="story-presenter" aria-label="Story presentation" aria-busy="true">
        <p role="status">Loading the story…</p>
      </section>
    );
  if (load.status === "failed")
    return (
      <section className="story-presenter story-failed" aria-label="Story presentation">
        <h2>{load.title}</h2>
        {load.errors.length > 0 && (
          <ul className="story-errors" role="alert">
            {load.errors.map((error, i) => (
              <li key={i}>
                <code>{formatError(error)}</code>
              </li>
            ))}
          </ul>
        )}
        <button type="button" onClick={leave}>
          Back to the app
        </button>
      </section>
    );
  return <StoryStage story={load.story} storyId={load.id} index={stepIndex(load.story, location.step)} store={store} runner={runner} bridge={bridge} leave={leave} />;
}

interface StoryStageProps {
  readonly story: Story;
  readonly storyId: string;
  readonly index: number;
  readonly store: Store<AppState>;
  readonly runner: AnalysisRunner;
  readonly bridge: StoryBridge;
  readonly leave: () => void;
}

function StoryStage({ story, storyId, index, store, runner, bridge, leave }: StoryStageProps) {
  const session = useSession();
  const analysis = useAnalysisState();
  const scenarios = useMemo(() => story.steps.map((step) => scenarioOfStory(step.scenario)), [story]);
  const step = story.steps[index];
  const [fullscreen, setFullscreen] = useState(isFullscreen);

  // Entering a step: the app state follows it; the camera moves to it.
  useEffect(() => {
    const layoutBefore = store.get().layout;
    store.update((state) => enterStep(state, storyId, story, scenarios, index, Date.now()));
    const target = story.steps[index];
    const ends = (edge: string) => (session.graph.hasEdge(edge) ? [session.graph.source(edge), session.graph.target(edge)] : []);
    bridge.moveCamera({
      camera: target.view?.camera,
      nodes: framedNodes(stepHighlight(target), ends),
      afterLayoutChange: layoutBefore !== (target.view?.layout ?? "tiered"),
    });
  }, [store, storyId, story, scenarios, index, bridge, session]);

  const figures = figuresOf(story, index, scenarios[index], analysis, session);
  const report = figures !== null ? analysis.result?.report : undefined;
  const shown = useStoreSlice(store, (s) => s.highlight);
  const scenario = useStoreSlice(store, (s) => s.scenario);
  const changes = useStoreSlice(store, (s) => (s.showChanges ? (s.pinned !== null ? index : null) : undefined));

  // The min-cut is part of the analysis: highlighted once it has answered for this step.
  const minCut = useMemo(() => (report && step.highlight?.minCut ? withMinCut(stepHighlight(step), report) : null), [report, step]);
  useEffect(() => {
    if (minCut) store.update((state) => (state.story?.step === index + 1 ? { ...state, highlight: minCut } : state));
  }, [minCut, index, store]);
  const minCutPending = step.highlight?.minCut === true && (minCut === null || !sameIds(shown?.emphasised ?? [], minCut.emphasised));
  // Ready: the figures are this step's, and the graph shows all the step highlights.
  const ready = figures !== null && !minCutPending;

  // The previous step's figures, to show beside this step's.
  const previousAnalysis = useAnalysis(runner, index > 0 ? scenarios[index - 1] : null, "story-previous");
  const previous = useMemo(() => {
    if (index === 0) return null;
    const resolved = figuresOf(story, index - 1, scenarios[index - 1], previousAnalysis, session);
    if (!resolved) return null;
    const figures = story.steps[index - 1].figures ?? [];
    return new Map(resolved.map((figure, i) => [figureKey(figures[i]), figure]));
  }, [story, index, scenarios, previousAnalysis, session]);

  const go = useCallback(
    (target: number) => {
      const n = Math.max(0, Math.min(story.steps.length - 1, target)) + 1;
      store.update((state) => (state.story && state.story.step !== n ? { ...state, story: { ...state.story, step: n } } : state));
    },
    [store, story],
  );
  const scrollRef = useRef<HTMLDivElement>(null);
  const keys = useMemo(
    () => ({
      next: () => go(index + 1),
      previous: () => go(index - 1),
      first: () => go(0),
      last: () => go(story.steps.length - 1),
      leave,
      scroll: (direction: 1 | -1, amount: "line" | "page") => scrollBy(scrollRef.current, direction, amount),
    }),
    [go, index, story, leave],
  );
  usePresenterKeys(keys);
  // A new step is read from its top.
  useEffect(() => {
    if (scrollRef.current) scrollRef.current.scrollTop = 0;
  }, [index]);

  // Escape in full screen is the browser's: it leaves full screen, and the presentation with it.
  useEffect(() => {
    let was = isFullscreen();
    const onChange = () => {
      const now = isFullscreen();
      if (was && !now && !exitRequested()) leave();
      was = now;
      setFullscreen(now);
    };
    document.addEventListener("fullscreenchange", onChange);
    return () => document.removeEventListener("fullscreenchange", onChange);
  }, [leave]);

  const toggleFullscreen = () => void (fullscreen ? exitFullscreen() : enterFullscreen());

  return (
    <section className="story-presenter" aria-label={`Story: ${story.title}`} data-story={storyId} data-step={index + 1} data-step-ready={ready}>
      <div className="story-bar">
        <span className="story-name">{story.title}</span>
        <span className="story-bar-actions">
          {canFullscreen() && (
            <button type="button" onClick={toggleFullscreen} aria-pressed={fullscreen}>
              {fullscreen ? "Exit full screen" : "Full screen"}
            </button>
          )}
          <button type="button" onClick={leave} aria-keyshortcuts="Escape">
            Leave (Esc)
          </button>
        </span>
      </div>
      <StoryProgress story={story} index={index} onGo={go} />
      <div className="story-scroll" ref={scrollRef}>
        <StoryStepView
          step={step}
          number={index + 1}
          dataset={session.dataset}
          figures={figures}
          previous={previous}
          context={<StoryContext scenario={scenario} highlight={shown} changesSince={changes} minCutPending={minCutPending} dataset={session.dataset} />}
        />
      </div>
      <nav className="story-nav" aria-label="Steps">
        <button type="button" onClick={() => go(index - 1)} disabled={index === 0} aria-keyshortcuts="ArrowLeft">
          ← Previous
        </button>
        <span className="story-keys muted">← → steps · Space, PageDown: read on, then next · ↑ ↓ scroll · Esc leaves</span>
        <button type="button" onClick={() => go(index + 1)} disabled={index === story.steps.length - 1} aria-keyshortcuts="ArrowRight">
          Next →
        </button>
      </nav>
      <div className="visually-hidden" aria-live="polite" aria-atomic="true">
        Step {index + 1} of {story.steps.length}: {step.title}
      </div>
    </section>
  );
}
