/**
 * The geographic layout: nodes at their coordinates in an equirectangular projection
 * (x = longitude, y = latitude, in degrees, sigma's y axis pointing north), centred on the
 * Pacific (central meridian 150 E) so the chain reads left to right, from producers in
 * China and India to labs in Mexico and markets in the US. The continent outline is drawn
 * with the same projection.
 *
 * A node without coordinates is placed predictably: around the mean position of the
 * other nodes of its jurisdiction, on a small golden-angle spiral in dataset order; when
 * its jurisdiction has no located node (e.g. online marketplaces, "INT"), in a row under
 * the map, sorted by id.
 */
import type { Point, Positions } from "./positions";

export interface GeographicInput {
  readonly nodes: readonly {
    readonly id: string;
    readonly jurisdiction: string;
    readonly coordinates?: { readonly lat: number; readonly lon: number };
  }[];
}

export interface GeographicOptions {
  /** Radius step of the spiral around a jurisdiction's centre, in degrees. */
  readonly spiralStep: number;
  /** Latitude of the row of nodes that have no located jurisdiction. */
  readonly unplacedLatitude: number;
  /** Projected x where that row starts (0 = the central meridian), and the spacing between its nodes. */
  readonly unplacedStartX: number;
  readonly unplacedSpacing: number;
}

export const DEFAULT_GEOGRAPHIC_OPTIONS: GeographicOptions = {
  spiralStep: 1.6,
  unplacedLatitude: -25,
  unplacedStartX: 10,
  unplacedSpacing: 8,
};

const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

export const CENTRAL_MERIDIAN = 150;

/** Longitude and latitude in degrees to graph coordinates; x in [-180, 180). */
export function project(lat: number, lon: number): Point {
  return { x: ((((lon - CENTRAL_MERIDIAN) % 360) + 540) % 360) - 180, y: lat };
}

export function geographicLayout(input: GeographicInput, options: Partial<GeographicOptions> = {}): Positions {
  const settings = { ...DEFAULT_GEOGRAPHIC_OPTIONS, ...options };
  if (!(settings.spiralStep > 0 && settings.unplacedSpacing > 0)) throw new RangeError("spacings must be positive");
  const positions = new Map<string, Point>();
  const sums = new Map<string, { x: number; y: number; count: number }>();
  for (const node of input.nodes) {
    if (!node.coordinates) continue;
    const point = project(node.coordinates.lat, node.coordinates.lon);
    positions.set(node.id, point);
    const sum = sums.get(node.jurisdiction) ?? { x: 0, y: 0, count: 0 };
    sums.set(node.jurisdiction, { x: sum.x + point.x, y: sum.y + point.y, count: sum.count + 1 });
  }
  const placedAround = new Map<string, number>();
  const homeless: string[] = [];
  for (const node of input.nodes) {
    if (node.coordinates) continue;
    const sum = sums.get(node.jurisdiction);
    if (!sum) {
      homeless.push(node.id);
      continue;
    }
    const k = (placedAround.get(node.jurisdiction) ?? 0) + 1;
    placedAround.set(node.jurisdiction, k);
    const radius = settings.spiralStep * Math.sqrt(k);
    positions.set(node.id, {
      x: sum.x / sum.count + radius * Math.cos(k * GOLDEN_ANGLE),
      y: sum.y / sum.count + radius * Math.sin(k * GOLDEN_ANGLE),
    });
  }
  homeless.sort();
  homeless.forEach((id, i) => {
    positions.set(id, { x: settings.unplacedStartX + i * settings.unplacedSpacing, y: settings.unplacedLatitude });
  });
  return positions;
}
