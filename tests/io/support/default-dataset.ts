// The bundled dataset, loaded once per test file, and a snapshot of it on a date.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { parseDatasetOrThrow } from "../../../src/model/load";
import type { Dataset } from "../../../src/model/types";
import type { Snapshot } from "../../../src/io/snapshot/snapshot-types";
import { snapshotOf } from "./snapshots";

export const ROOT = resolve(__dirname, "../../..");
export const DEFAULT_DATASET: Dataset = parseDatasetOrThrow(readFileSync(resolve(ROOT, "data/default.json"), "utf8"), "data/default.json");

let cached: Snapshot | undefined;
/** The default dataset as of 2019-06-01 (the loophole date of SEMANTICS.md). */
export function defaultSnapshot(): Snapshot {
  cached ??= snapshotOf(DEFAULT_DATASET, { date: "2019-06-01", switches: {}, idealized: false }, null, "default");
  return cached;
}
