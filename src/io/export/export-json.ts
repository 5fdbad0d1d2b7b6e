/**
 * The native export: the snapshot itself as JSON (schema/snapshot-v1.schema.json). It
 * embeds the dataset and the scenario unchanged, so importing it restores both exactly;
 * the analysis parts are there for other tools and are recomputed on import.
 */
import { IoError } from "../io-error";
import type { Snapshot } from "../snapshot/snapshot-types";

export function exportSnapshotJson(snapshot: Snapshot): string {
  return `${JSON.stringify(snapshot, (key, value: unknown) => {
    // JSON has no NaN or Infinity: writing null would silently change a figure.
    if (typeof value === "number" && !Number.isFinite(value)) throw new IoError("invalid-option", `the snapshot holds a non-finite number at '${key}'`);
    return value;
  }, 2)}\n`;
}
