/**
 * Test support for the io layer: datasets with every node and edge attribute the formats
 * carry (random text with markup, formulas, quotes, line breaks and non-ASCII; coordinates,
 * capacities, unverified flags), snapshots of them, and file helpers.
 */
import fc from "fast-check";
import { createAnalyzer } from "../../../src/analysis/analyzer";
import { AnalysisError } from "../../../src/analysis/errors";
import type { Dataset, DatasetEdge, DatasetNode } from "../../../src/model/types";
import type { Scenario } from "../../../src/scenario/types";
import { buildSnapshot } from "../../../src/io/snapshot/build-snapshot";
import type { Position, Snapshot } from "../../../src/io/snapshot/snapshot-types";
import { importFiles, type ImportFile, type ImportOptions } from "../../../src/io/import/import-files";
import type { ImportResult, ImportSuccess } from "../../../src/io/import/import-result";
import { formatProblem } from "../../../src/io/import-error";
import { datasetArbitrary, scenarioArbitrary, type DatasetArbitraryOptions } from "../../support/arbitraries";

export const XSS_LABEL = "<img src=x onerror=alert(1)>";

/** Text the tricky way: markup, formulas, quotes, separators, white space, non-ASCII. */
const TRICKY = [
  XSS_LABEL,
  `=HYPERLINK("http://evil.example","click")`,
  "+1+2",
  "-5",
  "@SUM(A1)",
  "'quoted",
  "''=x",
  `say "hi", then; leave`,
  "line one\nline two",
  "carriage\rreturn",
  "tab\there",
  "  padded  ",
  "]]> and &amp; and &#65;",
  "Ünïcödé — 中文 — 🧪",
  "<![CDATA[x]]>",
];

/** Any text XML can carry (no C0 controls but tab, LF, CR; no lone surrogates; no U+FFFE/U+FFFF). */
const xmlSafeText = fc
  .string({ unit: "grapheme", minLength: 1, maxLength: 30 })
  // eslint-disable-next-line no-control-regex
  .map((text) => text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, "x"))
  .filter((text) => text.length > 0);

export const textArbitrary = fc.oneof({ arbitrary: fc.constantFrom(...TRICKY), weight: 2 }, { arbitrary: xmlSafeText, weight: 3 });

/** A double without -0, which JSON (and so every format) writes as 0. */
const double = (min: number, max: number) => fc.double({ min, max, noNaN: true }).map((x) => x + 0);

const nodeExtras = fc.record(
  {
    label: textArbitrary,
    shortLabel: textArbitrary.filter((text) => text.length <= 40),
    role: textArbitrary.filter((text) => text.length <= 120),
    description: textArbitrary,
    coordinates: fc.record({ lat: double(-90, 90), lon: double(-180, 180) }),
    capacity: double(0, 1e6),
    unverified: fc.boolean(),
  },
  { requiredKeys: ["label"] },
);

const edgeExtras = fc.record({ description: textArbitrary, unverified: fc.boolean() }, { requiredKeys: [] });

function withExtras<T extends DatasetNode | DatasetEdge>(item: T, extras: Partial<T>): T {
  const merged = { ...item, ...extras } as T;
  // An item citing no source must say it is unverified (the validator's provenance rule).
  return merged.sources.length === 0 ? { ...merged, unverified: true } : merged;
}

/** Random valid datasets whose nodes and edges use every attribute. */
export function richDatasetArbitrary(options: Partial<DatasetArbitraryOptions> = {}): fc.Arbitrary<Dataset> {
  return datasetArbitrary(options).chain((dataset) =>
    fc
      .record({
        nodes: fc.array(nodeExtras, { minLength: dataset.nodes.length, maxLength: dataset.nodes.length }),
        edges: fc.array(edgeExtras, { minLength: dataset.edges.length, maxLength: dataset.edges.length }),
        noSources: fc.array(fc.boolean(), { minLength: dataset.edges.length, maxLength: dataset.edges.length }),
      })
      .map(({ nodes, edges, noSources }) => ({
        ...dataset,
        nodes: dataset.nodes.map((node, i) => withExtras(node, nodes[i])),
        edges: dataset.edges.map((edge, i) => withExtras(noSources[i] ? { ...edge, sources: [] } : edge, edges[i])),
      })),
  );
}

export function richDatasetWithScenarioArbitrary(options: Partial<DatasetArbitraryOptions> = {}): fc.Arbitrary<{ dataset: Dataset; scenario: Scenario; positions: Map<string, Position> | null }> {
  return richDatasetArbitrary(options).chain((dataset) =>
    fc.record({
      dataset: fc.constant(dataset),
      scenario: scenarioArbitrary(dataset),
      positions: fc.option(
        fc
          .array(fc.record({ x: double(-1e4, 1e4), y: double(-1e4, 1e4) }), {
            minLength: dataset.nodes.length,
            maxLength: dataset.nodes.length,
          })
          .map((points) => new Map(dataset.nodes.map((node, i) => [node.id, points[i]]))),
        { nil: null },
      ),
    }),
  );
}

export function snapshotOf(dataset: Dataset, scenario: Scenario, positions: ReadonlyMap<string, Position> | null = null, name = "test"): Snapshot {
  const analysis = createAnalyzer(dataset).analyze(scenario, { top: 5, flows: 5, attribution: false });
  return buildSnapshot(dataset, analysis, { name, positions });
}

/**
 * The snapshot, or a skipped property run when the analysis refuses the dataset: the
 * generated datasets may let a chemical travel in a loop between intermediaries, which the
 * analysis rejects (AnalysisError "cycle", docs/analysis.md), and a snapshot needs it.
 */
export function snapshotOrSkip(dataset: Dataset, scenario: Scenario, positions: ReadonlyMap<string, Position> | null = null): Snapshot {
  try {
    return snapshotOf(dataset, scenario, positions);
  } catch (error) {
    if (error instanceof AnalysisError && error.kind === "cycle") fc.pre(false);
    throw error;
  }
}

export function file(name: string, content: string | Uint8Array): ImportFile {
  return { name, bytes: typeof content === "string" ? new TextEncoder().encode(content) : content };
}

export function importOk(files: readonly ImportFile[], options: Partial<ImportOptions> = {}): ImportSuccess {
  const result = importFiles(files, options);
  if (!result.ok) throw new Error(`import failed:\n${result.problems.slice(0, 10).map(formatProblem).join("\n")}`);
  return result;
}

export function importFailed(files: readonly ImportFile[], options: Partial<ImportOptions> = {}): Extract<ImportResult, { ok: false }> {
  const result = importFiles(files, options);
  if (result.ok) throw new Error("expected the import to fail");
  return result;
}
