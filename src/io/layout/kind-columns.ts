/**
 * A fallback layout for exports made without a view (the CLI): one column per stage of
 * the chain (producers left, markets right, as the app's tiered view), nodes ordered in
 * each column by the barycenter heuristic, one left-to-right sweep (Sugiyama, Tagawa and
 * Toda, "Methods for visual understanding of hierarchical system structures", 1981):
 * each node goes to the mean row of its predecessors, so fewer edges cross. Positions are
 * in graph units with y pointing up, like the app's.
 */
import type { NodeKind } from "../../model/types";
import type { Position } from "../snapshot/snapshot-types";

export const COLUMN_OF_KIND: Readonly<Record<NodeKind, number>> = {
  producer: 0,
  broker: 1,
  "licit-user": 1,
  forwarder: 2,
  port: 3,
  lab: 4,
  crossing: 5,
  distributor: 6,
  market: 7,
};

export interface ColumnLayoutInput {
  readonly nodes: readonly { readonly id: string; readonly kind: NodeKind }[];
  readonly edges: readonly { readonly source: string; readonly target: string }[];
}

const COLUMN_SPACING = 3;
const ROW_SPACING = 1;

export function kindColumnsLayout(input: ColumnLayoutInput): Map<string, Position> {
  const columns: number[][] = Array.from({ length: 8 }, () => []);
  const indexOf = new Map(input.nodes.map((node, i) => [node.id, i]));
  input.nodes.forEach((node, i) => columns[COLUMN_OF_KIND[node.kind]].push(i));
  const predecessors: number[][] = input.nodes.map(() => []);
  for (const edge of input.edges) {
    const source = indexOf.get(edge.source);
    const target = indexOf.get(edge.target);
    if (source !== undefined && target !== undefined && source !== target) predecessors[target].push(source);
  }
  const row = new Float64Array(input.nodes.length);
  for (const column of columns) {
    // Licit users sort after the brokers of their column: the licit trade stays a strip.
    const key = (v: number): number => {
      const before = predecessors[v].filter((u) => COLUMN_OF_KIND[input.nodes[u].kind] < COLUMN_OF_KIND[input.nodes[v].kind]);
      const mean = before.length > 0 ? before.reduce((sum, u) => sum + row[u], 0) / before.length : Number.POSITIVE_INFINITY;
      return (input.nodes[v].kind === "licit-user" ? 1e9 : 0) + (Number.isFinite(mean) ? mean : 1e8);
    };
    const keys = new Map(column.map((v) => [v, key(v)]));
    column.sort((a, b) => keys.get(a)! - keys.get(b)! || a - b);
    column.forEach((v, r) => (row[v] = r));
  }
  const tallest = Math.max(1, ...columns.map((column) => column.length));
  const positions = new Map<string, Position>();
  columns.forEach((column, c) => {
    const offset = (tallest - column.length) / 2;
    column.forEach((v, r) => positions.set(input.nodes[v].id, { x: c * COLUMN_SPACING, y: (0 - offset - r) * ROW_SPACING }));
  });
  return positions;
}
