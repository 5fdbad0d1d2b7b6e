/** Messages between the app and the analysis worker. */
import type { AnalysisReport } from "../../analysis/report-types";
import type { Dataset } from "../../model/types";
import type { Scenario } from "../../scenario/types";

export interface AnalysisResult {
  readonly report: AnalysisReport;
  /** Per dataset edge: flow in the computed maximum flow, kg/month of its commodity. */
  readonly edgeFlow: Float64Array;
  /** Per dataset edge: 1 when it lies on a surviving route. */
  readonly edgeSurvives: Uint8Array;
  /** Milliseconds the analysis itself took (where it ran). */
  readonly elapsedMs: number;
}

export type ToWorker =
  | { readonly kind: "init"; readonly dataset: Dataset }
  | {
      readonly kind: "analyze";
      readonly id: number;
      readonly scenario: Scenario;
      readonly attribution: boolean;
      /** Send the throughput alone first (one max-flow), then the full report. */
      readonly quick: boolean;
    };

export type FromWorker =
  | { readonly kind: "ready" }
  | { readonly kind: "throughput"; readonly id: number; readonly throughput: number; readonly elapsedMs: number }
  | { readonly kind: "result"; readonly id: number; readonly result: AnalysisResult }
  | { readonly kind: "error"; readonly id: number; readonly message: string };
