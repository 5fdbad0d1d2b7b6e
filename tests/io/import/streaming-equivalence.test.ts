// The streamed GEXF and GraphML imports (src/io/import/read-gexf.ts, read-graphml.ts over
// the pull reader) against the tree path they replaced (support/tree-import.ts: the whole
// tree parsed, then walked): on random documents built from the parts the readers look at
// (support/graph-xml-arbitraries.ts), on exports of random snapshots, on both mutated the
// way the import fuzz test mutates files, and under tight depth and element limits, the
// ReadResult (every item's fields in order, with their texts and locations, positions,
// notes, title, context, or every problem) and the ImportResult must be identical.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { exportGexf } from "../../../src/io/export/export-gexf";
import { exportGexfTimeline } from "../../../src/io/export/export-gexf-dynamic";
import { exportGraphml } from "../../../src/io/export/export-graphml";
import { importFiles, type ImportOptions } from "../../../src/io/import/import-files";
import type { ImportResult } from "../../../src/io/import/import-result";
import type { RawItem, RawValue, ReadResult } from "../../../src/io/import/raw-graph";
import { readGexf } from "../../../src/io/import/read-gexf";
import { readGraphml } from "../../../src/io/import/read-graphml";
import type { XmlOptions } from "../../../src/io/xml/xml-pull-reader";
import { mutate, rng } from "../fuzz/mutations";
import { richDatasetWithScenarioArbitrary, snapshotOrSkip } from "../support/snapshots";
import { gexfDocument, graphmlDocument } from "./support/graph-xml-arbitraries";
import { importXmlByTree, readByTree } from "./support/tree-import";

type Format = "gexf" | "graphml";

const value = (raw: RawValue | undefined) => (raw === undefined ? undefined : { text: raw.text, at: raw.at });
const item = (raw: RawItem) => ({ at: raw.at, position: raw.position, fields: [...raw.fields].map(([name, field]) => [name, value(field)]) });

/** Plain data, every location evaluated, every order kept. */
function comparableRead(result: ReadResult): unknown {
  if (!result.ok) return result;
  const { nodes, edges, context, ...rest } = result.graph;
  return { ...rest, context: value(context), nodes: nodes.map(item), edges: edges.map(item) };
}

function comparableImport(result: ImportResult): unknown {
  return result.ok ? { ...result, positions: [...result.positions] } : result;
}

function expectSameRead(text: string, format: Format, options: Partial<XmlOptions> = {}): void {
  const streamed = format === "gexf" ? readGexf(text, `f.${format}`, options) : readGraphml(text, `f.${format}`, options);
  expect(comparableRead(streamed)).toEqual(comparableRead(readByTree(text, `f.${format}`, format, options)));
}

function expectSameImport(bytes: Uint8Array, name: string, options: Partial<ImportOptions> = {}): void {
  const input = { name, bytes };
  expect(comparableImport(importFiles([input], options))).toEqual(comparableImport(importXmlByTree(input, options)));
}

const seed = fc.integer({ min: 0, max: 2 ** 31 - 1 });
const encoder = new TextEncoder();
const decoded = (bytes: Uint8Array) => new TextDecoder().decode(bytes);
const EXPORTS: readonly [string, Format, (s: ReturnType<typeof snapshotOrSkip>) => string][] = [
  ["GEXF", "gexf", exportGexf],
  ["dynamic GEXF", "gexf", (s) => exportGexfTimeline(s.dataset, { scenario: s.scenario })],
  ["GraphML", "graphml", exportGraphml],
];

describe.each([
  ["GEXF", "gexf", gexfDocument(false)],
  ["GEXF (strict: mostly read)", "gexf", gexfDocument(true)],
  ["GraphML", "graphml", graphmlDocument(false)],
  ["GraphML (strict: mostly read)", "graphml", graphmlDocument(true)],
] as const)("streamed %s reads as the tree reader did", (_name, format, documents) => {
  it("on random documents", () => {
    fc.assert(
      fc.property(documents, (text) => {
        expectSameRead(text, format);
        expectSameImport(encoder.encode(text), `f.${format}`);
      }),
      { numRuns: 800 },
    );
  });

  it("on random documents mutated as the import fuzz test mutates files", () => {
    fc.assert(
      fc.property(documents, seed, (text, mutation) => {
        const bytes = mutate(text, "xml", rng(mutation)).bytes;
        expectSameRead(decoded(bytes), format);
        expectSameImport(bytes, `f.${format}`);
      }),
      { numRuns: 800 },
    );
  });

  it("under tight depth and element limits", () => {
    fc.assert(
      fc.property(documents, fc.integer({ min: 1, max: 8 }), fc.integer({ min: 1, max: 60 }), (text, maxDepth, maxElements) => {
        expectSameRead(text, format, { maxDepth, maxElements });
        expectSameImport(encoder.encode(text), `f.${format}`, { maxDepth, maxElements });
      }),
      { numRuns: 400 },
    );
  });
});

describe.each(EXPORTS)("streamed import of exported %s matches the tree import", (_name, format, write) => {
  const snapshots = richDatasetWithScenarioArbitrary({ maxExtraEdges: 12 });

  it("on exports of random snapshots (valid files: the same dataset, scenario, positions, notes)", () => {
    fc.assert(
      fc.property(snapshots, ({ dataset, scenario, positions }) => {
        const text = write(snapshotOrSkip(dataset, scenario, positions));
        expectSameRead(text, format);
        expectSameImport(encoder.encode(text), `f.${format}`);
      }),
      { numRuns: 60 },
    );
  });

  it("on those exports mutated (truncated, flipped, duplicated, removed, nested, bombs, hostile values...)", () => {
    fc.assert(
      fc.property(snapshots, seed, ({ dataset, scenario, positions }, mutation) => {
        const bytes = mutate(write(snapshotOrSkip(dataset, scenario, positions)), "xml", rng(mutation)).bytes;
        expectSameRead(decoded(bytes), format);
        expectSameImport(bytes, mutation % 5 === 0 ? "upload" : `f.${format}`);
      }),
      { numRuns: 150 },
    );
  });
});

describe("declarations after the items that use them", () => {
  it("are applied as the tree reader applied them (the second pass)", () => {
    const gexf = `<gexf><graph><nodes><node id="a"><attvalues><attvalue for="k" value="producer"/></attvalues></node></nodes>
      <attributes class="node"><attribute id="k" title="kind"/><attribute id="j" title="jurisdiction"><default>CN</default></attribute></attributes></graph></gexf>`;
    const graphml = `<graphml><graph><node id="a"><data key="k">producer</data></node></graph><key id="k" for="node" attr.name="kind"/></graphml>`;
    const gexfRead = readGexf(gexf, "f.gexf");
    const graphmlRead = readGraphml(graphml, "f.graphml");
    expect(gexfRead.ok && [...gexfRead.graph.nodes[0].fields.keys()]).toEqual(["id", "kind", "jurisdiction"]);
    expect(graphmlRead.ok && graphmlRead.graph.nodes[0].fields.get("kind")?.text).toBe("producer");
    expectSameRead(gexf, "gexf");
    expectSameRead(graphml, "graphml");
  });
});
