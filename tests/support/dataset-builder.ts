/**
 * A small typed builder for test datasets: state only what the test is about, and
 * `makeDataset` fills in the rest so that the result is a VALID dataset v1 (labels,
 * sources, jurisdictions and commodities declared, labs with a recipe, events labelled).
 *
 *     const data = makeDataset({
 *       nodes: [node("p", "producer", "CN"), node("lab", "lab", "MX"), node("m", "market", "US")],
 *       edges: [edge("e1", "p", "lab"), edge("e2", "lab", "m", { commodity: "fentanyl", status: "illicit" })],
 *       interventions: [acting("cn-ctrl", { originJurisdictions: ["CN"] }, { effect: { kind: "reduce" }, effectiveness: 0.8 })],
 *       events: [event("2019-05-01", [enable("cn-ctrl")])],
 *     });
 *
 * Defaults: edges carry `npp` (a precursor) at 100 kg/month, by sea, declared, legal,
 * consignee not licit. Jurisdictions named by nodes, actors or selectors are declared. Commodities named anywhere but not declared are declared for you
 * (kind "product" for ids in PRODUCT_IDS, else "precursor"). A lab without recipes gets
 * one recipe needing every chemical that reaches it (or `npp`). Every item cites
 * `src.test`. Shared by the scenario, analysis and io tests.
 */
import type {
  ActingIntervention,
  Commodity,
  CooperationIntervention,
  Dataset,
  DatasetEdge,
  DatasetNode,
  EdgeSelector,
  EventChange,
  Intervention,
  NodeKind,
  Recipe,
  TimelineEvent,
} from "../../src/model/types";
import { isCooperation } from "../../src/model/types";

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

export const TEST_SOURCE = "src.test";
/** Commodity ids that `makeDataset` declares as the finished product when undeclared. */
export const PRODUCT_IDS: readonly string[] = ["fentanyl", "pills", "product"];

export function node(id: string, kind: NodeKind, jurisdiction = "CN", extra: Partial<DatasetNode> = {}): DatasetNode {
  return { id, label: id, kind, jurisdiction, sources: [TEST_SOURCE], ...extra };
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
    sources: [TEST_SOURCE],
    ...extra,
  };
}

export function recipe(id: string, inputs: Readonly<Record<string, number>>, output = "fentanyl", route = "siegfried"): Recipe {
  return {
    id,
    label: id,
    route,
    inputs: Object.entries(inputs).map(([commodity, ratio]) => ({ commodity, ratio })),
    output,
    sources: [TEST_SOURCE],
  };
}

/** An acting intervention: export control with effect "reduce" at effectiveness 1 unless told. */
export function acting(id: string, target: EdgeSelector, extra: Partial<ActingIntervention> = {}): ActingIntervention {
  return {
    id,
    label: id,
    actor: "CN",
    description: `test intervention ${id}`,
    effectiveness: 1,
    sources: [TEST_SOURCE],
    kind: "export-control",
    target,
    effect: { kind: "reduce" },
    ...extra,
  };
}

export function cooperation(
  id: string,
  modifies: Readonly<Record<string, number>>,
  extra: Partial<CooperationIntervention> = {},
): CooperationIntervention {
  return {
    id,
    label: id,
    actor: "US",
    description: `test cooperation ${id}`,
    effectiveness: 1,
    sources: [TEST_SOURCE],
    kind: "cooperation",
    modifies: Object.entries(modifies).map(([intervention, boost]) => ({ intervention, boost })),
    ...extra,
  };
}

export function enable(intervention: string, effectiveness?: number): EventChange {
  return effectiveness === undefined ? { intervention, action: "enable" } : { intervention, action: "enable", effectiveness };
}

export function disable(intervention: string): EventChange {
  return { intervention, action: "disable" };
}

export function setEffectiveness(intervention: string, effectiveness: number): EventChange {
  return { intervention, action: "set-effectiveness", effectiveness };
}

