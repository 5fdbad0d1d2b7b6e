/**
 * `npm run bench:orientation`: how much the orientation push-relabel solves in matters,
 * and whether its automatic choice (graph/arc-records.ts, `preferReversed`) picks the
 * faster one, on three shapes of the layered benchmark network:
 *
 * - wide: the network of `npm run bench` (its border crossings' capacities do not bind, so
 *   the minimum cut lies across transit -> lab and lab -> crossing arcs);
 * - narrow border: the same with each crossing's capacity at 160-800 kg/month of the
 *   about 1,300 its arcs can bring, so the cut lies at the border, late in the chain;
 * - early cut: producer arcs at a tenth of their capacity (as under an export control), so
 *   the cut lies at the start.
 *
 * Each round solves the same network three times (original, reversed, automatic), in
 * rotating order; the table gives medians and the per-round ratio
 * of the automatic choice to the faster forced orientation.
 *
 * Options: --sizes 100000,1000000  --runs N (default 5)
 */
import { minCut } from "../src/analysis/graph/min-cut";
import { pushRelabelMaxFlow } from "../src/analysis/graph/push-relabel";
import { fillRecords, preferReversed, pushRelabelWorkspace, type Orientation } from "../src/analysis/graph/arc-records";
import { compileNetwork } from "../src/analysis/network/compile";
import { evaluateNetwork } from "../src/analysis/network/evaluate";
import { Random } from "../src/model/seeded-random";
import { layeredDataset } from "../src/model/synthetic";
import type { Dataset } from "../src/model/types";
import { compileScenarioEngine } from "../src/scenario/compile";
import { collectGarbage, ms } from "./timing";

function option(name: string): string | undefined {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? process.argv[at + 1] : undefined;
}

const sizes = (option("sizes") ?? "100000,1000000").split(",").map(Number);
const runs = Number(option("runs") ?? 5);

const shapes: Record<string, (base: Dataset) => Dataset> = {
  wide: (base) => base,
  "narrow border": (base) => {
    const random = new Random(99);
    return { ...base, nodes: base.nodes.map((n) => (n.kind === "crossing" ? { ...n, capacity: random.int(20, 100) * 8 } : n)) };
  },
  "early cut": (base) => {
    const producers = new Set(base.nodes.filter((n) => n.kind === "producer").map((n) => n.id));
    return { ...base, edges: base.edges.map((e) => (producers.has(e.source) ? { ...e, capacity: Math.ceil(e.capacity / 10) } : e)) };
  },
};

const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

const orientations: readonly Orientation[] = ["original", "reversed", "auto"];
const header = ["network", "edges", "cut arcs", "original", "reversed", "auto", "auto picked", "auto / best"];
const rows: string[][] = [header];
for (const edges of sizes) {
  const base = layeredDataset({ edges, seed: 7, chemicals: 2, capacitatedTransitShare: 0.1, interventions: 3 });
  for (const [name, shape] of Object.entries(shapes)) {
    const dataset = shape(base);
    const net = compileNetwork(dataset);
    const state = evaluateNetwork(net, compileScenarioEngine(dataset).apply({ switches: { i0: { on: true } }, idealized: false }));
    const solve = (orientation: Orientation): { ms: number; value: number; cut: number } => {
      const start = performance.now();
      const result = pushRelabelMaxFlow(net.graph, state.flowCap, net.source, net.sink, { order: net.topologicalOrder, orientation });
      const cut = minCut(net.graph, state.flowCap, result, net.source);
      return { ms: performance.now() - start, value: result.value, cut: cut.arcs.length };
    };
    collectGarbage(); // before the warm-up, not before each run (bench/timing.ts)
    for (const orientation of orientations) solve(orientation); // warm-up
    const times: Record<Orientation, number[]> = { original: [], reversed: [], auto: [] };
    const ratios: number[] = [];
    let cutArcs = 0;
    for (let round = 0; round < runs; round++) {
      const answers = new Map<Orientation, { ms: number; value: number; cut: number }>();
      for (let k = 0; k < orientations.length; k++) {
        const orientation = orientations[(round + k) % orientations.length];
        answers.set(orientation, solve(orientation));
      }
      const [original, reversed, auto] = orientations.map((o) => answers.get(o)!);
      if (Math.abs(original.value - reversed.value) > 1e-9 * Math.max(1, original.value) || original.cut !== reversed.cut || auto.cut !== original.cut)
        throw new Error(`${name} ${edges}: the orientations disagree (values ${original.value} and ${reversed.value})`);
      times.original.push(original.ms);
      times.reversed.push(reversed.ms);
      times.auto.push(auto.ms);
      ratios.push(auto.ms / Math.min(original.ms, reversed.ms));
      cutArcs = original.cut;
    }
    // The automatic choice, from the same vote the solve takes (filling the workspace again).
    const picked = preferReversed(fillRecords(pushRelabelWorkspace(net.graph), state.flowCap, 0, undefined)) ? "reversed" : "original";
    rows.push([name, String(edges), String(cutArcs), ms(median(times.original)), ms(median(times.reversed)), ms(median(times.auto)), picked, `${median(ratios).toFixed(2)}x`]);
  }
}
const widths = header.map((_, i) => Math.max(...rows.map((row) => row[i].length)));
console.log(`Push-relabel orientation (max-flow, per-arc flows and min-cut; medians of ${runs} rounds, ms; node ${process.version})\n`);
for (const row of rows) console.log(row.map((cell, i) => cell.padStart(widths[i])).join("  "));
console.log("\nauto / best: median over rounds of the automatic choice's time over the faster forced orientation's (1.00x: it picked the faster).");
