/**
 * The `chokepoint` command line: `chokepoint <command> [args]`. Commands live in their own
 * files and are listed in `commands.ts`.
 */
import { flagHelp } from "./args";
import { COMMANDS } from "./commands";
import { EXIT_OK, EXIT_USAGE, UsageError, type CliIo } from "./io";

function overview(): string {
  const width = Math.max(...COMMANDS.map((command) => command.name.length));
  return [
    "usage: chokepoint <command> [options]",
    "",
    "commands:",
    ...COMMANDS.map((command) => `  ${command.name.padEnd(width)}  ${command.summary}`),
    "",
    "Run `chokepoint <command> --help` for a command's options.",
    "",
  ].join("\n");
}

export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === "--help" || name === "-h" || name === "help") {
    io.stdout(overview());
    return name === undefined ? EXIT_USAGE : EXIT_OK;
  }
  const command = COMMANDS.find((candidate) => candidate.name === name);
  if (!command) {
    io.stderr(`chokepoint: unknown command '${name}'\n\n${overview()}`);
    return EXIT_USAGE;
  }
  if (rest.includes("--help") || rest.includes("-h")) {
    io.stdout(`usage: ${command.usage}\n\n${command.summary}\n\noptions:\n${flagHelp(command.flags)}\n`);
    return EXIT_OK;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`chokepoint ${command.name}: ${error.message}\nusage: ${command.usage}\n`);
      return EXIT_USAGE;
    }
    throw error;
  }
}
