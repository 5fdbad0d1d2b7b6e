/**
 * Which markets can still be reached under a scenario: a loose, two-phase breadth-first
 * search over open edges (open capacity > 0), enough for the `scenario` command. The
 * exact AND-OR survival analysis (recipes need every input) is src/analysis's job.
 *
 *   1. From every producer, follow open chemical edges (any commodity that is not a
 *      product): the labs reached can make the product.
 *   2. From those labs, and from producers that ship the product themselves, follow open
 *      product edges: the markets reached are still supplied.
 *
 * O(N + E). Reference: breadth-first search, Cormen et al., Introduction to Algorithms,
 * ch. 22.2.
 */
import type { Dataset } from "../model/types";

function reachFrom(starts: readonly number[], adjacency: readonly (readonly number[])[]): Uint8Array {
  const seen = new Uint8Array(adjacency.length);
  const queue = [...starts];
  for (const start of starts) seen[start] = 1;
  for (let head = 0; head < queue.length; head++) {
    for (const next of adjacency[queue[head]]) {
      if (seen[next]) continue;
      seen[next] = 1;
      queue.push(next);
    }
  }
  return seen;
}

/** Ids of the markets supplied through at least one open producer -> lab -> market route. */
export function reachableMarkets(dataset: Dataset, openCapacity: Float64Array): Set<string> {
  const nodeIndex = new Map(dataset.nodes.map((node, i) => [node.id, i]));
  const products = new Set(dataset.commodities.filter((c) => c.kind === "product").map((c) => c.id));
  const chemicalEdges: number[][] = dataset.nodes.map(() => []);
  const productEdges: number[][] = dataset.nodes.map(() => []);
  const shipsProduct = new Uint8Array(dataset.nodes.length);
  dataset.edges.forEach((edge, i) => {
    const source = nodeIndex.get(edge.source);
    const target = nodeIndex.get(edge.target);
    if (source === undefined || target === undefined || !(openCapacity[i] > 0)) return;
    const isProduct = products.has(edge.commodity);
    (isProduct ? productEdges : chemicalEdges)[source].push(target);
    if (isProduct) shipsProduct[source] = 1;
  });
  const producers = dataset.nodes.flatMap((node, i) => (node.kind === "producer" ? [i] : []));
  const reachedByChemicals = reachFrom(producers, chemicalEdges);
  const productSources = dataset.nodes.flatMap((node, i) =>
    (node.kind === "lab" && reachedByChemicals[i]) || (node.kind === "producer" && shipsProduct[i]) ? [i] : [],
  );
  const supplied = reachFrom(productSources, productEdges);
  return new Set(dataset.nodes.filter((node, i) => node.kind === "market" && supplied[i]).map((node) => node.id));
}
