// A compact way to write small datasets for analysis tests: nodes and edges as short
// strings, everything else filled with valid defaults.
import type { ActingIntervention, Dataset, DatasetEdge, DatasetNode, Recipe } from "../../../src/model/types";

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

export const COMMODITIES: Dataset["commodities"] = [
  { id: "npp", name: "NPP", kind: "precursor", sources: ["s"] },
  { id: "anpp", name: "ANPP", kind: "immediate-precursor", sources: ["s"] },
  { id: "aniline", name: "Aniline", kind: "reagent", sources: ["s"] },
  { id: "4-ap", name: "4-AP", kind: "precursor", sources: ["s"] },
  { id: "fentanyl", name: "Fentanyl powder", kind: "product", sources: ["s"] },
  { id: "pills", name: "Counterfeit pills", kind: "product", sources: ["s"] },
];

export function recipe(id: string, inputs: Record<string, number>): Recipe {
  return {
    id,
    label: id,
    route: "test",
    inputs: Object.entries(inputs).map(([commodity, ratio]) => ({ commodity, ratio })),
    output: "fentanyl",
    sources: ["s"],
  };
}

export function node(id: string, kind: DatasetNode["kind"], extra: Partial<DatasetNode> = {}): DatasetNode {
  const base: Mutable<DatasetNode> = { id, label: id, kind, jurisdiction: "CN", sources: ["s"], ...extra };
  if (kind === "lab" && !base.recipes) base.recipes = [recipe(`${id}.npp`, { npp: 1 })];
  return base;
}

/** edge("a", "b", "npp", 100) with optional extra fields; `dataset` names it e<position> unless an id is given. */
export function edge(source: string, target: string, commodity: string, capacity: number, extra: Partial<DatasetEdge> = {}): DatasetEdge {
  return {
    id: "",
    source,
    target,
    commodity,
    capacity,
    mode: "sea",
    channel: "declared",
    licitConsignee: false,
    status: "legal",
    sources: ["s"],
    ...extra,
  };
}

/** Names unnamed edges e1..en by position, so tests can refer to them. */
function numbered(edges: readonly DatasetEdge[]): DatasetEdge[] {
  return edges.map((e, i) => (e.id === "" ? { ...e, id: `e${i + 1}` } : e));
}

export function closeIntervention(id: string, target: ActingIntervention["target"], extra: Partial<ActingIntervention> = {}): ActingIntervention {
  return {
    id,
    label: id,
    actor: "CN",
    description: id,
    effectiveness: 1,
    sources: ["s"],
    kind: "export-control",
    target,
    effect: { kind: "close" },
    ...extra,
  } as ActingIntervention;
}

export function dataset(nodes: readonly DatasetNode[], edges: readonly DatasetEdge[], extra: Partial<Dataset> = {}): Dataset {
  return {
    format: "chokepoint-dataset",
    version: 1,
    meta: { title: "t", description: "t", period: { start: "2016-01-01", end: "2025-12-31" }, unit: "kg/month" },
    sources: [{ id: "s", title: "S", kind: "primary" }],
    jurisdictions: [
      { id: "CN", name: "China" },
      { id: "MX", name: "Mexico" },
      { id: "US", name: "United States" },
      { id: "IN", name: "India" },
    ],
    commodities: COMMODITIES,
    nodes,
    edges: numbered(edges),
    interventions: [],
    events: [],
    ...extra,
  };
}
