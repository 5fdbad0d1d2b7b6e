/**
 * Moves the camera to the selected node when the selection comes from outside the graph
 * (search, the details panel, a link), framing the node with its neighbours so the user
 * sees what they picked and where its routes go.
 */
import { useEffect } from "react";
import { frameFor } from "../camera-frame";
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
    if (request === 0 || focusNode === null || !sigma.getGraph().hasNode(focusNode)) return;
    const frame = frameFor(sigma, [focusNode, ...sigma.getGraph().neighbors(focusNode)], { margin: 0.25 });
    if (frame) void sigma.getCamera().animate(frame, { duration: 500 });
  }, [sigma, focusNode, request]);
  return null;
}
