/**
 * Finding and loading a dataset file for CLI commands.
 *
 * The default dataset is resolved against the package root (from this module's URL),
 * not the working directory, so `npx chokepoint scenario` works from any folder.
 *
 * Loading is JSON.parse plus a minimal shape check of the fields the CLI commands read,
 * each problem located by its JSON path. The full validator (src/model: structure and
 * semantics, with line and column) replaces this once it lands on main.
 */
import { readFile } from "node:fs/promises";
import { isAbsolute, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { LEGAL_STATUSES } from "../model/schema";
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

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Problems in the fields the CLI relies on, as "path: message". */
function shapeProblems(root: unknown): string[] {
  const problems: string[] = [];
  if (!isObject(root)) return ["/: the dataset must be a JSON object"];
  if (root.format !== "chokepoint-dataset") problems.push(`/format: expected "chokepoint-dataset"`);
  if (root.version !== 1) problems.push("/version: expected 1");
  const list = (key: string, check: (item: Json, path: string) => void): void => {
    const items = root[key];
    if (!Array.isArray(items)) {
      problems.push(`/${key}: expected an array`);
      return;
    }
    items.forEach((item, i) => (isObject(item) ? check(item, `/${key}/${i}`) : problems.push(`/${key}/${i}: expected an object`)));
  };
  const text = (item: Json, path: string, ...keys: string[]): void => {
    for (const key of keys) if (typeof item[key] !== "string") problems.push(`${path}/${key}: expected a string`);
  };
  list("commodities", (item, path) => text(item, path, "id", "kind"));
  list("nodes", (item, path) => text(item, path, "id", "label", "kind", "jurisdiction"));
  list("edges", (item, path) => {
    text(item, path, "id", "source", "target", "commodity", "mode", "channel");
    const capacity = item.capacity;
    if (typeof capacity !== "number" || !Number.isFinite(capacity) || capacity < 0)
      problems.push(`${path}/capacity: expected a finite number >= 0`);
    if (!(LEGAL_STATUSES as readonly unknown[]).includes(item.status))
      problems.push(`${path}/status: expected one of ${LEGAL_STATUSES.join(", ")}`);
    if (typeof item.licitConsignee !== "boolean") problems.push(`${path}/licitConsignee: expected true or false`);
  });
  list("interventions", (item, path) => {
    text(item, path, "id", "label", "kind");
    const effectiveness = item.effectiveness;
    if (typeof effectiveness !== "number" || !(effectiveness >= 0 && effectiveness <= 1))
      problems.push(`${path}/effectiveness: expected a number from 0 to 1`);
    if (item.kind === "cooperation") {
      if (!Array.isArray(item.modifies)) problems.push(`${path}/modifies: expected an array`);
    } else {
      if (!isObject(item.target)) problems.push(`${path}/target: expected a selector object`);
      if (!isObject(item.effect) || typeof item.effect.kind !== "string") problems.push(`${path}/effect: expected { kind }`);
    }
  });
  list("events", (item, path) => {
    text(item, path, "id", "date");
    if (!Array.isArray(item.changes)) problems.push(`${path}/changes: expected an array`);
  });
  return problems;
}

export async function loadDatasetFile(path: string): Promise<LoadResult> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (error) {
    const code = (error as { code?: string }).code ?? "read error";
    return { ok: false, errors: [`cannot read the file (${code})`] };
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { ok: false, errors: [`not valid JSON: ${(error as Error).message}`] };
  }
  const problems = shapeProblems(value);
  return problems.length > 0 ? { ok: false, errors: problems } : { ok: true, dataset: value as Dataset };
}
