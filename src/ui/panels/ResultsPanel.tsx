/**
 * What the analysis computed for the scenario, against the baseline (or a pinned
 * scenario): throughput, markets, surviving routes (click one to highlight it), loophole
 * share, licit trade closed, attribution, min-cut (hover to highlight) and chokepoints.
 * Every figure comes from the analysis report; nothing is recomputed here.
 */
import { useEffect } from "react";
import type { AnalysisReport } from "../../analysis/report-types";
import type { Actions } from "../app/actions";
import { useSession } from "../app/context";
import type { AnalysisState } from "../analysis/use-analysis";
import { markResultsShown, markThroughputShown } from "../app/perf-marks";
import { formatKg, formatShare } from "./format";
import { Attribution } from "./results/Attribution";
import { MinCut } from "./results/MinCut";
import { TopRoutes } from "./results/TopRoutes";
import "./results.css";

export interface ResultsPanelProps {
  readonly analysis: AnalysisState;
  readonly pinned: AnalysisState | null;
  readonly actions: Actions;
  readonly onPickNode: (id: string) => void;
}

export function ResultsPanel({ analysis, pinned, actions, onPickNode }: ResultsPanelProps) {
  const report = analysis.result?.report;
  useEffect(() => {
    if (report && !analysis.pending) markResultsShown();
    else if (analysis.earlyThroughput !== null) markThroughputShown();
  }, [report, analysis.pending, analysis.earlyThroughput]);
  return (
    <section className="panel results" aria-labelledby="results-title" aria-busy={analysis.pending}>
      <div className="panel-title-row">
        <h2 id="results-title">Results</h2>
        <span className={`analysis-state ${analysis.pending ? "analysis-busy" : ""}`} role="status">
          {analysis.pending ? (
            <>
              <span className="spinner" aria-hidden="true" /> Computing…
            </>
          ) : analysis.result ? (
            `computed in ${analysis.result.elapsedMs < 1 ? "<1" : Math.round(analysis.result.elapsedMs)} ms`
          ) : (
            ""
          )}
        </span>
      </div>
      {analysis.error && (
        <p className="error-text" role="alert">
          The analysis failed: {analysis.error}
        </p>
      )}
      {report ? (
        <ReportView
          report={report}
          early={analysis.pending ? analysis.earlyThroughput : null}
          pinned={pinned?.result?.report ?? null}
          actions={actions}
          onPickNode={onPickNode}
        />
      ) : (
        !analysis.error && <p className="muted">Computing the first analysis…</p>
      )}
    </section>
  );
}

function ReportView({
  report,
  early,
  pinned,
  actions,
  onPickNode,
}: {
  report: AnalysisReport;
  /** The new scenario's throughput, sent ahead of its full report (large graphs). */
  early: number | null;
  pinned: AnalysisReport | null;
  actions: Actions;
  onPickNode: (id: string) => void;
}) {
  const session = useSession();
  const labelOf = (id: string) => session.dataset.nodes[session.nodeIndex.get(id) ?? -1]?.label ?? id;
  const throughput = early === null ? report.throughput : { ...report.throughput, scenario: early };
  const share = throughput.baseline > 0 ? throughput.scenario / throughput.baseline : 0;
  const supplied = report.markets.filter((m) => m.supplied).length;
  return (
    <div className="report">
      <div className="metric metric-main" data-metric="throughput">
        <span className="metric-label">Supply getting through</span>
        <span className="metric-value" data-value={throughput.scenario}>
          {formatKg(throughput.scenario)} <span className="metric-unit">kg/month fentanyl-eq.</span>
        </span>
        <Bar share={share} label={`${formatShare(share)} of the baseline (${formatKg(throughput.baseline)} kg/month)`} />
        {early !== null && <span className="metric-compare">New throughput; routes and attribution are being updated…</span>}
        {pinned && (
          <>
            <span className="metric-compare">Pinned scenario: {formatKg(pinned.throughput.scenario)} kg/month</span>
            <Bar
              share={throughput.baseline > 0 ? pinned.throughput.scenario / throughput.baseline : 0}
              label={`pinned: ${formatShare(throughput.baseline > 0 ? pinned.throughput.scenario / throughput.baseline : 0)} of the baseline`}
              pinned
            />
          </>
        )}
      </div>
      <dl className="metrics">
        <div className="metric" data-metric="markets">
          <dt>Markets supplied</dt>
          <dd>
            {supplied} of {report.markets.length}
            {pinned && <span className="metric-compare"> (pinned: {pinned.markets.filter((m) => m.supplied).length})</span>}
          </dd>
        </div>
        <div className="metric" data-metric="paths">
          <dt>Surviving routes</dt>
          <dd data-value={report.paths.surviving}>
            {formatCount(report.paths.surviving)} <span className="muted">of {formatCount(report.paths.baseline)}</span>
            {pinned && <span className="metric-compare"> (pinned: {formatCount(pinned.paths.surviving)})</span>}
          </dd>
        </div>
        <div className="metric" data-metric="loophole">
          <dt title="Share of the supply that routes legal on every edge until a lab can carry">Loophole share</dt>
          <dd data-value={report.loopholeShare}>{formatShare(report.loopholeShare)}</dd>
        </div>
        <div className="metric" data-metric="licit">
          <dt title="Capacity of trade to licit buyers that the scenario removes">Licit trade closed</dt>
          <dd data-value={report.licitLoss.lost}>
            {formatKg(report.licitLoss.lost)} kg/month <span className="muted">({formatShare(report.licitLoss.share)})</span>
          </dd>
        </div>
      </dl>
      {report.markets.some((m) => !m.supplied) && (
        <p className="muted">Cut off: {report.markets.filter((m) => !m.supplied).map((m) => labelOf(m.id)).join(", ")}.</p>
      )}
      <TopRoutes routes={report.paths.top} actions={actions} labelOf={labelOf} />
      <MinCut report={report} actions={actions} labelOf={labelOf} onPickNode={onPickNode} />
      <Attribution report={report} />
      <section className="report-section" aria-label="Chokepoints">
        <h3>Chokepoints</h3>
        {report.chokepoints.length === 0 ? (
          <p className="muted">No single node lies on every surviving route.</p>
        ) : (
          <ul className="chip-list">
            {report.chokepoints.map((c) => (
              <li key={c.id}>
                <button type="button" className="chip" onClick={() => onPickNode(c.id)}>
                  {labelOf(c.id)}
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}

function Bar({ share, label, pinned = false }: { share: number; label: string; pinned?: boolean }) {
  const clamped = Math.max(0, Math.min(1, share));
  return (
    <div className="bar-row">
      <span className={`bar ${pinned ? "bar-pinned" : ""}`} role="img" aria-label={label}>
        <span className="bar-fill" style={{ width: `${clamped * 100}%` }} />
      </span>
      <span className="bar-label" aria-hidden="true">
        {label}
      </span>
    </div>
  );
}

function formatCount(decimal: string): string {
  return decimal.length > 15 ? `${decimal.slice(0, 3)}…e${decimal.length - 1}` : BigInt(decimal).toLocaleString("en-US");
}
