/**
 * Compiles a dataset into the commodity-aware network of `compiled-network.ts`, once per
 * dataset. Per scenario only capacities change (evaluate.ts), in O(arcs).
 *
 * Steps: classify commodities; create the state vertices each node needs (splitting
 * capacitated non-lab nodes); add edge, split, source, sink, intake and lab arcs; build
 * the CSR graph; keep the vertices on some structural source-to-sink route and order
 * them topologically (a cycle there is an `AnalysisError` of kind "cycle"); build the
 * per-commodity subnetworks that bound multi-input recipes.
 */
import type { Dataset } from "../../model/types";
import { AnalysisError } from "../errors";
import { buildFlowGraph } from "../graph/flow-graph";
import { topologicalOrder } from "../graph/topological-order";
import { reachable } from "../graph/reachability";
import { approximationsOf } from "./approximations";
import { buildNetworkIndex, type NetworkIndex } from "./network-index";
import { recipeTables, type RecipeTables } from "./recipes";
import { buildSubnetworks } from "./subnetworks";
import {
  ARC_EDGE,
  ARC_INTAKE,
  ARC_LAB,
  ARC_SINK,
  ARC_SOURCE,
  ARC_SPLIT,
  PRODUCT_CLASS,
  type AndOrTables,
  type ArcKind,
  type CompiledNetwork,
  type CompiledRecipe,
  type Intake,
} from "./compiled-network";

/** Arcs in typed arrays sized by an upper bound known before they are added. */
class ArcList {
  readonly tail: Int32Array;
  readonly head: Int32Array;
  readonly kind: Uint8Array;
  readonly ref: Int32Array;
  readonly cls: Int32Array;
  size = 0;
  constructor(capacity: number) {
    this.tail = new Int32Array(capacity);
    this.head = new Int32Array(capacity);
    this.kind = new Uint8Array(capacity);
    this.ref = new Int32Array(capacity);
    this.cls = new Int32Array(capacity);
  }
  add(tail: number, head: number, kind: ArcKind, ref: number, cls: number): number {
    const a = this.size++;
    this.tail[a] = tail;
    this.head[a] = head;
    this.kind[a] = kind;
    this.ref[a] = ref;
    this.cls[a] = cls;
    return a;
  }
}

/** Commodity index -> class: every product is class 0, every other commodity its own. */
function classify(dataset: Dataset): { commodityClass: Int32Array; classCommodities: number[][] } {
  const commodityClass = new Int32Array(dataset.commodities.length);
  const classCommodities: number[][] = [[]];
  dataset.commodities.forEach((commodity, c) => {
    if (commodity.kind === "product") {
      commodityClass[c] = PRODUCT_CLASS;
      classCommodities[PRODUCT_CLASS].push(c);
    } else {
      commodityClass[c] = classCommodities.length;
      classCommodities.push([c]);
    }
  });
  return { commodityClass, classCommodities };
}

/** Adds `value` to a small list unless present (node class lists hold one to a few items). */
function addOnce(list: number[], value: number): void {
  if (!list.includes(value)) list.push(value);
}

/**
 * Per node: the sorted classes it handles (edge classes, plus recipe inputs and product at
 * labs), and the classes it ships (producers are sources of those).
 */
function nodeClasses(nodeCount: number, index: NetworkIndex, commodityClass: Int32Array, recipes: RecipeTables): { all: number[][]; shipped: number[][] } {
  const all: number[][] = Array.from({ length: nodeCount }, () => []);
  const shipped: number[][] = Array.from({ length: nodeCount }, () => []);
  const { edgeSource, edgeTarget, edgeCommodity } = index;
  for (let e = 0; e < edgeSource.length; e++) {
    const k = commodityClass[edgeCommodity[e]];
    addOnce(all[edgeSource[e]], k);
    addOnce(shipped[edgeSource[e]], k);
    addOnce(all[edgeTarget[e]], k);
  }
  for (const intake of recipes.intakes) {
    addOnce(all[intake.lab], intake.commodityClass);
    addOnce(all[intake.lab], PRODUCT_CLASS);
  }
  for (const list of all) list.sort((a, b) => a - b);
  for (const list of shipped) list.sort((a, b) => a - b);
  return { all, shipped };
}

