// Small datasets for model tests, built in code so each test states only what it needs.
import type { Dataset, DatasetEdge, DatasetNode } from "../../../src/model/types";

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

export function node(id: string, kind: DatasetNode["kind"], jurisdiction: string, extra: Partial<DatasetNode> = {}): DatasetNode {
  const base: Mutable<DatasetNode> = { id, label: id, kind, jurisdiction, sources: ["src.a"], ...extra };
  if (kind === "lab" && !base.recipes) {
    base.recipes = [
      { id: `${id}.recipe`, label: "recipe", route: "siegfried", inputs: [{ commodity: "npp", ratio: 1.2 }], output: "fentanyl", sources: ["src.a"] },
    ];
  }
  return base;
}

export function edge(id: string, source: string, target: string, extra: Partial<DatasetEdge> = {}): DatasetEdge {
  return {
    id,
    source,
    target,
    commodity: "npp",
    capacity: 100,
    mode: "sea",
    channel: "declared",
    licitConsignee: false,
    status: "legal",
    sources: ["src.a"],
    ...extra,
  };
}

/** A valid dataset with the given nodes and edges and two commodities (npp, fentanyl). */
export function dataset(nodes: readonly DatasetNode[], edges: readonly DatasetEdge[], extra: Partial<Dataset> = {}): Dataset {
  return {
    format: "chokepoint-dataset",
    version: 1,
    meta: { title: "test", description: "test dataset", period: { start: "2016-01-01", end: "2025-12-31" }, unit: "kg/month" },
    sources: [{ id: "src.a", title: "Source A", kind: "primary" }],
    jurisdictions: [...new Set(nodes.map((n) => n.jurisdiction))].map((id) => ({ id, name: id })),
    commodities: [
      { id: "npp", name: "NPP", kind: "precursor", sources: ["src.a"] },
      { id: "fentanyl", name: "Fentanyl", kind: "product", sources: ["src.a"] },
    ],
    nodes,
    edges,
    interventions: [],
    events: [],
    ...extra,
  };
}
