/**
 * The dataset sections around the graph (meta, sources, jurisdictions, commodities,
 * interventions, events) for a graph import:
 * - from Chokepoint's graph context when the file carries one (GraphML exported by
 *   Chokepoint): taken as written, and the validator judges them;
 * - otherwise declared on the fly from what the nodes and edges name: each commodity
 *   (kind from `commodityKind`, else product for recipe outputs and precursor otherwise;
 *   unverified), each jurisdiction (name from `jurisdictionName`, else its code), each
 *   cited source id (a placeholder title: the format does not describe sources), a meta
 *   block naming the file, and no interventions or events.
 */
import { childPointer } from "../../model/json-pointer";
import { COMMODITY_KINDS } from "../../model/vocabulary";
import { GRAPH_CONTEXT_FORMAT, GRAPH_CONTEXT_VERSION } from "../export/graph-context";
import type { ImportProblem } from "../import-error";
import { badValue, parseChoice } from "./field-values";
import { parseJsonText } from "./json-field";
import type { Location, RawGraph, RawValue } from "./raw-graph";
import type { SourceMap } from "./source-map";

/** Collected while reading nodes and edges. */
export interface InferenceHints {
  readonly recipes: { readonly value: unknown; readonly path: string }[];
  readonly commodityKinds: { readonly commodity: string; readonly raw: RawValue; readonly path: string }[];
  readonly commodityNames: Map<string, string>;
  readonly jurisdictionNames: Map<string, string>;
}

export interface Reporting {
  readonly problems: ImportProblem[];
  readonly reported: Set<string>;
  readonly sourceMap: SourceMap;
}

export interface DeclaredContext {
  /** Keys that come before `nodes` in a dataset, in the schema's order. */
  readonly head: Record<string, unknown>;
  /** interventions and events. */
  readonly tail: Record<string, unknown>;
  readonly scenario: { readonly value: unknown; readonly at: Location } | undefined;
  readonly notes: readonly string[];
}

/** The commodity of edges that name none, and the jurisdiction of nodes that give none. */
export const UNSPECIFIED_COMMODITY = "unspecified";
export const UNKNOWN_JURISDICTION = "XX";

/** The period of an imported dataset when the file says none: the default dataset's. */
export const DEFAULT_IMPORT_PERIOD = Object.freeze({ start: "2016-01-01", end: "2025-12-31" });
const ID = /^[a-z0-9][a-z0-9._-]*$/;
const JURISDICTION = /^[A-Z]{2,3}$/;

const label = (text: string): string => (text.length > 200 ? `${text.slice(0, 197)}...` : text);

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

function fromGraphContext(raw: RawValue, report: Reporting): DeclaredContext | undefined {
  const parsed = parseJsonText(raw.text, 64);
  if (!parsed.ok) {
    report.problems.push({ kind: "bad-value", ...raw.at, message: `chokepointContext: ${parsed.message}` });
    return undefined;
  }
  const context = parsed.value;
  if (!isObject(context) || context.format !== GRAPH_CONTEXT_FORMAT || context.version !== GRAPH_CONTEXT_VERSION || !isObject(context.dataset)) {
    report.problems.push({
      kind: "format-structure",
      ...raw.at,
      message: `chokepointContext is not a ${GRAPH_CONTEXT_FORMAT} version ${GRAPH_CONTEXT_VERSION} object with a dataset; remove it to import the graph alone`,
    });
    return undefined;
  }
  const dataset = context.dataset;
  for (const key of Object.keys(dataset)) report.sourceMap.set(childPointer("", key), raw.at);
  const { interventions, events, nodes: _nodes, edges: _edges, ...head } = dataset;
  return {
    head,
    tail: { interventions, events },
    scenario: context.scenario === undefined ? undefined : { value: context.scenario, at: raw.at },
    notes: [],
  };
}

