/** The minimum cut: what bounds the supply; pointing at an entry highlights it on the graph. */
import type { AnalysisReport } from "../../../analysis/report-types";
import type { Actions } from "../../app/actions";
import { useAppState, useSession } from "../../app/context";
import { formatKg } from "../format";

export function MinCut({
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
