/**
 * Details of the selected node or edge: attributes, status and capacity now against the
 * baseline, why it changed (the scenario engine's explanations), and sources with links.
 * Neighbouring nodes and edges are buttons, so the graph can be walked by keyboard.
 */
import { useEffect, useRef } from "react";
import type { Dataset, DatasetEdge, DatasetNode } from "../../model/types";
import { STATUS_CODES } from "../../scenario/types";
import type { Actions } from "../app/actions";
import { useAnalysisState, useApplied, useAppState, useSession } from "../app/context";
import { NODE_KIND_LABEL } from "../../io/style/palette";
import { formatKg, plural } from "./format";
import { Sources } from "./Sources";
import "./details.css";

export function DetailsPanel({ actions, onPickNode }: { actions: Actions; onPickNode: (id: string) => void }) {
  const session = useSession();
  const selection = useAppState((s) => s.selection);
  const panel = useRef<HTMLElement>(null);
  // A new selection starts at the top of its details, and brings the panel into view
  // where the page scrolls (narrow windows stack it under the results).
  useEffect(() => {
    if (!selection || !panel.current) return;
    panel.current.scrollTop = 0;
    panel.current.scrollIntoView({ block: "nearest", behavior: "smooth" });
  }, [selection]);
  let body;
  if (selection === null) {
    body = <p className="muted">Click a node or an edge in the graph, or search for a place, to see its details and sources.</p>;
  } else if (selection.kind === "node") {
    const index = session.nodeIndex.get(selection.id);
    body =
      index === undefined ? (
        <p className="muted">The selected node "{selection.id}" is not in this dataset.</p>
      ) : (
        <NodeDetails node={session.dataset.nodes[index]} actions={actions} onPickNode={onPickNode} />
      );
  } else {
    const index = session.edgeIndex.get(selection.id);
    body =
      index === undefined ? (
        <p className="muted">The selected edge "{selection.id}" is not in this dataset.</p>
      ) : (
        <EdgeDetails edge={session.dataset.edges[index]} index={index} actions={actions} onPickNode={onPickNode} />
      );
  }
  return (
    <section ref={panel} className="panel details" aria-labelledby="details-title">
      <div className="panel-title-row">
        <h2 id="details-title">Details</h2>
        {selection && (
          <button type="button" className="link-button" onClick={() => actions.select(null)}>
            Clear selection
          </button>
        )}
      </div>
      {body}
    </section>
  );
}

function jurisdictionName(dataset: Dataset, code: string): string {
  return dataset.jurisdictions.find((j) => j.id === code)?.name ?? code;
}

/** A node's label by id, through the session's index (no scan of the node list). */
function useNodeLabel(): (id: string) => string {
  const session = useSession();
  return (id) => session.dataset.nodes[session.nodeIndex.get(id) ?? -1]?.label ?? id;
}

function NodeDetails({ node, actions, onPickNode }: { node: DatasetNode; actions: Actions; onPickNode: (id: string) => void }) {
  const session = useSession();
  const nodeLabel = useNodeLabel();
  const applied = useApplied();
  const { dataset } = session;
  const incident = dataset.edges.flatMap((edge, index) => (edge.source === node.id || edge.target === node.id ? [{ edge, index }] : []));
  const openIn = incident.filter(({ edge, index }) => edge.target === node.id && applied.openCapacity[index] > 0);
  return (
    <div className="details-body" data-node={node.id}>
      <h3 className="details-name">{node.label}</h3>
      <dl className="facts">
        <dt>Kind</dt>
        <dd>
          {NODE_KIND_LABEL[node.kind]}
          {node.role ? ` (${node.role})` : ""}
        </dd>
        <dt>Jurisdiction</dt>
        <dd>{jurisdictionName(dataset, node.jurisdiction)}</dd>
        {node.capacity !== undefined && (
          <>
            <dt>Capacity</dt>
            <dd>{formatKg(node.capacity)} kg/month</dd>
          </>
        )}
        <dt>Routes</dt>
        <dd>
          {plural(incident.length, "route")}; {plural(openIn.length, "open route")} in
        </dd>
        {node.recipes && node.recipes.length > 0 && (
          <>
            <dt>Recipes</dt>
            <dd>
              <ul className="plain-list">
                {node.recipes.map((recipe) => (
                  <li key={recipe.id}>
                    {recipe.label} ({recipe.route}):{" "}
                    {recipe.inputs.map((input) => `${commodityName(dataset, input.commodity)} ×${input.ratio}`).join(" + ")}
                  </li>
                ))}
              </ul>
            </dd>
          </>
        )}
      </dl>
      {node.unverified && <p className="badge badge-warn">Unverified: no primary source confirms this node.</p>}
      {node.description && <p>{node.description}</p>}
      <Sources dataset={dataset} ids={node.sources} />
      {incident.length > 0 && (
        <details className="details-routes">
          <summary>Routes in and out ({incident.length})</summary>
          <ul className="plain-list">
            {incident.slice(0, 100).map(({ edge, index }) => (
              <li key={edge.id}>
                <button type="button" className="link-button" onClick={() => actions.select({ kind: "edge", id: edge.id })}>
                  {edge.source === node.id ? `→ ${nodeLabel(edge.target)}` : `← ${nodeLabel(edge.source)}`}
                </button>{" "}
                <span className="muted">
                  {commodityName(dataset, edge.commodity)}, {STATUS_CODES[applied.statusCode[index]]}
                  {applied.openCapacity[index] <= 0 ? ", closed" : ""}
                </span>
              </li>
            ))}
          </ul>
          {incident.length > 100 && <p className="muted">First 100 of {incident.length} shown.</p>}
        </details>
      )}
      <p>
        <button type="button" className="link-button" onClick={() => onPickNode(node.id)}>
          Centre the graph on this node
        </button>
      </p>
    </div>
  );
}

