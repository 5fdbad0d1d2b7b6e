import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DEFAULT_TIERED_FIT, fitTieredToStage } from "../../../../src/ui/graph/layout/tiered-fit";
import type { Point } from "../../../../src/ui/graph/layout/positions";

/** A tiered-like layout: `columns` columns, `rows` rows in the tallest, centred on y = 0. */
function grid(columns: number, rows: number, columnSpacing = 3, rowSpacing = 1) {
  const positions = new Map<string, Point>();
  for (let c = 0; c < columns; c++)
    for (let r = 0; r < rows; r++) positions.set(`n${c}-${r}`, { x: c * columnSpacing, y: -(r - (rows - 1) / 2) * rowSpacing });
  return { positions, columnSpacing, rowSpacing };
}

const padding = DEFAULT_TIERED_FIT.stagePadding;

/** What sigma does with a box: pixels per graph unit (graph.ts getCorrectionRatio, matrixFromCamera). */
function sigmaScale(bbox: { x: readonly number[]; y: readonly number[] }, stage: { width: number; height: number }): number {
  const gw = bbox.x[1] - bbox.x[0];
  const gh = bbox.y[1] - bbox.y[0];
  const vr = stage.height / stage.width;
  const gr = gh / gw;
  const correction = (vr < 1 && gr > 1) || (vr > 1 && gr < 1) ? 1 : Math.min(Math.max(gr, 1 / gr), Math.max(1 / vr, vr));
  return ((Math.min(stage.width, stage.height) - 2 * padding) * correction) / Math.max(gw, gh);
}

describe("fitTieredToStage", () => {
  it("keeps columns where they are and gives the box the stage's shape, with room for titles and labels", () => {
    const layout = grid(8, 11);
    const stage = { width: 790, height: 530 };
    const fitted = fitTieredToStage(layout, stage);
    expect(fitted.positions.get("n3-0")!.x).toBe(layout.positions.get("n3-0")!.x);
    const { x, y } = fitted.bbox;
    expect((x[1] - x[0]) / (y[1] - y[0])).toBeCloseTo(stage.width / stage.height, 2);
    expect(x[1]).toBeCloseTo(7 * 3 + DEFAULT_TIERED_FIT.labelRoomColumns * 3, 9);
    // Rows spread to fill the height: the row span plus titles and bottom room is the usable height.
    const scale = sigmaScale(fitted.bbox, stage);
    expect(10 * fitted.rowSpacing * scale).toBeCloseTo(stage.height - 2 * padding - DEFAULT_TIERED_FIT.headerPx - DEFAULT_TIERED_FIT.bottomPx, 6);
    expect(fitted.top).toBeCloseTo(5 * fitted.rowSpacing, 9);
    expect((y[1] - fitted.top) * scale).toBeCloseTo(DEFAULT_TIERED_FIT.headerPx, 6);
  });

  it("fills a portrait stage's height too, where the landscape bound on rows would leave the lower part blank", () => {
    // The default dataset's shape (8 columns, 12 rows) in the graph area of a 1280x1600 window.
    const layout = grid(8, 12);
    const stage = { width: 628, height: 1196 };
    const fitted = fitTieredToStage(layout, stage);
    const { x, y } = fitted.bbox;
    expect((x[1] - x[0]) / (y[1] - y[0])).toBeCloseTo(stage.width / stage.height, 2);
    const scale = sigmaScale(fitted.bbox, stage);
    const usableHeight = stage.height - 2 * padding * (stage.height / stage.width);
    expect(11 * fitted.rowSpacing * scale).toBeCloseTo(usableHeight - DEFAULT_TIERED_FIT.headerPx - DEFAULT_TIERED_FIT.bottomPx, 6);
    expect(fitted.rowSpacing * scale).toBeGreaterThan(DEFAULT_TIERED_FIT.maxRowPx);
  });

  it("keeps a landscape stage's rows within the landscape bound, and a short graph in a portrait stage within the scaled one", () => {
    const landscape = fitTieredToStage(grid(8, 3), { width: 900, height: 600 });
    expect(landscape.rowSpacing * sigmaScale(landscape.bbox, { width: 900, height: 600 })).toBeCloseTo(DEFAULT_TIERED_FIT.maxRowPx, 6);
    const portrait = fitTieredToStage(grid(8, 3), { width: 600, height: 1200 });
    expect(portrait.rowSpacing * sigmaScale(portrait.bbox, { width: 600, height: 1200 })).toBeCloseTo(2 * DEFAULT_TIERED_FIT.maxRowPx, 6);
  });

  it("keeps rows between the pixel bounds, whatever the stage", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 9 }),
        fc.integer({ min: 2, max: 60 }),
        fc.integer({ min: 200, max: 2400 }),
        fc.integer({ min: 200, max: 1600 }),
        (columns, rows, width, height) => {
          const fitted = fitTieredToStage(grid(columns, rows), { width, height });
          // Sigma may shrink a box taller than the stage, never enlarge rows past the bound.
          const pitch = fitted.rowSpacing * sigmaScale(fitted.bbox, { width, height });
          expect(pitch).toBeLessThanOrEqual(DEFAULT_TIERED_FIT.maxRowPx * Math.max(1, height / width) + 1e-6);
          const unshrunk = fitted.rowSpacing * ((width - 2 * padding * Math.max(1, width / height)) / (fitted.bbox.x[1] - fitted.bbox.x[0]));
          expect(unshrunk).toBeGreaterThanOrEqual(DEFAULT_TIERED_FIT.minRowPx - 1e-6);
        },
      ),
    );
  });

  it("returns the layout unchanged for a stage not measured yet", () => {
    const layout = grid(3, 4);
    const fitted = fitTieredToStage(layout, { width: 0, height: 0 });
    expect(fitted.positions).toBe(layout.positions);
    expect(fitted.rowSpacing).toBe(layout.rowSpacing);
  });

  it("refuses inconsistent row bounds", () => {
    expect(() => fitTieredToStage(grid(2, 2), { width: 100, height: 100 }, { minRowPx: 50, maxRowPx: 10 })).toThrow(RangeError);
  });
});
