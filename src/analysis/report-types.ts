/**
 * The analysis report: what `chokepoint analyze --format json` prints and what the app's
 * results panel reads. The keys of `AnalysisReport` are a contract (docs/cli.md,
 * "analyze"): add keys, never rename or remove them without bumping `version`.
 *
 * Units: throughput, capacities of routes and cut entries, inflows and attribution deltas
 * are kg/month of fentanyl-equivalent; licit loss is kg/month of the chemicals themselves.
 * Path counts are decimal strings because they can exceed 2^53 (JSON numbers would round).
 */
import type { InterventionKind, LegalStatus, NodeKind } from "../model/types";

export const REPORT_FORMAT = "chokepoint-analysis";
export const REPORT_VERSION = 1;
export const THROUGHPUT_UNIT = "kg/month fentanyl-equivalent";

/** A source-to-market route: dataset edges from a producer to a market. */
export interface Route {
  /** Dataset edge ids, in order. */
  readonly edges: readonly string[];
  /** Dataset node ids, edges.length + 1 of them (producer first, market last). */
  readonly nodes: readonly string[];
  /** Commodity id carried on each edge. */
  readonly commodities: readonly string[];
  /** Legal status of each edge under the scenario. */
  readonly statuses: readonly LegalStatus[];
  /** The lab where the chemical becomes product, or null for product shipped directly. */
  readonly lab: string | null;
  /**
   * Narrowest open capacity along the route, kg/month fentanyl-equivalent (chemical
   * edges converted at the recipe ratio; a recipe's output bound counts too).
   */
  readonly bottleneck: number;
  /** True when every edge before the lab is legal: the precursor loophole. */
  readonly loophole: boolean;
}

/** A route of the flow decomposition, with the flow it carries in the maximum flow. */
export interface FlowRoute extends Route {
  readonly flow: number;
}

export interface ThroughputSummary {
  /** Maximum flow with no intervention. */
  readonly baseline: number;
  /** Maximum flow under the scenario. */
  readonly scenario: number;
  readonly unit: typeof THROUGHPUT_UNIT;
}

export interface PathSummary {
  /** Number of surviving source-to-market routes with no intervention (decimal string). */
  readonly baseline: string;
  /** Number of surviving routes under the scenario (decimal string). */
  readonly surviving: string;
  /** The widest surviving routes, widest first (at most `top`). */
  readonly top: readonly Route[];
}

export interface MarketReport {
  readonly id: string;
  /** True when at least one surviving route reaches it. */
  readonly supplied: boolean;
  /** Product entering it in the computed maximum flow (one optimal flow among possibly several). */
  readonly inflow: number;
}

export interface RecipeReport {
  readonly id: string;
  /** True when every input reaches the lab (AND). */
  readonly runs: boolean;
  /** Input commodity ids that do not reach the lab (empty when it runs). */
  readonly missing: readonly string[];
}

export interface LabReport {
  readonly id: string;
  readonly recipes: readonly RecipeReport[];
  /** Product leaving the lab's recipes in the computed maximum flow. */
  readonly output: number;
}

/** An intervention in the dataset whose selector matches a cut element. */
export interface ClosableBy {
  readonly intervention: string;
  readonly kind: InterventionKind;
}

/**
 * One element of the minimum cut. Most are dataset edges (`kind: "edge"`); a node's or a
 * lab's own capacity can also be the bottleneck, and so can a recipe's output bound
 * (`kind: "recipe-input"`: the recipe is short of a non-primary input, see docs/analysis.md).
 * The capacities of all entries sum to the scenario's throughput.
 */
export interface MinCutEntry {
  readonly kind: "edge" | "node" | "lab" | "recipe-input";
  /** The dataset edge id, or null when the element is not an edge. */
  readonly edge: string | null;
  /** The node whose capacity binds (node, lab), or the lab (recipe-input); null for edges. */
  readonly node: string | null;
  /** Commodity id of the edge or of the recipe's primary input; null for node and lab. */
  readonly commodity: string | null;
  /** kg/month fentanyl-equivalent. */
  readonly capacity: number;
  /** Interventions whose selector matches this edge (or the edges into this node), dataset order. */
  readonly closableBy: readonly ClosableBy[];
  /** One sentence a person can read. */
  readonly note: string;
}

export interface LicitLossEdge {
  readonly edge: string;
  readonly commodity: string;
  /** kg/month of the chemical: the edge's capacity, what stays open, and the difference. */
  readonly capacity: number;
  readonly open: number;
  readonly lost: number;
}

export interface LicitLoss {
  /** Capacity removed from edges with a licit consignee, kg/month of the chemicals. */
  readonly lost: number;
  /** Total capacity of edges with a licit consignee. */
  readonly baseline: number;
  /** lost / baseline (0 when there is no licit trade). */
  readonly share: number;
  readonly unit: "kg/month";
  /** The licit edges the scenario reduces, largest loss first. */
  readonly edges: readonly LicitLossEdge[];
}

export interface AttributionEntry {
  readonly intervention: string;
  readonly kind: InterventionKind;
  /** In force under the scenario. */
  readonly enabled: boolean;
  /**
   * Throughput with this intervention on minus throughput with it off, everything else as
   * in the scenario: negative when it removes supply. For an enabled intervention this is
   * leave-one-out; for a disabled one, switch-one-on.
   */
  readonly throughputDelta: number;
  /** Throughput with this one intervention toggled. */
  readonly counterfactual: number;
}

export interface ChokepointEntry {
  readonly id: string;
  readonly kind: NodeKind;
}

export interface ScenarioSummary {
  readonly date: string | null;
  readonly idealized: boolean;
  /** Interventions in force, with the effectiveness used (after cooperation). */
  readonly active: readonly { readonly id: string; readonly effectiveness: number }[];
}

/** Where the computed figures rest on an approximation (empty: exact). */
export type ApproximationNote =
  | { readonly kind: "multi-input-recipe"; readonly lab: string; readonly recipe: string; readonly primary: string; readonly capped: readonly string[] }
  | { readonly kind: "shared-node-capacity"; readonly node: string; readonly commodities: readonly string[] }
  | { readonly kind: "ratio-spread"; readonly commodity: string; readonly ratios: readonly number[] }
  | { readonly kind: "product-recipe-ratio"; readonly lab: string; readonly recipe: string; readonly ratio: number };

export interface AnalysisReport {
  readonly format: typeof REPORT_FORMAT;
  readonly version: typeof REPORT_VERSION;
  readonly scenario: ScenarioSummary;
  readonly throughput: ThroughputSummary;
  readonly paths: PathSummary;
  readonly markets: readonly MarketReport[];
  readonly labs: readonly LabReport[];
  readonly minCut: readonly MinCutEntry[];
  /**
   * Share of the scenario's throughput that the loophole alone can carry: the maximum
   * flow when only legal chemical edges count and no product leaves a producer directly,
   * divided by the throughput (0 when the throughput is 0).
   */
  readonly loopholeShare: number;
  readonly licitLoss: LicitLoss;
  /** One entry per intervention in the dataset, dataset order (empty when not asked for). */
  readonly attribution: readonly AttributionEntry[];
  /** Nodes every surviving route crosses, from producers to markets. */
  readonly chokepoints: readonly ChokepointEntry[];
  /** The flow decomposition: the routes carrying the maximum flow, largest first. */
  readonly flows: { readonly count: number; readonly top: readonly FlowRoute[] };
  /** True when no approximation applies to this dataset (see `approximations`). */
  readonly exact: boolean;
  readonly approximations: readonly ApproximationNote[];
}
