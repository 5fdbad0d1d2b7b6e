/**
 * RawGraph (from a GEXF, GraphML or CSV reader) -> a dataset value for the real validator.
 *
 * Fields are mapped by field-names.ts and typed by field-values.ts. What a foreign file
 * (Gephi, networkx, a spreadsheet) lacks is inferred and marked `unverified` (infer-context.ts
 * declares commodities, jurisdictions and sources; the rules are in docs/formats.md):
 * - node ids that are not Chokepoint ids are rewritten (lower case, '-'), edges follow;
 * - a node without a kind is a producer when nothing enters it, a market when nothing
 *   leaves it, a broker otherwise (labs are never guessed: they need recipes);
 * - a node without a jurisdiction gets XX (unknown);
 * - an edge without commodity, capacity, mode, channel, consignee or status gets
 *   `unspecified`, its `weight` or 1 kg/month, sea, declared, not licit, legal.
 * What is given but wrong (a kind that does not exist, "abc" as a capacity) is a
 * `bad-value` problem at its line and column, never silently replaced.
 */
import { CHANNELS, LEGAL_STATUSES, MODES, NODE_KINDS } from "../../model/vocabulary";
import type { ImportProblem } from "../import-error";
import type { Position } from "../snapshot/snapshot-types";
import { EDGE_FIELDS, FieldReader, NODE_FIELDS, SKIPPED_EDGE_NAMES, SKIPPED_NODE_NAMES, type EdgeField, type NodeField } from "./field-names";
import { badValue, parseBoolean, parseChoice, parseList, parseNumber, type Parsed } from "./field-values";
import { UNKNOWN_JURISDICTION, UNSPECIFIED_COMMODITY, declareContext, type InferenceHints } from "./infer-context";
import { parseJsonText } from "./json-field";
import type { RawGraph, RawValue } from "./raw-graph";
import { SourceMap } from "./source-map";

const ID = /^[a-z0-9][a-z0-9._-]*$/;
const MAX_ID = 120;

export interface BuiltDataset {
  readonly dataset: Record<string, unknown>;
  readonly sourceMap: SourceMap;
  readonly problems: readonly ImportProblem[];
  /** Pointers that already have a problem: validation errors at or under them are noise. */
  readonly reported: ReadonlySet<string>;
  readonly positions: ReadonlyMap<string, Position>;
  /** The scenario JSON of the graph context, when the file carried one. */
  readonly scenario: { readonly value: unknown; readonly at: RawValue["at"] } | undefined;
  readonly notes: readonly string[];
}

type Parser = (text: string) => Parsed<unknown>;
const text: Parser = (value) => ({ ok: true, value });
const list: Parser = (value) => ({ ok: true, value: parseList(value) });
const json: Parser = (value) => parseJsonText(value);
const choice =
  (choices: readonly string[]): Parser =>
  (value) =>
    parseChoice(value, choices);

/** Edge fields every dataset edge has, with what a file that lacks them gets. */
const EDGE_DEFAULTS: readonly { readonly field: EdgeField; readonly parse: Parser; readonly fallback: unknown }[] = [
  { field: "capacity", parse: parseNumber, fallback: 1 },
  { field: "mode", parse: choice(MODES), fallback: "sea" },
  { field: "channel", parse: choice(CHANNELS), fallback: "declared" },
  { field: "licitConsignee", parse: parseBoolean, fallback: false },
  { field: "status", parse: choice(LEGAL_STATUSES), fallback: "legal" },
];

function slug(value: string): string {
  const cleaned = value
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9._-]+/g, "-")
    .replace(/^[._-]+|-+$/g, "")
    .slice(0, MAX_ID);
  return cleaned.length > 0 ? cleaned : "node";
}

function isId(value: string): boolean {
  return value.length <= MAX_ID && ID.test(value);
}

/** Raw node ids -> dataset ids: valid ids kept, others rewritten without collisions. */
function nodeIdMap(rawIds: readonly string[]): { map: Map<string, string>; rewritten: number } {
  const taken = new Set(rawIds.filter(isId));
  const map = new Map<string, string>();
  let rewritten = 0;
  for (const raw of rawIds) {
    if (map.has(raw)) continue;
    if (isId(raw)) {
      map.set(raw, raw);
      continue;
    }
    const base = slug(raw);
    let candidate = base;
    for (let n = 2; taken.has(candidate); n++) candidate = `${base.slice(0, MAX_ID - 6)}-${n}`;
    taken.add(candidate);
    map.set(raw, candidate);
    rewritten++;
  }
  return { map, rewritten };
}

class Builder {
  readonly problems: ImportProblem[] = [];
  readonly reported = new Set<string>();
  readonly notes: string[] = [];
  readonly ignored = new Set<string>();

  constructor(readonly emptyIsAbsent: boolean) {}

  /** The raw value, or undefined when absent (an empty CSV cell is absent). */
  present(raw: RawValue | undefined): RawValue | undefined {
    if (raw === undefined) return undefined;
    return this.emptyIsAbsent && raw.text === "" ? undefined : raw;
  }

