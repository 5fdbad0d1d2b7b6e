/**
 * The positions an export draws with: the view's own (the snapshot carries them when the
 * app made it), or, when any node lacks one, the kind-columns fallback for every node (a
 * half-laid-out picture would mislead more than a plain one).
 */
import type { Dataset } from "../../model/types";
import type { Position, SnapshotNode } from "../snapshot/snapshot-types";
import { kindColumnsLayout } from "./kind-columns";

export interface ViewPositions extends Extent {
  readonly positions: ReadonlyMap<string, Position>;
  /** True when the positions are the view's own. */
  readonly fromView: boolean;
}

export function viewPositions(dataset: Dataset, states: readonly SnapshotNode[] | undefined): ViewPositions {
  const given = new Map<string, Position>();
  for (const state of states ?? []) if (state.position) given.set(state.id, state.position);
  const fromView = dataset.nodes.length > 0 && dataset.nodes.every((node) => given.has(node.id));
  const positions = fromView ? given : kindColumnsLayout(dataset);
  return { positions, fromView, ...positionExtent(positions.values()) };
}

export interface Extent {
  readonly minX: number;
  readonly maxX: number;
  readonly minY: number;
  readonly maxY: number;
}

/** The bounding box of some points (all zero when there are none). */
export function positionExtent(points: Iterable<{ readonly x: number; readonly y: number }>): Extent {
  let minX = Infinity;
  let maxX = -Infinity;
  let minY = Infinity;
  let maxY = -Infinity;
  for (const { x, y } of points) {
    minX = Math.min(minX, x);
    maxX = Math.max(maxX, x);
    minY = Math.min(minY, y);
    maxY = Math.max(maxY, y);
  }
  if (!Number.isFinite(minX)) return { minX: 0, maxX: 0, minY: 0, maxY: 0 };
  return { minX, maxX, minY, maxY };
}
