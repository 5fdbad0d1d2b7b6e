/**
 * networkx and igraph on the very graph Chokepoint's max-flow solves (the compiled
 * network with the scenario's capacities), through bench/reference_maxflow.py and
 * /usr/bin/python3 (Debian's python3-networkx and python3-igraph).
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { NetworkState } from "../src/analysis/network/evaluate";

export interface PeerTiming {
  readonly ms: number;
  readonly value: number;
  readonly version: string;
}

export interface PeerResult {
  readonly igraph: PeerTiming | null;
  readonly networkx: PeerTiming | null;
  readonly error?: string;
}

const PYTHON = "/usr/bin/python3";
const SCRIPT = new URL("./reference_maxflow.py", import.meta.url).pathname;

export function writeGraph(state: NetworkState, folder: string, name: string): string {
  mkdirSync(folder, { recursive: true });
  const { graph, source, sink } = state.net;
  const lines: string[] = [`${graph.vertexCount} ${graph.arcCount} ${source} ${sink}`];
  for (let a = 0; a < graph.arcCount; a++) {
    const capacity = state.flowCap[a];
    lines.push(`${graph.tail[a]} ${graph.head[a]} ${capacity === Infinity ? -1 : capacity}`);
  }
  const file = join(folder, `${name}.txt`);
  writeFileSync(file, `${lines.join("\n")}\n`);
  return file;
}

export function runPeers(file: string, runs: number, skipNetworkx: boolean): PeerResult {
  const result = spawnSync(PYTHON, [SCRIPT, file, String(runs), skipNetworkx ? "1" : "0"], { encoding: "utf8", maxBuffer: 1 << 24 });
  if (result.status !== 0) return { igraph: null, networkx: null, error: (result.stderr || result.error?.message || "failed").trim().split("\n").pop() };
  return JSON.parse(result.stdout) as PeerResult;
}
