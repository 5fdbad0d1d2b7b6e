/**
 * networkx and igraph on the very graph Chokepoint's max-flow solves (the compiled
 * network with the scenario's capacities), through bench/reference_maxflow.py under
 * /usr/bin/python3 (Debian's python3-networkx and python3-igraph). The Python process
 * stays up and answers one timing request at a time, so the benchmark can alternate its
 * own runs with the peers' and compare medians taken under the same load.
 */
import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { createInterface, type Interface } from "node:readline";
import type { NetworkState } from "../src/analysis/network/evaluate";

export interface PeerAnswer {
  readonly ms?: number;
  readonly value?: number;
  readonly version?: string;
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

/** A running reference_maxflow.py serving one graph. */
export class Peers {
  private readonly child: ChildProcessWithoutNullStreams;
  private readonly lines: Interface;
  private readonly pending: ((line: string) => void)[] = [];
  private stderr = "";

  private constructor(file: string) {
    this.child = spawn(PYTHON, [SCRIPT, file]);
    this.child.stderr.on("data", (chunk: Buffer) => (this.stderr += chunk.toString()));
    this.lines = createInterface({ input: this.child.stdout });
    this.lines.on("line", (line) => this.pending.shift()?.(line));
    this.child.on("close", () => {
      for (const resolve of this.pending.splice(0)) resolve(JSON.stringify({ error: this.stderr.trim().split("\n").pop() ?? "python exited" }));
    });
    this.child.on("error", (error) => {
      for (const resolve of this.pending.splice(0)) resolve(JSON.stringify({ error: error.message }));
    });
  }

  private next(): Promise<string> {
    return new Promise((resolve) => this.pending.push(resolve));
  }

  /** Starts Python on `file` and waits until the graph is read. */
  static async start(file: string): Promise<Peers | string> {
    const peers = new Peers(file);
    const first = await peers.next();
    return first === "ready" ? peers : ((JSON.parse(first) as PeerAnswer).error ?? first);
  }

  async time(library: "igraph" | "networkx"): Promise<PeerAnswer> {
    const answer = this.next();
    this.child.stdin.write(`${library}\n`);
    return JSON.parse(await answer) as PeerAnswer;
  }

  stop(): void {
    this.child.stdin.end("quit\n");
  }
}
