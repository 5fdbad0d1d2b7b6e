/**
 * Builds a snapshot from what the scenario engine and the analysis computed: nothing is
 * recomputed here (statuses, open capacities and changes come from the AppliedScenario;
 * flows, survival and chokepoints from the analysis), so every export shows exactly what
 * the app and `chokepoint analyze` show.
 */
import { withDefaults } from "../../model/options";
import type { Analysis } from "../../analysis/analyzer";
import type { Dataset } from "../../model/types";
import { STATUS_CODES } from "../../scenario/types";
import { IoError } from "../io-error";
import { SNAPSHOT_FORMAT, SNAPSHOT_VERSION, type Position, type Snapshot, type SnapshotEdge, type SnapshotNode } from "./snapshot-types";

export interface SnapshotOptions {
  /** The dataset's short name (file name without extension), used in exported file names. */
  readonly name: string;
  /** View positions by node id (the app passes its layout); nodes without one get none. */
  readonly positions: ReadonlyMap<string, Position> | null;
}

export const DEFAULT_SNAPSHOT_OPTIONS: SnapshotOptions = Object.freeze({ name: "dataset", positions: null });

function checkedPosition(id: string, position: Position | undefined): Position | undefined {
  if (position === undefined) return undefined;
  if (!Number.isFinite(position.x) || !Number.isFinite(position.y))
    throw new IoError("invalid-position", `the position of node '${id}' is not a pair of finite numbers`);
  return { x: position.x, y: position.y };
}

export function buildSnapshot(dataset: Dataset, analysis: Analysis, options: Partial<SnapshotOptions> = {}): Snapshot {
  const settings = withDefaults(DEFAULT_SNAPSHOT_OPTIONS, options);
  if (settings.name.trim().length === 0) throw new IoError("invalid-option", "the snapshot needs a non-empty dataset name");
  const { applied, edgeFlow, edgeSurvives, report } = analysis;
  const edgeCount = dataset.edges.length;
  if (applied.openCapacity.length !== edgeCount || edgeFlow.length !== edgeCount || edgeSurvives.length !== edgeCount)
    throw new IoError("mismatched-analysis", "the analysis was computed for a different dataset (edge counts differ)");

  const nodeIndex = new Map(dataset.nodes.map((node, i) => [node.id, i]));
  const flowIn = new Float64Array(dataset.nodes.length);
  const flowOut = new Float64Array(dataset.nodes.length);
  const survives = new Uint8Array(dataset.nodes.length);
  const edges: SnapshotEdge[] = dataset.edges.map((edge, e) => {
    const source = nodeIndex.get(edge.source);
    const target = nodeIndex.get(edge.target);
    if (source === undefined || target === undefined)
      throw new IoError("mismatched-analysis", `edge '${edge.id}' names a node the dataset lacks`);
    flowOut[source] += edgeFlow[e];
    flowIn[target] += edgeFlow[e];
    if (edgeSurvives[e]) survives[source] = survives[target] = 1;
    return {
      id: edge.id,
      status: STATUS_CODES[applied.statusCode[e]],
      openCapacity: applied.openCapacity[e],
      flow: edgeFlow[e],
      survived: edgeSurvives[e] === 1,
      closed: applied.openCapacity[e] === 0,
      changes: applied.changesOf(e),
    };
  });
  const chokepoints = new Set(report.chokepoints.map((entry) => entry.id));
  const nodes: SnapshotNode[] = dataset.nodes.map((node, v) => {
    const position = checkedPosition(node.id, settings.positions?.get(node.id));
    const state = { id: node.id, survived: survives[v] === 1, chokepoint: chokepoints.has(node.id), flowIn: flowIn[v], flowOut: flowOut[v] };
    return position === undefined ? state : { ...state, position };
  });
  return {
    format: SNAPSHOT_FORMAT,
    version: SNAPSHOT_VERSION,
    name: settings.name,
    dataset,
    scenario: applied.resolved.scenario,
    interventions: applied.resolved.active,
    report,
    nodes,
    edges,
  };
}
