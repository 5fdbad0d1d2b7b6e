// Finds a python3 with networkx (and says whether scipy is there) for the independent checks.
import { spawnSync } from "node:child_process";

export interface Python {
  readonly executable: string;
  readonly scipy: boolean;
}

function probe(executable: string, module: string): boolean {
  const result = spawnSync(executable, ["-c", `import ${module}`], { encoding: "utf8" });
  return result.status === 0;
}

export function findPython(): Python | undefined {
  const candidates = ["/usr/bin/python3", "python3"];
  const withNetworkx = candidates.filter((candidate) => probe(candidate, "networkx"));
  const best = withNetworkx.find((candidate) => probe(candidate, "scipy")) ?? withNetworkx[0];
  return best === undefined ? undefined : { executable: best, scipy: probe(best, "scipy") };
}
