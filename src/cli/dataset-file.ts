/**
 * Finding and loading a dataset file for CLI commands.
 *
 * The default dataset is resolved against the package root (from this module's URL),
 * not the working directory, so `npx chokepoint scenario` works from any folder.
 *
 * Loading reads the text and hands it to src/model's parser and validator, which report
 * every problem with its line, column and JSON path.
 */
import { readFileSync, statSync } from "node:fs";
import { isAbsolute, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { datasetError, formatError, type DatasetError } from "../model/dataset-errors";
import { DEFAULT_JSON_PARSE_OPTIONS } from "../model/located-json";
import { parseDataset } from "../model/load";
import type { Dataset } from "../model/types";

export const PACKAGE_ROOT = fileURLToPath(new URL("../../", import.meta.url));
export const DEFAULT_DATASET_FILE = resolve(PACKAGE_ROOT, "data/default.json");

/** The dataset path a command should read: the argument relative to cwd, or the default. */
export function datasetPath(argument: string | undefined, cwd: string): string {
  return argument === undefined ? DEFAULT_DATASET_FILE : resolve(cwd, argument);
}

/** How to show a path to the user: relative to cwd when inside it. */
export function displayPath(path: string, cwd: string): string {
  const rel = relative(cwd, path);
  return rel.length > 0 && !rel.startsWith("..") && !isAbsolute(rel) ? rel : path;
}

export type LoadResult =
  | { readonly ok: true; readonly dataset: Dataset }
  | { readonly ok: false; readonly errors: readonly string[] };

export type FileRead =
  | { readonly ok: true; readonly text: string }
  /** The content is not acceptable: a located dataset error. */
  | { readonly ok: false; readonly error: DatasetError }
  /** The file cannot be read at all (missing, a directory, no permission). */
  | { readonly ok: false; readonly unreadable: string };

function errnoText(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === "ENOENT") return "no such file";
  if (code === "EACCES") return "permission denied";
  if (code === "EISDIR") return "is a directory, not a file";
  return code ?? String(error);
}

/** Reads a UTF-8 file, refusing before reading one larger than the parser would accept. */
export function readDocument(path: string, shownName: string): FileRead {
  const refuse = (kind: DatasetError["kind"], message: string): FileRead => ({ ok: false, error: { ...datasetError(kind, "", message), file: shownName } });
  try {
    const stats = statSync(path);
    if (stats.isDirectory()) return { ok: false, unreadable: "is a directory, not a file" };
    const limit = DEFAULT_JSON_PARSE_OPTIONS.maxChars;
    if (stats.size > limit) return refuse("too-large", `the file is ${stats.size} bytes; the limit is ${limit}`);
    const bytes = readFileSync(path);
    try {
      return { ok: true, text: new TextDecoder("utf-8", { fatal: true }).decode(bytes) };
    } catch {
      return refuse("syntax", "the file is not UTF-8 text (is it JSON at all?)");
    }
  } catch (error) {
    return { ok: false, unreadable: errnoText(error) };
  }
}

/**
 * Reads and validates a dataset file. Errors come one per line as
 * `file:line:col path: message` (src/model's validator), `file` being `shownName`.
 */
export async function loadDatasetFile(path: string, shownName: string): Promise<LoadResult> {
  const read = readDocument(path, shownName);
  if (!read.ok) return { ok: false, errors: ["unreadable" in read ? `${shownName}: cannot read the file (${read.unreadable})` : formatError(read.error)] };
  const result = parseDataset(read.text, shownName);
  return result.ok ? result : { ok: false, errors: result.errors.map(formatError) };
}
