/**
 * The scenario options shared by every command that takes a scenario (`scenario`,
 * `analyze`, `export`): the same flags and meaning everywhere, read through src/scenario/flags.ts, with
 * mistakes turned into usage errors (exit 2).
 */
import type { FlagSpecs } from "./args";
import { datasetPath, displayPath, loadDatasetFile } from "./dataset-file";
import { UsageError, type CliIo } from "./io";
import { ScenarioError } from "../scenario/errors";
import { scenarioFromFlags } from "../scenario/flags";
import type { Scenario } from "../scenario/types";
import { checkScenario } from "../scenario/validate";
import type { Dataset } from "../model/types";

export const SCENARIO_FLAGS: FlagSpecs = {
  date: { type: "string", valueName: "YYYY-MM-DD", description: "start from the interventions in force on that day" },
  enable: { type: "list", valueName: "ids", description: "switch interventions on (comma list; id:0.8 sets effectiveness)" },
  disable: { type: "list", valueName: "ids", description: "switch interventions off (comma list)" },
  idealized: { type: "boolean", description: "every intervention in force is fully effective" },
  effectiveness: { type: "list", valueName: "id=0.5,...", description: "set effectiveness (0..1); switches the intervention on" },
};

export function scenarioOfFlags(flags: Readonly<Record<string, unknown>>): Scenario {
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

/** Throws a usage error listing every problem of the scenario against the dataset. */
export function assertScenarioFits(dataset: Dataset, scenario: Scenario, shownName: string): void {
  const problems = checkScenario(dataset, scenario);
  if (problems.length === 0) return;
  const unknown = problems.some((problem) => problem.kind === "unknown-intervention");
  const known = unknown ? `\ninterventions in ${shownName}: ${dataset.interventions.map((i) => i.id).join(", ")}` : "";
  throw new UsageError(`${problems.map((problem) => problem.message).join("\n")}${known}`);
}

/** Reads a `--format` value among `formats`, defaulting to the first. */
export function formatOfFlags<const F extends readonly string[]>(value: unknown, formats: F): F[number] {
  if (value === undefined) return formats[0];
  if (typeof value === "string" && formats.includes(value)) return value;
  throw new UsageError(`--format must be one of ${formats.join(", ")}, got '${String(value)}'`);
}

export interface ScenarioDataset {
  readonly dataset: Dataset;
  /** Absolute path of the dataset file. */
  readonly file: string;
  /** How to name it to the user (relative to the working directory when inside it). */
  readonly shown: string;
}

/**
 * Loads the dataset a scenario command works on (the argument, or the default dataset)
 * and checks the scenario against it. Returns undefined after printing the located
 * errors when the dataset is invalid (the command then exits 1); a scenario that does
 * not fit the dataset is a usage error (exit 2).
 */
export async function loadScenarioDataset(argument: string | undefined, scenario: Scenario, io: CliIo): Promise<ScenarioDataset | undefined> {
  const file = datasetPath(argument, io.cwd);
  const shown = displayPath(file, io.cwd);
  const loaded = await loadDatasetFile(file, shown);
  if (!loaded.ok) {
    io.stderr(loaded.errors.map((error) => `${error}\n`).join(""));
    return undefined;
  }
  assertScenarioFits(loaded.dataset, scenario, shown);
  return { dataset: loaded.dataset, file, shown };
}
