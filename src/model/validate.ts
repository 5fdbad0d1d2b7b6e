/**
 * Dataset validation: every problem at once, each a typed `DatasetError` with its JSON
 * path. Order of work: the document header (format, version; stop if not ours), the
 * JSON Schema (validate-structure.ts), then the semantic checks (checks/), which run on
 * the structurally sound part of the dataset so that one run reports everything.
 */
import { buildCheckContext, type Check } from "./checks/context";
import { checkDates } from "./checks/dates";
import { checkDuplicateIds } from "./checks/ids";
import { checkInterventions } from "./checks/interventions";
import { checkProvenance } from "./checks/provenance";
import { checkRecipes } from "./checks/recipes";
import { checkReferences } from "./checks/references";
import { checkSelfLoops } from "./checks/topology";
import { comparePaths, type DatasetError } from "./dataset-errors";
import { documentErrors } from "./document";
import { withDefaults } from "./options";
import { structuralErrors } from "./validate-structure";

export interface ValidationOptions {
  /** Stop collecting after this many errors (a person reads the first few anyway). */
  readonly maxErrors: number;
}

export const DEFAULT_VALIDATION_OPTIONS: ValidationOptions = Object.freeze({ maxErrors: 1000 });

export function resolveValidationOptions(options: Partial<ValidationOptions> = {}): ValidationOptions {
  const resolved = withDefaults(DEFAULT_VALIDATION_OPTIONS, options);
  if (!Number.isInteger(resolved.maxErrors) || resolved.maxErrors < 1)
    throw new RangeError(`maxErrors must be a positive integer, got ${resolved.maxErrors}`);
  return resolved;
}

const SEMANTIC_CHECKS: readonly Check[] = [
  checkDuplicateIds,
  checkReferences,
  checkSelfLoops,
  checkRecipes,
  checkInterventions,
  checkDates,
  checkProvenance,
];

/**
 * The problems of an already-parsed value as a dataset, sorted by path; [] when it is a
 * valid dataset. Errors carry paths but no line or column (see `parseDataset` for text).
 */
export function validateDataset(value: unknown, options: Partial<ValidationOptions> = {}): DatasetError[] {
  const { maxErrors } = resolveValidationOptions(options);
  const header = documentErrors(value);
  if (header.length > 0) return header;
  const structural = structuralErrors(value, maxErrors);
  const semantic: DatasetError[] = [];
  const room = Math.max(0, maxErrors - structural.length);
  const context = buildCheckContext(value as Record<string, unknown>, structural.length === 0, semantic, room);
  for (const check of SEMANTIC_CHECKS) check(context);
  return [...structural, ...semantic].sort((a, b) => comparePaths(a.path, b.path)).slice(0, maxErrors);
}
