/**
 * The timeline: a slider (and previous/next buttons) over the dataset's event dates, from
 * the baseline (nothing in force) to the last event. Moving it sets the scenario in force
 * on that date and shows the event that last changed something.
 */
import { useId, useMemo } from "react";
import { lastChangingEvent, timelineOf } from "../../scenario";
import type { Actions } from "../app/actions";
import { useAppState, useSession } from "../app/context";
import "./timeline.css";

export function Timeline({ actions }: { actions: Actions }) {
  const session = useSession();
  const scenario = useAppState((s) => s.scenario);
  const sliderId = useId();
  const timeline = timelineOf(session.dataset);
  const dates = timeline.dates;
  const position = scenario.date === undefined ? 0 : dates.filter((date) => date <= scenario.date!).length;
  const event = scenario.date === undefined ? undefined : lastChangingEvent(session.dataset, scenario.date);
  const sameDay = scenario.date === undefined ? [] : timeline.events.filter((e) => e.date === scenario.date);
  const overrides = Object.keys(scenario.switches).length;
  const years = useMemo(() => yearTicks(dates), [dates]);
  const moveTo = (index: number) => actions.setDate(index === 0 ? undefined : dates[index - 1]);
  const valueText = position === 0 ? "Baseline: no intervention in force" : `${dates[position - 1]}${event ? `: ${event.label}` : ""}`;

  if (dates.length === 0) {
    return (
      <section className="panel timeline" aria-label="Timeline">
        <p className="muted">This dataset has no dated events.</p>
      </section>
    );
  }
  return (
    <section className="panel timeline" aria-labelledby={`${sliderId}-title`}>
      <div className="timeline-controls">
        <h2 id={`${sliderId}-title`}>Timeline</h2>
        <button type="button" onClick={() => moveTo(Math.max(0, position - 1))} disabled={position === 0} aria-label="Previous event">
          ◀
        </button>
        <div className="timeline-track">
          <input
            id={sliderId}
            type="range"
            min={0}
            max={dates.length}
            step={1}
            value={position}
            aria-label="Date on the timeline"
            aria-valuetext={valueText}
            onChange={(e) => moveTo(Number(e.currentTarget.value))}
          />
          <div className="timeline-ticks" aria-hidden="true">
            {years.map(({ year, index }) => (
              <span key={year} className="timeline-tick" style={{ left: `${(index / dates.length) * 100}%` }}>
                {year}
              </span>
            ))}
          </div>
        </div>
        <button
          type="button"
          onClick={() => moveTo(Math.min(dates.length, position + 1))}
          disabled={position === dates.length}
          aria-label="Next event"
        >
          ▶
        </button>
        <output className="timeline-date" htmlFor={sliderId}>
          {scenario.date ?? "Baseline"}
        </output>
      </div>
      <div className="timeline-event" aria-live="polite">
        {position === 0 ? (
          <p>
            <strong>Baseline</strong>: no intervention in force. Move the timeline to replay what happened from{" "}
            {dates[0].slice(0, 4)} to {dates[dates.length - 1].slice(0, 4)}.
          </p>
        ) : event ? (
          <p>
            <strong>
              {event.date}: {event.label}
            </strong>{" "}
            — {event.description}
            {sameDay.length > 1 && <span className="muted"> (and {sameDay.length - 1} more event(s) that day)</span>}
          </p>
        ) : (
          <p className="muted">No intervention changed up to this date.</p>
        )}
        {overrides > 0 && (
          <p className="timeline-overrides">
            {overrides} switch{overrides === 1 ? "" : "es"} set by you on top of this date.{" "}
            <button type="button" className="link-button" onClick={() => actions.setDate(scenario.date)}>
              Clear them
            </button>
          </p>
        )}
      </div>
    </section>
  );
}

/** Minimum distance between two year labels, as a share of the track. */
const MIN_TICK_GAP = 0.06;

/**
 * The first position (1-based, 0 is the baseline) of each year among the event dates,
 * skipping a year whose label would touch the previous one.
 */
function yearTicks(dates: readonly string[]): { year: string; index: number }[] {
  const ticks: { year: string; index: number }[] = [];
  let lastYear = "";
  dates.forEach((date, i) => {
    const year = date.slice(0, 4);
    if (year === lastYear) return;
    lastYear = year;
    const previous = ticks[ticks.length - 1];
    if (previous && (i + 1 - previous.index) / dates.length < MIN_TICK_GAP) return;
    ticks.push({ year, index: i + 1 });
  });
  return ticks;
}
