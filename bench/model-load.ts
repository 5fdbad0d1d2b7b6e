// Model-layer benchmark: parse + validate dataset text, build the index, run selectors,
// build the graphology graph, on a synthetic dataset of N edges (default 200,000).
//   node bin/run-ts.js bench/model-load.ts [edges]
// Prints the best of a few runs, wall-clock and CPU time of this process (the CPU figure
// is steadier on a shared machine; it includes V8's helper threads). Nothing is asserted.
import { buildGraph } from "../src/model/graph";
import { parseDataset } from "../src/model/load";
import { buildDatasetIndex, compileSelector } from "../src/model/selector";
import type { Dataset, DatasetEdge, DatasetNode, EdgeSelector } from "../src/model/types";
import { validateDataset } from "../src/model/validate";

const edgeCount = Number(process.argv[2] ?? 200_000);
const nodeCount = Math.max(10, Math.round(edgeCount / 10));
const jurisdictions = ["CN", "IN", "MX", "US", "CA"];
const kinds = ["producer", "broker", "forwarder", "port", "lab", "crossing", "market"] as const;

function synthetic(): Dataset {
  const nodes: DatasetNode[] = Array.from({ length: nodeCount }, (_, i) => {
    const kind = kinds[i % kinds.length];
    const node: DatasetNode = { id: `n${i}`, label: `Node ${i}`, kind, jurisdiction: jurisdictions[i % 5], sources: ["s"] };
    return kind === "lab"
      ? { ...node, recipes: [{ id: "r", label: "r", route: "siegfried", inputs: [{ commodity: "npp", ratio: 1.5 }], output: "fentanyl", sources: ["s"] }] }
      : node;
  });
  const edges: DatasetEdge[] = Array.from({ length: edgeCount }, (_, i) => ({
    id: `e${i}`,
    source: `n${i % nodeCount}`,
    target: `n${(i * 7 + 1) % nodeCount}`,
    commodity: i % 3 === 0 ? "fentanyl" : "npp",
    capacity: (i % 97) * 10,
    mode: i % 2 === 0 ? "sea" : "air",
    channel: i % 5 === 0 ? "mislabeled" : "declared",
    licitConsignee: i % 4 === 0,
    status: "legal",
    sources: ["s"],
  }));
  const selector = (target: EdgeSelector, id: string) => ({
    id, label: id, kind: "export-control" as const, actor: "CN", description: "d", effectiveness: 0.5, sources: ["s"], target, effect: { kind: "reduce" as const },
  });
  return {
    format: "chokepoint-dataset",
    version: 1,
    meta: { title: "bench", description: "synthetic", period: { start: "2016-01-01", end: "2025-12-31" }, unit: "kg/month" },
    sources: [{ id: "s", title: "Source", kind: "analysis" }],
    jurisdictions: jurisdictions.map((id) => ({ id, name: id })),
    commodities: [
      { id: "npp", name: "NPP", kind: "precursor", sources: ["s"] },
      { id: "fentanyl", name: "Fentanyl", kind: "product", sources: ["s"] },
    ],
    nodes,
    edges,
    interventions: [
      selector({ commodities: ["npp"], originJurisdictions: ["CN"] }, "a"),
      selector({ channels: ["mislabeled"], destinationJurisdictions: ["IN", "US"], modes: ["air"] }, "b"),
      selector({ sourceKinds: ["broker"], licitConsignee: false }, "c"),
    ],
    events: [],
  };
}

function best(label: string, runs: number, work: () => unknown): void {
  let wall = Infinity;
  let cpu = Infinity;
  for (let run = 0; run < runs; run++) {
    const startCpu = process.cpuUsage();
    const start = performance.now();
    work();
    wall = Math.min(wall, performance.now() - start);
    const used = process.cpuUsage(startCpu);
    cpu = Math.min(cpu, (used.user + used.system) / 1000);
  }
  console.log(`${label.padEnd(64)} ${wall.toFixed(1).padStart(9)} ms wall ${cpu.toFixed(1).padStart(9)} ms cpu`);
}

const dataset = synthetic();
const text = JSON.stringify(dataset, null, 2);
console.log(`synthetic dataset: ${nodeCount} nodes, ${edgeCount} edges, ${(text.length / 1e6).toFixed(1)} M characters`);
best("JSON.parse (reference)", 3, () => JSON.parse(text));
best("parseDataset (located parse + validation)", 3, () => {
  const result = parseDataset(text, "bench.json", { maxChars: text.length });
  if (!result.ok) throw new Error(`bench dataset invalid: ${result.errors[0].message}`);
});
best("validateDataset (parsed object)", 3, () => validateDataset(dataset));
let index = buildDatasetIndex(dataset);
best("buildDatasetIndex", 3, () => (index = buildDatasetIndex(dataset)));
for (const intervention of dataset.interventions) {
  if (intervention.kind === "cooperation") continue;
  best(`selector over all edges: ${Object.keys(intervention.target).join("+")}`, 5, () => {
    const matches = compileSelector(index, intervention.target);
    let count = 0;
    for (let edge = 0; edge < edgeCount; edge++) if (matches(edge)) count++;
    return count;
  });
}
best("buildGraph (graphology)", 2, () => buildGraph(dataset));
