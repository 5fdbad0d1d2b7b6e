/**
 * The import entry point, pure (the CLI and the app's import worker call it): files in,
 * a validated dataset (with scenario and positions) or every problem out. Nothing is
 * replaced by the caller until this returns `ok`.
 *
 *   bytes -> text (decode-text.ts) -> format (by extension, else by content) ->
 *     JSON:    import-json.ts (snapshot or dataset)
 *     GEXF:    read-gexf.ts    (streamed, xml-pull-reader.ts) -> build-dataset.ts -> validator
 *     GraphML: read-graphml.ts (streamed, xml-pull-reader.ts) -> build-dataset.ts -> validator
 *     CSV:     a nodes file and an edges file (or the zip the app exports) -> read-csv-graph.ts -> ...
 *
 * Limits (DEFAULT_IMPORT_OPTIONS): bytes per file, JSON and XML depth, XML elements, CSV
 * rows, and the unzipped size of a zip; each refusal is a typed problem.
 */
import { withDefaults } from "../../model/options";
import { unzipSync } from "fflate";
import { validateDataset } from "../../model/validate";
import type { Dataset } from "../../model/types";
import type { ImportProblem } from "../import-error";
import { sortProblems } from "../import-error";
import { IoError } from "../io-error";
import { buildDataset, type BuiltDataset } from "./build-dataset";
import { decodeText } from "./decode-text";
import { importJson } from "./import-json";
import { failure, type ImportFormat, type ImportResult } from "./import-result";
import type { ReadResult } from "./raw-graph";
import { readCsvGraph, type CsvFile } from "./read-csv-graph";
import { readGexf } from "./read-gexf";
import { readGraphml } from "./read-graphml";
import { readScenario } from "./scenario-json";

export interface ImportFile {
  readonly name: string;
  readonly bytes: Uint8Array;
}

export type ImportStep = "decoding" | "parsing" | "building" | "validating";

export interface ImportOptions {
  readonly maxBytes: number;
  readonly maxDepth: number;
  readonly maxElements: number;
  readonly maxRows: number;
  /** Total size of the files a zip may unpack to. */
  readonly maxUnzippedBytes: number;
  /** Called as the import moves on (the app's worker reports it as progress). */
  readonly onProgress: ((step: ImportStep) => void) | null;
}

export const DEFAULT_IMPORT_OPTIONS: ImportOptions = Object.freeze({
  maxBytes: 256 * 1024 * 1024,
  maxDepth: 64,
  maxElements: 4_000_000,
  maxRows: 2_000_000,
  maxUnzippedBytes: 256 * 1024 * 1024,
  onProgress: null,
});

function checkOptions(options: Partial<ImportOptions>): ImportOptions {
  const settings = withDefaults(DEFAULT_IMPORT_OPTIONS, options);
  for (const key of ["maxBytes", "maxDepth", "maxElements", "maxRows", "maxUnzippedBytes"] as const)
    if (!Number.isInteger(settings[key]) || settings[key] < 1) throw new IoError("invalid-option", `${key} must be a positive integer, not ${settings[key]}`);
  return settings;
}

const EXTENSIONS: readonly [RegExp, ImportFormat | "zip"][] = [
  [/\.json$/i, "json"],
  [/\.gexf$/i, "gexf"],
  [/\.graphml$/i, "graphml"],
  [/\.csv$/i, "csv"],
  [/\.zip$/i, "zip"],
];

function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/** By extension, else by the first characters. */
export function detectFormat(name: string, text: string): ImportFormat {
  const byName = EXTENSIONS.find(([pattern]) => pattern.test(name))?.[1];
  if (byName !== undefined && byName !== "zip") return byName;
  const head = text.slice(0, 4096).replace(/^\uFEFF/, "").trimStart();
  if (head.startsWith("{") || head.startsWith("[")) return "json";
  if (head.startsWith("<")) return /<(?:[\w.-]+:)?graphml[\s>]/.test(head) ? "graphml" : "gexf";
  return "csv";
}

/** An edges table names `source` and `target` in its header; a nodes table does not. */
function looksLikeEdges(text: string): boolean {
  const header = text.replace(/^\uFEFF/, "").split(/\r?\n/, 1)[0].toLowerCase();
  const columns = header.split(",").map((cell) => cell.trim().replace(/^"|"$/g, "").replace(/[\s_-]+/g, ""));
  return (columns.includes("source") || columns.includes("from")) && (columns.includes("target") || columns.includes("to"));
}

/** True when the pointer or one of its ancestors already has a problem (its errors are echoes). */
function underReported(pointer: string, reported: ReadonlySet<string>): boolean {
  for (let current = pointer; current.length > 0; current = current.slice(0, current.lastIndexOf("/"))) if (reported.has(current)) return true;
  return false;
}

