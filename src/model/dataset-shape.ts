/**
 * Fast yes/no structural checks for the dataset and each of its collections' items,
 * compiled once from the JSON form of the schema (schema-check.ts).
 */
import { compileSchemaCheck, type ValueCheck } from "./schema-check";
import { DatasetSchema } from "./schema";

export const SHAPE_COLLECTIONS = ["sources", "jurisdictions", "commodities", "nodes", "edges", "interventions", "events"] as const;
export type ShapeCollection = (typeof SHAPE_COLLECTIONS)[number];

interface ShapeChecks {
  readonly dataset: ValueCheck;
  readonly meta: ValueCheck;
  readonly items: Readonly<Record<ShapeCollection, ValueCheck>>;
}

let compiled: ShapeChecks | undefined;

/** The checks, compiled on first use. */
export function shapeChecks(): ShapeChecks {
  if (compiled) return compiled;
  const json = JSON.parse(JSON.stringify(DatasetSchema)) as { properties: Record<string, { items?: Record<string, unknown> }> };
  const items = Object.fromEntries(
    SHAPE_COLLECTIONS.map((name) => [name, compileSchemaCheck(json.properties[name].items ?? {})]),
  ) as Record<ShapeCollection, ValueCheck>;
  compiled = {
    dataset: compileSchemaCheck(json as unknown as Record<string, unknown>),
    meta: compileSchemaCheck(json.properties.meta as Record<string, unknown>),
    items,
  };
  return compiled;
}
