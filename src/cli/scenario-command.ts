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
import { datasetPath, displayPath, loadDatasetFile } from "./dataset-file";
import { EXIT_INVALID, EXIT_OK, UsageError, type CliIo } from "./io";
import { buildScenarioReport } from "./scenario-report";
import { renderScenarioText } from "./scenario-text";
import { compileScenarioEngine } from "../scenario/compile";
import { ScenarioError } from "../scenario/errors";
import { scenarioFromFlags } from "../scenario/flags";
import type { Scenario } from "../scenario/types";
import { checkScenario } from "../scenario/validate";

const FLAGS: FlagSpecs = {
  date: { type: "string", valueName: "YYYY-MM-DD", description: "start from the interventions in force on that day" },
  enable: { type: "list", valueName: "ids", description: "switch interventions on (comma list; id:0.8 sets effectiveness)" },
  disable: { type: "list", valueName: "ids", description: "switch interventions off (comma list)" },
  idealized: { type: "boolean", description: "every intervention in force is fully effective" },
  effectiveness: { type: "list", valueName: "id=0.5,...", description: "set effectiveness (0..1); switches the intervention on" },
  format: { type: "string", valueName: "text|json", description: "output format (default text)" },
};

const FORMATS = ["text", "json"] as const;
type Format = (typeof FORMATS)[number];

function readFormat(value: unknown): Format {
  if (value === undefined) return "text";
  if (typeof value === "string" && (FORMATS as readonly string[]).includes(value)) return value as Format;
  throw new UsageError(`--format must be one of ${FORMATS.join(", ")}, got '${String(value)}'`);
}

function readScenario(flags: Readonly<Record<string, unknown>>): Scenario {
  try {
    return scenarioFromFlags({
      date: flags.date as string | undefined,
      enable: flags.enable as readonly string[] | undefined,
      disable: flags.disable as readonly string[] | undefined,
      idealized: flags.idealized === true,
      effectiveness: flags.effectiveness as readonly string[] | undefined,
    });
  } catch (error) {
    if (error instanceof ScenarioError) throw new UsageError(error.message);
    throw error;
  }
}

async function run(argv: readonly string[], io: CliIo): Promise<number> {
  const { positionals, flags } = parseArgs(argv, FLAGS);
  if (positionals.length > 1) throw new UsageError(`expected at most one dataset file, got ${positionals.length}`);
  const format = readFormat(flags.format);
  const scenario = readScenario(flags);

  const file = datasetPath(positionals[0], io.cwd);
  const shown = displayPath(file, io.cwd);
  const loaded = await loadDatasetFile(file, shown);
  if (!loaded.ok) {
    io.stderr(loaded.errors.map((error) => `${error}\n`).join(""));
    return EXIT_INVALID;
  }
  const { dataset } = loaded;

  const problems = checkScenario(dataset, scenario);
  if (problems.length > 0) {
    const unknown = problems.some((problem) => problem.kind === "unknown-intervention");
    const known = unknown ? `\ninterventions in ${shown}: ${dataset.interventions.map((i) => i.id).join(", ")}` : "";
    throw new UsageError(`${problems.map((problem) => problem.message).join("\n")}${known}`);
  }

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
