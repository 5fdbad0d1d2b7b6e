/**
 * What the semantic checks work on: the dataset as far as it is structurally sound.
 *
 * Semantic checks run even when the structure has errors, so that one run reports every
 * problem. To stay safe they only read items that passed the schema (the others are
 * `undefined`, keeping indices and therefore JSON paths intact), while the sets of known
 * ids come from every item that has a string id: a node with a bad `kind` still exists
 * for the edges that point at it, so one mistake does not cascade into many.
 */
import { datasetError, type DatasetError, type DatasetErrorKind } from "../dataset-errors";
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

/** The first two segments of a path ("/nodes/3/id" -> "/nodes/3"). */
function itemPrefix(path: string): string {
  const parts = path.split("/");
  return parts.slice(0, 3).join("/");
}

/**
 * Builds the context from a value whose document header (format, version) is ours and
 * the structural errors found in it. Reported errors go to `sink`.
 */
export function buildCheckContext(value: Record<string, unknown>, structural: readonly DatasetError[], sink: DatasetError[], maxErrors: number): CheckContext {
  const failed = new Set(structural.map((error) => itemPrefix(error.path)));
  const metaSound = !structural.some((error) => error.path === "/meta" || error.path.startsWith("/meta/"));
  const parts: Record<string, unknown> = { meta: metaSound ? value.meta : undefined };
  const ids = {} as Record<CollectionName, (string | undefined)[]>;
  const known = {} as Record<CollectionName, Set<string> | undefined>;
  const intact = {} as Record<CollectionName, boolean>;
  for (const name of COLLECTIONS) {
    const raw = value[name];
    const items = Array.isArray(raw) ? raw : [];
    parts[name] = items.map((item, index) => (failed.has(`/${name}/${index}`) ? undefined : item));
    ids[name] = items.map((item) => (isRecord(item) && typeof item.id === "string" ? item.id : undefined));
    known[name] = Array.isArray(raw) ? new Set(ids[name].filter((id): id is string => id !== undefined)) : undefined;
    intact[name] = Array.isArray(raw) && !failed.has(`/${name}`) && items.every((_item, index) => !failed.has(`/${name}/${index}`));
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
