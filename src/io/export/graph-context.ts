/**
 * The parts of a dataset that are not nodes or edges (meta, sources, jurisdictions,
 * commodities, interventions, events), and the scenario, as JSON text: GraphML carries
 * them as graph-level data so that a Chokepoint GraphML file re-imports as the whole
 * dataset with its scenario. Formats without graph-level data (GEXF, CSV) do not.
 */
import type { Dataset } from "../../model/types";
import type { Scenario } from "../../scenario/types";

export const GRAPH_CONTEXT_FORMAT = "chokepoint-graph-context";
export const GRAPH_CONTEXT_VERSION = 1;

export type DatasetContext = Omit<Dataset, "nodes" | "edges">;

export interface GraphContext {
  readonly format: typeof GRAPH_CONTEXT_FORMAT;
  readonly version: typeof GRAPH_CONTEXT_VERSION;
  readonly dataset: DatasetContext;
  readonly scenario: Scenario;
}

export function datasetContext(dataset: Dataset): DatasetContext {
  const { nodes: _nodes, edges: _edges, ...context } = dataset;
  return context;
}

export function graphContextJson(dataset: Dataset, scenario: Scenario): string {
  const context: GraphContext = { format: GRAPH_CONTEXT_FORMAT, version: GRAPH_CONTEXT_VERSION, dataset: datasetContext(dataset), scenario };
  return JSON.stringify(context);
}
