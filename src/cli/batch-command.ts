/**
 * `chokepoint batch <batch.json> [--dataset <file>] [--format csv|json] [--out <path>]`
 *
 * Runs many scenarios, or sweeps of one intervention's effectiveness from 0 to 1, from a
 * batch file (src/io/batch/batch-file.ts; docs/formats.md) and prints one row per scenario
 * with the report's figures. The dataset: --dataset, else the batch's `dataset` (relative
 * to the batch file), else the bundled one. Problems in the batch file are printed with
 * their line, column and path (exit 1).
 */
import { dirname, resolve } from "node:path";
import { AnalysisError } from "../analysis/errors";
import { parseBatchFile, resolveBatch } from "../io/batch/batch-file";
import { batchCsv, batchJson } from "../io/batch/batch-output";
import { runBatch } from "../io/batch/run-batch";
import { formatProblem } from "../io/import-error";
import { parseArgs, type FlagSpecs } from "./args";
import type { Command } from "./command";
import { DEFAULT_DATASET_FILE, displayPath, loadDatasetFile, readDocument } from "./dataset-file";
import { formatError } from "../model/dataset-errors";
import { EXIT_INVALID, EXIT_OK, UsageError, type CliIo } from "./io";
import { STDOUT, byteSize, writeOutput } from "./output-file";
import { formatOfFlags } from "./scenario-flags";

const FORMATS = ["csv", "json"] as const;

const FLAGS: FlagSpecs = {
  dataset: { type: "string", valueName: "file", description: "the dataset (default: the batch file's `dataset`, else the bundled one)" },
  format: { type: "string", valueName: "csv|json", description: "output format (default csv: one row per scenario)" },
  out: { type: "string", valueName: "path", description: "file to write (default: standard output)" },
};

async function run(argv: readonly string[], io: CliIo): Promise<number> {
  const { positionals, flags } = parseArgs(argv, FLAGS);
  if (positionals.length !== 1) throw new UsageError(positionals.length === 0 ? "which batch file? give one" : "give exactly one batch file");
  const format = formatOfFlags(flags.format, FORMATS);
  const batchPath = resolve(io.cwd, positionals[0]);
  const shownBatch = displayPath(batchPath, io.cwd);
  const read = readDocument(batchPath, shownBatch);
  if (!read.ok) {
    io.stderr("unreadable" in read ? `${shownBatch}: cannot read the file (${read.unreadable})\n` : `${formatError(read.error)}\n`);
    return EXIT_INVALID;
  }
  const parsed = parseBatchFile(read.text, shownBatch);
  if (!parsed.ok) {
    io.stderr(parsed.problems.map((problem) => `${formatProblem(problem)}\n`).join(""));
    return EXIT_INVALID;
  }
  const datasetFile =
    flags.dataset !== undefined
      ? resolve(io.cwd, flags.dataset as string)
      : parsed.spec.dataset !== undefined
        ? resolve(dirname(batchPath), parsed.spec.dataset)
        : DEFAULT_DATASET_FILE;
  const shownDataset = displayPath(datasetFile, io.cwd);
  const loaded = await loadDatasetFile(datasetFile, shownDataset);
  if (!loaded.ok) {
    io.stderr(loaded.errors.map((error) => `${error}\n`).join(""));
    return EXIT_INVALID;
  }
  const resolved = resolveBatch(parsed, loaded.dataset, shownBatch);
  if (!resolved.ok) {
    io.stderr(resolved.problems.map((problem) => `${formatProblem(problem)}\n`).join(""));
    return EXIT_INVALID;
  }
  let rows;
  try {
    rows = runBatch(loaded.dataset, resolved.runs);
  } catch (error) {
    if (!(error instanceof AnalysisError)) throw error;
    io.stderr(`${shownDataset}: ${error.message}\n`);
    return EXIT_INVALID;
  }
  const content = format === "json" ? batchJson(rows, shownDataset) : batchCsv(rows);
  const out = (flags.out as string | undefined) ?? STDOUT;
  const written = writeOutput(out === STDOUT ? STDOUT : resolve(io.cwd, out), content, io);
  if (out !== STDOUT) io.stderr(`wrote ${written} (${rows.length} rows, ${byteSize(content)})\n`);
  return EXIT_OK;
}

export const batchCommand: Command = {
  name: "batch",
  summary: "run many scenarios (or effectiveness sweeps) from a batch file: one CSV or JSON row of figures per scenario",
  usage: "chokepoint batch <batch.json> [--dataset <file>] [--format csv|json] [--out <path>]",
  flags: FLAGS,
  run,
};
