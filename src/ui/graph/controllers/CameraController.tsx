/**
 * Moves the camera to the selected node when the selection comes from outside the graph
 * (search, the details panel, a link), so the user sees what they picked.
 */
import { useEffect } from "react";
import { useSigma } from "../sigma-context";

export interface CameraControllerProps {
  /** Node to bring into view, or null. */
  readonly focusNode: string | null;
  /** Changes each time the user asks to focus, so picking the same node again re-centres. */
  readonly request: number;
}

export function CameraController({ focusNode, request }: CameraControllerProps) {
  const sigma = useSigma();
  useEffect(() => {
    if (focusNode === null || !sigma.getGraph().hasNode(focusNode)) return;
    const display = sigma.getNodeDisplayData(focusNode);
    if (!display) return;
    const camera = sigma.getCamera();
    void camera.animate({ x: display.x, y: display.y, ratio: Math.min(camera.ratio, 0.6) }, { duration: 500 });
  }, [sigma, focusNode, request]);
  return null;
}
