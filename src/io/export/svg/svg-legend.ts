/**
 * The legend of an SVG export: node kinds (colour), the unverified ring, legal statuses
 * (colour and dash), closed edges, and how widths are read. Drawn from the shared palette,
 * so it explains exactly the marks the picture uses.
 */
import { LEGAL_STATUSES, NODE_KINDS } from "../../../model/vocabulary";
import { CLOSED_EDGE_COLOR, DASH_ARRAY, NODE_KIND_COLOR, NODE_KIND_LABEL, NODE_OUTLINE_COLOR, STATUS_COLOR, STATUS_DASH, STATUS_LABEL } from "../../style/palette";
import { element, openTag } from "../../xml/write-xml";

// Wide enough for the longest entry ("Controlled (licence or scheduling needed)") at 11 px.
export const LEGEND_WIDTH = 300;
const ROW = 18;

function nodeSwatch(x: number, y: number, color: string, ringed: boolean): string[] {
  return [
    element("circle", { cx: x, cy: y, r: 6, fill: ringed ? "#FFFFFF" : color, stroke: NODE_OUTLINE_COLOR, "stroke-width": 1 }),
    ...(ringed ? [element("circle", { cx: x, cy: y, r: 3.4, fill: color })] : []),
  ];
}

function edgeSwatch(x: number, y: number, color: string, dash: string | undefined, markerId: string): string {
  return element("line", { x1: x - 8, y1: y, x2: x + 16, y2: y, stroke: color, "stroke-width": 2.5, "stroke-dasharray": dash, "marker-end": `url(#${markerId})` });
}

function text(x: number, y: number, value: string, extra: Readonly<Record<string, string | number>> = {}): string {
  return element("text", { x, y: y + 4, ...extra }, value);
}

/** The legend as SVG lines, its top-left corner at (x, y); `markerOf` names the arrow marker of a colour. */
export function svgLegend(x: number, y: number, markerOf: (color: string) => string): { lines: string[]; height: number } {
  const lines: string[] = [openTag("g", { class: "legend", "font-size": 11 })];
  let row = y;
  const heading = (title: string) => {
    lines.push(text(x, row, title, { "font-weight": "bold" }));
    row += ROW;
  };
  heading("Nodes: colour = kind");
  for (const kind of NODE_KINDS) {
    lines.push(...nodeSwatch(x + 8, row, NODE_KIND_COLOR[kind], false), text(x + 22, row, NODE_KIND_LABEL[kind]));
    row += ROW;
  }
  lines.push(...nodeSwatch(x + 8, row, "#9A9A9A", true), text(x + 22, row, "White ring: unverified"));
  row += ROW * 1.5;
  heading("Edges: colour and dash = legal status");
  for (const status of LEGAL_STATUSES) {
    lines.push(edgeSwatch(x + 8, row, STATUS_COLOR[status], DASH_ARRAY[STATUS_DASH[status]], markerOf(STATUS_COLOR[status])), text(x + 34, row, STATUS_LABEL[status]));
    row += ROW;
  }
  lines.push(edgeSwatch(x + 8, row, CLOSED_EDGE_COLOR, DASH_ARRAY.dashed, markerOf(CLOSED_EDGE_COLOR)), text(x + 34, row, "Closed by the scenario (grey)"));
  row += ROW;
  lines.push(text(x, row, "Edge width: flow (log scale)", { fill: "#444444" }));
  row += ROW;
  lines.push("</g>");
  return { lines, height: row - y };
}
