/**
 * Native JSON import: a snapshot (schema/snapshot-v1.schema.json) or a plain dataset
 * (schema/dataset-v1.schema.json), told apart by `format`. The dataset goes through the
 * model's validator; errors keep their JSON Pointer (inside a snapshot, under /dataset)
 * and get the line and column from the parser's location table. A snapshot's scenario is
 * checked against the dataset; its analysis parts are not read (they are recomputed), but
 * node positions are, for the view.
 */
import type { DatasetError } from "../../model/dataset-errors";
import { parseLocatedJson, type LocatedJson } from "../../model/located-json";
import { DATASET_FORMAT } from "../../model/vocabulary";
import type { Dataset } from "../../model/types";
import { validateDataset } from "../../model/validate";
import type { ImportProblem, ImportProblemKind } from "../import-error";
import { jsonParseProblem, sortProblems } from "../import-error";
import { SNAPSHOT_FORMAT, SNAPSHOT_VERSION, type Position } from "../snapshot/snapshot-types";
import { failure, type ImportResult } from "./import-result";
import { readScenario } from "./scenario-json";

export interface JsonImportOptions {
  readonly maxChars: number;
  readonly maxDepth: number;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

function located(json: LocatedJson, file: string, kind: ImportProblemKind, path: string, message: string, extra: Partial<ImportProblem> = {}): ImportProblem {
  const position = json.locations.nearest(path).value;
  return { kind, file, line: position.line, column: position.column, path: path === "" ? undefined : path, message, ...extra };
}

function datasetProblems(json: LocatedJson, file: string, errors: readonly DatasetError[], prefix: string): ImportProblem[] {
  return errors.map((error) => located(json, file, "dataset-invalid", `${prefix}${error.path}`, error.message, { datasetKind: error.kind }));
}

/** Positions from a snapshot's `nodes` (entries without a well-formed position are skipped). */
function snapshotPositions(nodes: unknown): Map<string, Position> {
  const positions = new Map<string, Position>();
  if (!Array.isArray(nodes)) return positions;
  for (const node of nodes) {
    if (!isObject(node) || typeof node.id !== "string" || !isObject(node.position)) continue;
    const { x, y } = node.position;
    if (typeof x === "number" && typeof y === "number" && Number.isFinite(x) && Number.isFinite(y)) positions.set(node.id, { x, y });
  }
  return positions;
}

export function importJson(text: string, file: string, options: JsonImportOptions): ImportResult {
  const parsed = parseLocatedJson(text, options);
  if (!parsed.ok) {
    return failure("json", [jsonParseProblem(parsed.error, file)]);
  }
  const { json } = parsed;
  const document = json.value;
  const format = isObject(document) ? document.format : undefined;
  const known = `"${DATASET_FORMAT}" (a dataset) or "${SNAPSHOT_FORMAT}" (a snapshot)`;
  if (!isObject(document) || format === undefined)
    return failure("json", [located(json, file, "format-unknown", "", `not a Chokepoint document: expected an object with "format": ${known}`)]);
  if (format === DATASET_FORMAT) {
    const errors = validateDataset(document);
    if (errors.length > 0) return failure("json", sortProblems(datasetProblems(json, file, errors, "")));
    return { ok: true, format: "json", dataset: document as unknown as Dataset, scenario: null, positions: new Map(), notes: [] };
  }
  if (format !== SNAPSHOT_FORMAT) return failure("json", [located(json, file, "format-unknown", "/format", `unknown format ${JSON.stringify(format)}; expected ${known}`)]);
  if (document.version !== SNAPSHOT_VERSION)
    return failure("json", [located(json, file, "format-unsupported", "/version", `snapshot version ${JSON.stringify(document.version)} is not supported: this Chokepoint reads version ${SNAPSHOT_VERSION}`)]);
  if (!isObject(document.dataset)) return failure("json", [located(json, file, "format-structure", "/dataset", "a snapshot needs its dataset (an object)")]);
  const errors = validateDataset(document.dataset);
  if (errors.length > 0) return failure("json", sortProblems(datasetProblems(json, file, errors, "/dataset")));
  const dataset = document.dataset as unknown as Dataset;
  const { scenario, problems } = readScenario(document.scenario, "/scenario", new Set(dataset.interventions.map((i) => i.id)));
  if (!scenario) return failure("json", sortProblems(problems.map((p) => located(json, file, p.kind, p.path, p.message))));
  return { ok: true, format: "json", dataset, scenario, positions: snapshotPositions(document.nodes), notes: [] };
}
