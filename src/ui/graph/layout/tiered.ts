/**
 * The tiered layout: one column per stage of the supply chain (producers on the left,
 * markets on the right, read like the chain itself), nodes ordered inside each column by
 * the barycenter heuristic (barycenter.ts) so that fewer edges cross.
 */
import type { NodeKind } from "../../../model/types";
import { orderByBarycenter } from "./barycenter";
import { rowPositions, type LayeredEdge, type LayeredNode } from "./layered-graph";
import type { Point, Positions } from "./positions";

/** Column and band (group inside the column, top to bottom) of every node kind. */
export const TIER_OF_KIND: Readonly<Record<NodeKind, LayeredNode>> = {
  producer: { layer: 0, band: 0 },
  broker: { layer: 1, band: 0 },
  // Licit buyers sit under the brokers: both buy from producers, and keeping them in
  // their own band makes the licit trade a visible strip at the bottom.
  "licit-user": { layer: 1, band: 1 },
  forwarder: { layer: 2, band: 0 },
  port: { layer: 3, band: 0 },
  lab: { layer: 4, band: 0 },
  crossing: { layer: 5, band: 0 },
  distributor: { layer: 6, band: 0 },
  market: { layer: 7, band: 0 },
};

export interface TieredOptions {
  /** Horizontal distance between columns, in graph units. */
  readonly columnSpacing: number;
  /**
   * Height of the tallest column over the width of the drawing: rows are spaced to fill a
   * landscape view whatever the column sizes (a 10^4-node graph stays a readable shape).
   */
  readonly aspect: number;
  /** Largest row spacing, in graph units, for graphs with short columns. */
  readonly maxRowSpacing: number;
  readonly sweeps: number;
}

export const DEFAULT_TIERED_OPTIONS: TieredOptions = { columnSpacing: 3, aspect: 0.72, maxRowSpacing: 2, sweeps: 12 };

export interface TieredLayout {
  readonly positions: Positions;
  readonly columnSpacing: number;
  readonly rowSpacing: number;
}

export interface TieredInput {
  readonly nodes: readonly { readonly id: string; readonly kind: NodeKind }[];
  readonly edges: readonly { readonly source: string; readonly target: string }[];
}

export function tieredLayout(input: TieredInput, options: Partial<TieredOptions> = {}): TieredLayout {
  const { columnSpacing, aspect, maxRowSpacing, sweeps } = { ...DEFAULT_TIERED_OPTIONS, ...options };
  if (!(columnSpacing > 0 && aspect > 0 && maxRowSpacing > 0)) throw new RangeError("spacing, aspect and row spacing must be positive");
  const indexOf = new Map(input.nodes.map((node, index) => [node.id, index]));
  const nodes = input.nodes.map((node) => TIER_OF_KIND[node.kind]);
  const edges: LayeredEdge[] = [];
  for (const edge of input.edges) {
    const source = indexOf.get(edge.source);
    const target = indexOf.get(edge.target);
    if (source !== undefined && target !== undefined) edges.push({ source, target });
  }
  const order = orderByBarycenter(nodes, edges, { sweeps });
  const rows = rowPositions(order, nodes.length);
  const tallest = order.reduce((max, column) => Math.max(max, column.length), 1);
  const width = Math.max(1, order.length - 1) * columnSpacing;
  const rowSpacing = Math.min(maxRowSpacing, (aspect * width) / Math.max(1, tallest - 1));
  const positions = new Map<string, Point>();
  input.nodes.forEach((node, index) => {
    // Row 0 is the top of the column; sigma's y axis points up.
    positions.set(node.id, { x: nodes[index].layer * columnSpacing, y: -rows[index] * rowSpacing });
  });
  return { positions, columnSpacing, rowSpacing };
}