function finishGraph(built: BuiltDataset, format: ImportFormat, progress: (step: ImportStep) => void): ImportResult {
  progress("validating");
  const errors = validateDataset(built.dataset).filter((error) => !underReported(error.path, built.reported));
  const problems: ImportProblem[] = [...built.problems, ...errors.map((error) => built.sourceMap.problemOf(error))];
  if (problems.length > 0) return failure(format, sortProblems(problems));
  const dataset = built.dataset as unknown as Dataset;
  let scenario = null;
  if (built.scenario) {
    const read = readScenario(built.scenario.value, "/scenario", new Set(dataset.interventions.map((i) => i.id)));
    if (!read.scenario) return failure(format, read.problems.map((p) => ({ kind: p.kind, ...built.scenario!.at, path: p.path, message: p.message })));
    scenario = read.scenario;
  }
  return { ok: true, format, dataset, scenario, positions: built.positions, notes: built.notes };
}

/** A graph read from GEXF, GraphML or CSV -> a built and validated import (or every problem). */
export function importReadGraph(read: ReadResult, format: ImportFormat, progress: (step: ImportStep) => void = () => {}): ImportResult {
  if (!read.ok) return failure(format, sortProblems(read.problems));
  progress("building");
  const built = buildDataset(read.graph);
  const result = finishGraph(built, format, progress);
  return result.ok ? { ...result, notes: [...read.graph.notes, ...result.notes] } : result;
}

function unzipCsv(file: ImportFile, settings: ImportOptions): { files: ImportFile[] } | { problem: ImportProblem } {
  let total = 0;
  try {
    const entries = unzipSync(file.bytes, {
      filter: (entry) => {
        if (!/\.csv$/i.test(entry.name)) return false;
        total += entry.originalSize;
        if (entry.originalSize > settings.maxBytes || total > settings.maxUnzippedBytes) throw new RangeError("too large");
        return true;
      },
    });
    return { files: Object.entries(entries).map(([name, bytes]) => ({ name: `${file.name}/${name}`, bytes })) };
  } catch (error) {
    const tooLarge = error instanceof RangeError;
    return {
      problem: {
        kind: tooLarge ? "too-large" : "format-structure",
        file: file.name,
        message: tooLarge ? `the zip unpacks to more than the limit of ${settings.maxUnzippedBytes.toLocaleString("en-US")} bytes` : "not a readable zip file",
      },
    };
  }
}

function importCsvFiles(files: readonly ImportFile[], settings: ImportOptions, progress: (step: ImportStep) => void): ImportResult {
  const texts: CsvFile[] = [];
  for (const file of files) {
    const decoded = decodeText(file.bytes, file.name, settings.maxBytes);
    if (!decoded.ok) return failure("csv", [decoded.problem]);
    texts.push({ name: file.name, text: decoded.text });
  }
  const usable = texts.filter((file) => !/paths\.csv$/i.test(file.name));
  const edges = usable.filter((file) => looksLikeEdges(file.text));
  const nodes = usable.filter((file) => !looksLikeEdges(file.text));
  if (edges.length !== 1 || nodes.length !== 1)
    return failure("csv", [
      {
        kind: "format-structure",
        file: files.map((file) => file.name).join(", "),
        message: `a CSV import needs one nodes file and one edges file (the one whose header names source and target); got ${nodes.length} and ${edges.length}`,
      },
    ]);
  progress("parsing");
  return importReadGraph(readCsvGraph(nodes[0], edges[0], { maxChars: settings.maxBytes, maxRows: settings.maxRows }), "csv", progress);
}

/**
 * Imports one file (JSON, GEXF, GraphML, or the CSV zip), or two CSV files (nodes and
 * edges, in any order: the edges file is the one whose header names source and target).
 */
export function importFiles(files: readonly ImportFile[], options: Partial<ImportOptions> = {}): ImportResult {
  const settings = checkOptions(options);
  const progress = (step: ImportStep) => settings.onProgress?.(step);
  if (files.length === 0) return failure(undefined, [{ kind: "empty", file: "(no file)", message: "no file to import" }]);
  progress("decoding");
  const [first] = files;
  if (files.length === 1 && (isZip(first.bytes) || /\.zip$/i.test(first.name))) {
    const unzipped = unzipCsv(first, settings);
    if ("problem" in unzipped) return failure("csv", [unzipped.problem]);
    return importCsvFiles(unzipped.files, settings, progress);
  }
  if (files.length > 1) return importCsvFiles(files, settings, progress);
  const decoded = decodeText(first.bytes, first.name, settings.maxBytes);
  if (!decoded.ok) return failure(undefined, [decoded.problem]);
  const format = detectFormat(first.name, decoded.text);
  progress("parsing");
  switch (format) {
    case "json":
      return importJson(decoded.text, first.name, { maxChars: settings.maxBytes, maxDepth: settings.maxDepth });
    case "gexf":
    case "graphml": {
      const limits = { maxChars: settings.maxBytes, maxDepth: settings.maxDepth, maxElements: settings.maxElements };
      const read = format === "gexf" ? readGexf(decoded.text, first.name, limits) : readGraphml(decoded.text, first.name, limits);
      return importReadGraph(read, format, progress);
    }
    case "csv":
      return failure("csv", [{ kind: "format-structure", file: first.name, message: "a CSV import needs two files: the nodes and the edges (or the zip Chokepoint exports)" }]);
  }
}
