/**
 * Which interventions could act on each dataset edge: the inverse of the scenario
 * engine's compiled selector matches (`ScenarioEngine.matchedEdges`), built once per
 * dataset. Used to say, for every element of the minimum cut, what could close it.
 */
import { isCooperation, type Dataset } from "../../model/types";
import type { ClosableBy } from "../report-types";

export interface ClosableIndex {
  /** Interventions matching one edge, dataset order. */
  ofEdge(edge: number): readonly ClosableBy[];
  /** Interventions matching any of these edges, dataset order, without repeats. */
  ofEdges(edges: Iterable<number>): readonly ClosableBy[];
}

export function buildClosableIndex(dataset: Dataset, matchedEdges: (interventionId: string) => Int32Array): ClosableIndex {
  const byEdge = new Map<number, number[]>();
  dataset.interventions.forEach((intervention, i) => {
    if (isCooperation(intervention)) return;
    for (const e of matchedEdges(intervention.id)) byEdge.set(e, [...(byEdge.get(e) ?? []), i]);
  });
  const entry = (i: number): ClosableBy => ({ intervention: dataset.interventions[i].id, kind: dataset.interventions[i].kind });
  return {
    ofEdge: (edge) => (byEdge.get(edge) ?? []).map(entry),
    ofEdges(edges) {
      const all = new Set<number>();
      for (const e of edges) for (const i of byEdge.get(e) ?? []) all.add(i);
      return [...all].sort((a, b) => a - b).map(entry);
    },
  };
}
