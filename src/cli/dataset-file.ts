/**
 * Finding and loading a dataset file for CLI commands.
 *
 * The default dataset is resolved against the package root (from this module's URL),
 * not the working directory, so `npx chokepoint scenario` works from any folder.
 *
 * Loading reads the text and hands it to src/model's parser and validator, which report
 * every problem with its line, column and JSON path.
 */
import { readFile } from "node:fs/promises";
import { isAbsolute, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { formatError } from "../model/dataset-errors";
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

/**
 * Reads and validates a dataset file. Errors come one per line as
 * `file:line:col path: message` (src/model's validator), `file` being `shownName`.
 */
export async function loadDatasetFile(path: string, shownName: string): Promise<LoadResult> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (error) {
    const code = (error as { code?: string }).code ?? "read error";
    return { ok: false, errors: [`${shownName}: cannot read the file (${code})`] };
  }
  const result = parseDataset(text, shownName);
  return result.ok ? result : { ok: false, errors: result.errors.map(formatError) };
}
