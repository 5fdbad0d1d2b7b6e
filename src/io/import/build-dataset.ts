/**
 * RawGraph (from a GEXF, GraphML or CSV reader) -> a dataset value for the real validator.
 *
 * Fields are mapped by field-names.ts and typed by field-values.ts. What a foreign file
 * (Gephi, networkx, a spreadsheet) lacks is inferred and marked `unverified` (infer-context.ts
 * declares commodities, jurisdictions and sources; the rules are in docs/formats.md):
 * - node ids that are not Chokepoint ids are rewritten (lower case, '-'), edges follow;
 * - a node without a kind is a producer when nothing enters it, a market when nothing
 *   leaves it, a broker otherwise (labs are never guessed: they need recipes);
 * - an edge without commodity, capacity, mode, channel, consignee or status gets
 *   `unspecified`, its `weight` or 1 kg/month, sea, declared, not licit, legal.
 * What is given but wrong (a kind that does not exist, "abc" as a capacity) is a
 * `bad-value` problem at its line and column, never silently replaced.
 */
import { CHANNELS, LEGAL_STATUSES, MODES, NODE_KINDS } from "../../model/schema";
import type { ImportProblem } from "../import-error";
import type { Position } from "../snapshot/snapshot-types";
import { EDGE_FIELDS, FieldReader, NODE_FIELDS, SKIPPED_EDGE_NAMES, SKIPPED_NODE_NAMES, type EdgeField, type NodeField } from "./field-names";
import { parseBoolean, parseChoice, parseList, parseNumber, type Parsed } from "./field-values";
import { UNKNOWN_JURISDICTION, UNSPECIFIED_COMMODITY, declareContext, type InferenceHints } from "./infer-context";
import { readJsonField } from "./json-field";
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

function slug(text: string): string {
  const cleaned = text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9._-]+/g, "-")
    .replace(/^[._-]+|-+$/g, "")
    .slice(0, MAX_ID);
  return cleaned.length > 0 ? cleaned : "node";
}

function isId(text: string): boolean {
  return text.length <= MAX_ID && ID.test(text);
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

  constructor(
    readonly sourceMap: SourceMap,
    readonly emptyIsAbsent: boolean,
  ) {}

  /** The raw value, or undefined when absent (an empty CSV cell is absent). */
  present(raw: RawValue | undefined): RawValue | undefined {
    if (raw === undefined) return undefined;
    return this.emptyIsAbsent && raw.text === "" ? undefined : raw;
  }

  take<T>(parsed: Parsed<T>, path: string): T | undefined {
    if (parsed.ok) return parsed.value;
    this.problems.push(parsed.problem);
    this.reported.add(path);
    return undefined;
  }

  /** Reads one typed field into `target[key]` and records where it came from. */
  field<T>(target: Record<string, unknown>, key: string, raw: RawValue | undefined, path: string, parse: (raw: RawValue) => Parsed<T>): T | undefined {
    const value = this.present(raw);
    if (value === undefined) return undefined;
    this.sourceMap.set(`${path}/${key}`, value.at);
    const typed = this.take(parse(value), `${path}/${key}`);
    if (typed !== undefined) target[key] = typed;
    return typed;
  }

  text(target: Record<string, unknown>, key: string, raw: RawValue | undefined, path: string): string | undefined {
    return this.field(target, key, raw, path, (value) => ({ ok: true, value: value.text }));
  }
}

function readNodes(graph: RawGraph, builder: Builder, hints: InferenceHints) {
  const readers = graph.nodes.map((item) => new FieldReader<NodeField>(item, NODE_FIELDS));
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
    builder.sourceMap.set(path, item.at);
    const id = ids.map.get(rawIds[v]) ?? rawIds[v];
    const node: Record<string, unknown> = { id };
    const idRaw = reader.get("id");
    if (idRaw) builder.sourceMap.set(`${path}/id`, idRaw.at);
    if (builder.text(node, "label", reader.get("label"), path) === undefined) node.label = rawIds[v];
    if (builder.field(node, "kind", reader.get("kind"), path, (raw) => parseChoice(raw, "kind", `${path}/kind`, NODE_KINDS)) === undefined && !builder.reported.has(`${path}/kind`))
      kindless.push(v);
    const jurisdiction = builder.text(node, "jurisdiction", reader.get("jurisdiction"), path)?.trim();
    node.jurisdiction = jurisdiction ?? UNKNOWN_JURISDICTION;
    if (jurisdiction === undefined) placeless++;
    const jurisdictionName = builder.present(reader.get("jurisdictionName"));
    if (jurisdictionName && typeof node.jurisdiction === "string") hints.jurisdictionNames.set(node.jurisdiction, jurisdictionName.text);
    builder.text(node, "role", reader.get("role"), path);
    builder.text(node, "description", reader.get("description"), path);
    const coordinates: Record<string, unknown> = {};
    const lat = builder.field(coordinates, "lat", reader.get("lat"), `${path}/coordinates`, (raw) => parseNumber(raw, "lat", `${path}/coordinates/lat`));
    const lon = builder.field(coordinates, "lon", reader.get("lon"), `${path}/coordinates`, (raw) => parseNumber(raw, "lon", `${path}/coordinates/lon`));
    if (lat !== undefined && lon !== undefined) node.coordinates = coordinates;
    else if ((lat === undefined) !== (lon === undefined)) {
      builder.problems.push({ kind: "bad-value", ...item.at, path: `${path}/coordinates`, message: "coordinates need both lat and lon" });
      builder.reported.add(`${path}/coordinates`);
    }
    builder.field(node, "capacity", reader.get("capacity"), path, (raw) => parseNumber(raw, "capacity", `${path}/capacity`));
    const recipes = builder.field(node, "recipes", reader.get("recipes"), path, (raw) => readJsonField(raw, "recipes", `${path}/recipes`));
    if (recipes !== undefined) hints.recipes.push({ value: recipes, path: `${path}/recipes` });
    node.sources = builder.field(node, "sources", reader.get("sources"), path, (raw) => ({ ok: true, value: parseList(raw) })) ?? [];
    builder.field(node, "unverified", reader.get("unverified"), path, (raw) => parseBoolean(raw, "unverified", `${path}/unverified`));
    const x = builder.present(reader.get("x"));
    const y = builder.present(reader.get("y"));
    if (item.position) positions.set(id, item.position);
    else if (x && y) {
      const px = parseNumber(x, "x", `${path}/x`);
      const py = parseNumber(y, "y", `${path}/y`);
      if (px.ok && py.ok) positions.set(id, { x: px.value, y: py.value });
    }
    for (const name of reader.unknownNames(SKIPPED_NODE_NAMES)) builder.ignored.add(`node ${name}`);
    return node;
  });
  if (placeless > 0) builder.notes.push(`${placeless} node(s) had no jurisdiction: '${UNKNOWN_JURISDICTION}' (unknown) was used.`);
  return { nodes, idMap: ids.map, positions, kindless };
}

