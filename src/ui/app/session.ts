/**
 * Everything derived once from a loaded dataset: the scenario engine, the graphology graph
 * (one per session: scenario changes restyle it, never rebuild it), the layouts that do
 * not need a worker, the baseline edge states and the facts the reducers read.
 */
import type { Dataset } from "../../model/types";
import { compileScenarioEngine, type ScenarioEngine } from "../../scenario";
import type { AppliedScenario, Scenario } from "../../scenario/types";
import { geographicLayout } from "../graph/layout/geographic";
import { largestGroup, spreadColocated } from "../graph/layout/spread";
import type { Positions } from "../graph/layout/positions";
import { tieredLayout, type TieredLayout } from "../graph/layout/tiered";
import { buildSessionGraph, type SessionGraph } from "../graph/session-graph";
import type { NodeFacts } from "../graph/style/display";
import { baselineStates, type EdgeStates } from "../graph/style/edge-classes";

/** Above this many edges the app switches to its "large graph" settings (see LARGE_GRAPH). */
export const LARGE_GRAPH_EDGES = 5_000;

/** Smallest distance between two nodes of the geographic layout, degrees. */
const GEOGRAPHIC_SPREAD_DEGREES = 1.5;
/** A longitude gap this wide (an ocean) separates the regions of the geographic layout. */
const GEOGRAPHIC_REGION_GAP_DEGREES = 25;

export interface Session {
  readonly dataset: Dataset;
  /** Shown in the header: the dataset's title or the generator's description. */
  readonly name: string;
  /** Autosaved state is only restored for the same dataset. */
  readonly key: string;
  readonly engine: ScenarioEngine;
  readonly graph: SessionGraph;
  readonly layouts: { readonly tiered: Positions; readonly geographic: Positions };
  /**
   * Nodes the geographic layout first frames: its busiest region (the default dataset's
   * North America), so the crowded end of the chain starts readable; null frames all.
   */
  readonly geographicFrame: readonly string[] | null;
  /** Column and row spacing of the tiered layout (labels and column titles fit to them). */
  readonly tiered: TieredLayout;
  readonly baseline: EdgeStates;
  readonly maxCapacity: number;
  readonly nodeFacts: readonly NodeFacts[];
  readonly nodeIndex: ReadonlyMap<string, number>;
  readonly edgeIndex: ReadonlyMap<string, number>;
  /** More than LARGE_GRAPH_EDGES edges: analysis in a worker, plain edges, no hover fading. */
  readonly large: boolean;
  /**
   * The scenario applied to the dataset, memoised per scenario value (scenarios are
   * immutable), so the views asking for the same scenario share one result.
   */
  apply(scenario: Scenario): AppliedScenario;
}

export function createSession(dataset: Dataset, name: string): Session {
  const engine = compileScenarioEngine(dataset);
  const large = dataset.edges.length > LARGE_GRAPH_EDGES;
  const tiered = tieredLayout(dataset, { sweeps: large ? 2 : 12 });
  // Co-located nodes are spread apart (small graphs: the spread is quadratic, and large
  // graphs draw no labels to untangle).
  const geographic = large ? geographicLayout(dataset) : spreadColocated(geographicLayout(dataset), { minDistance: GEOGRAPHIC_SPREAD_DEGREES });
  const busiest = large ? [] : largestGroup(geographic, GEOGRAPHIC_REGION_GAP_DEGREES);
  const graph = buildSessionGraph(dataset, tiered.positions);
  const baseline = baselineStates(dataset.edges);
  const appliedCache = new WeakMap<Scenario, AppliedScenario>();
  let maxCapacity = 0;
  for (const capacity of baseline.openCapacity) maxCapacity = Math.max(maxCapacity, capacity);
  return {
    dataset,
    name,
    key: datasetKey(dataset, name),
    engine,
    graph,
    layouts: { tiered: tiered.positions, geographic },
    geographicFrame: busiest.length > 1 && busiest.length < dataset.nodes.length ? busiest : null,
    tiered,
    baseline,
    maxCapacity,
    nodeFacts: dataset.nodes.map((node) => ({
      label: node.label,
      shortLabel: node.shortLabel ?? node.label,
      kind: node.kind,
      unverified: node.unverified === true,
    })),
    nodeIndex: new Map(dataset.nodes.map((node, index) => [node.id, index])),
    edgeIndex: new Map(dataset.edges.map((edge, index) => [edge.id, index])),
    large,
    apply(scenario) {
      let applied = appliedCache.get(scenario);
      if (!applied) {
        applied = engine.apply(scenario);
        appliedCache.set(scenario, applied);
      }
      return applied;
    },
  };
}

/** A cheap fingerprint: same title, size and last update means the same dataset. */
function datasetKey(dataset: Dataset, name: string): string {
  return [name, dataset.meta.updated ?? "", dataset.nodes.length, dataset.edges.length, dataset.interventions.length].join("|");
}
