/**
 * Groups the listed routes by the places they pass through, and says what tells the
 * routes of a group apart. The analysis lists routes as edge sequences: two routes through
 * the same places differ by a parallel edge (another commodity, mode or channel on one
 * hop: the precursor shipped, powder or pills across the border). Listed flat, such
 * routes read identically; grouped, each variant names its hops that differ ("Nogales →
 * Phoenix networks: Counterfeit fentanyl pills").
 */
import type { Route } from "../../../analysis/report-types";

export interface EdgeFacts {
  readonly commodity: string;
  readonly mode: string;
  readonly channel: string;
}

export interface RouteGroupInputs {
  readonly edge: (id: string) => EdgeFacts | undefined;
  readonly commodityName: (id: string) => string;
}

/** Consecutive hops (node index `from` to node index `to`) where a variant differs, in words. */
export interface HopDifference {
  readonly from: number;
  readonly to: number;
  readonly text: string;
}

export interface RouteVariant {
  readonly route: Route;
  readonly differences: readonly HopDifference[];
}

export interface RouteGroup {
  /** The node sequence shared by the group's routes. */
  readonly nodes: readonly string[];
  /**
   * Against the other groups between the same two ends: the nodes this group passes and
   * some other does not (`extra`), and those some other passes and this one does not
   * (`skipped`). Empty when no other group shares its ends.
   */
  readonly extra: ReadonlySet<string>;
  readonly skipped: readonly string[];
  readonly lab: string | null;
  /** The chemical every variant starts with, or null when that is what differs. */
  readonly chemical: string | null;
  /** In the report's order (widest first). */
  readonly variants: readonly RouteVariant[];
}

/** A hop where a route differs from the others of its group, in words: "Nogales → Phoenix networks", "Counterfeit fentanyl pills". */
export interface HopWords {
  readonly hop: string;
  readonly text: string;
}

/**
 * What a route's own line says besides its flow: the hops where it differs from the other
 * routes of its group. A group's only route has nothing that sets it apart, and its
 * heading already names its places, its chemical and its lab: its line says nothing more
 * (repeating the chemical there read as if it told the route apart from something).
 */
export function variantWords(group: RouteGroup, variant: RouteVariant, placeName: (id: string) => string): HopWords[] {
  return variant.differences.map((difference) => ({
    hop: `${placeName(group.nodes[difference.from])} → ${placeName(group.nodes[difference.to])}`,
    text: difference.text,
  }));
}

const ATTRIBUTES = ["commodity", "mode", "channel"] as const;

export function groupRoutes(routes: readonly Route[], inputs: RouteGroupInputs): RouteGroup[] {
  const byNodes = new Map<string, Route[]>();
  for (const route of routes) {
    const key = route.nodes.join("\u0000");
    const group = byNodes.get(key);
    if (group) group.push(route);
    else byNodes.set(key, [route]);
  }
  const sequences = [...byNodes.values()].map((members) => members[0].nodes);
  return [...byNodes.values()].map((members) => {
    const chemicals = new Set(members.map((route) => route.commodities[0]));
    const nodes = members[0].nodes;
    const { extra, skipped } = contrast(nodes, sequences);
    return {
      nodes,
      extra,
      skipped,
      lab: members[0].lab,
      chemical: chemicals.size === 1 ? members[0].commodities[0] : null,
      variants: members.map((route) => ({ route, differences: differencesOf(route, members, inputs) })),
    };
  });
}

function contrast(nodes: readonly string[], sequences: readonly (readonly string[])[]): { extra: Set<string>; skipped: string[] } {
  const ends = (sequence: readonly string[]) => `${sequence[0]}\u0000${sequence[sequence.length - 1]}`;
  const mine = new Set(nodes);
  const extra = new Set<string>();
  const skipped: string[] = [];
  for (const other of sequences) {
    if (other === nodes || ends(other) !== ends(nodes)) continue;
    const theirs = new Set(other);
    for (const node of nodes) if (!theirs.has(node)) extra.add(node);
    for (const node of other) if (!mine.has(node) && !skipped.includes(node)) skipped.push(node);
  }
  return { extra, skipped };
}

/** The hops where `route` differs from other members, merged where the words repeat. */
function differencesOf(route: Route, members: readonly Route[], inputs: RouteGroupInputs): HopDifference[] {
  if (members.length < 2) return [];
  const hops: HopDifference[] = [];
  route.edges.forEach((edgeId, hop) => {
    const edges = new Set(members.map((member) => member.edges[hop]));
    if (edges.size < 2) return;
    const text = describeHop(edgeId, [...edges], inputs);
    const last = hops[hops.length - 1];
    if (last && last.to === hop && last.text === text) hops[hops.length - 1] = { ...last, to: hop + 1 };
    else hops.push({ from: hop, to: hop + 1, text });
  });
  return hops;
}

/**
 * This edge's values of the attributes that differ among the hop's edges. Two parallel
 * edges can agree on all of them (the same shipment declared twice with other
 * capacities or statuses): those are told apart by their edge ids, so that no two
 * routes of a group ever read the same.
 */
function describeHop(edgeId: string, alternatives: readonly string[], inputs: RouteGroupInputs): string {
  const facts = inputs.edge(edgeId);
  const others = alternatives.map(inputs.edge);
  if (!facts || others.some((other) => other === undefined)) return `edge ${edgeId}`;
  const differing = ATTRIBUTES.filter((attribute) => new Set(others.map((other) => other![attribute])).size > 1);
  if (differing.length === 0) return `edge ${edgeId}`;
  const twin = alternatives.some((other) => other !== edgeId && differing.every((attribute) => inputs.edge(other)![attribute] === facts[attribute]));
  const words = differing
    .map((attribute) => (attribute === "commodity" ? inputs.commodityName(facts.commodity) : attribute === "mode" ? modeWords(facts.mode) : facts.channel))
    .join(", ");
  return twin ? `${words} (edge ${edgeId})` : words;
}

function modeWords(mode: string): string {
  return mode === "online" ? "online" : `by ${mode}`;
}