let eventCounter = 0;
/** An event; the id defaults to `ev-<date>-<n>`. */
export function event(date: string, changes: readonly EventChange[], id?: string): TimelineEvent {
  eventCounter++;
  return {
    id: id ?? `ev-${date}-${eventCounter}`,
    date,
    label: id ?? `event on ${date}`,
    description: "",
    changes,
    sources: [TEST_SOURCE],
  };
}

export interface DatasetParts {
  readonly nodes: readonly DatasetNode[];
  readonly edges?: readonly DatasetEdge[];
  readonly interventions?: readonly Intervention[];
  readonly events?: readonly TimelineEvent[];
  /** Declared commodities; any other id used by an edge or recipe is declared automatically. */
  readonly commodities?: readonly Commodity[];
  readonly meta?: Partial<Dataset["meta"]>;
}

function commodity(id: string): Commodity {
  return { id, name: id, kind: PRODUCT_IDS.includes(id) ? "product" : "precursor", sources: [TEST_SOURCE] };
}

/** Chemicals (non-product commodities) arriving at each node, in one pass over the edges. */
function chemicalsInto(edges: readonly DatasetEdge[], products: ReadonlySet<string>): Map<string, Set<string>> {
  const into = new Map<string, Set<string>>();
  for (const e of edges) {
    if (products.has(e.commodity)) continue;
    let set = into.get(e.target);
    if (!set) into.set(e.target, (set = new Set()));
    set.add(e.commodity);
  }
  return into;
}

function withDefaultRecipe(lab: DatasetNode, chemicals: ReadonlyMap<string, ReadonlySet<string>>): DatasetNode {
  if (lab.kind !== "lab" || (lab.recipes && lab.recipes.length > 0)) return lab;
  const inputs = [...(chemicals.get(lab.id) ?? [])];
  const ratios = Object.fromEntries((inputs.length > 0 ? inputs : ["npp"]).map((id) => [id, 1]));
  return { ...lab, recipes: [recipe(`${lab.id}.recipe`, ratios)] };
}

export function makeDataset(parts: DatasetParts): Dataset {
  const edges = parts.edges ?? [];
  const declared = new Map((parts.commodities ?? []).map((c) => [c.id, c] as const));
  const products = new Set([...PRODUCT_IDS, ...[...declared.values()].filter((c) => c.kind === "product").map((c) => c.id)]);
  const chemicals = chemicalsInto(edges, products);
  const nodes = parts.nodes.map((n) => withDefaultRecipe(n, chemicals));
  const used = new Set([
    ...edges.map((e) => e.commodity),
    ...nodes.flatMap((n) => (n.recipes ?? []).flatMap((r) => [...r.inputs.map((input) => input.commodity), r.output])),
  ]);
  const commodities: Commodity[] = [...declared.values()];
  for (const id of used) if (!declared.has(id)) commodities.push(commodity(id));
  const interventions = parts.interventions ?? [];
  const jurisdictions = [
    ...new Set([
      ...nodes.map((n) => n.jurisdiction),
      ...interventions.map((i) => i.actor),
      ...interventions.flatMap((i) =>
        isCooperation(i) ? [] : [...(i.target.originJurisdictions ?? []), ...(i.target.destinationJurisdictions ?? [])],
      ),
    ]),
  ];
  const meta: Mutable<Dataset["meta"]> = {
    title: "test dataset",
    description: "built by tests/support/dataset-builder.ts",
    period: { start: "2016-01-01", end: "2025-12-31" },
    unit: "kg/month",
    ...parts.meta,
  };
  return {
    format: "chokepoint-dataset",
    version: 1,
    meta,
    sources: [{ id: TEST_SOURCE, title: "Test source", kind: "analysis" }],
    jurisdictions: jurisdictions.map((id) => ({ id, name: id })),
    commodities,
    nodes,
    edges,
    interventions,
    events: parts.events ?? [],
  };
}

/** A deep-frozen copy: a test that hands it to the engine fails on any mutation. */
export function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  }
  return value;
}
