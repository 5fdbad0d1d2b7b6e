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

export function normalizeName(name: string): string {
  return name.toLowerCase().replace(/[\s_-]+/g, "");
}

const scenarioNames = (specs: readonly { readonly name: string; readonly origin: string }[]) =>
  specs.filter((spec) => spec.origin === "scenario").map((spec) => normalizeName(spec.name));

/** Written by Chokepoint's exports, derived, not read back. */
export const SKIPPED_NODE_NAMES: ReadonlySet<string> = new Set(scenarioNames(NODE_ATTRIBUTES));
export const SKIPPED_EDGE_NAMES: ReadonlySet<string> = new Set([...scenarioNames(EDGE_ATTRIBUTES), "label"]);

/** Reads the fields of one item by canonical name, remembering which names it used. */
export class FieldReader<Field extends string> {
  private readonly byName = new Map<string, RawValue>();
  private readonly originals = new Map<string, string>();

  constructor(
    item: RawItem,
    private readonly aliases: Readonly<Record<Field, readonly string[]>>,
  ) {
    for (const [name, value] of item.fields) {
      const key = normalizeName(name);
      if (this.byName.has(key)) continue;
      this.byName.set(key, value);
      this.originals.set(key, name);
    }
  }

  get(field: Field): RawValue | undefined {
    for (const alias of this.aliases[field]) {
      const value = this.byName.get(alias);
      if (value !== undefined) return value;
    }
    return undefined;
  }

  /** Names that no field claims and that are not skipped on purpose. */
  unknownNames(skipped: ReadonlySet<string>): string[] {
    const claimed = new Set(Object.values<readonly string[]>(this.aliases).flat());
    return [...this.byName.keys()].filter((name) => !claimed.has(name) && !skipped.has(name)).map((name) => this.originals.get(name) ?? name);
  }
}
