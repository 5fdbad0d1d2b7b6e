/**
 * The timeline: the dataset's events in date order, replayed to get the interventions in
 * force on any day. Used by the engine (a scenario with a date) and by the app's timeline
 * slider (event dates, previous/next event, the event that last changed things).
 *
 * Replay rule (SEMANTICS.md): events dated on or before the day, in date order (ties in
 * dataset order). `enable` switches an intervention on with the change's effectiveness or
 * the intervention's default; `disable` switches it off; `set-effectiveness` changes the
 * effectiveness and leaves on/off alone. Dates are YYYY-MM-DD strings, compared as
 * strings (that order is chronological).
 *
 * The sorted timeline is computed once per dataset and cached in a WeakMap, so the
 * slider can call these functions on every move.
 */
import type { Dataset, TimelineEvent } from "../model/types";
import { assertNever } from "../model/types";
import { ScenarioError } from "./errors";
import { isIsoDate } from "../model/dates";

/** What the events say about one intervention on a given day. */
export interface DateState {
  readonly on: boolean;
  /** Effectiveness set by the events; undefined when no event set one (use the default). */
  readonly effectiveness: number | undefined;
  /** The event that last switched it on (kept after a disable, for explanations). */
  readonly enabledBy: string | undefined;
}

/** An intervention in force on a day, from the events alone. */
export interface InForce {
  readonly id: string;
  readonly effectiveness: number;
  readonly enabledBy: string;
}

interface CompiledChange {
  readonly intervention: number;
  readonly action: "enable" | "disable" | "set-effectiveness";
  readonly effectiveness: number | undefined;
}

interface CompiledEvent {
  readonly event: TimelineEvent;
  readonly changes: readonly CompiledChange[];
}

export interface Timeline {
  /** Events sorted by date (stable: ties keep dataset order). */
  readonly events: readonly TimelineEvent[];
  /** Distinct event dates, ascending. */
  readonly dates: readonly string[];
  readonly compiled: readonly CompiledEvent[];
  readonly defaults: Float64Array;
  /**
   * Replays by number of events applied: the state on a day depends only on how many
   * events fall on or before it, so the slider and the engine replay each prefix once.
   */
  readonly replays: Map<number, Replay>;
}

const OFF: DateState = Object.freeze({ on: false, effectiveness: undefined, enabledBy: undefined });
const cache = new WeakMap<Dataset, Timeline>();

/**
 * Changes naming an intervention the dataset lacks are skipped: the dataset validator
 * reports them, and the timeline must not crash on a dataset the user is still fixing.
 */
export function timelineOf(dataset: Dataset): Timeline {
  const cached = cache.get(dataset);
  if (cached) return cached;
  const indexById = new Map(dataset.interventions.map((intervention, index) => [intervention.id, index]));
  const order = dataset.events.map((_, index) => index);
  order.sort((a, b) => {
    const da = dataset.events[a].date;
    const db = dataset.events[b].date;
    return da < db ? -1 : da > db ? 1 : a - b;
  });
  const events = order.map((index) => dataset.events[index]);
  const compiled = events.map((event) => ({
    event,
    changes: event.changes.flatMap((change) => {
      const intervention = indexById.get(change.intervention);
      return intervention === undefined ? [] : [{ intervention, action: change.action, effectiveness: change.effectiveness }];
    }),
  }));
  const dates = [...new Set(events.map((event) => event.date))];
  const defaults = Float64Array.from(dataset.interventions, (intervention) => intervention.effectiveness);
  const timeline: Timeline = { events, dates, compiled, defaults, replays: new Map() };
  cache.set(dataset, timeline);
  return timeline;
}

function applyChange(state: DateState, change: CompiledChange, defaultEffectiveness: number, eventId: string): DateState {
  switch (change.action) {
    case "enable":
      return { on: true, effectiveness: change.effectiveness ?? defaultEffectiveness, enabledBy: eventId };
    case "disable":
      return { ...state, on: false };
    case "set-effectiveness":
      return change.effectiveness === undefined ? state : { ...state, effectiveness: change.effectiveness };
    default:
      return assertNever(change.action, "event action");
  }
}