function commodityName(dataset: Dataset, id: string): string {
  return dataset.commodities.find((c) => c.id === id)?.name ?? id;
}

function EdgeDetails({
  edge,
  index,
  actions,
  onPickNode,
}: {
  edge: DatasetEdge;
  index: number;
  actions: Actions;
  onPickNode: (id: string) => void;
}) {
  const session = useSession();
  const nodeLabel = useNodeLabel();
  const applied = useApplied();
  const { dataset } = session;
  const analysis = useAnalysisState();
  const statusNow = STATUS_CODES[applied.statusCode[index]];
  const flow = analysis.result && !analysis.pending ? analysis.result.edgeFlow[index] : undefined;
  const survives = analysis.result && !analysis.pending ? analysis.result.edgeSurvives[index] === 1 : undefined;
  const openNow = applied.openCapacity[index];
  const changes = applied.changesOf(index);
  const labels = new Map(dataset.interventions.map((i) => [i.id, i.label]));
  const pick = (id: string) => {
    actions.select({ kind: "node", id });
    onPickNode(id);
  };
  return (
    <div className="details-body" data-edge={edge.id}>
      <h3 className="details-name">
        <button type="button" className="link-button" onClick={() => pick(edge.source)}>
          {nodeLabel(edge.source)}
        </button>{" "}
        →{" "}
        <button type="button" className="link-button" onClick={() => pick(edge.target)}>
          {nodeLabel(edge.target)}
        </button>
      </h3>
      <dl className="facts">
        <dt>Commodity</dt>
        <dd>{commodityName(dataset, edge.commodity)}</dd>
        <dt>Mode, channel</dt>
        <dd>
          {edge.mode}, {edge.channel}
        </dd>
        <dt>Consignee</dt>
        <dd>{edge.licitConsignee ? "licit buyer" : "not a licit buyer"}</dd>
        <dt>Status</dt>
        <dd>
          <strong>{statusNow}</strong>
          {statusNow !== edge.status && <span className="muted"> (baseline: {edge.status})</span>}
        </dd>
        <dt>Open capacity</dt>
        <dd>
          <strong>{openNow <= 0 ? "closed" : `${formatKg(openNow)} kg/month`}</strong>
          {openNow !== edge.capacity && <span className="muted"> (baseline: {formatKg(edge.capacity)} kg/month)</span>}
        </dd>
        <dt>On a surviving route</dt>
        <dd data-survives={survives === undefined ? "" : String(survives)}>
          {survives === undefined ? "computing…" : survives ? "yes: supply can still reach a market through it" : "no"}
        </dd>
        <dt>Flow carried</dt>
        <dd>{flow === undefined ? "computing…" : `${formatKg(flow)} kg/month in the maximum flow`}</dd>
      </dl>
      {edge.unverified && <p className="badge badge-warn">Unverified: no primary source confirms this route.</p>}
      {edge.description && <p>{edge.description}</p>}
      <h4>Why it changed</h4>
      {changes.length === 0 ? (
        <p className="muted">No intervention in force acts on this route.</p>
      ) : (
        <ul className="plain-list change-list">
          {changes.map((change) => (
            <li key={change.intervention}>
              <span className="change-who">{labels.get(change.intervention) ?? change.intervention}</span>: {change.reason}
            </li>
          ))}
        </ul>
      )}
      <Sources dataset={dataset} ids={edge.sources} />
    </div>
  );
}
