/**
 * The user's actions, as functions over the store: each one is a pure state update
 * (state/app-state.ts) plus the undo key that decides which changes coalesce.
 */
import type { Scenario } from "../../scenario/types";
import {
  atDate,
  changeScenario,
  redo,
  undo,
  withEffectiveness,
  withIdealized,
  withSwitch,
  type AppState,
  type HighlightedPath,
  type Selection,
} from "../state/app-state";
import type { Store } from "../state/store";
import { markScenarioChange } from "./perf-marks";
import type { LayoutKind } from "../graph/layout/positions";

export interface Actions {
  setSwitch(id: string, on: boolean): void;
  setEffectiveness(id: string, effectiveness: number, currentlyOn: boolean): void;
  setDate(date: string | undefined): void;
  setIdealized(idealized: boolean): void;
  setScenario(scenario: Scenario): void;
  undo(): void;
  redo(): void;
  setLayout(layout: LayoutKind): void;
  select(selection: Selection | null): void;
  highlightPath(path: HighlightedPath | null): void;
  pin(scenario: Scenario | null): void;
  setShowChanges(on: boolean): void;
  setAnimate(on: boolean): void;
  hoverNode(id: string | null): void;
  emphasiseEdges(ids: readonly string[] | null): void;
}

export function createActions(store: Store<AppState>, now: () => number = () => Date.now()): Actions {
  const scenarioChange = (key: string, next: (scenario: Scenario) => Scenario) => {
    markScenarioChange();
    store.update((state) => changeScenario(state, next(state.scenario), { key, at: now() }));
  };
  return {
    setSwitch: (id, on) => scenarioChange(`switch:${id}:${now()}`, (s) => withSwitch(s, id, on)),
    setEffectiveness: (id, effectiveness, currentlyOn) =>
      scenarioChange(`effectiveness:${id}`, (s) => withEffectiveness(s, id, effectiveness, currentlyOn)),
    setDate: (date) => scenarioChange("date", (s) => atDate(s, date)),
    setIdealized: (idealized) => scenarioChange(`idealized:${now()}`, (s) => withIdealized(s, idealized)),
    setScenario: (scenario) => scenarioChange(`replace:${now()}`, () => scenario),
    undo: () => {
      markScenarioChange();
      store.update(undo);
    },
    redo: () => {
      markScenarioChange();
      store.update(redo);
    },
    setLayout: (layout) => store.update((state) => (state.layout === layout ? state : { ...state, layout })),
    select: (selection) => store.update((state) => ({ ...state, selection })),
    highlightPath: (path) => store.update((state) => ({ ...state, highlightedPath: path })),
    pin: (scenario) => store.update((state) => ({ ...state, pinned: scenario })),
    setShowChanges: (on) => store.update((state) => ({ ...state, showChanges: on })),
    setAnimate: (on) => store.update((state) => ({ ...state, animate: on })),
    hoverNode: (id) => store.update((state) => (state.hoveredNode === id ? state : { ...state, hoveredNode: id })),
    emphasiseEdges: (ids) => store.update((state) => ({ ...state, emphasisedEdges: ids })),
  };
}
