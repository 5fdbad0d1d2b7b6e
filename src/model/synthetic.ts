/**
 * Seeded generator of layered supply-chain datasets, for the benchmark, the independent
 * checks against networkx and the app's large-graph mode (`?synthetic=100000`):
 * producers -> brokers -> transit (forwarders and
 * ports) -> labs -> border crossings (a narrow tier with node capacities) -> markets,
 * plus a few tier-skipping edges (producer -> transit, broker -> lab, lab -> market),
 * integer capacities, licit users of the chemicals, and optional random interventions.
 *
 * Each chemical tier node handles one chemical, so a chain keeps its commodity until a
 * lab; labs have one single-input recipe per chemical, or (a configurable share of them)
 * only a recipe that needs two chemicals at once.
 */
import { Random } from "./seeded-random";
import type { ActingIntervention, Dataset, DatasetEdge, DatasetNode, NodeKind, Recipe } from "./types";

export interface LayeredOptions {
  readonly seed: number;
  /** Approximate number of edges. */
  readonly edges: number;
  /** Number of chemicals (1 to 4). */
  readonly chemicals: number;
  /** Share of labs whose only recipe needs two chemicals (needs chemicals >= 2). */
  readonly multiInputLabShare: number;
  /** Share of transit nodes with a node capacity (crossings always have one). */
  readonly capacitatedTransitShare: number;
  /** Share of edges with capacity 0 (closed from the start). */
  readonly closedShare: number;
  /** Recipe ratios: all 1, or 1 + 0.5 * chemical index. */
  readonly ratios: "unit" | "varied";
  /** Number of random interventions. */
  readonly interventions: number;
  /**
   * Approximate number of nodes, or undefined for the default proportion (about 0.28
   * nodes per edge). Tiers keep their relative sizes.
   */
  readonly nodes?: number;
}

export const DEFAULT_LAYERED_OPTIONS: LayeredOptions = {
  seed: 1,
  edges: 1000,
  chemicals: 2,
  multiInputLabShare: 0,
  capacitatedTransitShare: 0,
  closedShare: 0,
  ratios: "unit",
  interventions: 0,
};

/** Nodes per "unit" of tier size in the default proportions (see layeredDataset). */
const NODES_PER_UNIT = 11.25;

const CHEMICALS = ["npp", "4-ap", "anpp", "boc-4-ap"] as const;
const SOURCES = ["bench"];

function chemicalCommodities(count: number): Dataset["commodities"] {
  return [
    ...CHEMICALS.slice(0, count).map((id) => ({ id, name: id.toUpperCase(), kind: "precursor" as const, sources: SOURCES })),
    { id: "fentanyl", name: "Fentanyl", kind: "product" as const, sources: SOURCES },
    { id: "pills", name: "Pills", kind: "product" as const, sources: SOURCES },
  ];
}

function labRecipes(random: Random, lab: string, options: LayeredOptions): Recipe[] {
  const ratio = (c: number): number => (options.ratios === "unit" ? 1 : 1 + 0.5 * c);
  const recipe = (suffix: string, inputs: number[]): Recipe => ({
    id: `${lab}.${suffix}`,
    label: suffix,
    route: "bench",
    inputs: inputs.map((c) => ({ commodity: CHEMICALS[c], ratio: ratio(c) })),
    output: "fentanyl",
    sources: SOURCES,
  });
  if (options.chemicals >= 2 && random.chance(options.multiInputLabShare)) return [recipe("both", [0, 1])];
  return Array.from({ length: options.chemicals }, (_, c) => recipe(CHEMICALS[c], [c]));
}

