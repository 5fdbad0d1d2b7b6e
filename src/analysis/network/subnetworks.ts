/**
 * Per-commodity subnetworks: for each commodity that feeds a capped recipe, the part of
 * the compiled network that carries that commodity (its states, edges, splits and
 * producer sources) as its own `FlowGraph`, reversed (see `CommoditySubnetwork`).
 * Every vertex belongs to one commodity class, so one array maps every global vertex to
 * its local number within its class's subnetwork.
 */
import { buildFlowGraph } from "../graph/flow-graph";
import { ARC_EDGE, ARC_SOURCE, ARC_SPLIT, type CommoditySubnetwork, type CompiledNetwork } from "./compiled-network";

type Base = Pick<CompiledNetwork, "graph" | "vertexClass" | "arcKind" | "arcClass" | "recipes" | "intakes" | "source">;

export function buildSubnetworks(net: Base): Map<number, CommoditySubnetwork> {
  const wanted = new Set<number>();
  for (const recipe of net.recipes) {
    if (!recipe.capped) continue;
    for (const input of recipe.inputs) wanted.add(net.intakes[input.intake].commodityClass);
  }
  const result = new Map<number, CommoditySubnetwork>();
  if (wanted.size === 0) return result;

  // Local numbers: 0 is the super-source in every subnetwork.
  const { vertexClass } = net;
  const localVertex = new Int32Array(vertexClass.length).fill(-1);
  const sizes = new Map<number, number>([...wanted].map((k) => [k, 1]));
  localVertex[net.source] = 0;
  for (let v = 0; v < vertexClass.length; v++) {
    const size = sizes.get(vertexClass[v]);
    if (size === undefined || v === net.source) continue;
    localVertex[v] = size;
    sizes.set(vertexClass[v], size + 1);
  }
  const arcsOf = new Map<number, number[]>([...wanted].map((k) => [k, []]));
  const { arcKind, arcClass } = net;
  for (let a = 0; a < arcKind.length; a++) {
    const kind = arcKind[a];
    if (kind === ARC_EDGE || kind === ARC_SPLIT || kind === ARC_SOURCE) arcsOf.get(arcClass[a])?.push(a);
  }
  for (const k of wanted) {
    const globalArc = Int32Array.from(arcsOf.get(k) as number[]);
    const from = Int32Array.from(globalArc, (a) => localVertex[net.graph.head[a]]);
    const to = Int32Array.from(globalArc, (a) => localVertex[net.graph.tail[a]]);
    result.set(k, { commodityClass: k, reversed: buildFlowGraph(sizes.get(k) as number, from, to), globalArc, localVertex });
  }
  return result;
}