  /**
   * Reads one field into `target[key]`: undefined when absent, and when the value does not
   * parse (a `bad-value` problem, at the value, for the pointer `${path}/${key}`).
   */
  field(target: Record<string, unknown>, key: string, raw: RawValue | undefined, path: string, parse: Parser): unknown {
    const value = this.present(raw);
    if (value === undefined) return undefined;
    const parsed = parse(value.text);
    if (parsed.ok) {
      target[key] = parsed.value;
      return parsed.value;
    }
    const pointer = `${path}/${key}`;
    this.problems.push(badValue(value, key, pointer, parsed.message));
    this.reported.add(pointer);
    return undefined;
  }

  ignore(kind: "node" | "edge", names: readonly string[]): void {
    for (const name of names) this.ignored.add(`${kind} ${name}`);
  }
}

function readNodes(graph: RawGraph, builder: Builder, hints: InferenceHints) {
  const readers = graph.nodes.map((item) => new FieldReader<NodeField>(item, NODE_FIELDS, SKIPPED_NODE_NAMES));
  const rawIds = readers.map((reader, v) => reader.get("id")?.text ?? `node-${v + 1}`);
  const ids = nodeIdMap(rawIds);
  if (ids.rewritten > 0)
    builder.notes.push(`${ids.rewritten} node id(s) were not Chokepoint ids (lower-case letters, digits, '.', '_', '-') and were rewritten; edges follow them.`);
  const positions = new Map<string, Position>();
  const kindless: number[] = [];
  let placeless = 0;
  const nodes = graph.nodes.map((item, v) => {
    const reader = readers[v];
    const path = `/nodes/${v}`;
    const id = ids.map.get(rawIds[v]) ?? rawIds[v];
    const node: Record<string, unknown> = { id };
    if (builder.field(node, "label", reader.get("label"), path, text) === undefined) node.label = rawIds[v];
    const kind = reader.get("kind");
    if (builder.field(node, "kind", kind, path, choice(NODE_KINDS)) === undefined && builder.present(kind) === undefined) kindless.push(v);
    const jurisdiction = builder.field(node, "jurisdiction", reader.get("jurisdiction"), path, (value) => ({ ok: true, value: value.trim() }));
    if (jurisdiction === undefined) {
      node.jurisdiction = UNKNOWN_JURISDICTION;
      placeless++;
    }
    const jurisdictionName = builder.present(reader.get("jurisdictionName"));
    if (jurisdictionName) hints.jurisdictionNames.set(node.jurisdiction as string, jurisdictionName.text);
    builder.field(node, "shortLabel", reader.get("shortLabel"), path, text);
    builder.field(node, "role", reader.get("role"), path, text);
    builder.field(node, "description", reader.get("description"), path, text);
    const coordinates: Record<string, unknown> = {};
    const lat = builder.field(coordinates, "lat", reader.get("lat"), `${path}/coordinates`, parseNumber);
    const lon = builder.field(coordinates, "lon", reader.get("lon"), `${path}/coordinates`, parseNumber);
    if (lat !== undefined && lon !== undefined) node.coordinates = coordinates;
    else if ((builder.present(reader.get("lat")) === undefined) !== (builder.present(reader.get("lon")) === undefined)) {
      builder.problems.push({ kind: "bad-value", ...item.at, path: `${path}/coordinates`, message: "coordinates need both lat and lon" });
      builder.reported.add(`${path}/coordinates`);
    }
    builder.field(node, "capacity", reader.get("capacity"), path, parseNumber);
    const recipes = builder.field(node, "recipes", reader.get("recipes"), path, json);
    if (recipes !== undefined) hints.recipes.push({ value: recipes, path: `${path}/recipes` });
    if (builder.field(node, "sources", reader.get("sources"), path, list) === undefined) node.sources = [];
    builder.field(node, "unverified", reader.get("unverified"), path, parseBoolean);
    if (item.position) positions.set(id, item.position);
    else {
      const x = builder.present(reader.get("x"));
      const y = builder.present(reader.get("y"));
      const px = x && parseNumber(x.text);
      const py = y && parseNumber(y.text);
      if (px && py && px.ok && py.ok) positions.set(id, { x: px.value, y: py.value });
    }
    builder.ignore("node", reader.unknownNames);
    return node;
  });
  if (placeless > 0) builder.notes.push(`${placeless} node(s) had no jurisdiction: '${UNKNOWN_JURISDICTION}' (unknown) was used.`);
  return { nodes, idMap: ids.map, positions, kindless, readers };
}

