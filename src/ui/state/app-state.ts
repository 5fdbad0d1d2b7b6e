/**
 * The app's state: the scenario being explored (with its undo history), the layout, the
 * selection and the view options. Every change is a pure function State -> State, so the
 * behaviour (undo coalescing, what a timeline move resets) is unit-tested without React.
 */
import type { InterventionSwitch, Scenario } from "../../scenario/types";
import { BASELINE_SCENARIO } from "../../scenario/types";
import type { LayoutKind } from "../graph/layout/positions";

export type Selection = { readonly kind: "node"; readonly id: string } | { readonly kind: "edge"; readonly id: string };

/** A surviving path the user highlighted: the ids of its edges, in order. */
export type HighlightedPath = readonly string[];

/** The story being presented, and its step (1-based, as in the URL: `?story=id&step=4`). */
export interface StoryLocation {
  readonly id: string;
  readonly step: number;
}

/** What a story step keeps in colour (the rest fades); `emphasised` edges are drawn in magenta. */
export interface GraphHighlight {
  readonly nodes: readonly string[];
  readonly edges: readonly string[];
  readonly emphasised: readonly string[];
}

export interface AppState {
  readonly scenario: Scenario;
  /** Scenarios before the current one (most recent last) and undone ones (next first). */
  readonly past: readonly Scenario[];
  readonly future: readonly Scenario[];
  /** Consecutive changes with the same key (a slider drag) make one undo step. */
  readonly lastChange: { readonly key: string; readonly at: number } | null;
  readonly layout: LayoutKind;
  readonly selection: Selection | null;
  readonly highlightedPath: HighlightedPath | null;
  /** A scenario pinned for comparison ("show changes" against it instead of the baseline). */
  readonly pinned: Scenario | null;
  readonly showChanges: boolean;
  readonly animate: boolean;
  /** Transient pointer state: the node under the pointer, edges emphasised from a list. */
  readonly hoveredNode: string | null;
  readonly emphasisedEdges: readonly string[] | null;
  /** The story being presented (src/ui/story), or null outside presentation mode. */
  readonly story: StoryLocation | null;
  readonly highlight: GraphHighlight | null;
}

export const HISTORY_LIMIT = 200;
/** Changes with the same key closer than this (ms) coalesce into one undo step. */
export const COALESCE_WINDOW_MS = 1200;

export function initialAppState(partial: Partial<Pick<AppState, "scenario" | "layout" | "selection" | "story">> = {}): AppState {
  return {
    scenario: partial.scenario ?? BASELINE_SCENARIO,
    past: [],
    future: [],
    lastChange: null,
    layout: partial.layout ?? "tiered",
    selection: partial.selection ?? null,
    highlightedPath: null,
    pinned: null,
    showChanges: false,
    animate: true,
    hoveredNode: null,
    emphasisedEdges: null,
    story: partial.story ?? null,
    highlight: null,
  };
}

/** Records a new scenario as one undoable step (or merges it into the previous step). */
export function changeScenario(state: AppState, next: Scenario, change: { key: string; at: number }): AppState {
  if (sameScenario(next, state.scenario)) return state;
  const coalesce =
    state.lastChange !== null &&
    state.lastChange.key === change.key &&
    change.at - state.lastChange.at < COALESCE_WINDOW_MS &&
    state.past.length > 0;
  const past = coalesce ? state.past : [...state.past, state.scenario].slice(-HISTORY_LIMIT);
  return { ...state, scenario: next, past, future: [], lastChange: change, highlightedPath: null };
}

export function undo(state: AppState): AppState {
  if (state.past.length === 0) return state;
  const previous = state.past[state.past.length - 1];
  return {
    ...state,
    scenario: previous,
    past: state.past.slice(0, -1),
    future: [state.scenario, ...state.future],
    lastChange: null,
    highlightedPath: null,
  };
}

export function redo(state: AppState): AppState {
  if (state.future.length === 0) return state;
  const [next, ...rest] = state.future;
  return {
    ...state,
    scenario: next,
    past: [...state.past, state.scenario],
    future: rest,
    lastChange: null,
    highlightedPath: null,
  };
}

/** Switches one intervention on or off, keeping any effectiveness the user set. */
export function withSwitch(scenario: Scenario, id: string, on: boolean): Scenario {
  const previous = scenario.switches[id];
  const next: InterventionSwitch = previous?.effectiveness === undefined ? { on } : { on, effectiveness: previous.effectiveness };
  return { ...scenario, switches: { ...scenario.switches, [id]: next } };
}

/** Sets one intervention's effectiveness (0..1), leaving it as on or off as it is now. */
export function withEffectiveness(scenario: Scenario, id: string, effectiveness: number, currentlyOn: boolean): Scenario {
  if (!(effectiveness >= 0 && effectiveness <= 1)) throw new RangeError(`effectiveness must be within 0..1, got ${effectiveness}`);
  return { ...scenario, switches: { ...scenario.switches, [id]: { on: currentlyOn, effectiveness } } };
}

/** The timeline: the scenario in force on a date, without any user switch. */
export function atDate(scenario: Scenario, date: string | undefined): Scenario {
  return date === undefined ? { switches: {}, idealized: scenario.idealized } : { date, switches: {}, idealized: scenario.idealized };
}

export function withIdealized(scenario: Scenario, idealized: boolean): Scenario {
  return { ...scenario, idealized };
}

export function sameScenario(a: Scenario, b: Scenario): boolean {
  if (a === b) return true;
  if (a.date !== b.date || a.idealized !== b.idealized) return false;
  const keysA = Object.keys(a.switches);
  if (keysA.length !== Object.keys(b.switches).length) return false;
  return keysA.every((id) => {
    const x = a.switches[id];
    const y = b.switches[id];
    return y !== undefined && x.on === y.on && x.effectiveness === y.effectiveness;
  });
}
