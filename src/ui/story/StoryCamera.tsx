/**
 * The story's hold on the graph camera (rendered inside the sigma host): moves it to a
 * step's camera, or frames what the step highlights, with an animation; and reads it for
 * "add this view as a step". A move waits while a layout change animates the nodes (and
 * LayoutController then reframes the graph), so the story's camera has the last word.
 */
import { useEffect } from "react";
import { LAYOUT_ANIMATION_MS } from "../graph/controllers/LayoutController";
import { useSigma, type SessionSigma } from "../graph/sigma-context";
import type { CameraTarget, StoryBridge } from "./bridge";

/** Layout animation plus LayoutController's reframing (300 ms), and a margin. */
export const LAYOUT_SETTLE_MS = LAYOUT_ANIMATION_MS + 400;
export const CAMERA_MOVE_MS = 800;
/** Margin around the framed nodes (labels reach right of their node), and the closest zoom a frame may ask for. */
const MARGIN = 1.6;
const MIN_RATIO = 0.3;

function animateTo(sigma: SessionSigma, target: CameraTarget): void {
  const camera = sigma.getCamera();
  if (target.camera) {
    void camera.animate({ ...target.camera, angle: target.camera.angle ?? 0 }, { duration: CAMERA_MOVE_MS });
    return;
  }
  const graph = sigma.getGraph();
  const points = target.nodes.flatMap((node) => {
    const data = graph.hasNode(node) ? sigma.getNodeDisplayData(node) : undefined;
    return data ? [data] : [];
  });
  if (points.length === 0) {
    void camera.animate({ x: 0.5, y: 0.5, ratio: 1, angle: 0 }, { duration: CAMERA_MOVE_MS });
    return;
  }
  const xs = points.map((p) => p.x);
  const ys = points.map((p) => p.y);
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const ratio = Math.min(1, Math.max(MIN_RATIO, Math.max(maxX - minX, maxY - minY) * MARGIN));
  void camera.animate({ x: (minX + maxX) / 2, y: (minY + maxY) / 2, ratio, angle: 0 }, { duration: CAMERA_MOVE_MS });
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
