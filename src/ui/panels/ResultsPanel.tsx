/**
 * What the analysis computed for the scenario, against the baseline (or a pinned
 * scenario): throughput, markets, surviving routes (click one to highlight it), loophole
 * share, licit trade closed, attribution, min-cut (hover to highlight) and chokepoints.
 * Every figure comes from the analysis report; nothing is recomputed here.
 */
import { useEffect } from "react";
import type { AnalysisReport, Route } from "../../analysis/report-types";
import type { Actions } from "../app/actions";
import { useAppState, useSession } from "../app/context";
import type { AnalysisState } from "../analysis/use-analysis";
import { markResultsShown, markThroughputShown } from "../app/perf-marks";
import { formatKg, formatShare } from "./format";

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

function TopRoutes({ routes, actions, labelOf }: { routes: readonly Route[]; actions: Actions; labelOf: (id: string) => string }) {
  const session = useSession();
  const highlighted = useAppState((s) => s.highlightedPath);
  const key = (route: Route) => route.edges.join(">");
  const current = highlighted ? highlighted.join(">") : null;
  const commodityName = (id: string) => session.dataset.commodities.find((c) => c.id === id)?.name ?? id;
  return (
    <section className="report-section" aria-label="Top surviving routes">
      <h3>Widest surviving routes</h3>
      <p className="muted small">Click a route to highlight it on the graph; click again to clear.</p>
      {routes.length === 0 ? (
        <p className="muted">No route from a producer reaches a market.</p>
      ) : (
        <ol className="route-list">
          {routes.map((route) => {
            const on = current === key(route);
            const from = labelOf(route.nodes[0]);
            const to = labelOf(route.nodes[route.nodes.length - 1]);
            const via = route.lab ? `via ${labelOf(route.lab)}` : "finished product shipped directly";
            const chemical = commodityName(route.commodities[0]);
            return (
              <li key={key(route)}>
                <button
                  type="button"
                  className={`route ${on ? "route-on" : ""}`}
                  aria-pressed={on}
                  data-route-edges={route.edges.join(" ")}
                  title={route.nodes.map(labelOf).join(" → ")}
                  onClick={() => actions.highlightPath(on ? null : route.edges)}
                >
                  <span className="route-ends">
                    {from} → {to}
                  </span>
                  <span className="route-via">
                    {chemical}, {via}
                  </span>
                  <span className="route-path">{route.nodes.slice(1, -1).map(labelOf).join(" › ")}</span>
                  <span className="route-meta">
                    {formatKg(route.bottleneck)} kg/month
                    {route.loophole && <span className="badge badge-loophole">loophole: legal until the lab</span>}
                  </span>
                </button>
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}

function MinCut({
  report,
  actions,
  labelOf,
  onPickNode,
}: {
  report: AnalysisReport;
  actions: Actions;
  labelOf: (id: string) => string;
  onPickNode: (id: string) => void;
}) {
  const session = useSession();
  const emphasised = useAppState((s) => s.emphasisedEdges);
  const edgeText = (id: string) => {
    const edge = session.dataset.edges[session.edgeIndex.get(id) ?? -1];
    return edge ? `${labelOf(edge.source)} → ${labelOf(edge.target)}` : id;
  };
  const interventionLabel = new Map(session.dataset.interventions.map((i) => [i.id, i.label]));
  const allEdges = report.minCut.flatMap((entry) => (entry.edge ? [entry.edge] : []));
  const showingAll = emphasised !== null && emphasised.length === allEdges.length && allEdges.length > 1;
  return (
    <section className="report-section" aria-label="Minimum cut" onMouseLeave={() => !showingAll && actions.emphasiseEdges(null)}>
      <div className="panel-title-row">
        <h3>Minimum cut: what bounds the supply</h3>
        {allEdges.length > 1 && (
          <button
            type="button"
            className="link-button"
            aria-pressed={showingAll}
            onClick={() => actions.emphasiseEdges(showingAll ? null : allEdges)}
          >
            {showingAll ? "Clear" : "Show all"}
          </button>
        )}
      </div>
      <p className="muted small">Cutting these would stop the supply. Point at one to see it on the graph.</p>
      <ul className="plain-list cut-list">
        {report.minCut.slice(0, 12).map((entry, i) => (
          <li key={`${entry.kind}:${entry.edge ?? entry.node}:${i}`}>
            <button
              type="button"
              className="link-button cut-entry"
              onMouseEnter={() => actions.emphasiseEdges(entry.edge ? [entry.edge] : null)}
              onFocus={() => actions.emphasiseEdges(entry.edge ? [entry.edge] : null)}
              onBlur={() => actions.emphasiseEdges(null)}
              onClick={() => (entry.edge ? actions.select({ kind: "edge", id: entry.edge }) : entry.node && onPickNode(entry.node))}
            >
              {entry.edge ? edgeText(entry.edge) : `${labelOf(entry.node ?? "")} (${entry.kind === "lab" ? "lab capacity" : entry.kind === "node" ? "capacity" : "recipe input"})`}
            </button>{" "}
            <span className="muted" title={entry.closableBy.map((c) => interventionLabel.get(c.intervention) ?? c.intervention).join("; ")}>
              {formatKg(entry.capacity)} kg/month
              {entry.closableBy.length > 0 ? ` · closable by ${entry.closableBy.length} intervention(s)` : " · no intervention reaches it"}
            </span>
          </li>
        ))}
      </ul>
      {report.minCut.length > 12 && <p className="muted">{report.minCut.length - 12} more cut elements not listed.</p>}
    </section>
  );
}

function Attribution({ report }: { report: AnalysisReport }) {
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

