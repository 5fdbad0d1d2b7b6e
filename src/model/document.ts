/**
 * The document header: is this a Chokepoint dataset, in a version we read? Checked before
 * anything else, so that a story file or a dataset from a newer release gets one clear
 * error rather than a page of schema complaints.
 */
import { datasetError, type DatasetError } from "./dataset-errors";
import { DATASET_FORMAT, DATASET_VERSION } from "./vocabulary";

function describe(value: unknown): string {
  if (Array.isArray(value)) return "an array";
  if (value === null) return "null";
  return typeof value === "object" ? "an object" : JSON.stringify(value);
}

/** The header errors of `value` as a dataset ([] when the header is ours). */
export function documentErrors(value: unknown): DatasetError[] {
  if (value === null || typeof value !== "object" || Array.isArray(value))
    return [datasetError("type", "", `a dataset is a JSON object ({ "format": "${DATASET_FORMAT}", ... }); this document is ${describe(value)}`)];
  const { format, version } = value as { format?: unknown; version?: unknown };
  if (format === undefined)
    return [datasetError("required", "/format", `missing 'format': a dataset declares "format": "${DATASET_FORMAT}"`)];
  if (format !== DATASET_FORMAT)
    return [datasetError("wrong-format", "/format", `format ${describe(format)} is not a Chokepoint dataset (expected "${DATASET_FORMAT}")`)];
  if (version === undefined)
    return [datasetError("required", "/version", `missing 'version': this Chokepoint reads "version": ${DATASET_VERSION}`)];
  if (version !== DATASET_VERSION)
    return [datasetError("unsupported-version", "/version", `dataset version ${describe(version)} is not supported: this Chokepoint reads version ${DATASET_VERSION}`)];
  return [];
}
