/**
 * SVG of a view: the snapshot's graph drawn at the view's positions (or the kind-columns
 * fallback) in the shared display style, with a title, the headline figures and a legend.
 * Vector, self-contained (no script, no external reference), for papers and slides. Every
 * label goes through the XML escapes, so `<img src=x onerror=alert(1)>` is drawn as text.
 *
 * Parallel and opposite edges between two nodes are drawn as quadratic curves bowed apart
 * by a fixed spacing, so none hides another.
 */
import { withDefaults } from "../../../model/options";
import { IoError } from "../../io-error";
import { viewPositions } from "../../layout/view-positions";
import type { Snapshot } from "../../snapshot/snapshot-types";
import { DASH_ARRAY, NODE_OUTLINE_COLOR } from "../../style/palette";
import { edgeLook, edgeWidth, nodeColor, nodeSize } from "../../style/view-style";
import { element, escapeXmlText, openTag } from "../../xml/write-xml";
import { describeScenario } from "../describe-scenario";
import { placeLabels, textWidth } from "./svg-labels";
import { LEGEND_WIDTH, svgLegend } from "./svg-legend";

export interface SvgOptions {
  /** Size of the whole picture in CSS pixels (the legend included). */
  readonly width: number;
  readonly height: number;
  readonly legend: boolean;
  readonly labels: boolean;
}

export const DEFAULT_SVG_OPTIONS: SvgOptions = Object.freeze({ width: 1400, height: 900, legend: true, labels: true });
const MAX_SIDE = 20_000;
const MARGIN = 40;
const HEADER = 56;
const PARALLEL_SPACING = 14;
const LABEL_FONT_SIZE = 10;
/** Room kept right of the rightmost nodes for their labels (a 24-character line), at most a fifth of the area. */
const LABEL_RESERVE = textWidth("x".repeat(24), LABEL_FONT_SIZE);

