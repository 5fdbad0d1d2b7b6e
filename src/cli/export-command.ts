/**
 * `chokepoint export [<dataset>] --format json|gexf|gexf-dynamic|graphml|csv|svg
 *  [--date D] [--enable ids] [--disable ids] [--idealized] [--effectiveness id=x,...]
 *  [--out <path>] [--width W --height H]`
 *
 * Takes a snapshot (the dataset, the scenario, the analysis under it) and writes it in one
 * format (src/io/export). `--out` is the file to write (`-` for standard output), or for
 * csv the folder that receives the three files; without it the file gets its default name
 * (dataset_scenario.format) in the current folder. gexf-dynamic covers every event date,
 * so it takes switches but no --date. Exit 0, 1 (invalid dataset, analysis refused it),
 * 2 (usage).
 */
import { existsSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { createAnalyzer } from "../analysis/analyzer";
import { AnalysisError } from "../analysis/errors";
import { CSV_PARTS, exportCsv } from "../io/export/export-csv";
import { exportGexf } from "../io/export/export-gexf";
import { exportGexfTimeline } from "../io/export/export-gexf-dynamic";
import { exportGraphml } from "../io/export/export-graphml";
import { exportSnapshotJson } from "../io/export/export-json";
import { exportSvg } from "../io/export/svg/export-svg";
import { datasetNameOf, exportFileName, type ExportFormat } from "../io/file-names";
import { buildSnapshot } from "../io/snapshot/build-snapshot";
import type { Snapshot } from "../io/snapshot/snapshot-types";
import { parseArgs, type FlagSpecs } from "./args";
import type { Command } from "./command";
import { displayPath } from "./dataset-file";
import { EXIT_INVALID, EXIT_OK, UsageError, type CliIo } from "./io";
import { byteSize, STDOUT, writeOutput } from "./output-file";
import { SCENARIO_FLAGS, formatOfFlags, loadScenarioDataset, scenarioOfFlags } from "./scenario-flags";

const FORMATS = ["json", "gexf", "gexf-dynamic", "graphml", "csv", "svg"] as const satisfies readonly ExportFormat[];

const FLAGS: FlagSpecs = {
  ...SCENARIO_FLAGS,
  format: { type: "string", valueName: FORMATS.join("|"), description: "what to write (required)" },
  out: { type: "string", valueName: "path", description: "file to write ('-': standard output); for csv, a folder; default: the file name in the current folder" },
  width: { type: "string", valueName: "px", description: "svg: width of the picture (default 1400)" },
  height: { type: "string", valueName: "px", description: "svg: height of the picture (default 900)" },
};

function readPixels(value: unknown, flag: string): number | undefined {
  if (value === undefined) return undefined;
  const text = String(value);
  if (!/^\d+$/.test(text) || Number(text) < 200 || Number(text) > 20_000) throw new UsageError(`--${flag} must be a whole number of pixels from 200 to 20000, got '${text}'`);
  return Number(text);
}

function exportText(format: Exclude<ExportFormat, "csv" | "gexf-dynamic" | "png">, snapshot: Snapshot, size: { width?: number; height?: number }): string {
  switch (format) {
    case "json":
      return exportSnapshotJson(snapshot);
    case "gexf":
      return exportGexf(snapshot);
    case "graphml":
      return exportGraphml(snapshot);
    case "svg":
      return exportSvg(snapshot, size);
  }
}

async function run(argv: readonly string[], io: CliIo): Promise<number> {
  const { positionals, flags } = parseArgs(argv, FLAGS);
  if (positionals.length > 1) throw new UsageError(`expected at most one dataset file, got ${positionals.length}`);
  if (flags.format === undefined) throw new UsageError(`--format is required: one of ${FORMATS.join(", ")}`);
  const format = formatOfFlags(flags.format, FORMATS);
  const scenario = scenarioOfFlags(flags);
  if (format === "gexf-dynamic" && scenario.date !== undefined) throw new UsageError("gexf-dynamic covers every event date: drop --date (switches and --idealized apply to every date)");
  if (format !== "svg" && (flags.width !== undefined || flags.height !== undefined)) throw new UsageError("--width and --height are for --format svg");
  const size = { width: readPixels(flags.width, "width"), height: readPixels(flags.height, "height") };
  const out = flags.out as string | undefined;
  if (format === "csv" && out === STDOUT) throw new UsageError("csv writes three files: give a folder with --out");

  const loaded = await loadScenarioDataset(positionals[0], scenario, io);
  if (!loaded) return EXIT_INVALID;
  const { dataset, file, shown } = loaded;
  const name = datasetNameOf(file);
  const target = (defaultName: string): string => (out === STDOUT ? STDOUT : resolve(io.cwd, out ?? defaultName));
  const report = (written: string, content: string | Uint8Array) => {
    if (written !== "standard output") io.stderr(`wrote ${written} (${byteSize(content)})\n`);
  };

  if (format === "gexf-dynamic") {
    const content = exportGexfTimeline(dataset, { scenario });
    report(writeOutput(target(exportFileName(name, scenario, format)), content, io), content);
    return EXIT_OK;
  }
  let snapshot: Snapshot;
  try {
    snapshot = buildSnapshot(dataset, createAnalyzer(dataset).analyze(scenario), { name });
  } catch (error) {
    if (!(error instanceof AnalysisError)) throw error;
    io.stderr(`${shown}: ${error.message}\n`);
    return EXIT_INVALID;
  }
  if (format === "csv") {
    const folder = resolve(io.cwd, out ?? ".");
    if (existsSync(folder) && !statSync(folder).isDirectory()) throw new UsageError(`--out for csv is a folder; '${displayPath(folder, io.cwd)}' is a file`);
    const tables = exportCsv(snapshot);
    for (const part of CSV_PARTS) report(writeOutput(join(folder, exportFileName(name, scenario, "csv", part)), tables[part], io), tables[part]);
    return EXIT_OK;
  }
  const content = exportText(format, snapshot, size);
  report(writeOutput(target(exportFileName(name, scenario, format)), content, io), content);
  return EXIT_OK;
}

export const exportCommand: Command = {
  name: "export",
  summary: "write a snapshot (dataset, scenario, analysis) as native JSON, GEXF, dynamic GEXF, GraphML, CSV or SVG",
  usage:
    "chokepoint export [<dataset>] --format json|gexf|gexf-dynamic|graphml|csv|svg [--date YYYY-MM-DD] [--enable ids] [--disable ids] [--idealized] [--effectiveness id=0.5,...] [--out <path>] [--width px] [--height px]",
  flags: FLAGS,
  run,
};
