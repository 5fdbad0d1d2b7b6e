/**
 * `npm run bench`: Chokepoint's analysis on seeded layered supply-chain networks of 10^3
 * to 10^6 edges, against networkx (preflow_push) and igraph (maxflow) on the same graphs,
 * and the full recompute after one toggle on the default dataset.
 *
 * Options: --sizes 1000,10000 (edges)  --runs N (override the per-size run counts)
 *          --networkx-max E (largest size networkx is run on; default 100000)  --no-peers
 */
import { readFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import { resolve } from "node:path";
import { layeredDataset } from "./generate/layered-dataset";
import { measureStages } from "./chokepoint-stages";
import { measureDefaultDataset } from "./default-dataset";
import { runPeers, writeGraph, type PeerResult } from "./reference-peers";
import { ms } from "./timing";

function option(name: string): string | undefined {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? process.argv[at + 1] : undefined;
}

const sizes = (option("sizes") ?? "1000,10000,100000,1000000").split(",").map(Number);
const networkxMax = Number(option("networkx-max") ?? 100_000);
const peersWanted = !process.argv.includes("--no-peers");
const runsFor = (edges: number): number => Number(option("runs") ?? (edges <= 1e3 ? 21 : edges <= 1e4 ? 11 : edges <= 1e5 ? 5 : 3));
const peerRunsFor = (edges: number): number => (edges <= 1e4 ? 5 : edges <= 1e5 ? 3 : 1);
const out = resolve("bench/out");

const ratio = (peer: number | undefined, ours: number): string => (peer === undefined ? "-" : `${(peer / ours).toFixed(1)}x`);

const load = (): string => {
  try {
    return readFileSync("/proc/loadavg", "utf8").split(" ").slice(0, 3).join(" ");
  } catch {
    return "unknown";
  }
};
console.log(`Chokepoint benchmark (node ${process.version}, ${new Date().toISOString().slice(0, 10)}, ${availableParallelism()} cores, load average ${load()})`);
console.log("Layered supply-chain networks (bench/generate/layered-dataset.ts, seed 7, 2 chemicals, 10% capacitated transit); times are medians in ms.\n");
const header = ["edges", "arcs", "compile", "survival", "flow+cut", "report", "igraph", "networkx", "igraph/ours", "networkx/ours", "bytes/edge", "check"];
const rows: string[][] = [header];
const notes: string[] = [];
for (const edges of sizes) {
  const dataset = layeredDataset({ edges, seed: 7, chemicals: 2, capacitatedTransitShare: 0.1, interventions: 3 });
  const scenario = { switches: { i0: { on: true } }, idealized: false };
  const stages = measureStages(dataset, scenario, runsFor(edges));
  let peers: PeerResult = { igraph: null, networkx: null };
  if (peersWanted) {
    const file = writeGraph(stages.state, out, `layered-${edges}`);
    peers = runPeers(file, peerRunsFor(edges), edges > networkxMax);
    if (peers.error) notes.push(`${edges} edges: python peers failed: ${peers.error}`);
    if (edges > networkxMax) notes.push(`${edges} edges: networkx skipped (above --networkx-max ${networkxMax}; preflow_push takes minutes there)`);
  }
  const values = [peers.igraph?.value, peers.networkx?.value].filter((v): v is number => v !== undefined);
  const agree = values.every((v) => Math.abs(v - stages.throughput) <= 1e-6 * Math.max(1, stages.throughput));
  rows.push([
    String(edges),
    String(stages.state.net.graph.arcCount),
    ms(stages.compile),
    ms(stages.survival),
    ms(stages.maxFlowMinCut),
    ms(stages.report),
    ms(peers.igraph?.ms),
    ms(peers.networkx?.ms),
    ratio(peers.igraph?.ms, stages.maxFlowMinCut),
    ratio(peers.networkx?.ms, stages.maxFlowMinCut),
    (stages.compiledBytes / edges).toFixed(0),
    values.length === 0 ? "-" : agree ? "same value" : "DIFFERENT",
  ]);
}
const widths = header.map((_, i) => Math.max(...rows.map((row) => row[i].length)));
for (const row of rows) console.log(row.map((cell, i) => cell.padStart(widths[i])).join("  "));
for (const note of notes) console.log(`note: ${note}`);
console.log("\ncompile: dataset -> compiled network; survival: capacities, AND-OR survival, exact route count, 10 widest routes;");
console.log("flow+cut: max-flow, per-arc flows and min-cut; report: the whole analysis with attribution (3 interventions);");
console.log("igraph/networkx: maxflow / preflow_push on the same compiled graph, construction excluded; check: their values equal ours.");

console.log(`load average after the runs: ${load()}`);
const toggle = measureDefaultDataset(resolve("data/default.json"), 220);
if (toggle) {
  console.log(`\nDefault dataset (${toggle.edges} edges, ${toggle.arcs} arcs): compile ${ms(toggle.compile)} ms;`);
  console.log(
    `full recompute after one toggle: median ${ms(toggle.fullRecompute)} ms (p90 ${ms(toggle.p90)}, CPU ${ms(toggle.cpuPerRecompute)} ms on average); throughput alone ${ms(toggle.throughputOnly)} ms`,
  );
} else {
  console.log("\nDefault dataset: data/default.json not found, skipped");
}