function declareCommodities(edges: readonly Record<string, unknown>[], hints: InferenceHints, report: Reporting): Record<string, unknown>[] {
  const kinds = new Map<string, { kind: string; from: RawValue }>();
  for (const hint of hints.commodityKinds) {
    const parsed = parseChoice(hint.raw.text, COMMODITY_KINDS);
    if (!parsed.ok) {
      report.problems.push(badValue(hint.raw, "commodityKind", hint.path, parsed.message));
      continue;
    }
    const earlier = kinds.get(hint.commodity);
    if (earlier === undefined) kinds.set(hint.commodity, { kind: parsed.value, from: hint.raw });
    else if (earlier.kind !== parsed.value)
      report.problems.push({
        kind: "bad-value",
        ...hint.raw.at,
        message: `commodityKind: '${hint.commodity}' is '${parsed.value}' here but '${earlier.kind}' at line ${earlier.from.at.line ?? "?"}`,
      });
  }
  const order = new Map<string, { kind: string; at: string }>();
  edges.forEach((edge, e) => {
    const id = edge.commodity as string;
    if (!order.has(id)) order.set(id, { kind: "precursor", at: `/edges/${e}/commodity` });
  });
  for (const { value, path } of hints.recipes) {
    if (!Array.isArray(value)) continue;
    value.forEach((recipe: unknown, r) => {
      if (!isObject(recipe)) return;
      if (typeof recipe.output === "string" && !order.has(recipe.output)) order.set(recipe.output, { kind: "product", at: `${path}/${r}/output` });
      if (Array.isArray(recipe.inputs))
        for (const input of recipe.inputs)
          if (isObject(input) && typeof input.commodity === "string" && !order.has(input.commodity)) order.set(input.commodity, { kind: "precursor", at: path });
    });
  }
  return [...order].filter(([id]) => ID.test(id)).map(([id, guess], k) => {
    report.sourceMap.alias(`/commodities/${k}`, guess.at);
    const name = id === UNSPECIFIED_COMMODITY ? "Unspecified commodity (the imported file named none)" : (hints.commodityNames.get(id) ?? id);
    return { id, name: label(name.trim() || id), kind: kinds.get(id)?.kind ?? guess.kind, sources: [], unverified: true };
  });
}

function declareJurisdictions(nodes: readonly Record<string, unknown>[], hints: InferenceHints, report: Reporting): Record<string, unknown>[] {
  const seen = new Map<string, number>();
  nodes.forEach((node, v) => {
    const id = node.jurisdiction as string;
    if (JURISDICTION.test(id) && !seen.has(id)) seen.set(id, v);
  });
  return [...seen].map(([id, v], k) => {
    report.sourceMap.alias(`/jurisdictions/${k}`, `/nodes/${v}/jurisdiction`);
    const name = id === UNKNOWN_JURISDICTION ? "Unknown (the imported file gave none)" : (hints.jurisdictionNames.get(id) ?? id);
    return { id, name: label(name.trim() || id) };
  });
}

function declareSources(graph: RawGraph, items: readonly Record<string, unknown>[], hints: InferenceHints): Record<string, unknown>[] {
  const ids = new Set<string>();
  const add = (list: unknown) => {
    if (Array.isArray(list)) for (const id of list) if (typeof id === "string" && ID.test(id)) ids.add(id);
  };
  for (const item of items) add(item.sources);
  for (const { value } of hints.recipes) if (Array.isArray(value)) for (const recipe of value) if (isObject(recipe)) add(recipe.sources);
  const file = graph.file.length > 80 ? `...${graph.file.slice(-77)}` : graph.file;
  return [...ids].map((id) => ({ id, title: label(`Source '${id}', cited in ${file} (the file does not describe it)`), kind: "secondary" }));
}

export function declareContext(
  graph: RawGraph,
  nodes: readonly Record<string, unknown>[],
  edges: readonly Record<string, unknown>[],
  hints: InferenceHints,
  report: Reporting,
): DeclaredContext {
  if (graph.context) {
    const declared = fromGraphContext(graph.context, report);
    if (declared) return declared;
  }
  const sources = declareSources(graph, [...nodes, ...edges], hints);
  const notes: string[] = [];
  if (sources.length > 0) notes.push(`${sources.length} cited source id(s) were declared with a placeholder title: ${graph.format.toUpperCase()} does not carry the source list.`);
  notes.push(`Commodities and jurisdictions were declared from the names the graph uses (commodities marked unverified); the file carries no interventions or timeline events.`);
  const title = graph.title?.trim();
  return {
    head: {
      format: "chokepoint-dataset",
      version: 1,
      meta: {
        title: label(title && title.length > 0 ? title : `Imported from ${graph.file}`),
        description: `Imported from ${graph.file} (${graph.format.toUpperCase()}); sections the format does not carry were inferred (docs/formats.md).`,
        period: { ...DEFAULT_IMPORT_PERIOD },
        unit: "kg/month",
      },
      sources,
      jurisdictions: declareJurisdictions(nodes, hints, report),
      commodities: declareCommodities(edges, hints, report),
    },
    tail: { interventions: [], events: [] },
    scenario: undefined,
    notes,
  };
}
