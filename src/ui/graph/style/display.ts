/**
 * Display as a pure function of data and UI state: what sigma draws for a node or an edge
 * (colour, size, program type, label, z-order). The sigma reducers are thin wrappers around
 * `nodeDisplay` and `edgeDisplay`; nothing here touches sigma or the DOM, so the rules
 * (closed edges grey, highlights fade the rest, "show changes" colours) are unit-tested.
 */
import type { LegalStatus, NodeKind } from "../../../model/types";
import { STATUS_CODES } from "../../../scenario/types";
import { classifyChange, isClosed, type EdgeStates } from "./edge-classes";
import {
  CHANGE_COLOR,
  CHANGE_DASH,
  CLOSED_EDGE_COLOR,
  FADED_COLOR,
  HIGHLIGHT_COLOR,
  NODE_KIND_COLOR,
  NODE_OUTLINE_COLOR,
  STATUS_COLOR,
  STATUS_DASH,
  type DashStyle,
} from "../../../io/style/palette";

export interface NodeFacts {
  /** The full name, shown where there is room: hovered or selected nodes. */
  readonly label: string;
  /** The name drawn on the graph (the dataset's shortLabel, else the label). */
  readonly shortLabel: string;
  readonly kind: NodeKind;
  readonly unverified: boolean;
}

export interface EdgeFacts {
  readonly source: string;
  readonly target: string;
}

/** Which nodes and edges stay in full colour; everything else is faded. */
export interface Focus {
  readonly nodes: ReadonlySet<string>;
  readonly edges: ReadonlySet<string>;
}

/** Edges that just closed, fading from their previous look over the animation. */
export interface Fade {
  readonly edges: ReadonlySet<number>;
  readonly previous: EdgeStates;
  /** 0 at the start of the animation, 1 at the end. */
  readonly progress: number;
}

export interface DisplayInputs {
  readonly current: EdgeStates;
  /** What "show changes" compares against; null draws legal statuses. */
  readonly changesAgainst: EdgeStates | null;
  /**
   * What edge width shows, per edge: the flow each edge carries in the maximum flow (from
   * the analysis), or the open capacity until an analysis is available; `widthMax` is the
   * value drawn at full width (a baseline figure, so widths compare across scenarios).
   */
  readonly widthValues: Float64Array | null;
  readonly widthMax: number;
  readonly focus: Focus | null;
  readonly selected: string | null;
  /** The node under the pointer (small graphs only), labelled in full. */
  readonly hovered: string | null;
  /** Min-cut edges emphasised while the user hovers the min-cut list. */
  readonly emphasised: ReadonlySet<string> | null;
  readonly fade: Fade | null;
  /**
   * Large graphs use the cheapest programs (1-pixel lines, plain discs): at 10^5 edges,
   * dashes, arrow heads and borders cost more than they tell.
   */
  readonly fastPrograms: boolean;
  readonly nodeSize: number;
}

export interface NodeLook {
  readonly color: string;
  readonly size: number;
  readonly type: "solid" | "ringed" | "fast";
  readonly label: string | null;
  readonly zIndex: number;
  readonly highlighted: boolean;
  readonly forceLabel: boolean;
}

export interface EdgeLook {
  readonly color: string;
  readonly size: number;
  readonly type: string;
  readonly zIndex: number;
  readonly hidden: boolean;
}

export const MIN_EDGE_WIDTH = 0.8;
export const MAX_EDGE_WIDTH = 6;
/** An open edge kept in colour while the rest fades (a highlighted route) is at least this wide. */
export const FOCUSED_EDGE_WIDTH = 2.5;
/** The closed grey, darkened toward the node outline: still grey, but it stands out. */
export const SELECTED_CLOSED_COLOR = mixColors(CLOSED_EDGE_COLOR, NODE_OUTLINE_COLOR, 0.45);

export function nodeDisplay(id: string, node: NodeFacts, inputs: DisplayInputs): NodeLook {
  const inFocus = inputs.focus === null || inputs.focus.nodes.has(id);
  const selected = inputs.selected === id;
  return {
    color: inFocus ? NODE_KIND_COLOR[node.kind] : FADED_COLOR,
    size: selected ? inputs.nodeSize * 1.4 : inputs.nodeSize,
    type: inputs.fastPrograms ? "fast" : node.unverified ? "ringed" : "solid",
    label: !inFocus ? null : selected || inputs.hovered === id ? node.label : node.shortLabel,
    zIndex: selected ? 3 : inFocus && inputs.focus !== null ? 2 : 1,
    highlighted: selected,
    forceLabel: selected || (inputs.focus !== null && inFocus),
  };
}

