/**
 * `chokepoint analyze [<dataset>] [--date D] [--enable ids] [--disable ids] [--idealized]
 *  [--effectiveness id=x,...] [--top K] [--format text|json|csv]`
 *
 * Runs the analysis (src/analysis) on a scenario against the baseline and prints the
 * report: throughput, surviving routes, markets, labs, minimum cut, loophole share, licit
 * loss, attribution and chokepoints. JSON keys are a contract (docs/cli.md, "analyze").
 * Exit 0 on success; 1 when the dataset is invalid or the analysis refuses it (a
 * commodity loop, an unsupported recipe); 2 for bad usage.
 */
import { createAnalyzer } from "../analysis/analyzer";
import { AnalysisError } from "../analysis/errors";
import { parseArgs } from "./args";
import { renderAnalysisCsv } from "./analyze-csv";
import { renderAnalysisText } from "./analyze-text";
import type { Command } from "./command";
import { EXIT_INVALID, EXIT_OK, UsageError, type CliIo } from "./io";
import { SCENARIO_FLAGS, formatOfFlags, loadScenarioDataset, scenarioOfFlags } from "./scenario-flags";

const FORMATS = ["text", "json", "csv"] as const;
const DEFAULT_TOP = 10;
const MAX_TOP = 10_000;

const FLAGS = {
  ...SCENARIO_FLAGS,
  top: { type: "string", valueName: "K", description: `how many of the widest surviving routes to list (default ${DEFAULT_TOP})` },
  format: { type: "string", valueName: "text|json|csv", description: "output format (default text; csv: one row per route)" },
} as const;

function readTop(value: unknown): number {
  if (value === undefined) return DEFAULT_TOP;
  const text = String(value);
  const top = /^\d+$/.test(text) ? Number(text) : Number.NaN;
  if (!Number.isInteger(top) || top > MAX_TOP) throw new UsageError(`--top must be a whole number from 0 to ${MAX_TOP}, got '${text}'`);
  return top;
}

async function run(argv: readonly string[], io: CliIo): Promise<number> {
  const { positionals, flags } = parseArgs(argv, FLAGS);
  if (positionals.length > 1) throw new UsageError(`expected at most one dataset file, got ${positionals.length}`);
  const format = formatOfFlags(flags.format, FORMATS);
  const top = readTop(flags.top);
  const scenario = scenarioOfFlags(flags);

  const loaded = await loadScenarioDataset(positionals[0], scenario, io);
  if (!loaded) return EXIT_INVALID;
  const { dataset, shown } = loaded;

  let analysis;
  try {
    analysis = createAnalyzer(dataset).analyze(scenario, { top, flows: top });
  } catch (error) {
    if (!(error instanceof AnalysisError)) throw error;
    io.stderr(`${shown}: ${error.message}\n`);
    return EXIT_INVALID;
  }
  const { report } = analysis;
  switch (format) {
    case "json":
      io.stdout(`${JSON.stringify(report, null, 2)}\n`);
      break;
    case "csv":
      io.stdout(renderAnalysisCsv(report));
      break;
    case "text":
      io.stdout(renderAnalysisText(report, dataset, shown));
      break;
  }
  return EXIT_OK;
}

export const analyzeCommand: Command = {
  name: "analyze",
  summary: "surviving routes, throughput, min-cut, loophole share, licit loss, attribution and chokepoints of a scenario",
  usage:
    "chokepoint analyze [<dataset>] [--date YYYY-MM-DD] [--enable ids] [--disable ids] [--idealized] [--effectiveness id=0.5,...] [--top K] [--format text|json|csv]",
  flags: FLAGS,
  run,
};
