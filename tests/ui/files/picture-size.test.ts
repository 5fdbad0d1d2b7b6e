import { describe, expect, it } from "vitest";
import { MAX_PNG_SIDE, PictureSizeError, pngLayout, pngProblem, svgProblem, svgSizeFor } from "../../../src/ui/files/picture-size";

const view = { width: 790.4, height: 522 };

describe("picture sizes", () => {
  it("a PNG of the view keeps its layout size and multiplies the pixels by the scale", () => {
    expect(pngLayout({ kind: "view", scale: 2 }, view)).toEqual({ css: { width: 790, height: 522 }, ratio: 2, pixels: { width: 1580, height: 1044 } });
    expect(pngLayout({ kind: "view", scale: 1 }, view).pixels).toEqual({ width: 790, height: 522 });
  });

  it("a custom PNG is laid out at its own size, one pixel per CSS pixel", () => {
    expect(pngLayout({ kind: "custom", width: 640, height: 480 }, view)).toEqual({ css: { width: 640, height: 480 }, ratio: 1, pixels: { width: 640, height: 480 } });
  });

  it("refuses sizes outside the limits, fractions, empty fields and unknown scales, saying why", () => {
    for (const size of [
      { kind: "custom", width: 99, height: 480 },
      { kind: "custom", width: 640, height: MAX_PNG_SIDE + 1 },
      { kind: "custom", width: 640.5, height: 480 },
      { kind: "custom", width: Number.NaN, height: 480 },
      { kind: "view", scale: 5 },
      { kind: "view", scale: 1.5 },
    ] as const) {
      expect(() => pngLayout(size, view)).toThrow(PictureSizeError);
      expect(pngProblem(size, view)).toMatch(/scale|whole number of pixels/);
    }
    // The view itself may be too large at a high scale.
    expect(pngProblem({ kind: "view", scale: 4 }, { width: 2500, height: 900 })).toContain("width");
    expect(pngProblem({ kind: "view", scale: 4 }, view)).toBeNull();
  });

  it("SVG sizes follow the io layer's limits; the default keeps the view's proportions", () => {
    expect(svgProblem({ width: 1400, height: 900 })).toBeNull();
    expect(svgProblem({ width: 199, height: 900 })).toContain("width");
    expect(svgProblem({ width: 1400, height: 20_001 })).toContain("height");
    expect(svgSizeFor({ width: 800, height: 400 })).toEqual({ width: 1400, height: 700 });
    expect(svgSizeFor({ width: 0, height: 0 })).toEqual({ width: 1400, height: 910 });
    expect(svgSizeFor({ width: 2000, height: 100 }).height).toBe(400);
  });
});
