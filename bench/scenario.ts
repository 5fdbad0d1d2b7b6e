/**
 * Micro-benchmark of the scenario engine: median time to resolve + apply a scenario on
 * generated datasets of 10^2..10^6 edges, with the compiled engine (selectors run once
 * per dataset into edge-index lists) and, as peers in the same run:
 * - "per-edge": the same resolve, then every active selector re-evaluated on every edge
 *   at every apply (selectors compiled to bitmap predicates by src/model/selector.ts);
 * - "naive": the reference implementation (tests/support/reference-engine.ts): string
 *   comparisons, events re-sorted, nothing precomputed.
 *
 *     node bin/run-ts.js bench/scenario.ts [--max-edges 1000000] [--runs 15]
 *
 * Also times the default dataset (data/default.json) when it exists.
 */
import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { Dataset, DatasetEdge, DatasetNode, Intervention, NodeKind } from "../src/model/types";
import { buildDatasetIndex, compileSelector } from "../src/model/selector";
import { Random } from "../src/model/seeded-random";
import { STATUS_RANK, isCooperation } from "../src/model/types";
import { compileScenarioEngine } from "../src/scenario/compile";
import type { Scenario } from "../src/scenario/types";
import { acting, cooperation, edge, enable, event, makeDataset, node } from "../tests/support/dataset-builder";
import { referenceApply } from "../tests/support/reference-engine";

const argv = process.argv.slice(2);
function option(name: string, fallback: number): number {
  const at = argv.indexOf(`--${name}`);
  return at >= 0 ? Number(argv[at + 1]) : fallback;
}
const MAX_EDGES = option("max-edges", 1_000_000);
const RUNS = option("runs", 15);

const KINDS: readonly NodeKind[] = ["producer", "broker", "forwarder", "port", "lab", "crossing", "distributor", "market", "licit-user"];
const JURISDICTIONS = ["CN", "IN", "HK", "MX", "US", "CA", "GT", "DE"];
const CHEMICALS = ["npp", "anpp", "4-ap", "1-boc-4-ap", "norfentanyl", "4-piperidone", "1-boc-4-piperidone", "propionyl-chloride"];
const MODES = ["sea", "air", "road", "mail", "courier", "online"] as const;
const CHANNELS = ["declared", "mislabeled", "smuggled"] as const;

