/**
 * Reading a scenario from JSON (a snapshot's `scenario`, GraphML's graph context): the
 * shape of src/scenario/types.ts `Scenario`, checked field by field so each problem has a
 * JSON Pointer, and every switch checked against the dataset's interventions.
 */
import { childPointer } from "../../model/json-pointer";
import { isIsoDate } from "../../model/dates";
import type { InterventionSwitch, Scenario } from "../../scenario/types";
import { isEffectiveness } from "../../scenario/validate";
import type { ImportProblemKind } from "../import-error";

export interface ScenarioProblem {
  readonly kind: ImportProblemKind;
  readonly path: string;
  readonly message: string;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

export function readScenario(
  value: unknown,
  base: string,
  interventionIds: ReadonlySet<string>,
): { readonly scenario: Scenario | undefined; readonly problems: readonly ScenarioProblem[] } {
  const problems: ScenarioProblem[] = [];
  const problem = (kind: ImportProblemKind, path: string, message: string) => problems.push({ kind, path, message });
  if (!isObject(value)) {
    problem("format-structure", base, "a scenario is an object { date?, switches, idealized }");
    return { scenario: undefined, problems };
  }
  for (const key of Object.keys(value))
    if (key !== "date" && key !== "switches" && key !== "idealized") problem("format-structure", childPointer(base, key), `unknown scenario property '${key}'`);
  const { date, switches, idealized } = value;
  if (date !== undefined && (typeof date !== "string" || !isIsoDate(date)))
    problem("scenario-invalid", `${base}/date`, `${JSON.stringify(date)} is not a real day written YYYY-MM-DD`);
  if (typeof idealized !== "boolean") problem("format-structure", `${base}/idealized`, "idealized must be true or false");
  const read: Record<string, InterventionSwitch> = {};
  if (!isObject(switches)) problem("format-structure", `${base}/switches`, "switches must be an object keyed by intervention id");
  else
    for (const [id, change] of Object.entries(switches)) {
      const path = childPointer(`${base}/switches`, id);
      if (!interventionIds.has(id)) {
        problem("scenario-invalid", path, `no intervention '${id}' in the dataset`);
        continue;
      }
      if (!isObject(change) || typeof change.on !== "boolean") {
        problem("format-structure", path, "a switch is { on: boolean, effectiveness?: number }");
        continue;
      }
      for (const key of Object.keys(change))
        if (key !== "on" && key !== "effectiveness") problem("format-structure", childPointer(path, key), `unknown switch property '${key}'`);
      if (change.effectiveness !== undefined && !isEffectiveness(change.effectiveness))
        problem("scenario-invalid", `${path}/effectiveness`, `${JSON.stringify(change.effectiveness)} is not a number between 0 and 1`);
      read[id] = change.effectiveness === undefined ? { on: change.on } : { on: change.on, effectiveness: change.effectiveness as number };
    }
  if (problems.length > 0) return { scenario: undefined, problems };
  const scenario: Scenario = date === undefined ? { switches: read, idealized: idealized as boolean } : { date: date as string, switches: read, idealized: idealized as boolean };
  return { scenario, problems };
}