/** Edges entering each node, as CSR (counting sort by target). */
function inEdgesByNode(nodeCount: number, edgeTarget: Int32Array): [Int32Array, Int32Array] {
  const start = new Int32Array(nodeCount + 1);
  for (let e = 0; e < edgeTarget.length; e++) start[edgeTarget[e] + 1]++;
  for (let v = 0; v < nodeCount; v++) start[v + 1] += start[v];
  const fill = start.slice(0, nodeCount);
  const edges = new Int32Array(edgeTarget.length);
  for (let e = 0; e < edgeTarget.length; e++) edges[fill[edgeTarget[e]]++] = e;
  return [start, edges];
}

/** CSR lists from (key, value) pairs: values grouped by key 0..keyCount-1, in input order. */
function csr(keyCount: number, pairs: readonly (readonly [number, number])[]): [Int32Array, Int32Array] {
  const start = new Int32Array(keyCount + 1);
  for (const [key] of pairs) start[key + 1]++;
  for (let k = 0; k < keyCount; k++) start[k + 1] += start[k];
  const fill = start.slice(0, keyCount);
  const values = new Int32Array(pairs.length);
  for (const [key, value] of pairs) values[fill[key]++] = value;
  return [start, values];
}

function andOrTables(vertexCount: number, intakes: readonly Intake[], recipes: readonly CompiledRecipe[]): AndOrTables {
  const [stateIntakeStart, stateIntakes] = csr(vertexCount, intakes.map((intake, i) => [intake.state, i] as const));
  const [intakeRecipeStart, intakeRecipes] = csr(intakes.length, intakes.flatMap((intake, i) => intake.recipes.map((r) => [i, r] as const)));
  const [recipeInputStart, recipeInputs] = csr(recipes.length, recipes.flatMap((recipe, r) => recipe.inputs.map((input) => [r, input.intake] as const)));
  return { stateIntakeStart, stateIntakes, intakeRecipeStart, intakeRecipes, recipeInputStart, recipeInputs, intakeArc: Int32Array.from(intakes, (intake) => intake.arc) };
}

