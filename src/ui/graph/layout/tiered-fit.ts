/**
 * Fits the tiered layout to the graph area: columns keep their spacing, rows are spread
 * (or pressed) vertically so the drawing has the area's shape, and the box sigma frames
 * leaves room for the last column's labels on the right and the column titles on top.
 * The layout itself (tiered.ts) does not know the screen; this is the only place that does.
 *
 * The bound on the row distance keeps a graph with short columns from being spread thin in
 * a landscape area. In a portrait area the width sets the scale and the height would be
 * left blank below a drawing that stops at the bound, so there the bound grows with the
 * area's height over its width: the rows reach down the whole area.
 *
 * Sigma fits a box of the same aspect as the area exactly: `stagePadding` pixels on the
 * short side, padding x aspect on the long side (sigma's getCorrectionRatio), so the
 * fitted box is computed in those usable pixels.
 */
import { positionExtent } from "../../../io/layout/view-positions";
import type { Point, Positions } from "./positions";

export interface TieredFitOptions {
  /** Sigma's stagePadding setting, pixels. */
  readonly stagePadding: number;
  /** Room above the top row for the column titles, pixels. */
  readonly headerPx: number;
  readonly bottomPx: number;
  /** Room right of the last column for its labels, in column spacings. */
  readonly labelRoomColumns: number;
  /**
   * Bounds on the distance between rows, pixels: tighter than this, the drawing is shrunk.
   * `maxRowPx` is for a square or landscape area; a portrait one scales it by height/width.
   */
  readonly minRowPx: number;
  readonly maxRowPx: number;
}

export const DEFAULT_TIERED_FIT: TieredFitOptions = {
  stagePadding: 12,
  headerPx: 42,
  bottomPx: 6,
  labelRoomColumns: 0.85,
  minRowPx: 18,
  maxRowPx: 84,
};

export interface FittedTiered {
  readonly positions: Positions;
  /** Row spacing after the fit, graph units. */
  readonly rowSpacing: number;
  /** Graph y of the top row (the column titles sit just above it). */
  readonly top: number;
  /** The box sigma should frame (its custom bounding box), graph units. */
  readonly bbox: { readonly x: readonly [number, number]; readonly y: readonly [number, number] };
}

export interface Stage {
  readonly width: number;
  readonly height: number;
}

export function fitTieredToStage(
  layout: { readonly positions: Positions; readonly columnSpacing: number; readonly rowSpacing: number },
  stage: Stage,
  options: Partial<TieredFitOptions> = {},
): FittedTiered {
  const o = { ...DEFAULT_TIERED_FIT, ...options };
  if (!(o.minRowPx > 0 && o.maxRowPx >= o.minRowPx)) throw new RangeError("row bounds must be positive and ordered");
  const { minX, maxX, minY, maxY } = positionExtent(layout.positions.values());
  const labelRoom = o.labelRoomColumns * layout.columnSpacing;
  const width = maxX - minX + labelRoom;
  const rowGaps = layout.rowSpacing > 0 ? Math.round((maxY - minY) / layout.rowSpacing) : 0;
  if (!(stage.width > 0 && stage.height > 0) || width <= 0) {
    return { positions: layout.positions, rowSpacing: layout.rowSpacing, top: maxY, bbox: { x: [minX, maxX + labelRoom], y: [minY, maxY] } };
  }
  const aspect = stage.width / stage.height;
  const usableWidth = Math.max(1, stage.width - 2 * o.stagePadding * Math.max(1, aspect));
  const usableHeight = Math.max(1, stage.height - 2 * o.stagePadding * Math.max(1, 1 / aspect));
  // Pixels per graph unit when the width is what binds.
  const scale = usableWidth / width;
  const maxRowPx = o.maxRowPx * Math.max(1, 1 / aspect);
  const rowPx = rowGaps > 0 ? clamp((usableHeight - o.headerPx - o.bottomPx) / rowGaps, o.minRowPx, maxRowPx) : 0;
  const rowSpacing = rowGaps > 0 ? rowPx / scale : layout.rowSpacing;
  const stretch = rowGaps > 0 && layout.rowSpacing > 0 ? rowSpacing / layout.rowSpacing : 1;
  const positions = new Map<string, Point>();
  for (const [id, point] of layout.positions) positions.set(id, { x: point.x, y: point.y * stretch });
  return {
    positions,
    rowSpacing,
    top: maxY * stretch,
    bbox: { x: [minX, maxX + labelRoom], y: [minY * stretch - o.bottomPx / scale, maxY * stretch + o.headerPx / scale] },
  };
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}
