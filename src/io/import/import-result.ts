/** What an import gives: a validated dataset (and scenario, positions) or every problem. */
import type { Dataset } from "../../model/types";
import type { Scenario } from "../../scenario/types";
import type { ImportProblem } from "../import-error";
import type { Position } from "../snapshot/snapshot-types";

export const IMPORT_FORMATS = ["json", "gexf", "graphml", "csv"] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

export interface ImportSuccess {
  readonly ok: true;
  readonly format: ImportFormat;
  /** Passed the dataset validator (src/model): safe to hand to the engine and the analysis. */
  readonly dataset: Dataset;
  /** The scenario a native snapshot (or a Chokepoint GraphML) carried; null otherwise. */
  readonly scenario: Scenario | null;
  /** View positions the file carried, by node id (possibly none). */
  readonly positions: ReadonlyMap<string, Position>;
  /** What was inferred or ignored, for the user to read. */
  readonly notes: readonly string[];
}

export interface ImportFailure {
  readonly ok: false;
  readonly format: ImportFormat | undefined;
  /** Every problem found, in file order, each with its location and kind. */
  readonly problems: readonly ImportProblem[];
}

export type ImportResult = ImportSuccess | ImportFailure;

export function failure(format: ImportFormat | undefined, problems: readonly ImportProblem[]): ImportFailure {
  return { ok: false, format, problems };
}
