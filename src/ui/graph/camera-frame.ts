/**
 * Camera moves that frame a set of nodes: the camera state (sigma's framed-graph
 * coordinates, where ratio 1 shows the whole graph) that shows every node of the set
 * with a margin, whatever the shape of the set and of the graph area.
 */
import type { CameraState } from "sigma/types";
import type { SessionSigma } from "./sigma-context";

export interface FrameOptions {
  /** Share of the area left around the nodes, on each axis. */
  readonly margin: number;
  /** Closest zoom the frame may ask for (a single node would otherwise fill the screen). */
  readonly minRatio: number;
  /** Pixels kept free right of the nodes (a label drawn there, the zoom buttons). */
  readonly reserveRight: number;
}

export const DEFAULT_FRAME: FrameOptions = { margin: 0.2, minRatio: 0.12, reserveRight: 0 };

/** The camera state framing `nodes` (ids), or null when none of them is drawn. */
export function frameFor(sigma: SessionSigma, nodes: Iterable<string>, options: Partial<FrameOptions> = {}): CameraState | null {
  const { margin, minRatio, reserveRight } = { ...DEFAULT_FRAME, ...options };
  let minX = Infinity;
  let maxX = -Infinity;
  let minY = Infinity;
  let maxY = -Infinity;
  for (const node of nodes) {
    const data = sigma.getNodeDisplayData(node);
    if (!data) continue;
    minX = Math.min(minX, data.x);
    maxX = Math.max(maxX, data.x);
    minY = Math.min(minY, data.y);
    maxY = Math.max(maxY, data.y);
  }
  if (!Number.isFinite(minX)) return null;
  const { width, height } = sigma.getDimensions();
  // Pixels per framed-graph unit at ratio 1 (the same on both axes).
  const whole = { x: 0.5, y: 0.5, ratio: 1, angle: 0 };
  const pixelsPerUnit = Math.abs(
    sigma.framedGraphToViewport({ x: 1, y: 0.5 }, { cameraState: whole }).x - sigma.framedGraphToViewport({ x: 0, y: 0.5 }, { cameraState: whole }).x,
  );
  // The reserve never takes more than half the width, so a long label still leaves room for the nodes.
  const reserve = Math.min(Math.max(0, reserveRight), width / 2);
  const fit = Math.max(((maxX - minX) * pixelsPerUnit) / (width * (1 - margin) - reserve), ((maxY - minY) * pixelsPerUnit) / (height * (1 - margin)));
  const ratio = Math.min(1, Math.max(minRatio, fit));
  // Shifting the centre right by half the reserve (in graph units at that zoom) moves the
  // nodes left, leaving the reserve free at the right.
  const shift = ((reserve / 2) * ratio) / pixelsPerUnit;
  return { x: (minX + maxX) / 2 + shift, y: (minY + maxY) / 2, ratio, angle: 0 };
}
