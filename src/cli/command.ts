import type { FlagSpecs } from "./args";
import type { CliIo } from "./io";

/** One `chokepoint <name>` subcommand. `run` returns the exit code. */
export interface Command {
  readonly name: string;
  readonly summary: string;
  readonly usage: string;
  readonly flags: FlagSpecs;
  run(argv: readonly string[], io: CliIo): Promise<number>;
}
