/**
 * What the engine precomputes once per dataset (see compile.ts), shared by the resolve
 * and apply steps. Everything here is derived from the dataset and never changes.
 */
import type { Dataset } from "../model/types";
import type { Timeline } from "./timeline";

export interface CompiledDataset {
  readonly dataset: Dataset;
  readonly interventionIndex: ReadonlyMap<string, number>;
  readonly interventionIds: ReadonlySet<string>;
  readonly timeline: Timeline;
  /**
   * Per intervention (indexed like dataset.interventions): the ascending edge indices its
   * selector matches; empty for cooperation, which acts on no edge.
   */
  readonly matchedEdges: readonly Int32Array[];
  /**
   * The transpose, in compressed sparse row form: the positions of the interventions
   * matching edge e are edgeInterventions[edgeInterventionStart[e] .. edgeInterventionStart[e + 1]),
   * ascending (the order applying multiplies in).
   */
  readonly edgeInterventionStart: Int32Array;
  readonly edgeInterventions: Int32Array;
  /** Per edge: capacity, base status code, and 1 when the consignee is licit. */
  readonly baseCapacity: Float64Array;
  readonly baseStatus: Uint8Array;
  readonly licitConsignee: Uint8Array;
}
