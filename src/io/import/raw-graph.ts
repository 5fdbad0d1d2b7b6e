/**
 * What the GEXF, GraphML and CSV readers produce and build-dataset.ts turns into a
 * dataset: nodes and edges as named text fields, each with where it was read, so any
 * later problem (a bad number, an unknown node, a validation error) points at the file,
 * line and column it came from. Values stay text here; typing them is the builder's job,
 * in one place for the three formats.
 */
import type { ImportProblem } from "../import-error";
import type { Position } from "../snapshot/snapshot-types";

export interface Location {
  readonly file: string;
  readonly line?: number;
  readonly column?: number;
}

export interface RawValue {
  readonly text: string;
  readonly at: Location;
}

export interface RawItem {
  readonly at: Location;
  /** Field name as the file wrote it -> value. `id`, `source`, `target` included. */
  readonly fields: ReadonlyMap<string, RawValue>;
  /** A view position the file gave (GEXF viz:position). */
  readonly position?: Position;
}

export type GraphFormat = "gexf" | "graphml" | "csv";

export interface RawGraph {
  readonly format: GraphFormat;
  readonly file: string;
  readonly nodes: readonly RawItem[];
  readonly edges: readonly RawItem[];
  /** A title the file gave (GEXF meta, GraphML graph data), for the dataset's meta. */
  readonly title?: string;
  /** Chokepoint's graph context (GraphML graph data): the rest of the dataset and the scenario, as JSON. */
  readonly context?: RawValue;
  /** What the reader noticed and did (ignored parts), for the user. */
  readonly notes: readonly string[];
}

export type ReadResult = { readonly ok: true; readonly graph: RawGraph } | { readonly ok: false; readonly problems: readonly ImportProblem[] };
