/**
 * Continent outlines for the geographic layout: the land polygons of Natural Earth
 * (world-atlas, 1:110m, TopoJSON) projected like the nodes (geographic.ts), as flat
 * [x0, y0, x1, y1, ...] rings in graph coordinates.
 *
 * The projection's seam (30 W, opposite the central meridian) cuts a few polygons
 * (Greenland, Antarctica...). Such a ring is unwrapped (x kept continuous by adding or
 * subtracting 360 at the jump), then also emitted shifted by -360 or +360, so the part
 * beyond the seam appears on the other edge of the map.
 */
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import { project } from "./geographic";

export type Ring = Float64Array;

export function landRings(topology: Topology, objectName = "land"): Ring[] {
  const object = topology.objects[objectName] as GeometryCollection | undefined;
  if (!object) throw new Error(`continent outline: the topology has no object '${objectName}'`);
  const collection = feature(topology, object);
  const rings: Ring[] = [];
  for (const item of collection.features) {
    const geometry = item.geometry;
    const polygons =
      geometry.type === "Polygon" ? [geometry.coordinates] : geometry.type === "MultiPolygon" ? geometry.coordinates : [];
    for (const polygon of polygons) for (const ring of polygon) rings.push(...projectRing(ring));
  }
  return rings;
}

/** One ring of [lon, lat] positions, projected; two rings when it crosses the seam. */
export function projectRing(ring: readonly (readonly number[])[]): Ring[] {
  const points = new Float64Array(ring.length * 2);
  let shift = 0;
  let previousX: number | undefined;
  let minX = Infinity;
  let maxX = -Infinity;
  ring.forEach(([lon, lat], i) => {
    const { x, y } = project(lat, lon);
    if (previousX !== undefined) {
      const raw = x + shift;
      if (raw - previousX > 180) shift -= 360;
      else if (raw - previousX < -180) shift += 360;
    }
    const unwrapped = x + shift;
    previousX = unwrapped;
    points[2 * i] = unwrapped;
    points[2 * i + 1] = y;
    minX = Math.min(minX, unwrapped);
    maxX = Math.max(maxX, unwrapped);
  });
  if (minX >= -180 && maxX <= 180) return [points];
  const offset = maxX > 180 ? -360 : 360;
  const copy = points.slice();
  for (let i = 0; i < copy.length; i += 2) copy[i] += offset;
  return [points, copy];
}
