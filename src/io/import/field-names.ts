/**
 * The column mapping of graph imports (docs/formats.md, "Column mapping"): which field
 * names of a GEXF attribute, a GraphML key or a CSV header fill which dataset field.
 * Names are matched ignoring case, spaces, '_' and '-' ("Licit consignee" = licitConsignee);
 * the first alias present wins (so `capacity` beats `weight`, which Gephi adds to every
 * edge). Names Chokepoint writes but never reads back (scenario figures, view) are known
 * and skipped silently; any other name is reported as ignored.
 */
import { EDGE_ATTRIBUTES, NODE_ATTRIBUTES } from "../graph-attributes";
import type { RawItem, RawValue } from "./raw-graph";

export const NODE_FIELDS = {
  id: ["id"],
  label: ["label", "name"],
  kind: ["kind", "type", "nodekind"],
  jurisdiction: ["jurisdiction", "country", "countrycode"],
  jurisdictionName: ["jurisdictionname", "countryname"],
  shortLabel: ["shortlabel"],
  role: ["role"],
  description: ["description"],
  lat: ["lat", "latitude"],
  lon: ["lon", "lng", "longitude"],
  capacity: ["capacity"],
  recipes: ["recipes"],
  sources: ["sources"],
  unverified: ["unverified"],
  x: ["x"],
  y: ["y"],
} as const;

export const EDGE_FIELDS = {
  id: ["id"],
  source: ["source", "from"],
  target: ["target", "to"],
  commodity: ["commodity"],
  commodityKind: ["commoditykind"],
  commodityName: ["commodityname"],
  capacity: ["capacity", "weight"],
  mode: ["mode"],
  channel: ["channel"],
  licitConsignee: ["licitconsignee", "licit"],
  status: ["status", "legalstatus"],
  description: ["description"],
  sources: ["sources"],
  unverified: ["unverified"],
} as const;

export type NodeField = keyof typeof NODE_FIELDS;
export type EdgeField = keyof typeof EDGE_FIELDS;

const normalized = new Map<string, string>();

/** Lower case without white space, '_' or '-' (memoised: a file repeats its few names on every item). */
export function normalizeName(name: string): string {
  let result = normalized.get(name);
  if (result === undefined) {
    result = name.toLowerCase().replace(/[\s_-]+/g, "");
    if (normalized.size < 10_000) normalized.set(name, result);
  }
  return result;
}

const scenarioNames = (specs: readonly { readonly name: string; readonly origin: string }[]) =>
  specs.filter((spec) => spec.origin === "scenario").map((spec) => normalizeName(spec.name));

/** Written by Chokepoint's exports, derived, not read back. */
export const SKIPPED_NODE_NAMES: ReadonlySet<string> = new Set(scenarioNames(NODE_ATTRIBUTES));
export const SKIPPED_EDGE_NAMES: ReadonlySet<string> = new Set([...scenarioNames(EDGE_ATTRIBUTES), "label"]);

/** How a name a file wrote resolves: the index of the field it fills and its rank, or index -1 (no field claims it). */
interface NameResolution {
  readonly index: number;
  readonly rank: number;
  /** The normalized name (for the skipped check of unclaimed names). */
  readonly key: string;
}

interface FieldTable<Field extends string> {
  /** The fields in a fixed order: a reader keeps its values in an array by this index. */
  readonly fields: readonly Field[];
  readonly indexOf: ReadonlyMap<Field, number>;
  /** Normalized alias -> the index of the field it fills and its rank (0 = preferred). */
  readonly byAlias: ReadonlyMap<string, { readonly index: number; readonly rank: number }>;
  /** Name as written -> its resolution, memoised (a file repeats its few names on every item). */
  readonly byName: Map<string, NameResolution>;
}

const MAX_REMEMBERED_NAMES = 10_000;

const tables = new WeakMap<object, FieldTable<string>>();
function tableOf<Field extends string>(aliases: Readonly<Record<Field, readonly string[]>>): FieldTable<Field> {
  let table = tables.get(aliases) as FieldTable<Field> | undefined;
  if (!table) {
    const fields = Object.keys(aliases) as Field[];
    const byAlias = new Map<string, { index: number; rank: number }>();
    fields.forEach((field, index) => aliases[field].forEach((alias, rank) => byAlias.set(alias, { index, rank })));
    table = { fields, indexOf: new Map(fields.map((field, index) => [field, index])), byAlias, byName: new Map() };
    tables.set(aliases, table as FieldTable<string>);
  }
  return table;
}

function resolveName(table: FieldTable<string>, name: string): NameResolution {
  let resolution = table.byName.get(name);
  if (resolution === undefined) {
    const key = normalizeName(name);
    const hit = table.byAlias.get(key);
    resolution = { index: hit?.index ?? -1, rank: hit?.rank ?? 0, key };
    if (table.byName.size < MAX_REMEMBERED_NAMES) table.byName.set(name, resolution);
  }
  return resolution;
}

/** Ranks of the values chosen so far, by field index; only used while a reader is built (one at a time), so shared. */
const chosenRanks: number[] = [];

/**
 * The fields of one item by canonical name, in one pass over what the item holds (no
 * copy of its fields): for each field, the value of its most preferred alias present.
 *
 * The values are an array by field index, not a Map of {value, rank}: an import holds a
 * reader per node and edge until validation is done (problems are located through them),
 * and a Map and an object per field made a 10^5-edge import allocate and keep ~2 million
 * objects more, which the garbage collector then copied.
 */
export class FieldReader<Field extends string> {
  private readonly table: FieldTable<Field>;
  private readonly values: (RawValue | undefined)[];
  /** Names no field claims and that are not skipped on purpose, as the file wrote them. */
  readonly unknownNames: readonly string[];

  constructor(item: RawItem, aliases: Readonly<Record<Field, readonly string[]>>, skipped: ReadonlySet<string>) {
    const table = tableOf(aliases);
    const count = table.fields.length;
    const values = new Array<RawValue | undefined>(count).fill(undefined);
    for (let i = 0; i < count; i++) chosenRanks[i] = Infinity;
    const unknown: string[] = [];
    for (const [name, value] of item.fields) {
      const { index, rank, key } = resolveName(table, name);
      if (index < 0) {
        if (!skipped.has(key)) unknown.push(name);
        continue;
      }
      if (rank < chosenRanks[index]) {
        values[index] = value;
        chosenRanks[index] = rank;
      }
    }
    this.table = table;
    this.values = values;
    this.unknownNames = unknown;
  }

  get(field: Field): RawValue | undefined {
    const index = this.table.indexOf.get(field);
    return index === undefined ? undefined : this.values[index];
  }
}
