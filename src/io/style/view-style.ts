/**
 * How an export draws a snapshot (GEXF viz attributes, SVG): colours from the shared
 * palette (palette.ts), sizes from the flows. Widths grow with the logarithm of the flow
 * because flows span orders of magnitude (grams to tonnes a month).
 */
import type { LegalStatus, NodeKind } from "../../model/types";
import { CLOSED_EDGE_COLOR, NODE_KIND_COLOR, STATUS_COLOR, STATUS_DASH, type DashStyle } from "./palette";

export const MIN_EDGE_WIDTH = 0.8;
export const MAX_EDGE_WIDTH = 6;
export const MIN_NODE_SIZE = 6;
export const MAX_NODE_SIZE = 16;

function logShare(value: number, max: number): number {
  if (!(value > 0) || !(max > 0)) return 0;
  return Math.min(1, Math.log1p(value) / Math.log1p(max));
}

export function edgeWidth(flow: number, maxFlow: number): number {
  return MIN_EDGE_WIDTH + (MAX_EDGE_WIDTH - MIN_EDGE_WIDTH) * logShare(flow, maxFlow);
}

export function nodeSize(flow: number, maxFlow: number): number {
  return MIN_NODE_SIZE + (MAX_NODE_SIZE - MIN_NODE_SIZE) * logShare(flow, maxFlow);
}

export function nodeColor(kind: NodeKind): string {
  return NODE_KIND_COLOR[kind];
}

export interface EdgeLook {
  readonly color: string;
  readonly dash: DashStyle;
}

/** Closed edges are grey and keep their status's dash, so status is never hue alone. */
export function edgeLook(status: LegalStatus, closed: boolean): EdgeLook {
  return { color: closed ? CLOSED_EDGE_COLOR : STATUS_COLOR[status], dash: STATUS_DASH[status] };
}

/** "#88CCEE" -> { r: 136, g: 204, b: 238 }. */
export function rgbOf(hex: string): { readonly r: number; readonly g: number; readonly b: number } {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!match) throw new RangeError(`not a #rrggbb colour: ${hex}`);
  return { r: parseInt(match[1], 16), g: parseInt(match[2], 16), b: parseInt(match[3], 16) };
}
