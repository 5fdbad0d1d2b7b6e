/**
 * `chokepoint scenario [<dataset>] [--date D] [--enable ids] [--disable ids] [--idealized]
 *  [--effectiveness id=0.5,...] [--format json|text]`
 *
 * Applies a scenario to a dataset and prints every edge's state (status and open
 * capacity, baseline -> now, and which interventions changed it) and which markets are
 * still reachable. Exit 0 on success, 1 when the dataset is invalid, 2 for bad usage
 * (unknown flag, bad date or effectiveness, unknown intervention id).
 */
import type { FlagSpecs } from "./args";
import { parseArgs } from "./args";
import type { Command } from "./command";
import { EXIT_INVALID, EXIT_OK, UsageError, type CliIo } from "./io";
import { buildScenarioReport } from "./scenario-report";
import { formatOfFlags, loadScenarioDataset, scenarioOfFlags, SCENARIO_FLAGS } from "./scenario-flags";
import { renderScenarioText } from "./scenario-text";
import { compileScenarioEngine } from "../scenario/compile";

const FLAGS: FlagSpecs = {
  ...SCENARIO_FLAGS,
  format: { type: "string", valueName: "text|json", description: "output format (default text)" },
};

const FORMATS = ["text", "json"] as const;

async function run(argv: readonly string[], io: CliIo): Promise<number> {
  const { positionals, flags } = parseArgs(argv, FLAGS);
  if (positionals.length > 1) throw new UsageError(`expected at most one dataset file, got ${positionals.length}`);
  const format = formatOfFlags(flags.format, FORMATS);
  const scenario = scenarioOfFlags(flags);

  const loaded = await loadScenarioDataset(positionals[0], scenario, io);
  if (!loaded) return EXIT_INVALID;
  const { dataset, shown } = loaded;

  const applied = compileScenarioEngine(dataset).apply(scenario);
  const report = buildScenarioReport(dataset, shown, applied);
  io.stdout(format === "json" ? `${JSON.stringify(report, null, 2)}\n` : renderScenarioText(report));
  return EXIT_OK;
}

export const scenarioCommand: Command = {
  name: "scenario",
  summary: "apply interventions (or a date on the timeline) and show every edge's state and the markets still reachable",
  usage:
    "chokepoint scenario [<dataset>] [--date YYYY-MM-DD] [--enable ids] [--disable ids] [--idealized] [--effectiveness id=0.5,...] [--format text|json]",
  flags: FLAGS,
  run,
};