/** A dataset shaped like the default one, scaled to `edgeCount` edges (about 10 per node). */
function generate(edgeCount: number): { dataset: Dataset; scenario: Scenario } {
  const generator = new Random(edgeCount);
  const rand = () => generator.next();
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rand() * items.length)];
  const nodeCount = Math.max(KINDS.length, Math.floor(edgeCount / 10));
  const nodes: DatasetNode[] = [];
  for (let i = 0; i < nodeCount; i++) {
    const kind = KINDS[i % KINDS.length];
    nodes.push(node(`n${i}`, kind, pick(JURISDICTIONS), kind === "lab" ? { recipes: undefined } : {}));
  }
  const edges: DatasetEdge[] = [];
  for (let i = 0; i < edgeCount; i++) {
    const source = Math.floor(rand() * nodeCount);
    let target = Math.floor(rand() * nodeCount);
    if (target === source) target = (target + 1) % nodeCount;
    const product = rand() < 0.3;
    edges.push(
      edge(`e${i}`, `n${source}`, `n${target}`, {
        commodity: product ? pick(["fentanyl", "pills"]) : pick(CHEMICALS),
        capacity: Math.round(rand() * 1000),
        mode: pick(MODES),
        channel: pick(CHANNELS),
        licitConsignee: nodes[target].kind === "licit-user",
        status: product ? "illicit" : pick(["legal", "legal", "controlled"] as const),
      }),
    );
  }
  const someNodes = (count: number): string[] => Array.from({ length: count }, () => `n${Math.floor(rand() * nodeCount)}`);
  const someEdges = (count: number): string[] => Array.from({ length: count }, () => `e${Math.floor(rand() * edgeCount)}`);
  const interventions: Intervention[] = [
    acting("cn-npp", { commodities: ["npp", "anpp"], originJurisdictions: ["CN"] }, { effect: { kind: "retag", status: "controlled" }, effectiveness: 0.7, licitImpact: 0.3 }),
    acting("cn-class", { commodities: ["fentanyl", "pills"], originJurisdictions: ["CN", "HK"] }, { effect: { kind: "retag", status: "illicit" }, effectiveness: 0.8 }),
    acting("cn-4ap", { commodities: ["4-ap", "1-boc-4-ap", "norfentanyl"], originJurisdictions: ["CN"], channels: ["declared"] }, { effect: { kind: "retag", status: "controlled" }, effectiveness: 0.6 }),
    acting("cn-licensing", { originJurisdictions: ["CN"], destinationJurisdictions: ["US", "MX", "CA"], channels: ["declared"] }, { effect: { kind: "retag", status: "controlled" }, effectiveness: 0.5 }),
    acting("in-ndps", { commodities: ["npp", "anpp"], originJurisdictions: ["IN"] }, { effect: { kind: "retag", status: "controlled" }, effectiveness: 0.5 }),
    acting("mx-law", { destinationJurisdictions: ["MX"], targetKinds: ["port", "broker", "licit-user"] }, { kind: "importer-obligation", effectiveness: 0.3 }),
    acting("mx-customs", { destinationJurisdictions: ["MX"], channels: ["mislabeled"], targetKinds: ["port", "crossing"] }, { kind: "border", effectiveness: 0.3 }),
    acting("sanctions", { nodes: someNodes(Math.min(50, Math.max(2, Math.floor(nodeCount / 200)))) }, { kind: "sanction", effectiveness: 0.25 }),
    acting("mail", { modes: ["mail", "courier"], destinationJurisdictions: ["US"] }, { kind: "mail", effectiveness: 0.3 }),
    acting("border", { targetKinds: ["crossing"], commodities: ["fentanyl", "pills"] }, { kind: "border", effectiveness: 0.12 }),
    acting("fincen", { targetKinds: ["broker"], destinationJurisdictions: ["MX"] }, { kind: "financial", effectiveness: 0.15 }),
    acting("seizures", { edges: someEdges(Math.min(200, Math.max(2, Math.floor(edgeCount / 100)))) }, { kind: "border", effect: { kind: "close" } }),
    acting("un-cnd", { commodities: CHEMICALS, channels: ["declared"] }, { effectiveness: 0.1 }),
    cooperation("us-cn", { "cn-npp": 0.3, "cn-class": 0.3, "cn-4ap": 0.3, sanctions: 0.2 }, { effectiveness: 0.5 }),
  ];
  const events = [
    event("2016-01-01", [enable("us-cn"), enable("border")], "start"),
    event("2017-03-17", [enable("un-cnd")], "cnd"),
    event("2018-02-01", [enable("cn-npp")], "cn-npp"),
    event("2018-07-01", [enable("in-ndps")], "in-ndps"),
    event("2018-10-24", [enable("mail")], "stop"),
    event("2019-05-01", [enable("cn-class")], "cn-class"),
    event("2023-05-04", [enable("mx-law"), enable("sanctions")], "mx-law"),
    event("2024-09-01", [enable("cn-4ap")], "cn-4ap"),
    event("2025-06-25", [enable("fincen")], "fincen"),
  ];
  const dataset = makeDataset({ nodes, edges, interventions, events });
  const scenario: Scenario = {
    date: "2025-01-01",
    switches: { "mx-customs": { on: true, effectiveness: 0.4 }, seizures: { on: true }, "cn-licensing": { on: true } },
    idealized: false,
  };
  return { dataset, scenario };
}

