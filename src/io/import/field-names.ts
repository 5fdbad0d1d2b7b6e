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

interface FieldTable<Field extends string> {
  /** Normalized alias -> the field it fills and its rank (0 = preferred). */
  readonly byAlias: ReadonlyMap<string, { readonly field: Field; readonly rank: number }>;
}

const tables = new WeakMap<object, FieldTable<string>>();
function tableOf<Field extends string>(aliases: Readonly<Record<Field, readonly string[]>>): FieldTable<Field> {
  let table = tables.get(aliases) as FieldTable<Field> | undefined;
  if (!table) {
    const byAlias = new Map<string, { field: Field; rank: number }>();
    for (const field of Object.keys(aliases) as Field[]) aliases[field].forEach((alias, rank) => byAlias.set(alias, { field, rank }));
    table = { byAlias };
    tables.set(aliases, table as FieldTable<string>);
  }
  return table;
}

/**
 * The fields of one item by canonical name, in one pass over what the item holds (no
 * copy of its fields): for each field, the value of its most preferred alias present.
 */
export class FieldReader<Field extends string> {
  private readonly values = new Map<Field, { readonly value: RawValue; readonly rank: number }>();
  /** Names no field claims and that are not skipped on purpose, as the file wrote them. */
  readonly unknownNames: readonly string[];

  constructor(item: RawItem, aliases: Readonly<Record<Field, readonly string[]>>, skipped: ReadonlySet<string>) {
    const { byAlias } = tableOf(aliases);
    const unknown: string[] = [];
    for (const [name, value] of item.fields) {
      const key = normalizeName(name);
      const hit = byAlias.get(key);
      if (hit === undefined) {
        if (!skipped.has(key)) unknown.push(name);
        continue;
      }
      const current = this.values.get(hit.field);
      if (current === undefined || hit.rank < current.rank) this.values.set(hit.field, { value, rank: hit.rank });
    }
    this.unknownNames = unknown;
  }

  get(field: Field): RawValue | undefined {
    return this.values.get(field)?.value;
  }
}
