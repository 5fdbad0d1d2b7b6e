// Fuzzing the importers: for each import format, 1,200 seeded mutations of valid exports
// (truncation, byte flips, duplicated and removed tags, huge numbers, deep nesting,
// entity bombs, wrong encodings...; see mutations.ts) and files that were never valid.
// Every case must end in a typed, non-empty list of problems or in a valid import (the
// dataset passes the validator again, the scenario fits it); none may throw; none may
// take more than a second (a generous bound: the figures are printed, see the report).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { validateDataset } from "../../../src/model/validate";
import { checkScenario } from "../../../src/scenario/validate";
import { exportCsv } from "../../../src/io/export/export-csv";
import { exportGexf } from "../../../src/io/export/export-gexf";
import { exportGexfTimeline } from "../../../src/io/export/export-gexf-dynamic";
import { exportGraphml } from "../../../src/io/export/export-graphml";
import { exportSnapshotJson } from "../../../src/io/export/export-json";
import { IMPORT_PROBLEM_KINDS } from "../../../src/io/import-error";
import { importFiles, type ImportFile } from "../../../src/io/import/import-files";
import type { Snapshot } from "../../../src/io/snapshot/snapshot-types";
import { defaultSnapshot } from "../support/default-dataset";
import { richDatasetWithScenarioArbitrary, snapshotOf } from "../support/snapshots";
import { malformed, mutate, rng, type Mutated, type Syntax } from "./mutations";

const CASES_PER_FORMAT = 1200;
const MAX_MS_PER_CASE = 1000;
const KINDS = new Set<string>(IMPORT_PROBLEM_KINDS);

/** Small random snapshots (datasets the analysis refuses are left out) and the default one. */
const small: Snapshot[] = fc
  .sample(richDatasetWithScenarioArbitrary({ maxExtraEdges: 15 }), { numRuns: 40, seed: 20_241_130 })
  .flatMap(({ dataset, scenario, positions }) => {
    try {
      return [snapshotOf(dataset, scenario, positions)];
    } catch {
      return [];
    }
  });
const large = defaultSnapshot();

interface Format {
  readonly name: string;
  readonly syntax: Syntax;
  readonly extension: string;
  /** The valid files of a snapshot (CSV: nodes and edges). */
  files(snapshot: Snapshot): readonly string[];
}

const FORMATS: readonly Format[] = [
  { name: "native JSON", syntax: "json", extension: "json", files: (s) => [exportSnapshotJson(s)] },
  { name: "GEXF", syntax: "xml", extension: "gexf", files: (s) => [exportGexf(s)] },
  { name: "dynamic GEXF", syntax: "xml", extension: "gexf", files: (s) => [exportGexfTimeline(s.dataset, { scenario: s.scenario })] },
  { name: "GraphML", syntax: "xml", extension: "graphml", files: (s) => [exportGraphml(s)] },
  {
    name: "CSV",
    syntax: "csv",
    extension: "csv",
    files: (s) => {
      const tables = exportCsv(s);
      return [tables.nodes, tables.edges];
    },
  },
];

interface Outcome {
  readonly ms: number;
  readonly ok: boolean;
  readonly kinds: readonly string[];
}

function runCase(files: readonly ImportFile[]): Outcome {
  const start = performance.now();
  const result = importFiles(files);
  const ms = performance.now() - start;
  if (result.ok) {
    expect(validateDataset(result.dataset)).toEqual([]);
    if (result.scenario) expect(checkScenario(result.dataset, result.scenario)).toEqual([]);
    return { ms, ok: true, kinds: [] };
  }
  expect(result.problems.length).toBeGreaterThan(0);
  for (const problem of result.problems) {
    expect(KINDS.has(problem.kind)).toBe(true);
    expect(problem.file.length).toBeGreaterThan(0);
    expect(problem.message.length).toBeGreaterThan(0);
  }
  return { ms, ok: false, kinds: result.problems.map((problem) => problem.kind) };
}

