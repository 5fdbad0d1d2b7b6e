/**
 * Moves the nodes to a fixed layout (tiered or geographic), then frames the view: the
 * whole graph, or the nodes the layout names (the geographic layout's busiest region).
 * Switching layouts animates; a new fit of the same layout (the graph area was resized)
 * moves the nodes at once and leaves the camera where the user put it. The force layout
 * has its own controller (ForceLayoutController).
 */
import { useEffect, useRef } from "react";
import { animateNodes } from "sigma/utils";
import type { Positions } from "../layout/positions";
import { frameFor } from "../camera-frame";
import { isAlive, useSigma } from "../sigma-context";

export const LAYOUT_ANIMATION_MS = 600;

export type BBox = { readonly x: readonly [number, number]; readonly y: readonly [number, number] };

export interface LayoutControllerProps {
  /** Which layout the positions belong to: a change of layout is animated and reframed. */
  readonly layout: string;
  readonly positions: Positions;
  readonly animate: boolean;
  /** The box sigma frames (room for labels and titles around the nodes), or null for the nodes' extent. */
  readonly bbox: BBox | null;
  /** Nodes to frame after the move; null frames the whole graph. */
  readonly frameNodes: readonly string[] | null;
}

export function LayoutController({ layout, positions, animate, bbox, frameNodes }: LayoutControllerProps) {
  const sigma = useSigma();
  const shown = useRef<string | null>(null);
  useEffect(() => {
    sigma.setCustomBBox(bbox ? { x: [bbox.x[0], bbox.x[1]], y: [bbox.y[0], bbox.y[1]] } : null);
  }, [sigma, bbox]);
  // A killed sigma (a new dataset replaced the view) must be left alone: see isAlive.
  useEffect(() => () => void (isAlive(sigma) && sigma.setCustomBBox(null)), [sigma]);
  useEffect(() => {
    const graph = sigma.getGraph();
    const targets: Record<string, { x: number; y: number }> = {};
    for (const [id, point] of positions) if (graph.hasNode(id)) targets[id] = { x: point.x, y: point.y };
    // Set once the move is done: a move interrupted by a new fit is redone, and reframed.
    const switched = shown.current !== layout;
    const frame = () => {
      shown.current = layout;
      if (frameNodes && frameNodes.length > 0) {
        // Display data (what the frame reads) follow the positions after a refresh.
        sigma.refresh();
        const state = frameFor(sigma, frameNodes, { margin: 0.08, minRatio: 0.05 });
        if (state) return void sigma.getCamera().animate(state, { duration: 300 });
      }
      void sigma.getCamera().animatedReset({ duration: 300 });
    };
    if (!switched || !animate) {
      for (const [id, point] of Object.entries(targets)) graph.mergeNodeAttributes(id, point);
      if (switched) frame();
      return;
    }
    const cancel = animateNodes(graph, targets, { duration: LAYOUT_ANIMATION_MS, easing: "quadraticInOut" }, frame);
    return cancel;
  }, [sigma, layout, positions, animate, frameNodes]);
  return null;
}
