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
import { buildDatasetIndex, type DatasetIndex } from "../../model/dataset-index";
import type { Dataset } from "../../model/types";
import { AnalysisError } from "../errors";
import { buildFlowGraph } from "../graph/flow-graph";
import { topologicalOrder } from "../graph/topological-order";
import { reachable } from "../graph/reachability";
import { approximationsOf } from "./approximations";
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
  type ArcKind,
  type CompiledNetwork,
} from "./compiled-network";

class ArcList {
  readonly tail: number[] = [];
  readonly head: number[] = [];
  readonly kind: number[] = [];
  readonly ref: number[] = [];
  readonly cls: number[] = [];
  add(tail: number, head: number, kind: ArcKind, ref: number, cls: number): number {
    this.tail.push(tail);
    this.head.push(head);
    this.kind.push(kind);
    this.ref.push(ref);
    this.cls.push(cls);
    return this.tail.length - 1;
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

function checkReferences(index: DatasetIndex): void {
  for (let e = 0; e < index.edgeSource.length; e++) {
    if (index.edgeSource[e] < 0 || index.edgeTarget[e] < 0 || index.edgeCommodity[e] < 0)
      throw new AnalysisError("dangling-reference", `edges[${e}]`, "names a node or commodity the dataset does not declare");
  }
}

const sorted = (set: ReadonlySet<number>): number[] => [...set].sort((a, b) => a - b);

/**
 * Per node: the sorted classes it handles (edge classes, plus recipe inputs and product at
 * labs), and the classes it ships (producers are sources of those).
 */
function nodeClasses(dataset: Dataset, index: DatasetIndex, commodityClass: Int32Array, recipes: RecipeTables): { all: number[][]; shipped: number[][] } {
  const all = dataset.nodes.map(() => new Set<number>());
  const shipped = dataset.nodes.map(() => new Set<number>());
  for (let e = 0; e < index.edgeSource.length; e++) {
    const k = commodityClass[index.edgeCommodity[e]];
    all[index.edgeSource[e]].add(k);
    shipped[index.edgeSource[e]].add(k);
    all[index.edgeTarget[e]].add(k);
  }
  for (const intake of recipes.intakes) {
    all[intake.lab].add(intake.commodityClass);
    all[intake.lab].add(PRODUCT_CLASS);
  }
  return { all: all.map(sorted), shipped: shipped.map(sorted) };
}

export function compileNetwork(dataset: Dataset): CompiledNetwork {
  const index = buildDatasetIndex(dataset);
  checkReferences(index);
  const { commodityClass, classCommodities } = classify(dataset);
  const recipes = recipeTables(dataset, index, commodityClass);
  const { all: classes, shipped } = nodeClasses(dataset, index, commodityClass, recipes);
  const nodeCapacity = Float64Array.from(dataset.nodes, (node) => node.capacity ?? Infinity);
  const nodeIn = buildFlowGraph(dataset.nodes.length, index.edgeSource, index.edgeTarget);

  // Vertices.
  const vertexNode: number[] = [-1, -1];
  const vertexClass: number[] = [-1, -1];
  const inVertex = new Map<number, number>();
  const outVertex = new Map<number, number>();
  const classCount = classCommodities.length;
  const key = (node: number, k: number): number => node * classCount + k;
  const split = dataset.nodes.map((node) => node.capacity !== undefined && node.kind !== "lab");
  // A lab that presses product receives it at an in-vertex and ships it from an
  // out-vertex; its pressing recipe and its lab arc join the two.
  const presses = new Set(recipes.intakes.filter((intake) => intake.commodityClass === PRODUCT_CLASS).map((intake) => intake.lab));
  const hasTwoVertices = (v: number, k: number): boolean => split[v] || (k === PRODUCT_CLASS && presses.has(v));
  dataset.nodes.forEach((_, v) => {
    for (const k of classes[v]) {
      const first = vertexNode.length;
      vertexNode.push(v);
      vertexClass.push(k);
      inVertex.set(key(v, k), first);
      if (hasTwoVertices(v, k)) {
        vertexNode.push(v);
        vertexClass.push(k);
      }
      outVertex.set(key(v, k), vertexNode.length - 1);
    }
  });
  const labOutput = new Map<number, number>();
  for (const lab of recipes.labNodes) {
    labOutput.set(lab, vertexNode.length);
    vertexNode.push(lab);
    vertexClass.push(-1);
  }
  const stateIn = (v: number, k: number): number => inVertex.get(key(v, k)) as number;
  const stateOut = (v: number, k: number): number => outVertex.get(key(v, k)) as number;

  // Arcs.
  const arcs = new ArcList();
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

  const graph = buildFlowGraph(vertexNode.length, Int32Array.from(arcs.tail), Int32Array.from(arcs.head));
  const arcKind = Uint8Array.from(arcs.kind);
  const arcRef = Int32Array.from(arcs.ref);
  const arcClass = Int32Array.from(arcs.cls);

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
    nodeInStart: nodeIn.inStart,
    nodeInEdges: nodeIn.inArcs,
    recipes: recipes.recipes,
    intakes,
    labs,
    topologicalOrder: topo.order,
    relevant,
  };
  const subnetworks = buildSubnetworks(base);
  return { ...base, subnetworks, approximations: approximationsOf(base, recipes.classRatios) };
}