export function compileNetwork(dataset: Dataset): CompiledNetwork {
  const index = buildNetworkIndex(dataset);
  const { commodityClass, classCommodities } = classify(dataset);
  const recipes = recipeTables(dataset, index, commodityClass);
  const nodeCount = dataset.nodes.length;
  const { all: classes, shipped } = nodeClasses(nodeCount, index, commodityClass, recipes);
  const nodeCapacity = Float64Array.from(dataset.nodes, (node) => node.capacity ?? Infinity);
  const [nodeInStart, nodeInEdges] = inEdgesByNode(nodeCount, index.edgeTarget);

  // Vertices: per node, one state per class (two when split), in class order; then one
  // output vertex per lab. A lab that presses product receives it at an in-vertex and
  // ships it from an out-vertex; its pressing recipe and its lab arc join the two.
  const split = dataset.nodes.map((node) => node.capacity !== undefined && node.kind !== "lab");
  const presses = new Set(recipes.intakes.filter((intake) => intake.commodityClass === PRODUCT_CLASS).map((intake) => intake.lab));
  let stateCount = 0;
  for (let v = 0; v < nodeCount; v++) stateCount += classes[v].length;
  const stateStart = new Int32Array(nodeCount + 1);
  const stateInVertex = new Int32Array(stateCount);
  const stateOutVertex = new Int32Array(stateCount);
  const vertexNode: number[] = [-1, -1];
  const vertexClass: number[] = [-1, -1];
  for (let v = 0, state = 0; v < nodeCount; v++) {
    stateStart[v] = state;
    for (const k of classes[v]) {
      stateInVertex[state] = vertexNode.length;
      vertexNode.push(v);
      vertexClass.push(k);
      if (split[v] || (k === PRODUCT_CLASS && presses.has(v))) {
        vertexNode.push(v);
        vertexClass.push(k);
      }
      stateOutVertex[state++] = vertexNode.length - 1;
    }
    stateStart[v + 1] = state;
  }
  const labOutput = new Map<number, number>();
  for (const lab of recipes.labNodes) {
    labOutput.set(lab, vertexNode.length);
    vertexNode.push(lab);
    vertexClass.push(-1);
  }
  const stateOf = (v: number, k: number): number => {
    for (let state = stateStart[v]; state < stateStart[v + 1]; state++) if (classes[v][state - stateStart[v]] === k) return state;
    throw new RangeError(`node ${v} has no state of class ${k}`);
  };
  const stateIn = (v: number, k: number): number => stateInVertex[stateOf(v, k)];
  const stateOut = (v: number, k: number): number => stateOutVertex[stateOf(v, k)];

  // Arcs.
  // Edges, at most one split and one source arc per state, one sink arc per market, the intakes and lab arcs.
  const arcs = new ArcList(dataset.edges.length + 2 * stateCount + nodeCount + recipes.intakes.length + recipes.labNodes.length);
  const edgeArc = new Int32Array(dataset.edges.length);
  for (let e = 0; e < dataset.edges.length; e++) {
    const k = commodityClass[index.edgeCommodity[e]];
    edgeArc[e] = arcs.add(stateOut(index.edgeSource[e], k), stateIn(index.edgeTarget[e], k), ARC_EDGE, e, k);
  }
  dataset.nodes.forEach((node, v) => {
    for (const k of classes[v]) {
      if (split[v]) arcs.add(stateIn(v, k), stateOut(v, k), ARC_SPLIT, v, k);
    }
    if (node.kind === "producer") for (const k of shipped[v]) arcs.add(0, stateIn(v, k), ARC_SOURCE, v, k);
    if (node.kind === "market" && classes[v].includes(PRODUCT_CLASS)) arcs.add(stateOut(v, PRODUCT_CLASS), 1, ARC_SINK, v, PRODUCT_CLASS);
  });
  const intakes = recipes.intakes.map((intake, i) => {
    const state = stateIn(intake.lab, intake.commodityClass); // for product: the pressing lab's in-vertex
    const arc = arcs.add(state, labOutput.get(intake.lab) as number, ARC_INTAKE, i, intake.commodityClass);
    return { ...intake, arc, state };
  });
  const labs = recipes.labNodes.map((lab) => {
    const outputVertex = labOutput.get(lab) as number;
    const outputArc = arcs.add(outputVertex, stateOut(lab, PRODUCT_CLASS), ARC_LAB, lab, PRODUCT_CLASS);
    return { node: lab, recipes: recipes.recipesOfLab.get(lab) ?? [], outputVertex, outputArc };
  });

  const arcCount = arcs.size;
  const graph = buildFlowGraph(vertexNode.length, arcs.tail.slice(0, arcCount), arcs.head.slice(0, arcCount));
  const arcKind = arcs.kind.slice(0, arcCount);
  const arcRef = arcs.ref.slice(0, arcCount);
  const arcClass = arcs.cls.slice(0, arcCount);

  // Relevant vertices: on some S -> T route when every arc is open.
  const everyArc = new Uint8Array(graph.arcCount).fill(1);
  const forward = reachable(graph, everyArc, 0, "forward");
  const backward = reachable(graph, everyArc, 1, "backward");
  const relevant = forward.map((f, v) => f & backward[v]);
  const topo = topologicalOrder(graph, relevant);
  if (topo.kind === "cycle") {
    const names = [...topo.cycle].map((v) => dataset.nodes[vertexNode[v]]?.id ?? "?");
    const cls = vertexClass[topo.cycle[0]];
    const what = cls === PRODUCT_CLASS ? "product" : dataset.commodities[classCommodities[cls]?.[0] ?? 0]?.id;
    throw new AnalysisError(
      "cycle",
      "edges",
      `${what} can travel in a loop ${[...names, names[0]].join(" -> ")}; routes must not revisit a node with the same commodity`,
    );
  }

  const classScale = Float64Array.from(classCommodities, (_, k) => (k === PRODUCT_CLASS ? 1 : 1 / (recipes.classRatio.get(k) ?? 1)));
  const base = {
    dataset,
    index,
    graph,
    source: 0,
    sink: 1,
    vertexNode: Int32Array.from(vertexNode),
    vertexClass: Int32Array.from(vertexClass),
    arcKind,
    arcRef,
    arcClass,
    edgeArc,
    classCommodities,
    classScale,
    commodityClass,
    nodeCapacity,
    nodeInStart,
    nodeInEdges,
    recipes: recipes.recipes,
    intakes,
    labs,
    topologicalOrder: topo.order,
    relevant,
  };
  const subnetworks = buildSubnetworks(base);
  const andOr = andOrTables(vertexNode.length, intakes, recipes.recipes);
  const cappedRecipesOfClass = new Map<number, number[]>();
  recipes.recipes.forEach((recipe, r) => {
    if (!recipe.capped) return;
    for (const k of new Set(recipe.inputs.map((input) => intakes[input.intake].commodityClass)))
      cappedRecipesOfClass.set(k, [...(cappedRecipesOfClass.get(k) ?? []), r]);
  });
  return { ...base, andOr, cappedRecipesOfClass, subnetworks, approximations: approximationsOf(base, recipes.classRatios) };
}
