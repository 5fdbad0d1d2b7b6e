/**
 * Edge states over the timeline, for the dynamic GEXF: the scenario engine is run once per
 * distinct event date (the scenario's switches and idealized mode on top of the date), and
 * once without a date for the time before the first event. Each state holds from its date
 * to the day before the next one; the last one to the end of the dataset's period.
 */
import type { Dataset, LegalStatus } from "../../model/types";
import { compileScenarioEngine } from "../../scenario/compile";
import { timelineOf } from "../../scenario/timeline";
import { STATUS_CODES, type Scenario } from "../../scenario/types";

export interface TimelineState {
  /** First day, YYYY-MM-DD. */
  readonly start: string;
  /** Last day, inclusive. */
  readonly end: string;
  /** The event date this state starts on, or undefined for the time before the first event. */
  readonly date: string | undefined;
  readonly status: readonly LegalStatus[];
  readonly openCapacity: Float64Array;
}

const DAY_MS = 86_400_000;

function dayBefore(iso: string): string {
  const [year, month, day] = iso.split("-").map(Number);
  return new Date(Date.UTC(year, month - 1, day) - DAY_MS).toISOString().slice(0, 10);
}

function later(a: string, b: string): string {
  return a > b ? a : b;
}

/** States in date order; `scenario.date` is ignored (every date is visited). */
export function timelineStates(dataset: Dataset, scenario: Scenario): TimelineState[] {
  const engine = compileScenarioEngine(dataset);
  const dates = timelineOf(dataset).dates;
  const { start: periodStart, end: periodEnd } = dataset.meta.period;
  const stateAt = (date: string | undefined, start: string, end: string): TimelineState => {
    const applied = engine.apply({ switches: scenario.switches, idealized: scenario.idealized, ...(date === undefined ? {} : { date }) });
    return { start, end, date, status: Array.from(applied.statusCode, (code) => STATUS_CODES[code]), openCapacity: applied.openCapacity };
  };
  if (dates.length === 0) return [stateAt(undefined, periodStart, later(periodEnd, periodStart))];
  const states: TimelineState[] = [];
  if (periodStart < dates[0]) states.push(stateAt(undefined, periodStart, dayBefore(dates[0])));
  dates.forEach((date, i) => {
    const end = i + 1 < dates.length ? dayBefore(dates[i + 1]) : later(periodEnd, date);
    states.push(stateAt(date, date, end));
  });
  return states;
}
