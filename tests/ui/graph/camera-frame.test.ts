import { describe, expect, it } from "vitest";
import type { CameraState } from "sigma/types";
import { frameFor } from "../../../src/ui/graph/camera-frame";
import type { SessionSigma } from "../../../src/ui/graph/sigma-context";

const WIDTH = 800;
const HEIGHT = 600;

/** The parts of sigma frameFor reads: framed-graph units map to WIDTH pixels at ratio 1. */
function fakeSigma(nodes: Record<string, { x: number; y: number }>): SessionSigma {
  return {
    getNodeDisplayData: (id: string) => nodes[id],
    getDimensions: () => ({ width: WIDTH, height: HEIGHT }),
    framedGraphToViewport: (point: { x: number; y: number }, { cameraState }: { cameraState: CameraState }) => ({
      x: WIDTH / 2 + ((point.x - cameraState.x) * WIDTH) / cameraState.ratio,
      y: HEIGHT / 2 + ((point.y - cameraState.y) * WIDTH) / cameraState.ratio,
    }),
  } as unknown as SessionSigma;
}

/** Where a node lands on screen (x, pixels) under a camera state. */
const screenX = (x: number, state: CameraState) => WIDTH / 2 + ((x - state.x) * WIDTH) / state.ratio;

describe("frameFor", () => {
  const nodes = { a: { x: 0.3, y: 0.5 }, b: { x: 0.5, y: 0.45 }, c: { x: 0.6, y: 0.55 } };

  it("frames the nodes with the margin, centred", () => {
    const state = frameFor(fakeSigma(nodes), ["a", "b", "c"], { margin: 0.2, minRatio: 0.01 })!;
    expect(state.x).toBeCloseTo(0.45);
    expect(screenX(0.6, state) - screenX(0.3, state)).toBeCloseTo(WIDTH * 0.8);
  });

  it("keeps the reserved pixels free right of the nodes, and still shows them all", () => {
    const reserve = 300;
    const state = frameFor(fakeSigma(nodes), ["a", "b", "c"], { margin: 0.2, minRatio: 0.01, reserveRight: reserve })!;
    const left = screenX(0.3, state);
    const right = screenX(0.6, state);
    expect(left).toBeGreaterThanOrEqual(0);
    expect(WIDTH - right).toBeGreaterThanOrEqual(reserve);
    expect(right - left).toBeCloseTo(WIDTH * 0.8 - reserve);
  });

  it("never gives more than half the width to the reserve, and ignores nodes that are not drawn", () => {
    const state = frameFor(fakeSigma(nodes), ["a", "c", "missing"], { margin: 0, minRatio: 0.01, reserveRight: 5000 })!;
    expect(screenX(0.6, state) - screenX(0.3, state)).toBeCloseTo(WIDTH / 2);
    expect(frameFor(fakeSigma(nodes), ["missing"])).toBeNull();
  });
});
