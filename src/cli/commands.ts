import { analyzeCommand } from "./analyze-command";
import type { Command } from "./command";
import { scenarioCommand } from "./scenario-command";
import { validateCommand } from "./validate-command";

/** Every subcommand, in the order `chokepoint --help` lists them. */
export const COMMANDS: readonly Command[] = [validateCommand, scenarioCommand, analyzeCommand];
