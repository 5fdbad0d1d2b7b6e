/**
 * Moves the nodes to a fixed layout (tiered or geographic), animated, then frames the
 * whole graph. The force layout has its own controller (ForceLayoutController).
 */
import { useEffect } from "react";
import { animateNodes } from "sigma/utils";
import type { Positions } from "../layout/positions";
import { isAlive, useSigma } from "../sigma-context";

export const LAYOUT_ANIMATION_MS = 600;

export interface LayoutControllerProps {
  readonly positions: Positions;
  readonly animate: boolean;
  /** Room kept right of the rightmost nodes, in graph units, so their labels fit in view. */
  readonly labelRoom: number;
}

export function LayoutController({ positions, animate, labelRoom }: LayoutControllerProps) {
  const sigma = useSigma();
  useEffect(() => {
    sigma.setCustomBBox(labelRoom > 0 ? boundingBox(positions, labelRoom) : null);
    return () => void (isAlive(sigma) && sigma.setCustomBBox(null));
  }, [sigma, positions, labelRoom]);
  useEffect(() => {
    const graph = sigma.getGraph();
    const targets: Record<string, { x: number; y: number }> = {};
    for (const [id, point] of positions) if (graph.hasNode(id)) targets[id] = { x: point.x, y: point.y };
    const frame = () => void sigma.getCamera().animatedReset({ duration: 300 });
    if (!animate) {
      for (const [id, point] of Object.entries(targets)) graph.mergeNodeAttributes(id, point);
      frame();
      return;
    }
    const cancel = animateNodes(graph, targets, { duration: LAYOUT_ANIMATION_MS, easing: "quadraticInOut" }, frame);
    return cancel;
  }, [sigma, positions, animate]);
  return null;
}

function boundingBox(positions: Positions, labelRoom: number): { x: [number, number]; y: [number, number] } {
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
  if (!Number.isFinite(minX)) return { x: [0, 1], y: [0, 1] };
  return { x: [minX, maxX + labelRoom], y: [minY, maxY] };
}