function readEdges(graph: RawGraph, builder: Builder, idMap: ReadonlyMap<string, string>, hints: InferenceHints) {
  const readers = graph.edges.map((item) => new FieldReader<EdgeField>(item, EDGE_FIELDS, SKIPPED_EDGE_NAMES));
  const taken = new Set(readers.flatMap((reader) => reader.get("id")?.text ?? []));
  let generated = 0;
  const defaulted = new Map<string, number>();
  const noteDefault = (field: string) => defaulted.set(field, (defaulted.get(field) ?? 0) + 1);
  const edges = readers.map((reader, e) => {
    const path = `/edges/${e}`;
    const edge: Record<string, unknown> = {};
    if (builder.field(edge, "id", reader.get("id"), path, text) === undefined) {
      let id = `edge-${e + 1}`;
      while (taken.has(id)) id = `edge-${e + 1}-${++generated}`;
      taken.add(id);
      edge.id = id;
      noteDefault("id");
    }
    // A missing end is left out: the validator reports it, at the edge.
    for (const end of ["source", "target"] as const) {
      const raw = reader.get(end);
      if (raw !== undefined) edge[end] = idMap.get(raw.text) ?? raw.text;
    }
    let filledIn = false;
    if (builder.field(edge, "commodity", reader.get("commodity"), path, text) === undefined) {
      edge.commodity = UNSPECIFIED_COMMODITY;
      noteDefault("commodity");
      filledIn = true;
    }
    const commodity = edge.commodity as string;
    const commodityKind = builder.present(reader.get("commodityKind"));
    if (commodityKind) hints.commodityKinds.push({ commodity, raw: commodityKind, path });
    const commodityName = builder.present(reader.get("commodityName"));
    if (commodityName && !hints.commodityNames.has(commodity)) hints.commodityNames.set(commodity, commodityName.text);
    for (const { field, parse, fallback } of EDGE_DEFAULTS) {
      const raw = builder.present(reader.get(field));
      if (raw === undefined) {
        edge[field] = fallback;
        noteDefault(field);
        filledIn = true;
      } else builder.field(edge, field, raw, path, parse);
    }
    builder.field(edge, "description", reader.get("description"), path, text);
    if (builder.field(edge, "sources", reader.get("sources"), path, list) === undefined) edge.sources = [];
    const unverified = builder.field(edge, "unverified", reader.get("unverified"), path, parseBoolean);
    if (unverified === undefined && (filledIn || (edge.sources as string[]).length === 0)) edge.unverified = true;
    builder.ignore("edge", reader.unknownNames);
    return edge;
  });
  if (defaulted.size > 0)
    builder.notes.push(
      `Edge fields the file did not give were filled in and the edges marked unverified: ${[...defaulted].map(([field, count]) => `${field} (${count})`).join(", ")}.`,
    );
  return { edges, readers };
}

/** Kinds from the topology for nodes that had none (see the header). */
function inferKinds(nodes: Record<string, unknown>[], edges: readonly Record<string, unknown>[], kindless: readonly number[], builder: Builder): void {
  if (kindless.length === 0) return;
  const into = new Set(edges.map((edge) => edge.target));
  const outOf = new Set(edges.map((edge) => edge.source));
  for (const v of kindless) {
    const node = nodes[v];
    node.kind = !into.has(node.id) && outOf.has(node.id) ? "producer" : into.has(node.id) && !outOf.has(node.id) ? "market" : "broker";
    if (node.unverified === undefined) node.unverified = true;
  }
  builder.notes.push(`${kindless.length} node(s) had no kind: producer when nothing enters, market when nothing leaves, broker otherwise; marked unverified.`);
}

export function buildDataset(graph: RawGraph): BuiltDataset {
  const sourceMap = new SourceMap({ file: graph.file });
  const builder = new Builder(graph.format === "csv");
  const hints: InferenceHints = { recipes: [], commodityKinds: [], commodityNames: new Map(), jurisdictionNames: new Map() };
  const { nodes, idMap, positions, kindless, readers: nodeReaders } = readNodes(graph, builder, hints);
  const { edges, readers: edgeReaders } = readEdges(graph, builder, idMap, hints);
  // Validation errors under /nodes/<i> and /edges/<i> are located at the field's value in
  // the file, else at the item.
  sourceMap.resolveWith(([collection, index, field, sub]) => {
    const items = collection === "nodes" ? graph.nodes : collection === "edges" ? graph.edges : undefined;
    if (!items || !/^\d+$/.test(index ?? "")) return undefined;
    const item = items[Number(index)];
    if (!item) return undefined;
    if (field === undefined) return item.at;
    const canonical = field === "coordinates" ? (sub === "lon" ? "lon" : "lat") : field;
    const value =
      collection === "nodes"
        ? Object.hasOwn(NODE_FIELDS, canonical)
          ? nodeReaders[Number(index)].get(canonical as NodeField)
          : undefined
        : Object.hasOwn(EDGE_FIELDS, canonical)
          ? edgeReaders[Number(index)].get(canonical as EdgeField)
          : undefined;
    return value?.at ?? item.at;
  });
  inferKinds(nodes, edges, kindless, builder);
  for (const node of nodes) if ((node.sources as string[]).length === 0 && node.unverified === undefined) node.unverified = true;
  const declared = declareContext(graph, nodes, edges, hints, { problems: builder.problems, reported: builder.reported, sourceMap });
  if (builder.ignored.size > 0) builder.notes.push(`Ignored attributes Chokepoint does not use: ${[...builder.ignored].sort().join(", ")}.`);
  return {
    dataset: { ...declared.head, nodes, edges, ...declared.tail },
    sourceMap,
    problems: builder.problems,
    reported: builder.reported,
    positions,
    scenario: declared.scenario,
    notes: [...builder.notes, ...declared.notes],
  };
}
