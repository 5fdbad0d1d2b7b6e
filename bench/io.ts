/**
 * io benchmark: `node bin/run-ts.js bench/io.ts [--sizes 1000,10000,100000]`
 *
 * For the default dataset and seeded layered networks (bench/generate/layered-dataset.ts),
 * the median time to build a snapshot from an analysis, to write each format, and to
 * import each format back (parse, build, validate), with the file sizes.
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { createAnalyzer } from "../src/analysis/analyzer";
import { parseDatasetOrThrow } from "../src/model/load";
import type { Dataset } from "../src/model/types";
import type { Scenario } from "../src/scenario/types";
import { exportCsv } from "../src/io/export/export-csv";
import { exportGexf } from "../src/io/export/export-gexf";
import { exportGexfTimeline } from "../src/io/export/export-gexf-dynamic";
import { exportGraphml } from "../src/io/export/export-graphml";
import { exportSnapshotJson } from "../src/io/export/export-json";
import { exportSvg } from "../src/io/export/svg/export-svg";
import { importFiles, type ImportFile } from "../src/io/import/import-files";
import { buildSnapshot } from "../src/io/snapshot/build-snapshot";
import { layeredDataset } from "./generate/layered-dataset";
import { medianOf, ms } from "./timing";

function option(name: string): string | undefined {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? process.argv[at + 1] : undefined;
}

const encoder = new TextEncoder();
const sizes = (option("sizes") ?? "1000,10000,100000").split(",").map(Number);
const kb = (bytes: number) => (bytes >= 1e6 ? `${(bytes / 1e6).toFixed(1)} MB` : `${Math.round(bytes / 1e3)} KB`);

function measure(name: string, dataset: Dataset, scenario: Scenario, runs: number): void {
  const analysis = createAnalyzer(dataset).analyze(scenario, { attribution: false });
  const snapshot = medianOf(runs, () => buildSnapshot(dataset, analysis, { name: "bench" }));
  const outputs: [string, () => string | { nodes: string; edges: string }][] = [
    ["json", () => exportSnapshotJson(snapshot.last)],
    ["gexf", () => exportGexf(snapshot.last)],
    ["graphml", () => exportGraphml(snapshot.last)],
    ["csv", () => exportCsv(snapshot.last)],
    ["svg", () => exportSvg(snapshot.last)],
  ];
  if (dataset.events.length > 0) outputs.push(["gexf-dynamic", () => exportGexfTimeline(dataset, { scenario })]);
  console.log(`\n${name}: ${dataset.nodes.length} nodes, ${dataset.edges.length} edges; snapshot from the analysis ${ms(snapshot.median)} ms`);
  console.log("format        export ms   size      import ms");
  for (const [format, write] of outputs) {
    const written = medianOf(runs, write);
    const files: ImportFile[] =
      typeof written.last === "string"
        ? [{ name: `bench.${format === "json" ? "json" : format === "gexf-dynamic" ? "gexf" : format}`, bytes: encoder.encode(written.last) }]
        : [{ name: "n.csv", bytes: encoder.encode(written.last.nodes) }, { name: "e.csv", bytes: encoder.encode(written.last.edges) }];
    const size = files.reduce((sum, file) => sum + file.bytes.length, 0);
    const imported = format === "svg" ? undefined : medianOf(runs, () => importFiles(files));
    if (imported && !imported.last.ok) throw new Error(`${format} did not re-import`);
    console.log(`${format.padEnd(13)} ${ms(written.median).padStart(9)}   ${kb(size).padEnd(9)} ${imported ? ms(imported.median).padStart(9) : "        -"}`);
  }
}

console.log(`Chokepoint io benchmark (node ${process.version}); medians in ms`);
const defaultDataset = parseDatasetOrThrow(readFileSync(resolve("data/default.json"), "utf8"), "data/default.json");
measure("default dataset, as of 2019-06-01", defaultDataset, { date: "2019-06-01", switches: {}, idealized: false }, 7);
for (const edges of sizes) {
  const dataset = layeredDataset({ edges, seed: 7, chemicals: 2, capacitatedTransitShare: 0.1, interventions: 3 });
  measure(`layered network, ~${edges} edges`, dataset, { switches: { i0: { on: true } }, idealized: false }, edges >= 100_000 ? 3 : 5);
}