function readEdges(graph: RawGraph, builder: Builder, idMap: ReadonlyMap<string, string>, hints: InferenceHints) {
  const readers = graph.edges.map((item) => new FieldReader<EdgeField>(item, EDGE_FIELDS));
  const taken = new Set(readers.flatMap((reader) => reader.get("id")?.text ?? []));
  let generated = 0;
  const defaulted = new Map<string, number>();
  const noteDefault = (field: string) => defaulted.set(field, (defaulted.get(field) ?? 0) + 1);
  const edges = graph.edges.map((item, e) => {
    const reader = readers[e];
    const path = `/edges/${e}`;
    builder.sourceMap.set(path, item.at);
    const edge: Record<string, unknown> = {};
    if (builder.text(edge, "id", reader.get("id"), path) === undefined) {
      let id = `edge-${e + 1}`;
      while (taken.has(id)) id = `edge-${e + 1}-${++generated}`;
      taken.add(id);
      edge.id = id;
      noteDefault("id");
    }
    for (const end of ["source", "target"] as const) {
      const raw = reader.get(end);
      if (raw === undefined) continue; // the validator reports the missing end, at the edge
      builder.sourceMap.set(`${path}/${end}`, raw.at);
      edge[end] = idMap.get(raw.text) ?? raw.text;
    }
    let filledIn = false;
    if (builder.text(edge, "commodity", reader.get("commodity"), path) === undefined) {
      edge.commodity = UNSPECIFIED_COMMODITY;
      noteDefault("commodity");
      filledIn = true;
    }
    const commodity = edge.commodity as string;
    const commodityKind = builder.present(reader.get("commodityKind"));
    if (commodityKind) hints.commodityKinds.push({ commodity, raw: commodityKind, path: `${path}/commodity` });
    const commodityName = builder.present(reader.get("commodityName"));
    if (commodityName && !hints.commodityNames.has(commodity)) hints.commodityNames.set(commodity, commodityName.text);
    const defaults: readonly [string, (raw: RawValue) => Parsed<unknown>, unknown][] = [
      ["capacity", (raw) => parseNumber(raw, "capacity", `${path}/capacity`), 1],
      ["mode", (raw) => parseChoice(raw, "mode", `${path}/mode`, MODES), "sea"],
      ["channel", (raw) => parseChoice(raw, "channel", `${path}/channel`, CHANNELS), "declared"],
      ["licitConsignee", (raw) => parseBoolean(raw, "licitConsignee", `${path}/licitConsignee`), false],
      ["status", (raw) => parseChoice(raw, "status", `${path}/status`, LEGAL_STATUSES), "legal"],
    ];
    for (const [key, parse, fallback] of defaults) {
      const raw = builder.present(reader.get(key as EdgeField));
      if (builder.field(edge, key, raw, path, parse) === undefined && raw === undefined) {
        edge[key] = fallback;
        noteDefault(key);
        filledIn = true;
      }
    }
    builder.text(edge, "description", reader.get("description"), path);
    edge.sources = builder.field(edge, "sources", reader.get("sources"), path, (raw) => ({ ok: true, value: parseList(raw) })) ?? [];
    const unverified = builder.field(edge, "unverified", reader.get("unverified"), path, (raw) => parseBoolean(raw, "unverified", `${path}/unverified`));
    if (unverified === undefined && (filledIn || (edge.sources as string[]).length === 0)) edge.unverified = true;
    for (const name of reader.unknownNames(SKIPPED_EDGE_NAMES)) builder.ignored.add(`edge ${name}`);
    return edge;
  });
  if (defaulted.size > 0)
    builder.notes.push(
      `Edge fields the file did not give were filled in and the edges marked unverified: ${[...defaulted].map(([field, count]) => `${field} (${count})`).join(", ")}.`,
    );
  return edges;
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
  const builder = new Builder(sourceMap, graph.format === "csv");
  const hints: InferenceHints = { recipes: [], commodityKinds: [], commodityNames: new Map(), jurisdictionNames: new Map() };
  const { nodes, idMap, positions, kindless } = readNodes(graph, builder, hints);
  const edges = readEdges(graph, builder, idMap, hints);
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
