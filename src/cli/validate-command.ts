/**
 * `chokepoint validate <file> [--dataset <file>]`: reads a JSON document, dispatches on
 * its `format` field (document-formats.ts) and prints either a one-line summary (exit 0)
 * or one line per error, `file:line:col path: message`, in file order (exit 1). A story is
 * checked against the dataset given with --dataset, or the bundled one.
 */
import { resolve } from "node:path";
import { parseArgs, type FlagSpecs } from "./args";
import type { Command } from "./command";
import { datasetPath, displayPath, readDocument } from "./dataset-file";
import { DOCUMENT_FORMATS, type DocumentCheck, type DocumentContext } from "./document-formats";
import { EXIT_INVALID, EXIT_OK, UsageError, type CliIo } from "./io";
import { datasetError, formatError, type LocatedError } from "../model/dataset-errors";
import { parseLocatedJson, type LocatedJson } from "../model/located-json";
import { parseDataset } from "../model/load";
import { locateErrors, parseFailure } from "../model/locate-errors";
import { DATASET_FORMAT } from "../model/schema";
import { DEFAULT_VALIDATION_OPTIONS } from "../model/validate";

const FLAGS: FlagSpecs = {
  dataset: { type: "string", valueName: "file", description: "for a story: the dataset to check it against (default: the bundled dataset)" },
};

function formatOf(json: LocatedJson): unknown {
  const value = json.value;
  return value !== null && typeof value === "object" && !Array.isArray(value) ? (value as { format?: unknown }).format : undefined;
}

/** Finds the document's format and checks the document against it. */
export function checkDocument(json: LocatedJson, fileName: string, context: DocumentContext): DocumentCheck {
  const format = formatOf(json);
  const known = DOCUMENT_FORMATS.map((candidate) => `"${candidate.format}" (${candidate.noun})`).join(", ");
  const handler = DOCUMENT_FORMATS.find((candidate) => candidate.format === format);
  if (handler) return handler.check(json, fileName, context);
  const error =
    format === undefined
      ? datasetError("required", "/format", `no 'format' field: a Chokepoint document says what it is; known formats: ${known}`)
      : datasetError("wrong-format", "/format", `unknown format ${JSON.stringify(format)}; known formats: ${known}`);
  return { ok: false, errors: locateErrors([error], json.locations, fileName) };
}

/** The dataset a story is checked against, read once when first asked for. */
function datasetContext(argument: string | undefined, cwd: string): DocumentContext {
  let loaded: ReturnType<DocumentContext["dataset"]> | undefined;
  return {
    dataset() {
      if (loaded) return loaded;
      const path = datasetPath(argument, cwd);
      const shown = displayPath(path, cwd);
      const read = readDocument(path, shown);
      if (!read.ok) {
        const error: LocatedError = "unreadable" in read ? { kind: "unreadable", path: "", file: shown, message: `cannot read the dataset: ${read.unreadable}` } : read.error;
        return (loaded = { ok: false, errors: [error] });
      }
      const result = parseDataset(read.text, shown);
      loaded = result.ok ? { ok: true, dataset: result.dataset, name: shown } : { ok: false, errors: result.errors };
      return loaded;
    },
  };
}

function report(io: CliIo, errors: readonly LocatedError[]): number {
  io.stderr(errors.map((error) => formatError(error) + "\n").join(""));
  if (errors.length >= DEFAULT_VALIDATION_OPTIONS.maxErrors)
    io.stderr(`(stopped after ${DEFAULT_VALIDATION_OPTIONS.maxErrors} errors)\n`);
  return EXIT_INVALID;
}

export const validateCommand: Command = {
  name: "validate",
  summary: "Check a dataset or story file: exit 0 if valid, else 1 with one line per error (file:line:col path: message).",
  usage: "chokepoint validate <file> [--dataset <file>]",
  flags: FLAGS,
  async run(argv, io) {
    const { positionals, flags } = parseArgs(argv, FLAGS);
    if (positionals.length !== 1) throw new UsageError(positionals.length === 0 ? "which file? give one file to check" : "give exactly one file");
    const [file] = positionals;
    const datasetArgument = flags.dataset as string | undefined;
    const read = readDocument(resolve(io.cwd, file), file);
    if (!read.ok && "unreadable" in read) {
      io.stderr(`chokepoint validate: cannot read '${file}': ${read.unreadable}\n`);
      return EXIT_INVALID;
    }
    if (!read.ok) return report(io, [read.error]);
    const parsed = parseLocatedJson(read.text);
    if (!parsed.ok) return report(io, [parseFailure(parsed.error, file)]);
    if (datasetArgument !== undefined && formatOf(parsed.json) === DATASET_FORMAT)
      throw new UsageError("--dataset is for story files: a dataset is checked on its own");
    const result = checkDocument(parsed.json, file, datasetContext(datasetArgument, io.cwd));
    if (!result.ok) return report(io, result.errors);
    io.stdout(`${file}: valid (${result.summary})\n`);
    for (const note of result.notes ?? []) io.stderr(`${note}\n`);
    return EXIT_OK;
  },
};
