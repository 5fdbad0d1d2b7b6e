/**
 * The minimum cut in the dataset's terms: each cut arc of the compiled network becomes an
 * entry naming the edge (or the node, lab or recipe whose bound binds), its capacity in
 * kg/month fentanyl-equivalent, the interventions that could act on it, and a sentence.
 */
import { assertNever } from "../../model/types";
import { ARC_EDGE, ARC_INTAKE, ARC_LAB, ARC_SINK, ARC_SOURCE, ARC_SPLIT, PRODUCT_CLASS, type ArcKind } from "../network/compiled-network";
import type { NetworkState } from "../network/evaluate";
import type { MinCutEntry } from "../report-types";
import type { ClosableIndex } from "./closable-by";
import { formatAmount } from "./format-amount";

function inEdgesOf(state: NetworkState, node: number, commodities?: ReadonlySet<number>): number[] {
  const { nodeInStart, nodeInEdges, index } = state.net;
  const edges: number[] = [];
  for (let k = nodeInStart[node]; k < nodeInStart[node + 1]; k++) {
    const e = nodeInEdges[k];
    if (!commodities || commodities.has(index.edgeCommodity[e])) edges.push(e);
  }
  return edges;
}

function entryOf(state: NetworkState, closable: ClosableIndex, a: number): MinCutEntry {
  const { net } = state;
  const { dataset } = net;
  const capacity = state.flowCap[a];
  const ref = net.arcRef[a];
  const kind = net.arcKind[a] as ArcKind;
  switch (kind) {
    case ARC_EDGE: {
      const edge = dataset.edges[ref];
      return {
        kind: "edge",
        edge: edge.id,
        node: null,
        commodity: edge.commodity,
        capacity,
        closableBy: closable.ofEdge(ref),
        note: `${edge.source} -> ${edge.target} (${edge.commodity}, ${formatAmount(state.edgeKg[ref])} kg/month open)`,
      };
    }
    case ARC_SPLIT:
    case ARC_SOURCE:
    case ARC_SINK: {
      const node = dataset.nodes[ref];
      const cls = net.arcClass[a];
      const what = cls === PRODUCT_CLASS ? "product" : dataset.commodities[net.classCommodities[cls][0]].id;
      return {
        kind: "node",
        edge: null,
        node: node.id,
        commodity: null,
        capacity,
        closableBy: closable.ofEdges(inEdgesOf(state, ref)),
        note: `capacity of ${node.id} (${formatAmount(net.nodeCapacity[ref])} kg/month) on its ${what} traffic`,
      };
    }
    case ARC_LAB: {
      const node = dataset.nodes[ref];
      return {
        kind: "lab",
        edge: null,
        node: node.id,
        commodity: null,
        capacity,
        closableBy: closable.ofEdges(inEdgesOf(state, ref)),
        note: `output capacity of lab ${node.id}`,
      };
    }
    case ARC_INTAKE: {
      const intake = net.intakes[ref];
      const lab = dataset.nodes[intake.lab].id;
      const bounding = new Set<number>();
      const phrases: string[] = [];
      for (const r of intake.primaryRecipes) {
        const recipe = net.recipes[r];
        let worst = recipe.inputs[0];
        for (const input of recipe.inputs) {
          if (state.deliverable[input.intake] / input.ratio < state.deliverable[worst.intake] / worst.ratio) worst = input;
        }
        bounding.add(worst.commodity);
        phrases.push(`${recipe.id} by its ${dataset.commodities[worst.commodity].id} supply`);
      }
      return {
        kind: "recipe-input",
        edge: null,
        node: lab,
        commodity: dataset.commodities[intake.commodity].id,
        capacity,
        closableBy: closable.ofEdges(inEdgesOf(state, intake.lab, bounding)),
        note: `recipes at ${lab} bounded: ${phrases.join("; ")}`,
      };
    }
    default:
      return assertNever(kind, "arc kind");
  }
}

export function minCutEntries(state: NetworkState, closable: ClosableIndex, cutArcs: Int32Array): MinCutEntry[] {
  const entries = [...cutArcs].map((a) => entryOf(state, closable, a));
  return entries.sort((x, y) => y.capacity - x.capacity || (x.edge ?? x.node ?? "").localeCompare(y.edge ?? y.node ?? ""));
}
