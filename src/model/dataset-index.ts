/**
 * A per-dataset index: id -> position maps and per-node / per-edge attributes as typed
 * arrays, built once in O(N + E) so that selectors, the scenario engine and the analysis
 * can work on integer indices instead of string lookups.
 *
 * The index tolerates a dataset that failed validation (validation itself uses it):
 * with duplicate ids the first occurrence wins, and an edge naming an unknown node or
 * commodity gets index -1.
 */
import { CHANNELS, MODES, NODE_KINDS } from "./vocabulary";
import type { Dataset, NodeKind } from "./types";

export interface DatasetIndex {
  readonly dataset: Dataset;
  readonly nodeIndexById: ReadonlyMap<string, number>;
  readonly edgeIndexById: ReadonlyMap<string, number>;
  readonly commodityIndexById: ReadonlyMap<string, number>;
  readonly interventionIndexById: ReadonlyMap<string, number>;
  readonly sourceIndexById: ReadonlyMap<string, number>;
  readonly jurisdictionIndexById: ReadonlyMap<string, number>;
  /** Per node index: the node's jurisdiction code ("CN") and kind. */
  readonly nodeJurisdiction: readonly string[];
  readonly nodeKind: readonly NodeKind[];
  /** Per edge index: source / target node index, -1 when the id names no node. */
  readonly edgeSource: Int32Array;
  readonly edgeTarget: Int32Array;
  /** Per edge index: commodity index, -1 when the id names no commodity. */
  readonly edgeCommodity: Int32Array;
  /** Small integer codes for fast matching (see `codes` below for their meaning). */
  readonly codes: IndexCodes;
}

/**
 * Attribute codes. Jurisdictions are numbered in order of first appearance among the
 * nodes (`jurisdictionCodeOf`), so a selector's jurisdiction list becomes a bitmap over
 * those codes; kinds, modes and channels use their position in the schema's lists.
 */
export interface IndexCodes {
  readonly jurisdictionCodeOf: ReadonlyMap<string, number>;
  readonly nodeJurisdictionCode: Int32Array;
  readonly nodeKindCode: Uint8Array;
  readonly edgeModeCode: Uint8Array;
  readonly edgeChannelCode: Uint8Array;
  /** 1 when the edge's consignee is licit, else 0. */
  readonly edgeLicitConsignee: Uint8Array;
}

export const NODE_KIND_CODE: ReadonlyMap<string, number> = positions(NODE_KINDS);
export const MODE_CODE: ReadonlyMap<string, number> = positions(MODES);
export const CHANNEL_CODE: ReadonlyMap<string, number> = positions(CHANNELS);

function positions(values: readonly string[]): Map<string, number> {
  return new Map(values.map((value, position) => [value, position]));
}

/** Maps each id to the position of its first occurrence. */
function indexById(items: readonly { readonly id: string }[]): Map<string, number> {
  const map = new Map<string, number>();
  for (let i = 0; i < items.length; i++) {
    if (!map.has(items[i].id)) map.set(items[i].id, i);
  }
  return map;
}

export function buildDatasetIndex(dataset: Dataset): DatasetIndex {
  const { nodes, edges } = dataset;
  const nodeIndexById = indexById(nodes);
  const commodityIndexById = indexById(dataset.commodities);

  const jurisdictionCodeOf = new Map<string, number>();
  const nodeJurisdictionCode = new Int32Array(nodes.length);
  const nodeKindCode = new Uint8Array(nodes.length);
  for (let i = 0; i < nodes.length; i++) {
    const jurisdiction = nodes[i].jurisdiction;
    let code = jurisdictionCodeOf.get(jurisdiction);
    if (code === undefined) {
      code = jurisdictionCodeOf.size;
      jurisdictionCodeOf.set(jurisdiction, code);
    }
    nodeJurisdictionCode[i] = code;
    nodeKindCode[i] = NODE_KIND_CODE.get(nodes[i].kind) ?? 0;
  }

  const edgeSource = new Int32Array(edges.length);
  const edgeTarget = new Int32Array(edges.length);
  const edgeCommodity = new Int32Array(edges.length);
  const edgeModeCode = new Uint8Array(edges.length);
  const edgeChannelCode = new Uint8Array(edges.length);
  const edgeLicitConsignee = new Uint8Array(edges.length);
  for (let i = 0; i < edges.length; i++) {
    const edge = edges[i];
    edgeSource[i] = nodeIndexById.get(edge.source) ?? -1;
    edgeTarget[i] = nodeIndexById.get(edge.target) ?? -1;
    edgeCommodity[i] = commodityIndexById.get(edge.commodity) ?? -1;
    edgeModeCode[i] = MODE_CODE.get(edge.mode) ?? 0;
    edgeChannelCode[i] = CHANNEL_CODE.get(edge.channel) ?? 0;
    edgeLicitConsignee[i] = edge.licitConsignee ? 1 : 0;
  }

  let edgeIndexById: Map<string, number> | undefined;
  return {
    dataset,
    nodeIndexById,
    // Built on first use: the largest map, and only selectors naming edges need it.
    get edgeIndexById() {
      return (edgeIndexById ??= indexById(edges));
    },
    commodityIndexById,
    interventionIndexById: indexById(dataset.interventions),
    sourceIndexById: indexById(dataset.sources),
    jurisdictionIndexById: indexById(dataset.jurisdictions),
    nodeJurisdiction: nodes.map((node) => node.jurisdiction),
    nodeKind: nodes.map((node) => node.kind),
    edgeSource,
    edgeTarget,
    edgeCommodity,
    codes: {
      jurisdictionCodeOf,
      nodeJurisdictionCode,
      nodeKindCode,
      edgeModeCode,
      edgeChannelCode,
      edgeLicitConsignee,
    },
  };
}
