/**
 * Moves the nodes to a fixed layout (tiered or geographic), animated, then frames the
 * whole graph. The force layout has its own controller (ForceLayoutController).
 */
import { useEffect } from "react";
import { animateNodes } from "sigma/utils";
import type { Positions } from "../layout/positions";
import { useSigma } from "../sigma-context";

export const LAYOUT_ANIMATION_MS = 600;

export function LayoutController({ positions, animate }: { readonly positions: Positions; readonly animate: boolean }) {
  const sigma = useSigma();
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
