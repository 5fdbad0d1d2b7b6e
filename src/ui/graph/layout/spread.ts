/**
 * Spreads co-located nodes apart (the geographic layout: San Ysidro and Otay Mesa are
 * 8 km apart, a cartel's brokers, labs and pill presses share a city). Iterative pairwise
 * separation, as in overlap-removal relaxations (e.g. Dwyer, Marriott and Stuckey, "Fast
 * node overlap removal", Graph Drawing 2005, simplified to circles): every pass pushes each
 * pair closer than `minDistance` apart along the line joining them, half each, until no
 * pair is too close or the passes run out. Nodes that are not crowded do not move; crowded
 * ones move by about `minDistance` times the square root of their crowd, so the map stays
 * a map (no fisheye: distances elsewhere are untouched).
 *
 * Deterministic: coincident nodes leave along golden-angle directions in input order.
 * Quadratic per pass, so meant for the small graphs the app draws with labels.
 */
import type { Point, Positions } from "./positions";

export interface SpreadOptions {
  /** Smallest distance between two nodes after the spread, graph units. */
  readonly minDistance: number;
  readonly passes: number;
}

export const DEFAULT_SPREAD: SpreadOptions = { minDistance: 1.5, passes: 60 };

const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

export function spreadColocated(positions: Positions, options: Partial<SpreadOptions> = {}): Positions {
  const { minDistance, passes } = { ...DEFAULT_SPREAD, ...options };
  if (!(minDistance > 0) || !(passes >= 0)) throw new RangeError("minDistance must be positive, passes non-negative");
  const ids = [...positions.keys()];
  const x = Float64Array.from(ids, (id) => positions.get(id)!.x);
  const y = Float64Array.from(ids, (id) => positions.get(id)!.y);
  const min2 = minDistance * minDistance;
  for (let pass = 0; pass < passes; pass++) {
    let moved = false;
    for (let i = 0; i < ids.length; i++) {
      for (let j = i + 1; j < ids.length; j++) {
        let dx = x[j] - x[i];
        let dy = y[j] - y[i];
        const d2 = dx * dx + dy * dy;
        if (d2 >= min2 * 0.999) continue;
        let d = Math.sqrt(d2);
        if (d < 1e-9) {
          dx = Math.cos(j * GOLDEN_ANGLE);
          dy = Math.sin(j * GOLDEN_ANGLE);
          d = 1;
        }
        const push = (minDistance - Math.sqrt(d2)) / 2 / d;
        x[i] -= dx * push;
        y[i] -= dy * push;
        x[j] += dx * push;
        y[j] += dy * push;
        moved = true;
      }
    }
    if (!moved) break;
  }
  const result = new Map<string, Point>();
  ids.forEach((id, i) => result.set(id, { x: x[i], y: y[i] }));
  return result;
}

/**
 * The nodes of the biggest group when the drawing is cut wherever two horizontally
 * consecutive nodes are more than `gap` apart: on a world map, the continent-sized
 * cluster where most of the chain happens (for the default dataset, North America, the
 * Asian sources being an ocean away). Ties go to the rightmost group (the market end).
 */
export function largestGroup(positions: Positions, gap: number): string[] {
  const sorted = [...positions].sort((a, b) => a[1].x - b[1].x || (a[0] < b[0] ? -1 : 1));
  let best: string[] = [];
  let current: string[] = [];
  sorted.forEach(([id, point], i) => {
    if (i > 0 && point.x - sorted[i - 1][1].x > gap) current = [];
    current.push(id);
    if (current.length >= best.length) best = current;
  });
  return [...best];
}