/** The "per-edge" peer: resolve as the engine does, then test every selector on every edge. */
function perEdgePeer(dataset: Dataset): (scenario: Scenario) => Float64Array {
  const engine = compileScenarioEngine(dataset);
  const index = buildDatasetIndex(dataset);
  const predicates = dataset.interventions.map((i) => (isCooperation(i) ? undefined : compileSelector(index, i.target)));
  const capacity = Float64Array.from(dataset.edges, (e) => e.capacity);
  const baseStatus = Uint8Array.from(dataset.edges, (e) => STATUS_RANK[e.status]);
  const licit = Uint8Array.from(dataset.edges, (e) => (e.licitConsignee ? 1 : 0));
  return (scenario) => {
    const open = capacity.slice();
    const status = baseStatus.slice();
    for (const active of engine.resolve(scenario).active) {
      const intervention = dataset.interventions[active.index];
      const matches = predicates[active.index];
      if (isCooperation(intervention) || !matches) continue;
      const effect = intervention.effect;
      const factor = effect.kind === "close" ? 0 : 1 - active.effectiveness;
      const licitFactor = effect.kind === "close" ? 0 : 1 - active.effectiveness * (intervention.licitImpact ?? 1);
      const retag = effect.kind === "retag" ? STATUS_RANK[effect.status] : -1;
      for (let e = 0; e < open.length; e++) {
        if (!matches(e)) continue;
        open[e] *= licit[e] ? licitFactor : factor;
        if (status[e] < retag) status[e] = retag;
      }
    }
    return open;
  };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/**
 * Median wall time of one `work()` in ms over `runs` samples, after `warmup` untimed
 * calls. Each sample times `inner` consecutive calls and divides, so that sub-10 us
 * operations are not lost in timer resolution and scheduling noise.
 */
function time(work: () => unknown, runs: number, warmup: number, inner = 1): number {
  let sink = 0;
  for (let i = 0; i < warmup; i++) sink += work() === undefined ? 0 : 1;
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    for (let k = 0; k < inner; k++) sink += work() === undefined ? 0 : 1;
    samples.push((performance.now() - start) / inner);
  }
  if (sink < 0) console.log(sink); // keeps the results alive
  return median(samples);
}

function format(ms: number): string {
  return ms < 1 ? `${(ms * 1000).toFixed(1)} us` : `${ms.toFixed(ms < 10 ? 2 : 1)} ms`;
}

const COLUMNS: readonly [string, number][] = [
  ["dataset", -20],
  ["edges", 9],
  ["matched", 9],
  ["compile", 10],
  ["apply", 10],
  ["per-edge", 10],
  ["naive", 10],
  ["per-edge/apply", 15],
  ["naive/apply", 12],
];

function line(cells: readonly string[]): string {
  return cells.map((cell, i) => (COLUMNS[i][1] < 0 ? cell.padEnd(-COLUMNS[i][1]) : cell.padStart(COLUMNS[i][1]))).join(" ");
}

function row(label: string, dataset: Dataset, scenario: Scenario): string {
  const compileStart = performance.now();
  const engine = compileScenarioEngine(dataset);
  const compileMs = performance.now() - compileStart;
  const edges = dataset.edges.length;
  const inner = Math.max(1, Math.floor(1e5 / Math.max(edges, 1)));
  const runs = edges >= 1e6 ? Math.max(5, Math.floor(RUNS / 2)) : RUNS;
  const applied = time(() => engine.apply(scenario), runs, Math.min(runs, 10) * inner, inner);
  const peer = perEdgePeer(dataset);
  const perEdge = time(() => peer(scenario), edges >= 1e6 ? 5 : RUNS, 2 * inner, inner);
  const naive = time(() => referenceApply(dataset, scenario), edges >= 1e6 ? 1 : edges >= 1e5 ? 3 : RUNS, edges >= 1e6 ? 0 : 1);
  const matched = engine.resolve(scenario).active.reduce((sum, a) => sum + engine.matchedEdges(a.id).length, 0);
  return line([
    label,
    String(edges),
    String(matched),
    format(compileMs),
    format(applied),
    format(perEdge),
    format(naive),
    `${(perEdge / applied).toFixed(1)}x`,
    `${(naive / applied).toFixed(0)}x`,
  ]);
}

console.log(`scenario engine: median resolve + apply (node ${process.version}, ${RUNS} runs base)`);
console.log("matched: edges touched by the interventions in force (sum over interventions)");
console.log(line(COLUMNS.map(([name]) => name)));
const defaultFile = resolve(import.meta.dirname ?? ".", "../data/default.json");
if (existsSync(defaultFile)) {
  const dataset = JSON.parse(readFileSync(defaultFile, "utf8")) as Dataset;
  console.log(row("data/default.json", dataset, { date: "2025-01-01", switches: {}, idealized: false }));
}
for (let edges = 100; edges <= MAX_EDGES; edges *= 10) {
  const { dataset, scenario } = generate(edges);
  console.log(row(`generated`, dataset, scenario));
}
