/**
 * `chokepoint validate <file>`: checks a dataset file. Exit 0 and a one-line summary when
 * it is valid; otherwise exit 1 and one line per problem, `file:line:col path: message`.
 */
import { parseArgs } from "./args";
import type { Command } from "./command";
import { datasetPath, displayPath, loadDatasetFile } from "./dataset-file";
import { EXIT_INVALID, EXIT_OK, UsageError, type CliIo } from "./io";

async function run(argv: readonly string[], io: CliIo): Promise<number> {
  const { positionals } = parseArgs(argv, {});
  if (positionals.length !== 1) throw new UsageError(`expected one dataset file, got ${positionals.length}`);
  const file = datasetPath(positionals[0], io.cwd);
  const shown = displayPath(file, io.cwd);
  const loaded = await loadDatasetFile(file, shown);
  if (!loaded.ok) {
    io.stderr(loaded.errors.map((error) => `${error}\n`).join(""));
    return EXIT_INVALID;
  }
  const { nodes, edges, interventions, events } = loaded.dataset;
  io.stdout(
    `${shown}: valid (${nodes.length} nodes, ${edges.length} edges, ${interventions.length} interventions, ${events.length} events)\n`,
  );
  return EXIT_OK;
}

export const validateCommand: Command = {
  name: "validate",
  summary: "check a dataset file: every problem with its line, column and JSON path",
  usage: "chokepoint validate <file>",
  flags: {},
  run,
};
