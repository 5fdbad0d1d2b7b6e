/**
 * What the semantic checks work on: the dataset as far as it is structurally sound.
 *
 * Semantic checks run even when the structure has errors, so that one run reports every
 * problem. To stay safe they only read items that pass their own schema (the others are
 * `undefined`, keeping indices and therefore JSON paths intact), while the sets of known
 * ids come from every item that has a string id: a node with a bad `kind` still exists
 * for the edges that point at it, so one mistake does not cascade into many.
 */
import type { TSchema } from "typebox";
import { Value } from "typebox/value";
import { datasetError, type DatasetError, type DatasetErrorKind } from "../dataset-errors";
import {
  CommoditySchema,
  DatasetMetaSchema,
  EdgeSchema,
  InterventionSchema,
  JurisdictionSchema,
  NodeSchema,
  SourceSchema,
  TimelineEventSchema,
} from "../schema";
import type { Commodity, Dataset, DatasetEdge, DatasetNode, Intervention, Jurisdiction, Source, TimelineEvent } from "../types";

export const COLLECTIONS = ["sources", "jurisdictions", "commodities", "nodes", "edges", "interventions", "events"] as const;
export type CollectionName = (typeof COLLECTIONS)[number];

/** Each collection's items, `undefined` where an item failed the schema. */
export interface SoundParts {
  readonly meta: Dataset["meta"] | undefined;
  readonly sources: readonly (Source | undefined)[];
  readonly jurisdictions: readonly (Jurisdiction | undefined)[];
  readonly commodities: readonly (Commodity | undefined)[];
  readonly nodes: readonly (DatasetNode | undefined)[];
  readonly edges: readonly (DatasetEdge | undefined)[];
  readonly interventions: readonly (Intervention | undefined)[];
  readonly events: readonly (TimelineEvent | undefined)[];
}

export interface CheckContext {
  readonly parts: SoundParts;
  /** Per collection: the id of every item, `undefined` where it has no string id. */
  readonly ids: Readonly<Record<CollectionName, readonly (string | undefined)[]>>;
  /** Per collection: the set of ids, or undefined when the collection is missing or not an array. */
  readonly known: Readonly<Record<CollectionName, ReadonlySet<string> | undefined>>;
  /** True when every item of the collection passed the schema. */
  readonly intact: Readonly<Record<CollectionName, boolean>>;
  report(kind: DatasetErrorKind, path: string, message: string): void;
}

export type Check = (context: CheckContext) => void;

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

const ITEM_SCHEMAS: Readonly<Record<CollectionName, TSchema>> = {
  sources: SourceSchema,
  jurisdictions: JurisdictionSchema,
  commodities: CommoditySchema,
  nodes: NodeSchema,
  edges: EdgeSchema,
  interventions: InterventionSchema,
  events: TimelineEventSchema,
};

/**
 * Builds the context from a value whose document header (format, version) is ours.
 * `structurallyValid` skips the per-item schema checks when the whole value passed.
 * Reported errors go to `sink`, up to `maxErrors`.
 */
export function buildCheckContext(value: Record<string, unknown>, structurallyValid: boolean, sink: DatasetError[], maxErrors: number): CheckContext {
  const sound = (schema: TSchema, item: unknown) => structurallyValid || Value.Check(schema, item);
  const parts: Record<string, unknown> = { meta: sound(DatasetMetaSchema, value.meta) ? value.meta : undefined };
  const ids = {} as Record<CollectionName, (string | undefined)[]>;
  const known = {} as Record<CollectionName, Set<string> | undefined>;
  const intact = {} as Record<CollectionName, boolean>;
  for (const name of COLLECTIONS) {
    const raw = value[name];
    const items: unknown[] = Array.isArray(raw) ? raw : [];
    const soundItems = items.map((item) => (sound(ITEM_SCHEMAS[name], item) ? item : undefined));
    parts[name] = soundItems;
    ids[name] = items.map((item) => (isRecord(item) && typeof item.id === "string" ? item.id : undefined));
    known[name] = Array.isArray(raw) ? new Set(ids[name].filter((id): id is string => id !== undefined)) : undefined;
    intact[name] = Array.isArray(raw) && soundItems.every((item) => item !== undefined);
  }
  return {
    parts: parts as unknown as SoundParts,
    ids,
    known,
    intact,
    report(kind, path, message) {
      if (sink.length < maxErrors) sink.push(datasetError(kind, path, message));
    },
  };
}

/** Walks the sound items of a collection with their JSON paths. */
export function eachItem<T>(items: readonly (T | undefined)[], collection: string, visit: (item: T, path: string, index: number) => void): void {
  for (let index = 0; index < items.length; index++) {
    const item = items[index];
    if (item !== undefined) visit(item, `/${collection}/${index}`, index);
  }
}
