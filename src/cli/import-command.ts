/**
 * `chokepoint import <file> [--edges <file>] --out <dataset.json>`
 *
 * Converts a file in any supported format (native JSON snapshot or dataset, GEXF,
 * GraphML, CSV: a nodes file with --edges, or the zip Chokepoint exports) into a dataset
 * in the native format, through src/io's importers and src/model's validator. On any
 * problem it prints every one, `file:line:col path: message`, writes nothing and exits 1.
 * What was inferred (for files from other tools) is printed as notes on stderr.
 */
import { readFileSync, statSync } from "node:fs";
import { resolve } from "node:path";
import { formatProblem } from "../io/import-error";
import { DEFAULT_IMPORT_OPTIONS, importFiles, type ImportFile } from "../io/import/import-files";
import { formatScenarioQuery } from "../scenario/url-codec";
import { parseArgs, type FlagSpecs } from "./args";
import type { Command } from "./command";
import { EXIT_INVALID, EXIT_OK, UsageError, type CliIo } from "./io";
import { byteSize, STDOUT, writeOutput } from "./output-file";

const FLAGS: FlagSpecs = {
  edges: { type: "string", valueName: "file", description: "CSV: the edges file (the positional file is the nodes file)" },
  out: { type: "string", valueName: "dataset.json", description: "where to write the dataset ('-': standard output); required" },
};

function readInput(path: string, shown: string): ImportFile | string {
  try {
    const stats = statSync(path);
    if (stats.isDirectory()) return `${shown}: is a directory, not a file`;
    if (stats.size > DEFAULT_IMPORT_OPTIONS.maxBytes)
      return `${shown}: the file is ${stats.size.toLocaleString("en-US")} bytes; the limit is ${DEFAULT_IMPORT_OPTIONS.maxBytes.toLocaleString("en-US")}`;
    return { name: shown, bytes: new Uint8Array(readFileSync(path)) };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return `${shown}: cannot read the file (${code === "ENOENT" ? "no such file" : (code ?? String(error))})`;
  }
}

async function run(argv: readonly string[], io: CliIo): Promise<number> {
  const { positionals, flags } = parseArgs(argv, FLAGS);
  if (positionals.length !== 1) throw new UsageError(positionals.length === 0 ? "which file? give the file to import" : "give exactly one file (for CSV: the nodes file, and --edges for the edges)");
  const out = flags.out as string | undefined;
  if (out === undefined) throw new UsageError("--out is required: the dataset file to write ('-' for standard output)");
  const paths = [positionals[0], ...(flags.edges === undefined ? [] : [flags.edges as string])];
  if (/\.csv$/i.test(paths[0]) && paths.length === 1) throw new UsageError("a CSV import needs the edges file too: --edges <file>");
  const files: ImportFile[] = [];
  for (const path of paths) {
    const read = readInput(resolve(io.cwd, path), path);
    if (typeof read === "string") {
      io.stderr(`${read}\n`);
      return EXIT_INVALID;
    }
    files.push(read);
  }
  const result = importFiles(files);
  if (!result.ok) {
    io.stderr(result.problems.map((problem) => `${formatProblem(problem)}\n`).join(""));
    io.stderr(`${result.problems.length} problem${result.problems.length === 1 ? "" : "s"}; nothing was written\n`);
    return EXIT_INVALID;
  }
  for (const note of result.notes) io.stderr(`note: ${note}\n`);
  if (result.scenario) io.stderr(`note: the file carries a scenario; in the app's link form: ?${formatScenarioQuery(result.scenario)}\n`);
  const content = `${JSON.stringify(result.dataset, null, 2)}\n`;
  const written = writeOutput(out === STDOUT ? STDOUT : resolve(io.cwd, out), content, io);
  if (out !== STDOUT)
    io.stderr(`wrote ${written} (${result.dataset.nodes.length} nodes, ${result.dataset.edges.length} edges, ${byteSize(content)}) from ${result.format.toUpperCase()}\n`);
  return EXIT_OK;
}

export const importCommand: Command = {
  name: "import",
  summary: "convert a snapshot, dataset, GEXF, GraphML or CSV file into a validated dataset file, or print every problem",
  usage: "chokepoint import <file> [--edges <edges.csv>] --out <dataset.json>",
  flags: FLAGS,
  run,
};
