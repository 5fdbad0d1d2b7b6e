/**
 * Moves the camera to the selected node when the selection comes from outside the graph
 * (search, the details panel, a link), framing the node with its neighbours so the user
 * sees what they picked and where its routes go.
 */
import { useEffect } from "react";
import { frameFor } from "../camera-frame";
import { useSigma, type SessionSigma } from "../sigma-context";

/** The zoom buttons' column at the graph area's right edge, with its gap. */
const ZOOM_BUTTONS_PX = 56;

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
    // The selected node's full label is drawn right of it, in one line: keep it clear of
    // the area's edge and of the zoom buttons there.
    const reserveRight = labelWidth(sigma, focusNode) + ZOOM_BUTTONS_PX;
    const frame = frameFor(sigma, [focusNode, ...sigma.getGraph().neighbors(focusNode)], { margin: 0.25, reserveRight });
    if (frame) void sigma.getCamera().animate(frame, { duration: 500 });
  }, [sigma, focusNode, request]);
  return null;
}

/** Width in pixels of a node's full label in sigma's label font (measured on a canvas). */
function labelWidth(sigma: SessionSigma, node: string): number {
  const label = sigma.getNodeDisplayData(node)?.label ?? "";
  const context = document.createElement("canvas").getContext("2d");
  if (!label || !context) return 0;
  const { labelWeight, labelSize, labelFont } = sigma.getSettings();
  context.font = `${labelWeight} ${labelSize}px ${labelFont}`;
  return context.measureText(label).width + 16;
}