describe.each(FORMATS)("fuzzing the $name import", (format) => {
  it(`ends every one of ${CASES_PER_FORMAT} mutated or malformed files in typed problems or a valid import, within ${MAX_MS_PER_CASE} ms`, () => {
    const bases = new Map<Snapshot, readonly string[]>();
    const filesOf = (snapshot: Snapshot) => bases.get(snapshot) ?? bases.set(snapshot, format.files(snapshot)).get(snapshot)!;
    const outcomes: Outcome[] = [];
    const byMutation = new Map<string, number>();
    const seed = 1000 * FORMATS.indexOf(format);
    for (let i = 0; i < CASES_PER_FORMAT; i++) {
      const random = rng(seed + i);
      const snapshot = random() < 0.05 ? large : small[Math.floor(random() * small.length)];
      const valid = filesOf(snapshot);
      const name = (part: string) => (random() < 0.2 ? `upload-${part}` : `fuzz-${part}.${format.extension}`);
      let files: ImportFile[];
      let mutation: string;
      if (random() < 0.1) {
        const broken: Mutated = malformed(random);
        mutation = broken.mutation;
        files = format.syntax === "csv" ? [{ name: "n.csv", bytes: broken.bytes }, { name: "e.csv", bytes: new TextEncoder().encode(valid[1]) }] : [{ name: name("file"), bytes: broken.bytes }];
      } else if (format.syntax === "csv") {
        const which = Math.floor(random() * 3); // nodes, edges, or both
        const nodes = which !== 1 ? mutate(valid[0], "csv", random) : { mutation: "", bytes: new TextEncoder().encode(valid[0]) };
        const edges = which !== 0 ? mutate(valid[1], "csv", random) : { mutation: "", bytes: new TextEncoder().encode(valid[1]) };
        mutation = [nodes.mutation, edges.mutation].filter(Boolean).join("|");
        files = [{ name: "fuzz_nodes.csv", bytes: nodes.bytes }, { name: "fuzz_edges.csv", bytes: edges.bytes }];
      } else {
        const mutated = mutate(valid[0], format.syntax, random);
        mutation = mutated.mutation;
        files = [{ name: name("file"), bytes: mutated.bytes }];
      }
      let outcome: Outcome;
      try {
        outcome = runCase(files);
      } catch (error) {
        throw new Error(`case ${i} (${mutation}) of ${format.name}: ${error instanceof Error ? error.stack : String(error)}`);
      }
      outcomes.push(outcome);
      for (const part of mutation.split(/[+|]/)) byMutation.set(part, (byMutation.get(part) ?? 0) + 1);
      expect(outcome.ms, `case ${i} (${mutation}) took ${outcome.ms.toFixed(1)} ms`).toBeLessThan(MAX_MS_PER_CASE);
    }
    const ms = outcomes.map((o) => o.ms).sort((a, b) => a - b);
    const kinds = new Map<string, number>();
    for (const outcome of outcomes) for (const kind of new Set(outcome.kinds)) kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
    console.log(
      `fuzz ${format.name}: ${outcomes.length} cases, ${outcomes.filter((o) => o.ok).length} valid imports, ` +
        `${outcomes.filter((o) => !o.ok).length} refused; per case max ${ms[ms.length - 1].toFixed(1)} ms, ` +
        `median ${ms[Math.floor(ms.length / 2)].toFixed(2)} ms; problem kinds ${[...kinds].map(([k, n]) => `${k} ${n}`).join(", ")}`,
    );
    expect(outcomes).toHaveLength(CASES_PER_FORMAT);
    // The mutations must really exercise the importer: most files are refused, some kinds of each family appear.
    expect(outcomes.filter((o) => !o.ok).length).toBeGreaterThan(CASES_PER_FORMAT / 2);
    expect(byMutation.size).toBeGreaterThanOrEqual(10);
  }, 180_000); // a thousand imports: seconds of work, more on a loaded machine; the per-case bound is the requirement
});
