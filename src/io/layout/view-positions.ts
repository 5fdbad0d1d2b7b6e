/**
 * The positions an export draws with: the view's own (the snapshot carries them when the
 * app made it), or, when any node lacks one, the kind-columns fallback for every node (a
 * half-laid-out picture would mislead more than a plain one).
 */
import type { Dataset } from "../../model/types";
import type { Position, SnapshotNode } from "../snapshot/snapshot-types";
import { kindColumnsLayout } from "./kind-columns";

export interface ViewPositions {
  readonly positions: ReadonlyMap<string, Position>;
  /** True when the positions are the view's own. */
  readonly fromView: boolean;
  readonly minX: number;
  readonly maxX: number;
  readonly minY: number;
  readonly maxY: number;
}

export function viewPositions(dataset: Dataset, states: readonly SnapshotNode[] | undefined): ViewPositions {
  const given = new Map<string, Position>();
  for (const state of states ?? []) if (state.position) given.set(state.id, state.position);
  const fromView = dataset.nodes.length > 0 && dataset.nodes.every((node) => given.has(node.id));
  const positions = fromView ? given : kindColumnsLayout(dataset);
  let minX = Infinity;
  let maxX = -Infinity;
  let minY = Infinity;
  let maxY = -Infinity;
  for (const { x, y } of positions.values()) {
    minX = Math.min(minX, x);
    maxX = Math.max(maxX, x);
    minY = Math.min(minY, y);
    maxY = Math.max(maxY, y);
  }
  if (positions.size === 0) minX = maxX = minY = maxY = 0;
  return { positions, fromView, minX, maxX, minY, maxY };
}
