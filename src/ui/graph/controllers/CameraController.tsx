/**
 * Moves the camera to the selected node when the selection comes from outside the graph
 * (search, the details panel, a link), framing the node with its neighbours so the user
 * sees what they picked and where its routes go.
 */
import { useEffect } from "react";
import { useSigma } from "../sigma-context";

export interface CameraControllerProps {
  /** Node to bring into view, or null. */
  readonly focusNode: string | null;
  /** Changes each time the user asks to focus, so picking the same node again re-centres. */
  readonly request: number;
}

/** Margin around the framed neighbourhood, and the closest zoom it may ask for. */
const MARGIN = 1.4;
const MIN_RATIO = 0.12;

export function CameraController({ focusNode, request }: CameraControllerProps) {
  const sigma = useSigma();
  useEffect(() => {
    if (request === 0 || focusNode === null || !sigma.getGraph().hasNode(focusNode)) return;
    // Display data are in sigma's framed-graph coordinates, the camera's own system, where
    // ratio 1 shows the whole graph.
    const points = [focusNode, ...sigma.getGraph().neighbors(focusNode)].flatMap((node) => {
      const data = sigma.getNodeDisplayData(node);
      return data ? [data] : [];
    });
    if (points.length === 0) return;
    const xs = points.map((p) => p.x);
    const ys = points.map((p) => p.y);
    const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
    const ratio = Math.min(1, Math.max(MIN_RATIO, Math.max(maxX - minX, maxY - minY) * MARGIN));
    void sigma.getCamera().animate({ x: (minX + maxX) / 2, y: (minY + maxY) / 2, ratio }, { duration: 500 });
  }, [sigma, focusNode, request]);
  return null;
}
