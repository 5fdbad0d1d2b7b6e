/**
 * The story's hold on the graph camera (rendered inside the sigma host): moves it to a
 * step's camera, or frames what the step highlights, with an animation; and reads it for
 * "add this view as a step". A move waits while a layout change animates the nodes (and
 * LayoutController then reframes the graph), so the story's camera has the last word.
 */
import { useEffect } from "react";
import { frameFor, type FrameOptions } from "../graph/camera-frame";
import { LAYOUT_ANIMATION_MS } from "../graph/controllers/LayoutController";
import { useSigma, type SessionSigma } from "../graph/sigma-context";
import type { CameraTarget, StoryBridge } from "./bridge";

/** Layout animation plus LayoutController's reframing (300 ms), and a margin. */
export const LAYOUT_SETTLE_MS = LAYOUT_ANIMATION_MS + 400;
export const CAMERA_MOVE_MS = 800;
/**
 * Framing a step without a camera: a margin around what it highlights, never closer than
 * a third of the graph (a class needs the context), and room right of the nodes for their
 * labels (about the graph's free label width) and the zoom buttons.
 */
const FRAME: Partial<FrameOptions> = { margin: 0.2, minRatio: 0.3, reserveRight: 170 + 56 };
const WHOLE_GRAPH = { x: 0.5, y: 0.5, ratio: 1, angle: 0 };

function animateTo(sigma: SessionSigma, target: CameraTarget): void {
  const camera = sigma.getCamera();
  if (target.camera) {
    void camera.animate({ ...target.camera, angle: target.camera.angle ?? 0 }, { duration: CAMERA_MOVE_MS });
    return;
  }
  const frame = frameFor(sigma, target.nodes, FRAME);
  // A highlight as wide as the graph gets the whole graph: the label reserve would only
  // push its left end off the screen.
  void camera.animate(frame && frame.ratio < 1 ? frame : WHOLE_GRAPH, { duration: CAMERA_MOVE_MS });
}

export default function StoryCamera({ bridge }: { bridge: StoryBridge }) {
  const sigma = useSigma();
  useEffect(() => {
    // The page may have just loaded: the first layout animation runs then too.
    const settledAt = performance.now() + LAYOUT_SETTLE_MS;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const detach = bridge.attach({
      read() {
        const state = sigma.getCamera().getState();
        return { x: state.x, y: state.y, ratio: state.ratio, ...(state.angle ? { angle: state.angle } : {}) };
      },
      move(target) {
        clearTimeout(timer);
        const wait = target.afterLayoutChange ? LAYOUT_SETTLE_MS : Math.max(0, settledAt - performance.now());
        timer = setTimeout(() => animateTo(sigma, target), wait);
      },
    });
    return () => {
      clearTimeout(timer);
      detach();
    };
  }, [sigma, bridge]);
  return null;
}
