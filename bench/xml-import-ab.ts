/**
 * A/B of GEXF and GraphML import: the streamed path (importFiles: pull reader, one node or
 * edge at a time) against the tree path it replaced (tests/io/import/support/tree-import.ts:
 * the whole tree parsed, then walked), in one process, alternating, on the same files
 * written by the app's exporters from a seeded layered network. Only same-process ratios
 * mean anything on a shared machine.
 *
 *   node --expose-gc bin/run-ts.js bench/xml-import-ab.ts [--sizes 10000,100000] [--rounds 5]
 *
 * Per case: median wall and CPU (user + system) time of each path, the median of the
 * per-round ratios tree / stream, V8's committed heap right after an import (a full
 * collection precedes each, with --expose-gc), and the peak RSS one import adds in a fresh
 * process (a timer cannot sample memory while the import holds the main thread).
 */
import { execFileSync } from "node:child_process";
import { createAnalyzer } from "../src/analysis/analyzer";
import { exportGexf } from "../src/io/export/export-gexf";
import { exportGraphml } from "../src/io/export/export-graphml";
import { importFiles, type ImportFile } from "../src/io/import/import-files";
import type { ImportResult } from "../src/io/import/import-result";
import type { ReadResult } from "../src/io/import/raw-graph";
import { readGexf } from "../src/io/import/read-gexf";
import { readGraphml } from "../src/io/import/read-graphml";
import { buildSnapshot } from "../src/io/snapshot/build-snapshot";
import { layeredDataset } from "../src/model/synthetic";
import { importXmlByTree, readByTree } from "../tests/io/import/support/tree-import";
import { collectGarbage, ms } from "./timing";

function option(name: string): string | undefined {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? process.argv[at + 1] : undefined;
}

const sizes = (option("sizes") ?? "10000,100000").split(",").map(Number);
const rounds = Number(option("rounds") ?? 5);
const mb = (bytes: number) => `${(bytes / 1e6).toFixed(0)} MB`;
const median = (values: readonly number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

interface Run {
  readonly wall: number;
  readonly cpu: number;
  /** V8's committed heap right after the import (it starts from a collected heap and is not shrunk at once: close to the import's peak). */
  readonly heap: number;
  readonly result: ImportResult | ReadResult;
}

function run(work: () => ImportResult | ReadResult): Run {
  collectGarbage();
  const cpuBefore = process.cpuUsage();
  const start = performance.now();
  const result = work();
  const wall = performance.now() - start;
  const cpu = process.cpuUsage(cpuBefore);
  return { wall, cpu: (cpu.user + cpu.system) / 1000, heap: process.memoryUsage().heapTotal, result };
}

function fileOf(edges: number, format: "gexf" | "graphml"): ImportFile {
  const dataset = layeredDataset({ edges, seed: 7, chemicals: 2, capacitatedTransitShare: 0.1, interventions: 3 });
  const scenario = { switches: { i0: { on: true } }, idealized: false };
  const snapshot = buildSnapshot(dataset, createAnalyzer(dataset).analyze(scenario, { attribution: false }), { name: "bench" });
  return { name: `bench.${format}`, bytes: new TextEncoder().encode(format === "gexf" ? exportGexf(snapshot) : exportGraphml(snapshot)) };
}

/**
 * Child mode (`--child stream|tree --size N --format F`): one import in a fresh process,
 * printing how far it raised the process's peak RSS above what writing the file needed.
 */
const child = option("child");
if (child !== undefined) {
  const file = fileOf(Number(option("size")), option("format") === "graphml" ? "graphml" : "gexf");
  collectGarbage();
  const before = process.resourceUsage().maxRSS;
  const result = child === "tree" ? importXmlByTree(file) : importFiles([file]);
  if (!result.ok) throw new Error("did not import");
  console.log(JSON.stringify({ peakRssGrowth: (process.resourceUsage().maxRSS - before) * 1024 }));
  process.exit(0);
}

function peakRssGrowth(path: "stream" | "tree", edges: number, format: string): number {
  const output = execFileSync(process.execPath, ["--expose-gc", "bin/run-ts.js", "bench/xml-import-ab.ts", "--child", path, "--size", String(edges), "--format", format], { encoding: "utf8" });
  return (JSON.parse(output.trim().split("\n").pop()!) as { peakRssGrowth: number }).peakRssGrowth;
}

console.log(`GEXF/GraphML import A/B, streamed vs tree (node ${process.version}, gc ${typeof (globalThis as { gc?: unknown }).gc === "function" ? "exposed" : "NOT exposed"}), ${rounds} rounds`);
for (const edges of sizes) {
  for (const format of ["gexf", "graphml"] as const) {
    const file = fileOf(edges, format);
    const text = new TextDecoder().decode(file.bytes);
    measure(`${format}, ~${edges} edges, ${mb(file.bytes.length)}, whole import (decode, read, build, validate)`, () => importFiles([file]), () => importXmlByTree(file), edges, format);
    const read = format === "gexf" ? readGexf : readGraphml;
    const limits = { maxChars: text.length }; // as importFiles allows (its maxBytes), past the reader's own 64 M default
    measure(`${format}, ~${edges} edges, read only (text -> RawGraph)`, () => read(text, file.name, limits), () => readByTree(text, file.name, format, limits), undefined, format);
  }
}

/** Alternating rounds of the two paths; `edges` set: also each path's peak RSS in its own process (whole import only). */
function measure(title: string, stream: () => ImportResult | ReadResult, tree: () => ImportResult | ReadResult, edges: number | undefined, format: string): void {
  {
    const streamed: Run[] = [];
    const treed: Run[] = [];
    for (let round = 0; round < rounds; round++) {
      // Alternate which goes first, so neither always inherits the other's garbage or warmth.
      if (round % 2 === 0) {
        streamed.push(run(stream));
        treed.push(run(tree));
      } else {
        treed.push(run(tree));
        streamed.push(run(stream));
      }
      if (!streamed[round].result.ok || !treed[round].result.ok) throw new Error(`${title}: did not import`);
    }
    const ratio = (pick: (r: Run) => number) => median(streamed.map((s, i) => pick(treed[i]) / pick(s)));
    const line = (name: "tree" | "stream", runs: Run[]) =>
      `  ${name.padEnd(7)} wall ${ms(median(runs.map((r) => r.wall))).padStart(6)} ms   cpu ${ms(median(runs.map((r) => r.cpu))).padStart(6)} ms   ` +
      `heap after ${mb(median(runs.map((r) => r.heap))).padStart(7)}` +
      (edges === undefined ? "" : `   peak RSS growth (own process) ${mb(peakRssGrowth(name, edges, format)).padStart(7)}`);
    console.log(`\n${title}:`);
    console.log(line("tree", treed));
    console.log(line("stream", streamed));
    console.log(`  tree / stream, median of per-round ratios: wall ${ratio((r) => r.wall).toFixed(2)}x, cpu ${ratio((r) => r.cpu).toFixed(2)}x`);
  }
}
