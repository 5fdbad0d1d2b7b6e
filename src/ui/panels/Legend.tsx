/**
 * Explains every colour and mark of the graph view (src/io/style/palette.ts, shared with the
 * SVG and GEXF exports, is the single source).
 */
import { useState } from "react";
import { NODE_KINDS, LEGAL_STATUSES } from "../../model/vocabulary";
import {
  CHANGE_COLOR,
  CHANGE_DASH,
  CHANGE_LABEL,
  CLOSED_EDGE_COLOR,
  DASH_ARRAY,
  HIGHLIGHT_COLOR,
  NODE_KIND_COLOR,
  NODE_KIND_LABEL,
  NODE_OUTLINE_COLOR,
  STATUS_COLOR,
  STATUS_DASH,
  STATUS_LABEL,
  type ChangeClass,
  type DashStyle,
} from "../../io/style/palette";
import "./legend.css";

const CHANGE_CLASSES: readonly ChangeClass[] = ["closed", "reduced", "retagged", "reopened", "unchanged"];

function EdgeSwatch({ color, dash, width = 2.5 }: { color: string; dash: DashStyle; width?: number }) {
  return (
    <svg className="legend-swatch" width="40" height="12" viewBox="0 0 40 12" aria-hidden="true">
      <line x1="2" y1="6" x2="30" y2="6" stroke={color} strokeWidth={width} strokeDasharray={DASH_ARRAY[dash]} />
      <path d="M30 2 L38 6 L30 10 Z" fill={color} />
    </svg>
  );
}

function NodeSwatch({ color, ringed = false }: { color: string; ringed?: boolean }) {
  return (
    <svg className="legend-swatch" width="16" height="16" viewBox="0 0 16 16" aria-hidden="true">
      <circle cx="8" cy="8" r="6.5" fill={ringed ? "#FFFFFF" : color} stroke={NODE_OUTLINE_COLOR} strokeWidth="1.2" />
      {ringed && <circle cx="8" cy="8" r="3.6" fill={color} />}
    </svg>
  );
}

export function Legend({ showChanges, comparedTo, large }: { showChanges: boolean; comparedTo: string; large: boolean }) {
  const [open, setOpen] = useState(true);
  return (
    <section className="legend" aria-labelledby="legend-title">
      <div className="legend-header">
        <h2 id="legend-title">Legend</h2>
        <button type="button" className="link-button" aria-expanded={open} aria-controls="legend-body" onClick={() => setOpen(!open)}>
          {open ? "Hide" : "Show"}
        </button>
      </div>
      <div id="legend-body" className="legend-body" hidden={!open}>
        <div className="legend-row">
          <h3>Nodes: colour = kind</h3>
          <ul className="legend-list">
            {NODE_KINDS.map((kind) => (
              <li key={kind}>
                <NodeSwatch color={NODE_KIND_COLOR[kind]} /> {NODE_KIND_LABEL[kind]}
              </li>
            ))}
            <li>
              <NodeSwatch color="#9A9A9A" ringed /> White ring: unverified
            </li>
          </ul>
        </div>
        {showChanges ? (
          <div className="legend-row">
            <h3>Edges: change against {comparedTo}</h3>
            <ul className="legend-list">
              {CHANGE_CLASSES.map((change) => (
                <li key={change}>
                  <EdgeSwatch color={CHANGE_COLOR[change]} dash={CHANGE_DASH[change]} /> {CHANGE_LABEL[change]}
                </li>
              ))}
            </ul>
          </div>
        ) : (
          <div className="legend-row">
            <h3>Edges: colour and dash = legal status</h3>
            <ul className="legend-list">
              {LEGAL_STATUSES.map((status) => (
                <li key={status}>
                  <EdgeSwatch color={STATUS_COLOR[status]} dash={STATUS_DASH[status]} /> {STATUS_LABEL[status]}
                </li>
              ))}
              <li>
                <EdgeSwatch color={CLOSED_EDGE_COLOR} dash="solid" width={1} /> Grey, thin: closed
              </li>
              <li>
                <EdgeSwatch color={HIGHLIGHT_COLOR} dash="solid" width={4} /> Magenta, wide: pointed at in the results
              </li>
            </ul>
          </div>
        )}
        {large ? (
          <p className="legend-note">
            Large graph: edges are drawn as thin straight lines (no arrows, dashes or widths) and nodes without rings, so that
            panning and zooming stay smooth; colours keep their meaning. Search a node to see its details.
          </p>
        ) : (
          <p className="legend-note">
            Width: flow carried in the maximum flow (kg/month). Arrows point from supplier to buyer; parallel routes between two
            places are drawn as separate curves. Hover a node to see its neighbours.
          </p>
        )}
      </div>
    </section>
  );
}
