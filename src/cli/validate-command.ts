/**
 * `chokepoint validate <file>`: reads a JSON document, dispatches on its `format` field
 * (document-formats.ts) and prints either a one-line summary (exit 0) or one line per
 * error, `file:line:col path: message`, in file order (exit 1).
 */
import { resolve } from "node:path";
import { parseArgs, type FlagSpecs } from "./args";
import type { Command } from "./command";
import { readDocument } from "./dataset-file";
import { DOCUMENT_FORMATS, type DocumentCheck } from "./document-formats";
import { EXIT_INVALID, EXIT_OK, UsageError, type CliIo } from "./io";
import { datasetError, formatError, type DatasetError } from "../model/dataset-errors";
import { parseLocatedJson, type LocatedJson } from "../model/located-json";
import { locateErrors, parseFailure } from "../model/locate-errors";
import { DEFAULT_VALIDATION_OPTIONS } from "../model/validate";

const FLAGS: FlagSpecs = {};

/** Finds the document's format and checks the document against it. */
export function checkDocument(json: LocatedJson, fileName: string): DocumentCheck {
  const value = json.value;
  const format = value !== null && typeof value === "object" && !Array.isArray(value) ? (value as { format?: unknown }).format : undefined;
  const known = DOCUMENT_FORMATS.map((candidate) => `"${candidate.format}" (${candidate.noun})`).join(", ");
  const handler = DOCUMENT_FORMATS.find((candidate) => candidate.format === format);
  if (handler) return handler.check(json, fileName);
  const error =
    format === undefined
      ? datasetError("required", "/format", `no 'format' field: a Chokepoint document says what it is; known formats: ${known}`)
      : datasetError("wrong-format", "/format", `unknown format ${JSON.stringify(format)}; known formats: ${known}`);
  return { ok: false, errors: locateErrors([error], json.locations, fileName) };
}

function report(io: CliIo, errors: readonly DatasetError[]): number {
  io.stderr(errors.map((error) => formatError(error) + "\n").join(""));
  if (errors.length >= DEFAULT_VALIDATION_OPTIONS.maxErrors)
    io.stderr(`(stopped after ${DEFAULT_VALIDATION_OPTIONS.maxErrors} errors)\n`);
  return EXIT_INVALID;
}

export const validateCommand: Command = {
  name: "validate",
  summary: "Check a dataset file: exit 0 if valid, else 1 with one line per error (file:line:col path: message).",
  usage: "chokepoint validate <file>",
  flags: FLAGS,
  async run(argv, io) {
    const { positionals } = parseArgs(argv, FLAGS);
    if (positionals.length !== 1) throw new UsageError(positionals.length === 0 ? "which file? give one file to check" : "give exactly one file");
    const [file] = positionals;
    const read = readDocument(resolve(io.cwd, file), file);
    if (!read.ok && "unreadable" in read) {
      io.stderr(`chokepoint validate: cannot read '${file}': ${read.unreadable}\n`);
      return EXIT_INVALID;
    }
    if (!read.ok) return report(io, [read.error]);
    const parsed = parseLocatedJson(read.text);
    if (!parsed.ok) return report(io, [parseFailure(parsed.error, file)]);
    const result = checkDocument(parsed.json, file);
    if (!result.ok) return report(io, result.errors);
    io.stdout(`${file}: valid (${result.summary})\n`);
    return EXIT_OK;
  },
};
