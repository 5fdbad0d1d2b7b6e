/**
 * Turns a route of logical arcs (from the widest-path search or the flow decomposition)
 * into the dataset's terms: edge ids, node ids, commodity and legal status per edge, the
 * lab where the chemical becomes product, and the loophole flag.
 */
import { ARC_EDGE, ARC_INTAKE, PRODUCT_CLASS } from "../network/compiled-network";
import type { NetworkState } from "../network/evaluate";
import type { Route } from "../report-types";
import { STATUS_CODES } from "../../scenario/types";

export function describeRoute(state: NetworkState, arcs: Int32Array, bottleneck: number): Route {
  const { net } = state;
  const { dataset, arcKind, arcRef, intakes } = net;
  const edges: string[] = [];
  const nodes: string[] = [];
  const commodities: string[] = [];
  const statuses: Route["statuses"][number][] = [];
  let lab: string | null = null;
  let legalBeforeLab = true;
  for (const a of arcs) {
    const kind = arcKind[a];
    if (kind === ARC_EDGE) {
      const e = arcRef[a];
      const edge = dataset.edges[e];
      if (nodes.length === 0) nodes.push(edge.source);
      nodes.push(edge.target);
      edges.push(edge.id);
      commodities.push(edge.commodity);
      const status = STATUS_CODES[state.edges.statusCode[e]];
      statuses.push(status);
      if (lab === null && status !== "legal") legalBeforeLab = false;
    } else if (kind === ARC_INTAKE && lab === null && intakes[arcRef[a]].commodityClass !== PRODUCT_CLASS) {
      // The lab where a chemical becomes product; pressing product into pills is not that.
      lab = dataset.nodes[intakes[arcRef[a]].lab].id;
    }
  }
  return { edges, nodes, commodities, statuses, lab, bottleneck, loophole: lab !== null && legalBeforeLab };
}
