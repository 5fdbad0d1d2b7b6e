import { analyzeCommand } from "./analyze-command";
import { batchCommand } from "./batch-command";
import type { Command } from "./command";
import { exportCommand } from "./export-command";
import { importCommand } from "./import-command";
import { scenarioCommand } from "./scenario-command";
import { validateCommand } from "./validate-command";

/** Every subcommand, in the order `chokepoint --help` lists them. */
export const COMMANDS: readonly Command[] = [validateCommand, scenarioCommand, analyzeCommand, exportCommand, importCommand, batchCommand];
