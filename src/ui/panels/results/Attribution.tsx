/** What each intervention does: the report's leave-one-out and switch-one-on deltas. */
import type { AnalysisReport } from "../../../analysis/report-types";
import { useSession } from "../../app/context";
import { formatKg } from "../format";

export function Attribution({ report }: { report: AnalysisReport }) {
  const session = useSession();
  const labels = new Map(session.dataset.interventions.map((i) => [i.id, i.label]));
  const entries = report.attribution.filter((entry) => Math.abs(entry.throughputDelta) > 1e-9);
  const largest = Math.max(1e-9, ...entries.map((entry) => Math.abs(entry.throughputDelta)));
  const sorted = [...entries].sort((a, b) => Number(b.enabled) - Number(a.enabled) || a.throughputDelta - b.throughputDelta);
  return (
    <section className="report-section" aria-label="Attribution per intervention">
      <h3>What each intervention does</h3>
      {sorted.length === 0 ? (
        <p className="muted">No single switch changes the throughput from here.</p>
      ) : (
        <ul className="plain-list attribution-list">
          {sorted.map((entry) => (
            <li key={entry.intervention}>
              <span className="attribution-name">{labels.get(entry.intervention) ?? entry.intervention}</span>
              <span className="attribution-bar" aria-hidden="true">
                <span
                  className={entry.enabled ? "attribution-fill" : "attribution-fill attribution-off"}
                  style={{ width: `${(Math.abs(entry.throughputDelta) / largest) * 100}%` }}
                />
              </span>
              <span className="attribution-text">
                {entry.enabled ? "on: removes " : "off: would remove "}
                {formatKg(-entry.throughputDelta)} kg/month
              </span>
            </li>
          ))}
        </ul>
      )}
      <p className="muted small">Each figure toggles one intervention alone, the rest as in the scenario.</p>
    </section>
  );
}