function sameEffect(a: DateState, b: DateState, defaultEffectiveness: number): boolean {
  return a.on === b.on && (a.effectiveness ?? defaultEffectiveness) === (b.effectiveness ?? defaultEffectiveness);
}

export interface Replay {
  /** Indexed like dataset.interventions; frozen (shared between callers). */
  readonly states: readonly DateState[];
  /** The last event on or before the day that changed some intervention's state. */
  readonly lastChange: TimelineEvent | undefined;
}

/** Replays the events dated on or before `date` (nothing when `date` is undefined). */
export function replay(timeline: Timeline, date: string | undefined): Replay {
  const count = date === undefined ? 0 : upperBound(timeline.events, date);
  let result = timeline.replays.get(count);
  if (!result) {
    result = replayPrefix(timeline, count);
    timeline.replays.set(count, result);
  }
  return result;
}

function replayPrefix(timeline: Timeline, count: number): Replay {
  const states: DateState[] = Array.from(timeline.defaults, () => OFF);
  let lastChange: TimelineEvent | undefined;
  for (let i = 0; i < count; i++) {
    const { event, changes } = timeline.compiled[i];
    let changed = false;
    for (const change of changes) {
      const before = states[change.intervention];
      const defaultEffectiveness = timeline.defaults[change.intervention];
      const after = applyChange(before, change, defaultEffectiveness, event.id);
      if (!sameEffect(before, after, defaultEffectiveness)) changed = true;
      states[change.intervention] = Object.freeze(after);
    }
    if (changed) lastChange = event;
  }
  return Object.freeze({ states: Object.freeze(states), lastChange });
}

/** Interventions in force on `date` per the events, in dataset order. */
export function interventionsInForce(dataset: Dataset, date: string): readonly InForce[] {
  const timeline = timelineOf(dataset);
  const { states } = replay(timeline, requireDate(date));
  return states.flatMap((state, index) =>
    state.on
      ? [
          {
            id: dataset.interventions[index].id,
            effectiveness: state.effectiveness ?? timeline.defaults[index],
            enabledBy: state.enabledBy ?? "",
          },
        ]
      : [],
  );
}

/** Events dated on or before `date`, in timeline order. */
export function eventsUpTo(dataset: Dataset, date: string): readonly TimelineEvent[] {
  const timeline = timelineOf(dataset);
  return timeline.events.slice(0, upperBound(timeline.events, requireDate(date)));
}

/** The latest event on or before `date` that switched or re-weighted an intervention. */
export function lastChangingEvent(dataset: Dataset, date: string): TimelineEvent | undefined {
  return replay(timelineOf(dataset), requireDate(date)).lastChange;
}

/** The first event date strictly after `date`, if any. */
export function nextEventDate(dataset: Dataset, date: string): string | undefined {
  const { dates } = timelineOf(dataset);
  return dates[upperBound(dates, requireDate(date))];
}

/** The last event date strictly before `date`, if any. */
export function previousEventDate(dataset: Dataset, date: string): string | undefined {
  const { dates } = timelineOf(dataset);
  return dates[lowerBound(dates, requireDate(date)) - 1];
}

/** The public functions take a day from the UI or a URL: refuse anything else early. */
function requireDate(date: string): string {
  if (!isIsoDate(date)) throw new ScenarioError("invalid-date", "date", `'${date}' is not a real day written YYYY-MM-DD`);
  return date;
}

function dateOf(item: string | TimelineEvent): string {
  return typeof item === "string" ? item : item.date;
}

/** First position whose date is > `date` (binary search over a date-sorted list). */
function upperBound(sorted: readonly (string | TimelineEvent)[], date: string): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (dateOf(sorted[mid]) <= date) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** First position whose date is >= `date`. */
function lowerBound(sorted: readonly (string | TimelineEvent)[], date: string): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (dateOf(sorted[mid]) < date) low = mid + 1;
    else high = mid;
  }
  return low;
}