export function layeredDataset(partial: Partial<LayeredOptions> = {}): Dataset {
  const options = { ...DEFAULT_LAYERED_OPTIONS, ...partial };
  const random = new Random(options.seed);
  const unit = Math.max(1, Math.round(options.edges / 40));
  // Tier sizes scale with `nodeUnit`; edge counts with `unit`.
  const nodeUnit = options.nodes === undefined ? unit : Math.max(1, Math.round(options.nodes / NODES_PER_UNIT));
  const chemicals = Math.min(Math.max(1, options.chemicals), CHEMICALS.length);
  const tier = (prefix: string, count: number) => Array.from({ length: count }, (_, i) => `${prefix}${i}`);
  const producers = tier("p", 2 * nodeUnit + chemicals);
  const brokers = tier("b", 3 * nodeUnit + chemicals);
  const transit = tier("x", 3 * nodeUnit + chemicals);
  const labs = tier("l", 2 * nodeUnit + 1);
  const crossings = tier("c", Math.max(1, Math.round(nodeUnit / 4)));
  const markets = tier("m", nodeUnit + 1);
  const licitUsers = tier("u", Math.max(1, Math.round(nodeUnit / 4)));

  const nodes: DatasetNode[] = [];
  const add = (id: string, kind: NodeKind, jurisdiction: string, extra: Partial<DatasetNode> = {}): void => {
    nodes.push({ id, label: id, kind, jurisdiction, sources: SOURCES, ...extra });
  };
  producers.forEach((id, i) => add(id, "producer", i % 3 === 2 ? "IN" : "CN"));
  brokers.forEach((id) => add(id, "broker", "CN"));
  transit.forEach((id, i) =>
    add(id, i % 2 ? "port" : "forwarder", "MX", random.chance(options.capacitatedTransitShare) ? { capacity: random.int(50, 500) } : {}),
  );
  labs.forEach((id) => add(id, "lab", "MX", { recipes: labRecipes(random, id, { ...options, chemicals }) }));
  crossings.forEach((id) => add(id, "crossing", "MX", { capacity: random.int(20, 100) * unit }));
  markets.forEach((id) => add(id, "market", "US"));
  licitUsers.forEach((id) => add(id, "licit-user", "MX"));

  // Chemical tiers: node i handles chemical i mod chemicals.
  const sameChemical = (nodesOfTier: readonly string[], chemical: number): string => {
    const count = Math.ceil((nodesOfTier.length - chemical) / chemicals);
    return nodesOfTier[chemical + chemicals * random.int(0, count - 1)];
  };
  const chemicalOf = (id: string): number => Number(id.slice(1)) % chemicals;
  const edges: DatasetEdge[] = [];
  const link = (source: string, target: string, commodity: string, low: number, high: number, extra: Partial<DatasetEdge> = {}): void => {
    const product = commodity === "fentanyl" || commodity === "pills";
    edges.push({
      id: `e${edges.length}`,
      source,
      target,
      commodity,
      capacity: random.chance(options.closedShare) ? 0 : random.int(low, high),
      mode: random.pick(["sea", "air", "road", "courier"] as const),
      channel: random.pick(["declared", "declared", "mislabeled", "smuggled"] as const),
      licitConsignee: false,
      status: product ? "illicit" : random.pick(["legal", "legal", "legal", "controlled"] as const),
      sources: SOURCES,
      ...extra,
    });
  };
  const budget = options.edges;
  const chemicalEdge = (from: readonly string[], to: readonly string[]): void => {
    const source = random.pick(from);
    const c = chemicalOf(source);
    link(source, sameChemical(to, c), CHEMICALS[c], 1, 100);
  };
  for (let i = 0; i < Math.round(budget * 0.3); i++) chemicalEdge(producers, brokers);
  for (let i = 0; i < Math.round(budget * 0.28); i++) chemicalEdge(brokers, transit);
  for (let i = 0; i < Math.round(budget * 0.02); i++) chemicalEdge(producers, transit);
  for (let i = 0; i < Math.round(budget * 0.22); i++) {
    const source = random.pick(transit);
    link(source, random.pick(labs), CHEMICALS[chemicalOf(source)], 1, 100);
  }
  for (let i = 0; i < Math.round(budget * 0.02); i++) {
    const source = random.pick(brokers);
    link(source, random.pick(labs), CHEMICALS[chemicalOf(source)], 1, 100);
  }
  for (let i = 0; i < Math.round(budget * 0.08); i++) link(random.pick(labs), random.pick(crossings), "fentanyl", 10, 200);
  for (let i = 0; i < Math.round(budget * 0.06); i++) link(random.pick(crossings), random.pick(markets), random.pick(["fentanyl", "pills"]), 10, 500);
  for (let i = 0; i < Math.max(1, Math.round(budget * 0.01)); i++) link(random.pick(labs), random.pick(markets), "pills", 1, 20);
  for (let i = 0; i < Math.max(1, Math.round(budget * 0.01)); i++) {
    const source = random.pick(producers);
    link(source, random.pick(licitUsers), CHEMICALS[chemicalOf(source)], 100, 1000, { licitConsignee: true, status: "legal" });
  }

  const interventions: ActingIntervention[] = Array.from({ length: options.interventions }, (_, i) => {
    const target: ActingIntervention["target"] = random.chance(0.5)
      ? { commodities: [CHEMICALS[random.int(0, chemicals - 1)]] }
      : random.chance(0.5)
        ? { nodes: [random.pick([...brokers, ...transit, ...crossings])] }
        : { channels: [random.pick(["declared", "mislabeled", "smuggled"] as const)] };
    const effect = random.pick([{ kind: "close" }, { kind: "reduce" }, { kind: "retag", status: "controlled" }] as const);
    return {
      id: `i${i}`,
      label: `intervention ${i}`,
      actor: "CN",
      description: "generated",
      effectiveness: random.int(3, 10) / 10,
      sources: SOURCES,
      kind: random.pick(["export-control", "sanction", "border", "importer-obligation"] as const),
      target,
      effect,
    };
  });

  return {
    format: "chokepoint-dataset",
    version: 1,
    meta: {
      title: `layered network, seed ${options.seed}`,
      description: "Generated by src/model/synthetic.ts",
      period: { start: "2016-01-01", end: "2025-12-31" },
      unit: "kg/month",
    },
    sources: [{ id: "bench", title: "Generated", kind: "analysis" }],
    jurisdictions: ["CN", "IN", "MX", "US"].map((id) => ({ id, name: id })),
    commodities: chemicalCommodities(chemicals),
    nodes,
    edges,
    interventions,
    events: [],
  };
}
