/**
 * How an edge stands under the scenario, compared with a reference state (the baseline or
 * a pinned scenario): the classification "show changes" colours by.
 */
import type { ChangeClass } from "../../../io/style/palette";

/** Open capacity and legal status per edge, aligned with `dataset.edges`. */
export interface EdgeStates {
  readonly openCapacity: Float64Array;
  /** Index into STATUS_CODES (legal, controlled, illicit). */
  readonly statusCode: Uint8Array;
}

/** Relative tolerance under which two capacities count as equal (float noise). */
const EPSILON = 1e-9;

export function isClosed(states: EdgeStates, index: number): boolean {
  return states.openCapacity[index] <= 0;
}

export function classifyChange(current: EdgeStates, reference: EdgeStates, index: number): ChangeClass {
  const now = current.openCapacity[index];
  const before = reference.openCapacity[index];
  if (now <= 0 && before > 0) return "closed";
  if (now > 0 && before <= 0) return "reopened";
  if (now < before * (1 - EPSILON)) return "reduced";
  if (current.statusCode[index] > reference.statusCode[index]) return "retagged";
  return "unchanged";
}

/** Baseline state of a dataset's edges: full capacity, base status. */
export function baselineStates(
  edges: readonly { readonly capacity: number; readonly status: "legal" | "controlled" | "illicit" }[],
): EdgeStates {
  const openCapacity = new Float64Array(edges.length);
  const statusCode = new Uint8Array(edges.length);
  const code = { legal: 0, controlled: 1, illicit: 2 } as const;
  edges.forEach((edge, i) => {
    openCapacity[i] = edge.capacity;
    statusCode[i] = code[edge.status];
  });
  return { openCapacity, statusCode };
}