/**
 * Width grows with the square root of the value (kg/month): wide enough to tell a trickle
 * from a main route, without every edge looking heavy as a log scale would make them.
 */
export function edgeWidth(value: number, max: number): number {
  if (value <= 0 || max <= 0) return MIN_EDGE_WIDTH;
  const share = Math.sqrt(value / max);
  return MIN_EDGE_WIDTH + (MAX_EDGE_WIDTH - MIN_EDGE_WIDTH) * Math.min(1, Math.max(0, share));
}

export function edgeTypeFor(dash: DashStyle, plain: boolean): string {
  return plain ? "plain" : `curved-${dash}`;
}

/** The look of an edge from its state alone (no focus, no fade). */
function baseEdgeLook(index: number, states: EdgeStates, inputs: DisplayInputs): { color: string; size: number; dash: DashStyle } {
  const status: LegalStatus = STATUS_CODES[states.statusCode[index]];
  if (inputs.changesAgainst !== null) {
    const change = classifyChange(states, inputs.changesAgainst, index);
    const size = change === "closed" ? 2 : widthOf(index, states, inputs);
    return { color: CHANGE_COLOR[change], size, dash: CHANGE_DASH[change] };
  }
  if (isClosed(states, index)) return { color: withAlpha(CLOSED_EDGE_COLOR, 0.55), size: MIN_EDGE_WIDTH, dash: STATUS_DASH[status] };
  return { color: STATUS_COLOR[status], size: widthOf(index, states, inputs), dash: STATUS_DASH[status] };
}

function widthOf(index: number, states: EdgeStates, inputs: DisplayInputs): number {
  if (isClosed(states, index)) return MIN_EDGE_WIDTH;
  return edgeWidth((inputs.widthValues ?? states.openCapacity)[index], inputs.widthMax);
}

export function edgeDisplay(id: string, index: number, inputs: DisplayInputs): EdgeLook {
  let { color, size, dash } = baseEdgeLook(index, inputs.current, inputs);
  if (inputs.fade !== null && inputs.fade.edges.has(index) && inputs.fade.progress < 1) {
    const before = baseEdgeLook(index, inputs.fade.previous, inputs);
    const t = easeInOut(inputs.fade.progress);
    color = mixColors(before.color, color, t);
    size = before.size + (size - before.size) * t;
    dash = t < 0.5 ? before.dash : dash;
  }
  const closed = isClosed(inputs.current, index);
  const emphasised = inputs.emphasised?.has(id) ?? false;
  const inFocus = inputs.focus === null || inputs.focus.edges.has(id);
  if (!inFocus && !emphasised) color = FADED_COLOR;
  else if (inputs.focus !== null && !closed) size = Math.max(size, FOCUSED_EDGE_WIDTH);
  if (emphasised) {
    color = HIGHLIGHT_COLOR;
    size = Math.max(size, 4);
  }
  const selected = inputs.selected === id;
  // A selected closed edge would be faint grey among faded grey ones: it keeps its grey
  // but opaque and darker, so the user sees what they picked (and that it is closed).
  if (selected && closed && inputs.changesAgainst === null) color = SELECTED_CLOSED_COLOR;
  return {
    color,
    size: selected ? size + 2 : size,
    type: edgeTypeFor(dash, inputs.fastPrograms),
    zIndex: selected || emphasised ? 3 : inFocus && inputs.focus !== null ? 2 : closed ? 0 : 1,
    hidden: false,
  };
}

function easeInOut(t: number): number {
  return t < 0.5 ? 2 * t * t : 1 - (-2 * t + 2) ** 2 / 2;
}

/** "#RRGGBB" (or "#RRGGBBAA") to its channels, alpha 0..255. */
export function parseHexColor(color: string): [number, number, number, number] {
  const match = /^#([0-9a-f]{6})([0-9a-f]{2})?$/i.exec(color);
  if (!match) throw new Error(`Not a #RRGGBB colour: ${color}`);
  const value = parseInt(match[1], 16);
  return [(value >> 16) & 255, (value >> 8) & 255, value & 255, match[2] ? parseInt(match[2], 16) : 255];
}

function toHex(channels: readonly number[]): string {
  return "#" + channels.map((c) => Math.round(Math.min(255, Math.max(0, c))).toString(16).padStart(2, "0")).join("");
}

export function withAlpha(color: string, alpha: number): string {
  const [r, g, b] = parseHexColor(color);
  return toHex([r, g, b, alpha * 255]);
}

export function mixColors(from: string, to: string, t: number): string {
  const a = parseHexColor(from);
  const b = parseHexColor(to);
  return toHex(a.map((channel, i) => channel + (b[i] - channel) * t));
}