function checkOptions(options: Partial<SvgOptions>): SvgOptions {
  const settings = withDefaults(DEFAULT_SVG_OPTIONS, options);
  for (const side of ["width", "height"] as const) {
    const value = settings[side];
    if (!Number.isFinite(value) || value < 200 || value > MAX_SIDE)
      throw new IoError("invalid-option", `the SVG ${side} must be a number of pixels from 200 to ${MAX_SIDE}, not ${value}`);
  }
  return settings;
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

function formatKg(value: number): string {
  return value >= 100 ? String(Math.round(value)) : String(Number(value.toPrecision(3)));
}

export function exportSvg(snapshot: Snapshot, options: Partial<SvgOptions> = {}): string {
  const settings = checkOptions(options);
  const { dataset, report } = snapshot;
  const view = viewPositions(dataset, snapshot.nodes);
  const legendWidth = settings.legend ? LEGEND_WIDTH : 0;
  const frame = { x: MARGIN / 2, y: HEADER, width: settings.width - legendWidth - MARGIN / 2, height: settings.height - HEADER };
  const labelReserve = settings.labels ? Math.min(LABEL_RESERVE, frame.width / 5) : 0;
  const area = { x: MARGIN, y: HEADER + MARGIN / 2, width: settings.width - legendWidth - 2 * MARGIN - labelReserve, height: settings.height - HEADER - MARGIN };
  if (area.width < 50 || area.height < 50) throw new IoError("invalid-option", "the SVG is too small for the graph and its legend");
  const spanX = view.maxX - view.minX;
  const spanY = view.maxY - view.minY;
  const scale = Math.min(spanX > 0 ? area.width / spanX : Infinity, spanY > 0 ? area.height / spanY : Infinity, 80);
  const offsetX = area.x + (area.width - spanX * scale) / 2;
  const offsetY = area.y + (area.height - spanY * scale) / 2;
  // Graph y points up (as in sigma); SVG y points down.
  const pixel = (id: string): { x: number; y: number } => {
    const p = view.positions.get(id) ?? { x: view.minX, y: view.maxY };
    return { x: offsetX + (p.x - view.minX) * scale, y: offsetY + (view.maxY - p.y) * scale };
  };

  const maxEdgeFlow = Math.max(0, ...snapshot.edges.map((state) => state.flow));
  const maxNodeFlow = Math.max(0, ...snapshot.nodes.map((state) => Math.max(state.flowIn, state.flowOut)));
  const markers = new Map<string, string>();
  const markerOf = (color: string): string => {
    let id = markers.get(color);
    if (id === undefined) markers.set(color, (id = `arrow-${markers.size}`));
    return id;
  };

  // Parallel edges: index of each edge inside its unordered node pair.
  const pairs = new Map<string, number[]>();
  dataset.edges.forEach((edge, e) => {
    const key = edge.source < edge.target ? `${edge.source}\u0000${edge.target}` : `${edge.target}\u0000${edge.source}`;
    const group = pairs.get(key);
    if (group) group.push(e);
    else pairs.set(key, [e]);
  });
  const bow = new Float64Array(dataset.edges.length);
  for (const group of pairs.values()) group.forEach((e, i) => (bow[e] = (i - (group.length - 1) / 2) * PARALLEL_SPACING));

  const radius = new Map(
    dataset.nodes.map((node, v) => [node.id, round(nodeSize(Math.max(snapshot.nodes[v].flowIn, snapshot.nodes[v].flowOut), maxNodeFlow) / 2 + 2)]),
  );

  const edgeLines = dataset.edges.map((edge, e) => {
    const state = snapshot.edges[e];
    const look = edgeLook(state.status, state.closed);
    const from = pixel(edge.source);
    const to = pixel(edge.target);
    // The bow is measured along the normal of the pair's canonical direction, so A->B and
    // B->A bend to opposite sides.
    const [a, b] = edge.source < edge.target ? [from, to] : [to, from];
    const length = Math.hypot(b.x - a.x, b.y - a.y) || 1;
    const normal = { x: -(b.y - a.y) / length, y: (b.x - a.x) / length };
    const control = { x: (from.x + to.x) / 2 + normal.x * bow[e] * 2, y: (from.y + to.y) / 2 + normal.y * bow[e] * 2 };
    // Stop at the target's rim so the arrow head shows.
    const towards = bow[e] === 0 ? from : control;
    const approach = Math.hypot(to.x - towards.x, to.y - towards.y) || 1;
    const rim = Math.min((radius.get(edge.target) ?? 0) + 1, approach / 2);
    const end = { x: to.x - ((to.x - towards.x) / approach) * rim, y: to.y - ((to.y - towards.y) / approach) * rim };
    const d =
      bow[e] === 0
        ? `M${round(from.x)} ${round(from.y)} L${round(end.x)} ${round(end.y)}`
        : `M${round(from.x)} ${round(from.y)} Q${round(control.x)} ${round(control.y)} ${round(end.x)} ${round(end.y)}`;
    return [
      openTag("path", {
        d,
        fill: "none",
        stroke: look.color,
        "stroke-width": round(edgeWidth(state.flow, maxEdgeFlow)),
        "stroke-dasharray": DASH_ARRAY[look.dash],
        "stroke-opacity": state.closed ? 0.7 : 0.9,
        "marker-end": `url(#${markerOf(look.color)})`,
      }),
      element("title", {}, `${edge.id}: ${edge.source} -> ${edge.target}, ${edge.commodity}, ${state.status}${state.closed ? ", closed" : ""}, open ${formatKg(state.openCapacity)} kg/month`),
      "</path>",
    ].join("");
  });

  const nodeLines = dataset.nodes.flatMap((node) => {
    const p = pixel(node.id);
    const r = radius.get(node.id) ?? 0;
    const color = nodeColor(node.kind);
    const shapes = node.unverified
      ? [element("circle", { cx: round(p.x), cy: round(p.y), r, fill: "#FFFFFF", stroke: NODE_OUTLINE_COLOR, "stroke-width": 1 }), element("circle", { cx: round(p.x), cy: round(p.y), r: round(r * 0.6), fill: color })]
      : [element("circle", { cx: round(p.x), cy: round(p.y), r, fill: color, stroke: NODE_OUTLINE_COLOR, "stroke-width": 1 })];
    return [openTag("g", { class: "node" }), element("title", {}, `${node.label} (${node.kind}, ${node.jurisdiction})`), ...shapes, "</g>"];
  });
  // The short name where the dataset gives one (as on the app's graph); the full one is in the node's title.
  const labels = settings.labels
    ? placeLabels(
        dataset.nodes.map((node, v) => ({
          text: node.shortLabel ?? node.label,
          ...pixel(node.id),
          radius: radius.get(node.id) ?? 0,
          weight: Math.max(snapshot.nodes[v].flowIn, snapshot.nodes[v].flowOut),
        })),
        { fontSize: LABEL_FONT_SIZE, bounds: frame },
      )
    : { lines: [], omitted: 0 };
  const omittedNote = labels.omitted > 0 ? ` ${labels.omitted} of ${dataset.nodes.length} names left out where they would overlap.` : "";

  const legend = settings.legend ? svgLegend(settings.width - legendWidth + 10, HEADER + 10, markerOf) : { lines: [], height: 0 };
  const throughput = `Throughput ${formatKg(report.throughput.scenario)} of ${formatKg(report.throughput.baseline)} kg/month fentanyl-equivalent (baseline); ${report.paths.surviving} of ${report.paths.baseline} routes survive; loophole share ${Math.round(report.loopholeShare * 1000) / 10}%`;
  const markerDefs = [...markers].map(([color, id]) =>
    [
      openTag("marker", { id, viewBox: "0 0 10 10", refX: 10, refY: 5, markerWidth: 6, markerHeight: 6, orient: "auto-start-reverse", markerUnits: "userSpaceOnUse" }),
      element("path", { d: "M0 0 L10 5 L0 10 z", fill: color }),
      "</marker>",
    ].join(""),
  );
  return [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    openTag("svg", {
      xmlns: "http://www.w3.org/2000/svg",
      width: settings.width,
      height: settings.height,
      viewBox: `0 0 ${settings.width} ${settings.height}`,
      "font-family": "system-ui, -apple-system, 'Segoe UI', sans-serif",
      role: "img",
      "aria-label": `${dataset.meta.title}: ${describeScenario(snapshot.scenario)}`,
    }),
    `<title>${escapeXmlText(`${dataset.meta.title}: ${describeScenario(snapshot.scenario)}`)}</title>`,
    `<defs>${markerDefs.join("")}</defs>`,
    element("rect", { x: 0, y: 0, width: settings.width, height: settings.height, fill: "#FFFFFF" }),
    element("text", { x: MARGIN, y: 26, "font-size": 16, "font-weight": "bold" }, dataset.meta.title),
    element("text", { x: MARGIN, y: 46, "font-size": 12, fill: "#333333" }, `${describeScenario(snapshot.scenario)}. ${throughput}.${omittedNote}`),
    openTag("g", { class: "edges" }),
    ...edgeLines,
    "</g>",
    openTag("g", { class: "nodes" }),
    ...nodeLines,
    "</g>",
    openTag("g", { class: "labels", "font-size": LABEL_FONT_SIZE }),
    ...labels.lines,
    "</g>",
    ...legend.lines,
    "</svg>",
    "",
  ].join("\n");
}
