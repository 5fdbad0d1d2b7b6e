/**
 * The compiled network: the dataset turned once into a commodity-aware flow network on
 * typed arrays (see docs/analysis.md, "The compiled network").
 *
 * Vertices
 * - the super-source S (0) and the super-sink T (1);
 * - one *state* per (dataset node, commodity class) the node handles. Every commodity of
 *   kind "product" is one class (fentanyl-equivalent is fungible: powder and pills are
 *   counted by fentanyl content), every other commodity its own class, so a path keeps
 *   its chemical until a lab. A node with a capacity (other than a lab) has each state
 *   split into an in-vertex and an out-vertex joined by a *split* arc;
 * - one *lab output* vertex per lab, where recipe output is pooled.
 *
 * Arcs (logical arcs of the `FlowGraph`)
 * - edge:   one per dataset edge, out(u, k) -> in(v, k);
 * - split:  in(v, k) -> out(v, k), the node's capacity;
 * - source: S -> in(p, k) for every producer p and class k it ships;
 * - sink:   out(m, product) -> T for every market m;
 * - intake: (lab, c) -> lab output, for every input commodity c of the lab's recipes;
 * - lab:    lab output -> in(lab, product), the lab's capacity.
 *
 * Units. Flow is counted in kg/month of fentanyl-equivalent: an arc of commodity class k
 * gets scale[k] = 1 / ratio_k flow units per kg, ratio_k being the smallest recipe ratio of
 * that commodity (kg of input per kg of fentanyl-eq). Product arcs have scale 1.
 */
import type { NetworkIndex } from "./network-index";
import type { Dataset } from "../../model/types";
import type { FlowGraph } from "../graph/flow-graph";
import type { ApproximationNote } from "../report-types";

export const ARC_EDGE = 0;
export const ARC_SPLIT = 1;
export const ARC_SOURCE = 2;
export const ARC_SINK = 3;
export const ARC_INTAKE = 4;
export const ARC_LAB = 5;
export type ArcKind = typeof ARC_EDGE | typeof ARC_SPLIT | typeof ARC_SOURCE | typeof ARC_SINK | typeof ARC_INTAKE | typeof ARC_LAB;

/** The class of all product commodities. */
export const PRODUCT_CLASS = 0;

export interface CompiledRecipeInput {
  /** Commodity index in dataset.commodities. */
  readonly commodity: number;
  /** kg of this input per kg of fentanyl-equivalent produced. */
  readonly ratio: number;
  /** Index into `intakes`. */
  readonly intake: number;
}

export interface CompiledRecipe {
  readonly id: string;
  /** Dataset node index of the lab. */
  readonly lab: number;
  /** JSON path of the recipe in the dataset, for messages. */
  readonly path: string;
  /** Distinct input commodities (a commodity listed twice has its ratios added). */
  readonly inputs: readonly CompiledRecipeInput[];
  /** Position in `inputs` of the input whose chain carries the flow (see docs/analysis.md). */
  readonly primary: number;
  /**
   * True when the recipe's output must be bounded by each input's separately deliverable
   * amount: it has several inputs, or its single input's ratio is above the commodity's
   * smallest ratio (the unit the chain is scaled in).
   */
  readonly capped: boolean;
}

export interface Intake {
  readonly lab: number;
  readonly commodity: number;
  readonly commodityClass: number;
  /** The logical arc (lab state -> lab output). */
  readonly arc: number;
  /** The lab's state vertex for this commodity. */
  readonly state: number;
  /** Recipes that use this input, and those among them whose primary input it is. */
  readonly recipes: readonly number[];
  readonly primaryRecipes: readonly number[];
}

/**
 * The AND-OR structure as CSR tables for survival (survival.ts): which intakes have their
 * input state at a vertex, which recipes use an intake, and which intakes a recipe needs.
 */
export interface AndOrTables {
  readonly stateIntakeStart: Int32Array;
  readonly stateIntakes: Int32Array;
  readonly intakeRecipeStart: Int32Array;
  readonly intakeRecipes: Int32Array;
  readonly recipeInputStart: Int32Array;
  readonly recipeInputs: Int32Array;
  /** Per intake: its arc. */
  readonly intakeArc: Int32Array;
}

export interface CompiledLab {
  readonly node: number;
  readonly recipes: readonly number[];
  readonly outputVertex: number;
  /** The lab arc (lab output -> product state); its capacity is the lab's. */
  readonly outputArc: number;
}

/**
 * One commodity class's own network, for the separately deliverable amount of a recipe
 * input (max-flow from the producers to one lab within that commodity), stored
 * *reversed*: every arc points from the labs toward the producers, and local vertex 0 is
 * the super-source. A query is then a max-flow from the lab to vertex 0, which never
 * scans vertex 0's (many) arcs: its cost stays proportional to what can reach the lab.
 * Local arc i is global arc globalArc[i], reversed.
 */
export interface CommoditySubnetwork {
  readonly commodityClass: number;
  readonly reversed: FlowGraph;
  /** Per local arc: the global logical arc. */
  readonly globalArc: Int32Array;
  /** Global vertex -> its local number in its own class's subnetwork (-1: in none). */
  readonly localVertex: Int32Array;
}

/** What the compiled network cannot represent exactly (listed in the report). */
export type Approximation = ApproximationNote;

export interface CompiledNetwork {
  readonly dataset: Dataset;
  readonly index: NetworkIndex;
  readonly graph: FlowGraph;
  readonly source: number;
  readonly sink: number;

  /** Per vertex: dataset node index (-1 for S and T) and commodity class (-1 for S, T and lab outputs). */
  readonly vertexNode: Int32Array;
  readonly vertexClass: Int32Array;

  /** Per logical arc: kind, reference (edge index, node index or intake index) and class. */
  readonly arcKind: Uint8Array;
  readonly arcRef: Int32Array;
  readonly arcClass: Int32Array;
  /** Per dataset edge: its logical arc. */
  readonly edgeArc: Int32Array;

  /** Per class: the commodity indices in it, and flow units per kg. */
  readonly classCommodities: readonly (readonly number[])[];
  readonly classScale: Float64Array;
  /** Per commodity index: its class. */
  readonly commodityClass: Int32Array;

  /** Edges entering node v: nodeInEdges[nodeInStart[v] .. nodeInStart[v+1]-1]. */
  readonly nodeInStart: Int32Array;
  readonly nodeInEdges: Int32Array;
  /** Per dataset node: its capacity, or Infinity. */
  readonly nodeCapacity: Float64Array;

  readonly recipes: readonly CompiledRecipe[];
  readonly intakes: readonly Intake[];
  readonly labs: readonly CompiledLab[];
  readonly andOr: AndOrTables;
  /** Per commodity class: the capped recipes with an input of that class. */
  readonly cappedRecipesOfClass: ReadonlyMap<number, readonly number[]>;
  /** Per commodity class that feeds a capped recipe: its own network. */
  readonly subnetworks: ReadonlyMap<number, CommoditySubnetwork>;

  /** Vertices that lie on some structural S-T route, in topological order. */
  readonly topologicalOrder: Int32Array;
  /** Per vertex: 1 when it lies on some structural S-T route. */
  readonly relevant: Uint8Array;

  readonly approximations: readonly Approximation[];
}
