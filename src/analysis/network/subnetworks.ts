/**
 * Per-commodity subnetworks: for each commodity that feeds a capped recipe, the part of
 * the compiled network that carries that commodity (its states, edges, splits and
 * producer sources) as its own small `FlowGraph`. The separately deliverable amount of
 * that input to one lab is a max-flow on it, touching only that commodity's arcs.
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

  const localVertices = new Map<number, Map<number, number>>();
  for (const k of wanted) localVertices.set(k, new Map([[net.source, 0]]));
  net.vertexClass.forEach((k, v) => {
    const map = localVertices.get(k);
    if (map) map.set(v, map.size);
  });
  const arcsOf = new Map<number, number[]>();
  for (const k of wanted) arcsOf.set(k, []);
  const { arcKind, arcClass } = net;
  for (let a = 0; a < arcKind.length; a++) {
    const kind = arcKind[a];
    if (kind !== ARC_EDGE && kind !== ARC_SPLIT && kind !== ARC_SOURCE) continue;
    arcsOf.get(arcClass[a])?.push(a);
  }
  for (const k of wanted) {
    const localVertex = localVertices.get(k) as Map<number, number>;
    const globalArc = Int32Array.from(arcsOf.get(k) as number[]);
    const tail = Int32Array.from(globalArc, (a) => localVertex.get(net.graph.tail[a]) as number);
    const head = Int32Array.from(globalArc, (a) => localVertex.get(net.graph.head[a]) as number);
    result.set(k, { commodityClass: k, graph: buildFlowGraph(localVertex.size, tail, head), globalArc, localVertex });
  }
  return result;
}
