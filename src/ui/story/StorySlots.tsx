/**
 * Where stories plug into the app shell, kept small because it is in the initial bundle:
 * the header's "Stories" button, the camera controller inside the graph, and the overlay
 * that shows either the stories panel (library and editor) or the presentation. The
 * panel, presenter and camera code load only when first needed.
 */
import { lazy, Suspense, useMemo, useState } from "react";
import type { AnalysisRunner } from "../analysis/runner";
import type { Actions } from "../app/actions";
import type { AppState } from "../state/app-state";
import type { Store } from "../state/store";
import { createStoryBridge, type StoryBridge } from "./bridge";

const StoryCamera = lazy(() => import("./StoryCamera"));
const StoryPresenter = lazy(() => import("./StoryPresenter"));
const StoryPanel = lazy(() => import("./StoryPanel"));

export interface StoryUi {
  readonly bridge: StoryBridge;
  readonly panelOpen: boolean;
  setPanelOpen(open: boolean): void;
}

export function useStoryUi(): StoryUi {
  const [bridge] = useState(createStoryBridge);
  const [panelOpen, setPanelOpen] = useState(false);
  return useMemo(() => ({ bridge, panelOpen, setPanelOpen }), [bridge, panelOpen]);
}

export function StoriesButton({ ui, presenting }: { ui: StoryUi; presenting: boolean }) {
  return (
    <button type="button" aria-expanded={ui.panelOpen && !presenting} aria-controls="story-panel" onClick={() => ui.setPanelOpen(!ui.panelOpen)}>
      Stories
    </button>
  );
}

/** Inside the graph view: the camera the story moves and the editor reads. */
export function StoryGraphSlot({ ui, presenting }: { ui: StoryUi; presenting: boolean }) {
  if (!presenting && !ui.panelOpen) return null;
  return (
    <Suspense fallback={null}>
      <StoryCamera bridge={ui.bridge} />
    </Suspense>
  );
}

export interface StoryOverlayProps {
  readonly ui: StoryUi;
  readonly presenting: boolean;
  readonly store: Store<AppState>;
  readonly actions: Actions;
  readonly runner: AnalysisRunner;
}

export function StoryOverlay({ ui, presenting, store, actions, runner }: StoryOverlayProps) {
  if (presenting)
    return (
      <Suspense fallback={<p className="story-presenter" role="status">Loading the presentation…</p>}>
        <StoryPresenter store={store} runner={runner} bridge={ui.bridge} />
      </Suspense>
    );
  if (!ui.panelOpen) return null;
  return (
    <Suspense fallback={<aside className="story-panel" id="story-panel" aria-busy="true" aria-label="Stories" />}>
      <StoryPanel store={store} actions={actions} bridge={ui.bridge} onClose={() => ui.setPanelOpen(false)} />
    </Suspense>
  );
}
