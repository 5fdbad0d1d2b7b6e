/**
 * Scenario state and the result of applying a scenario to a dataset.
 *
 * A scenario says which interventions are switched on and how effective each is. It can
 * start from a date on the timeline (everything in force then, replayed from the events)
 * and then override single switches. The engine never mutates the dataset; it returns an
 * `AppliedScenario` aligned with `dataset.edges` by index.
 */
import type { EffectKind, LegalStatus } from "../model/types";

/** One user-set switch. `effectiveness` overrides the intervention's default (0..1). */
export interface InterventionSwitch {
  readonly on: boolean;
  readonly effectiveness?: number;
}

export interface Scenario {
  /** ISO date: start from the interventions in force on that day (from the events). */
  readonly date?: string;
  /** Overrides by intervention id, applied after the date. */
  readonly switches: Readonly<Record<string, InterventionSwitch>>;
  /** Teaching mode: every switched-on intervention is fully effective. */
  readonly idealized: boolean;
}

export const BASELINE_SCENARIO: Scenario = Object.freeze({ switches: Object.freeze({}), idealized: false });

/** An intervention in force under a scenario, with the effectiveness actually used. */
export interface ActiveIntervention {
  readonly id: string;
  /** Position in `dataset.interventions` (lets the analysis index arrays without a map). */
  readonly index: number;
  /** Effectiveness after idealized mode and cooperation boosts, 0..1. */
  readonly effectiveness: number;
  /** Effectiveness before cooperation boosts (the switch's or the default). */
  readonly baseEffectiveness: number;
  /** Cooperation interventions that raised it, with the boost each contributed. */
  readonly boostedBy: readonly { readonly cooperation: string; readonly boost: number }[];
  /**
   * Why it is on: the timeline event that enabled it, or the user's switch (which may
   * override an intervention the date had already put in force: `overridesEvent`).
   */
  readonly reason:
    | { readonly kind: "event"; readonly event: string }
    | { readonly kind: "switch"; readonly overridesEvent?: string };
}

/** The scenario resolved against a dataset: which interventions act, and how strongly. */
export interface ResolvedScenario {
  readonly scenario: Scenario;
  /** In dataset order. Cooperation interventions are listed too (they act through boosts). */
  readonly active: readonly ActiveIntervention[];
}

/** How one intervention changed one edge. */
export interface EdgeChange {
  readonly intervention: string;
  readonly effect: EffectKind;
  /** Multiplier this intervention applied to the open capacity (0 closes the edge). */
  readonly capacityFactor: number;
  readonly statusBefore: LegalStatus;
  readonly statusAfter: LegalStatus;
  /** Plain-language reason, e.g. "China export control on NPP (80% effective)". */
  readonly reason: string;
}

export const STATUS_CODES: readonly LegalStatus[] = ["legal", "controlled", "illicit"];

/**
 * Per-edge state under a scenario, as typed arrays indexed like `dataset.edges`, so the
 * analysis can read it in O(E) without allocation. Details are built on demand.
 */
export interface AppliedScenario {
  readonly resolved: ResolvedScenario;
  /** Open capacity per edge, kg/month (never above the edge's capacity). */
  readonly openCapacity: Float64Array;
  /** Legal status per edge as an index into STATUS_CODES (never below the base status). */
  readonly statusCode: Uint8Array;
  /** The changes applied to one edge, in the order they were applied. */
  changesOf(edgeIndex: number): readonly EdgeChange[];
}
