/**
 * `npm run bench`: Chokepoint's analysis on seeded layered supply-chain networks of 10^3
 * to 10^6 edges, against networkx (preflow_push) and igraph (maxflow) on the same graphs,
 * and the full recompute after one toggle on the default dataset.
 *
 * Max-flow + min-cut is timed twice. "flow+cut": solves back to back after the warm-up,
 * like every other Chokepoint column (compile, survival, report). "after peer": the solves
 * of the rounds that alternate one Chokepoint solve, one igraph solve, one networkx solve,
 * so that a busy machine slows all three alike; each of those follows a peer's solve in
 * another process, which at 10^6 edges runs for 90-100 s over hundreds of MB and leaves
 * the caches cold. Ratios are medians of the per-round ratios of those alternating rounds.
 *
 * Options: --sizes 1000,10000 (edges)  --runs N (override the per-size run counts)
 *          --networkx-max E (largest size networkx is run on; default 100000)  --no-peers
 */
import { readFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import { resolve } from "node:path";
import { measureStages, solveFlowOnce } from "./chokepoint-stages";
import { measureDefaultDataset } from "./default-dataset";
import { layeredDataset } from "../src/model/synthetic";
import { Peers, writeGraph, type PeerAnswer } from "./reference-peers";
import { collectGarbage, ms } from "./timing";

function option(name: string): string | undefined {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? process.argv[at + 1] : undefined;
}

const sizes = (option("sizes") ?? "1000,10000,100000,1000000").split(",").map(Number);
const networkxMax = Number(option("networkx-max") ?? 100_000);
const peersWanted = !process.argv.includes("--no-peers");
const runsFor = (edges: number): number => Number(option("runs") ?? (edges <= 1e3 ? 21 : edges <= 1e4 ? 11 : edges <= 1e5 ? 5 : 3));
const out = resolve("bench/out");

const median = (values: readonly number[]): number | undefined => {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const load = (): string => {
  try {
    return readFileSync("/proc/loadavg", "utf8").split(" ").slice(0, 3).join(" ");
  } catch {
    return "unknown";
  }
};

console.log(`Chokepoint benchmark (node ${process.version}, ${new Date().toISOString().slice(0, 10)}, ${availableParallelism()} cores, load average ${load()})`);
// The interactive case first, while the heap is small (the 10^6-edge runs leave a large
// old generation behind, whose collections would land in these few-millisecond timings).
const toggle = measureDefaultDataset(resolve("data/default.json"), 220);
if (toggle) {
  console.log(`Default dataset (${toggle.edges} edges, ${toggle.arcs} arcs): compile ${ms(toggle.compile)} ms;`);
  console.log(
    `full recompute after one toggle: median ${ms(toggle.fullRecompute)} ms (p10 ${ms(toggle.p10)}, p90 ${ms(toggle.p90)}, CPU ${ms(toggle.cpuPerRecompute)} ms on average); throughput alone ${ms(toggle.throughputOnly)} ms`,
  );
  console.log(`same run, alternating: naive recompute (attribution solved from scratch) median ${ms(toggle.naive)} ms, ${toggle.naiveRatio.toFixed(1)}x ours`);
} else {
  console.log("Default dataset: data/default.json not found, skipped");
}

console.log("\nLayered supply-chain networks (src/model/synthetic.ts, seed 7, 2 chemicals, 10% capacitated transit); times are medians in ms.\n");
const header = ["edges", "arcs", "compile", "survival", "flow+cut", "after peer", "1st flow+cut", "report", "igraph", "networkx", "igraph/ours", "networkx/ours", "bytes/edge", "check"];
const rows: string[][] = [header];
const notes: string[] = [];
for (const edges of sizes) {
  const dataset = layeredDataset({ edges, seed: 7, chemicals: 2, capacitatedTransitShare: 0.1, interventions: 3 });
  const scenario = { switches: { i0: { on: true } }, idealized: false };
  const runs = runsFor(edges);
  const stages = measureStages(dataset, scenario, runs);
  const withNetworkx = peersWanted && edges <= networkxMax;
  if (peersWanted && !withNetworkx) notes.push(`${edges} edges: networkx skipped (above --networkx-max ${networkxMax}; preflow_push takes minutes there)`);
  const peers = peersWanted ? await Peers.start(writeGraph(stages.state, out, `layered-${edges}`)) : undefined;
  if (typeof peers === "string") notes.push(`${edges} edges: python peers failed: ${peers}`);
  const ours: number[] = [];
  const igraph: PeerAnswer[] = [];
  const networkx: PeerAnswer[] = [];
  collectGarbage(); // the report stage's garbage, before the warm-up (bench/timing.ts)
  // Three warm-up solves: after the collection, solves at 10^6 edges took 1,582, 793, 671,
  // 621, 503 and 620 ms in a row (tmp trace, --trace-gc: no collection inside them) while
  // V8 settled on its optimised code, and one warm-up timed that settling instead.
  for (let i = 0; i < 3; i++) solveFlowOnce(stages.state);
  const backToBack = Array.from({ length: runs }, () => solveFlowOnce(stages.state));
  // The alternating rounds, only with peers to alternate with.
  if (peers instanceof Peers) {
    for (let round = 0; round < runs; round++) {
      ours.push(solveFlowOnce(stages.state));
      igraph.push(await peers.time("igraph"));
      // networkx is slow: at most 3 rounds above 10^4 edges.
      if (withNetworkx && (edges <= 1e4 || round < 3)) networkx.push(await peers.time("networkx"));
    }
    peers.stop();
  }
  for (const answer of [...igraph, ...networkx]) if (answer.error) notes.push(`${edges} edges: ${answer.error}`);
  const timesOf = (answers: readonly PeerAnswer[]): number[] => answers.flatMap((a) => (a.ms === undefined ? [] : [a.ms]));
  const ratioOf = (answers: readonly PeerAnswer[]): string => {
    const ratio = median(answers.flatMap((a, i) => (a.ms === undefined ? [] : [a.ms / ours[i]])));
    return ratio === undefined ? "-" : `${ratio.toFixed(1)}x`;
  };
  const values = [...igraph, ...networkx].flatMap((a) => (a.value === undefined ? [] : [a.value]));
  const agree = values.every((v) => Math.abs(v - stages.throughput) <= 1e-6 * Math.max(1, stages.throughput));
  rows.push([
    String(edges),
    String(stages.state.net.graph.arcCount),
    ms(stages.compile),
    ms(stages.survival),
    ms(median(backToBack)),
    ms(median(ours)),
    ms(stages.firstFlow),
    ms(stages.report),
    ms(median(timesOf(igraph))),
    ms(median(timesOf(networkx))),
    ratioOf(igraph),
    ratioOf(networkx),
    (stages.compiledBytes / edges).toFixed(0),
    values.length === 0 ? "-" : agree ? "same value" : "DIFFERENT",
  ]);
}
const widths = header.map((_, i) => Math.max(...rows.map((row) => row[i].length)));
for (const row of rows) console.log(row.map((cell, i) => cell.padStart(widths[i])).join("  "));
for (const note of notes) console.log(`note: ${note}`);
console.log("\ncompile: dataset -> compiled network; survival: capacities, AND-OR survival, exact route count, 10 widest routes;");
console.log("flow+cut: max-flow, per-arc flows and min-cut, solves back to back after a warm-up; after peer: the same solves, each right");
console.log("  after a peer's solve (the alternating rounds the ratios come from); 1st flow+cut: the first such solve on the compiled network,");
console.log("  one run, which also plans the contraction and allocates the workspaces; report: the whole analysis with attribution (3 interventions);");
console.log("igraph/networkx: maxflow / preflow_push on the same compiled graph, construction excluded, alternating with ours;");
console.log("ratios: median of per-round ratios; check: their max-flow values equal ours.");
console.log(`load average after the runs: ${load()}`);

