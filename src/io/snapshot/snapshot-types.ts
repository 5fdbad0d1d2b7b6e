/**
 * A snapshot: a dataset, one scenario and the analysis under it, as one plain JSON value.
 * Every export reads a snapshot, so the formats agree on every figure; the native JSON
 * export is the snapshot itself (docs/formats.md, schema/snapshot-v1.schema.json).
 *
 * Per-node and per-edge states are derived (the scenario engine's AppliedScenario and the
 * analysis); importing a snapshot keeps the dataset and the scenario and recomputes the
 * rest, so a hand-edited figure can never contradict the model.
 */
import type { AnalysisReport } from "../../analysis/report-types";
import type { Dataset, LegalStatus } from "../../model/types";
import type { ActiveIntervention, EdgeChange, Scenario } from "../../scenario/types";

export const SNAPSHOT_FORMAT = "chokepoint-snapshot";
export const SNAPSHOT_VERSION = 1;

/** A point of the view, in the app's graph coordinates (y grows upwards, as in sigma). */
export interface Position {
  readonly x: number;
  readonly y: number;
}

export interface SnapshotNode {
  readonly id: string;
  /** On at least one surviving producer-to-market route. */
  readonly survived: boolean;
  /** On every surviving route (a chokepoint of the report). */
  readonly chokepoint: boolean;
  /** Sum of the flows on its incoming / outgoing edges, kg/month of whatever they carry. */
  readonly flowIn: number;
  readonly flowOut: number;
  /** Where the view drew it, when the snapshot was taken from a view. */
  readonly position?: Position;
}

export interface SnapshotEdge {
  readonly id: string;
  /** Legal status under the scenario (never below the dataset's `status`). */
  readonly status: LegalStatus;
  /** kg/month of the edge's commodity still open under the scenario. */
  readonly openCapacity: number;
  /** Flow in the computed maximum flow, kg/month of the edge's commodity. */
  readonly flow: number;
  /** On at least one surviving route. */
  readonly survived: boolean;
  /** Open capacity 0. */
  readonly closed: boolean;
  /** How each intervention in force changed it, in the order applied. */
  readonly changes: readonly EdgeChange[];
}

export interface Snapshot {
  readonly format: typeof SNAPSHOT_FORMAT;
  readonly version: typeof SNAPSHOT_VERSION;
  /** Short name of the dataset (its file name without extension): used in file names. */
  readonly name: string;
  readonly dataset: Dataset;
  readonly scenario: Scenario;
  /** Interventions in force, with the effectiveness used and why each is on. */
  readonly interventions: readonly ActiveIntervention[];
  /** The analysis report (src/analysis/report-types.ts), unchanged. */
  readonly report: AnalysisReport;
  /** Aligned with dataset.nodes / dataset.edges. */
  readonly nodes: readonly SnapshotNode[];
  readonly edges: readonly SnapshotEdge[];
}
