/**
 * Lists where the compiled network departs from the exact model (a linear program once a
 * recipe needs several inputs), so the report can say whether its throughput is exact.
 * See docs/analysis.md, "What is exact".
 */
import { PRODUCT_CLASS, type Approximation, type CompiledNetwork } from "./compiled-network";

type Base = Pick<CompiledNetwork, "dataset" | "recipes" | "vertexNode" | "vertexClass" | "relevant" | "classCommodities" | "nodeCapacity">;

function commodityName(net: Base, k: number): string {
  return k === PRODUCT_CLASS ? "product" : net.dataset.commodities[net.classCommodities[k][0]].id;
}

export function approximationsOf(net: Base, classRatios: ReadonlyMap<number, readonly number[]>): Approximation[] {
  const { dataset } = net;
  const found: Approximation[] = [];
  for (const recipe of net.recipes) {
    const only = recipe.inputs[0];
    if (recipe.inputs.length === 1 && dataset.commodities[only.commodity].kind === "product" && only.ratio !== 1)
      found.push({ kind: "product-recipe-ratio", lab: dataset.nodes[recipe.lab].id, recipe: recipe.id, ratio: only.ratio });
    if (recipe.inputs.length < 2) continue;
    const name = (c: number): string => dataset.commodities[c].id;
    found.push({
      kind: "multi-input-recipe",
      lab: dataset.nodes[recipe.lab].id,
      recipe: recipe.id,
      primary: name(recipe.inputs[recipe.primary].commodity),
      capped: recipe.inputs.filter((_, i) => i !== recipe.primary).map((input) => name(input.commodity)),
    });
  }
  const classesAt = new Map<number, Set<number>>();
  net.vertexNode.forEach((v, x) => {
    if (v < 0 || net.vertexClass[x] < 0 || !net.relevant[x]) return;
    if (net.nodeCapacity[v] === Infinity || dataset.nodes[v].kind === "lab") return;
    const set = classesAt.get(v) ?? new Set<number>();
    set.add(net.vertexClass[x]);
    classesAt.set(v, set);
  });
  for (const [v, set] of classesAt) {
    if (set.size > 1)
      found.push({ kind: "shared-node-capacity", node: dataset.nodes[v].id, commodities: [...set].sort((a, b) => a - b).map((k) => commodityName(net, k)) });
  }
  for (const [k, ratios] of classRatios) {
    if (ratios.length > 1) found.push({ kind: "ratio-spread", commodity: commodityName(net, k), ratios: [...ratios] });
  }
  return found;
}
