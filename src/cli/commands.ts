import type { Command } from "./command";

/** Every subcommand, in the order `chokepoint --help` lists them. */
export const COMMANDS: readonly Command[] = [];
