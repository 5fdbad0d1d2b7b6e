/**
 * What the semantic checks work on: the dataset as far as it is structurally sound.
 *
 * Semantic checks run even when the structure has errors, so that one run reports every
 * problem. To stay safe they only read items that pass their own schema (the others are
 * `undefined`, keeping indices and therefore JSON paths intact), while the sets of known
 * ids come from every item that has a string id: a node with a bad `kind` still exists
 * for the edges that point at it, so one mistake does not cascade into many.
 */
import { datasetError, type DatasetError, type DatasetErrorKind } from "../dataset-errors";
import { SHAPE_COLLECTIONS, shapeChecks } from "../dataset-shape";
import type { Commodity, Dataset, DatasetEdge, DatasetNode, Intervention, Jurisdiction, Source, TimelineEvent } from "../types";

export const COLLECTIONS = SHAPE_COLLECTIONS;
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
  /**
   * Per collection: each id with the index of its first item, or undefined when the
   * collection is missing or not an array.
   */
  readonly known: Readonly<Record<CollectionName, ReadonlyMap<string, number> | undefined>>;
  /** Items whose id an earlier item of the same collection already has. */
  readonly duplicates: readonly { readonly collection: CollectionName; readonly index: number; readonly first: number }[];
  /** True when every item of the collection passed the schema. */
  readonly intact: Readonly<Record<CollectionName, boolean>>;
  report(kind: DatasetErrorKind, path: string, message: string): void;
}

export type Check = (context: CheckContext) => void;

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

/**
 * Builds the context from a value whose document header (format, version) is ours.
 * `structurallyValid` skips the per-item schema checks when the whole value passed.
 * Reported errors go to `sink`, up to `maxErrors`.
 */
export function buildCheckContext(value: Record<string, unknown>, structurallyValid: boolean, sink: DatasetError[], maxErrors: number): CheckContext {
  const checks = shapeChecks();
  const parts: Record<string, unknown> = { meta: structurallyValid || checks.meta(value.meta) ? value.meta : undefined };
  const ids = {} as Record<CollectionName, (string | undefined)[]>;
  const known = {} as Record<CollectionName, Map<string, number> | undefined>;
  const duplicates: CheckContext["duplicates"][number][] = [];
  const intact = {} as Record<CollectionName, boolean>;
  for (const name of COLLECTIONS) {
    const raw = value[name];
    const items: unknown[] = Array.isArray(raw) ? raw : [];
    const isSound = checks.items[name];
    const soundItems = structurallyValid ? items : items.map((item) => (isSound(item) ? item : undefined));
    parts[name] = soundItems;
    const itemIds = items.map((item) => (isRecord(item) && typeof item.id === "string" ? item.id : undefined));
    const firstIndex = new Map<string, number>();
    itemIds.forEach((id, index) => {
      if (id === undefined) return;
      const first = firstIndex.get(id);
      if (first === undefined) firstIndex.set(id, index);
      else duplicates.push({ collection: name, index, first });
    });
    ids[name] = itemIds;
    known[name] = Array.isArray(raw) ? firstIndex : undefined;
    intact[name] = Array.isArray(raw) && soundItems.every((item) => item !== undefined);
  }
  return {
    parts: parts as unknown as SoundParts,
    ids,
    known,
    duplicates,
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
