/**
 * fast-check arbitraries for property tests across layers: random VALID datasets and
 * random scenarios over them.
 *
 * `datasetArbitrary()` builds a layered supply chain, like the real one but small:
 *
 *   producers -> intermediaries (broker / forwarder / port) -> labs -> crossings -> markets
 *            \-> licit users                 \---------------------------------^
 *
 * - chemicals `chem-0..k` (precursor kinds) and the product `fentanyl`;
 * - every lab has 1..3 recipes (OR), each needing 1..3 distinct chemicals (AND), and a
 *   "backbone" edge brings each input of its first recipe from a producer, so recipes
 *   can actually run; every crossing gets product from a lab, every market from a lab
 *   or a crossing, every intermediary and licit user from a producer;
 * - extra random edges on top: chemical edges from producers / intermediaries to
 *   intermediaries, labs or licit users (parallel edges and intermediary cycles
 *   allowed, no self-loops), and product edges from labs or crossings to crossings or
 *   markets, plus occasional direct producer -> market product edges (the mail channel);
 * - capacities 0, whole or fractional; statuses, modes, channels random (edges into a
 *   licit user have a licit consignee; product edges are never licit);
 * - acting interventions whose selectors are built around an "anchor" edge, so each
 *   matches at least one edge (1..3 fields, the anchor's value plus random others),
 *   with random effects, effectiveness and licitImpact; some hypothetical;
 * - cooperation interventions modifying 1..n acting ones;
 * - events on real days 2016-2025 switching non-hypothetical interventions
 *   (interventions and events: intervention-arbitraries.ts).
 *
 * Every generated dataset passes src/model's validator (unique ids, all references
 * declared, labs with recipes, selectors matching something), which
 * tests/support/arbitraries.test.ts checks. Sizes are bounded by
 * DatasetArbitraryOptions (defaults keep a property run fast: ~10-40 edges).
 *
 * `scenarioArbitrary(dataset)` gives scenarios over a dataset: an optional date (often an
 * event's own date, to hit the "on the day" boundary), switches on random interventions
 * with or without an effectiveness, idealized or not.
 */
import fc from "fast-check";
import { CHANNELS, LEGAL_STATUSES, MODES } from "../../src/model/schema";
import type { Dataset, DatasetEdge, DatasetNode, NodeKind } from "../../src/model/types";
import type { InterventionSwitch, Scenario } from "../../src/scenario/types";
import { edge, makeDataset, node, recipe } from "./dataset-builder";
import { eventsArbitrary, interventionsArbitrary } from "./intervention-arbitraries";
import {
  PRODUCT,
  capacityArbitrary as capacity,
  fractionArbitrary as fraction,
  isoDateArbitrary,
  jurisdictionArbitrary as jurisdiction,
} from "./primitive-arbitraries";

export { JURISDICTION_POOL, PRODUCT, isoDateArbitrary } from "./primitive-arbitraries";

export interface DatasetArbitraryOptions {
  readonly maxProducers: number;
  readonly maxIntermediaries: number;
  readonly maxLabs: number;
  readonly maxCrossings: number;
  readonly maxMarkets: number;
  readonly maxLicitUsers: number;
  /** Chemicals besides the product (at least 1). */
  readonly maxChemicals: number;
  /** Random edges on top of the backbone. */
  readonly maxExtraEdges: number;
  readonly maxActingInterventions: number;
  readonly maxCooperations: number;
  readonly maxEvents: number;
}

export const DEFAULT_DATASET_ARBITRARY_OPTIONS: DatasetArbitraryOptions = {
  maxProducers: 3,
  maxIntermediaries: 3,
  maxLabs: 3,
  maxCrossings: 2,
  maxMarkets: 3,
  maxLicitUsers: 2,
  maxChemicals: 4,
  maxExtraEdges: 20,
  maxActingInterventions: 6,
  maxCooperations: 2,
  maxEvents: 8,
};

interface LabSpec {
  readonly jurisdiction: string;
  /** Chemical indices per recipe (distinct within a recipe). */
  readonly recipes: readonly (readonly number[])[];
}

interface Skeleton {
  readonly chemicalKinds: readonly ("pre-precursor" | "precursor" | "immediate-precursor" | "reagent")[];
  readonly producers: readonly string[];
  readonly intermediaries: readonly { readonly kind: NodeKind; readonly jurisdiction: string }[];
  readonly labs: readonly LabSpec[];
  readonly crossings: readonly string[];
  readonly markets: readonly string[];
  readonly licitUsers: readonly string[];
}

function skeletonArbitrary(o: DatasetArbitraryOptions): fc.Arbitrary<Skeleton> {
  return fc.integer({ min: 1, max: Math.max(1, o.maxChemicals) }).chain((chemicalCount) => {
    const recipeInputs = fc.uniqueArray(fc.nat({ max: chemicalCount - 1 }), { minLength: 1, maxLength: Math.min(3, chemicalCount) });
    return fc.record({
      chemicalKinds: fc.array(fc.constantFrom("pre-precursor", "precursor", "immediate-precursor", "reagent" as const), {
        minLength: chemicalCount,
        maxLength: chemicalCount,
      }),
      producers: fc.array(jurisdiction, { minLength: 1, maxLength: Math.max(1, o.maxProducers) }),
      intermediaries: fc.array(fc.record({ kind: fc.constantFrom<NodeKind>("broker", "forwarder", "port"), jurisdiction }), {
        maxLength: o.maxIntermediaries,
      }),
      labs: fc.array(fc.record({ jurisdiction, recipes: fc.array(recipeInputs, { minLength: 1, maxLength: 3 }) }), {
        minLength: 1,
        maxLength: Math.max(1, o.maxLabs),
      }),
      crossings: fc.array(jurisdiction, { maxLength: o.maxCrossings }),
      markets: fc.array(jurisdiction, { minLength: 1, maxLength: Math.max(1, o.maxMarkets) }),
      licitUsers: fc.array(jurisdiction, { maxLength: o.maxLicitUsers }),
    });
  });
}

function nodesOf(s: Skeleton): DatasetNode[] {
  const chemical = (index: number): string => `chem-${index}`;
  return [
    ...s.producers.map((j, i) => node(`producer-${i}`, "producer", j)),
    ...s.intermediaries.map((m, i) => node(`${m.kind}-${i}`, m.kind, m.jurisdiction)),
    ...s.labs.map((lab, i) =>
      node(`lab-${i}`, "lab", lab.jurisdiction, {
        recipes: lab.recipes.map((inputs, r) =>
          recipe(`lab-${i}.r${r}`, Object.fromEntries(inputs.map((c) => [chemical(c), 1 + c / 2])), PRODUCT),
        ),
      }),
    ),
    ...s.crossings.map((j, i) => node(`crossing-${i}`, "crossing", j)),
    ...s.markets.map((j, i) => node(`market-${i}`, "market", j)),
    ...s.licitUsers.map((j, i) => node(`licit-user-${i}`, "licit-user", j)),
  ];
}

/** Random attributes of one edge; endpoints and commodity are picked by index (modulo). */
const edgeChoice = fc.record({
  from: fc.nat(),
  to: fc.nat(),
  commodity: fc.nat(),
  capacity,
  mode: fc.constantFrom(...MODES),
  channel: fc.constantFrom(...CHANNELS),
  status: fc.constantFrom(...LEGAL_STATUSES),
  licit: fc.boolean(),
  product: fc.nat({ max: 9 }),
});
type EdgeChoice = typeof edgeChoice extends fc.Arbitrary<infer T> ? T : never;

function edgesOf(s: Skeleton, backbone: readonly EdgeChoice[], extra: readonly EdgeChoice[]): DatasetEdge[] {
  const ids = (prefix: string, count: number): string[] => Array.from({ length: count }, (_, i) => `${prefix}-${i}`);
  const producers = ids("producer", s.producers.length);
  const intermediaries = s.intermediaries.map((m, i) => `${m.kind}-${i}`);
  const labs = ids("lab", s.labs.length);
  const crossings = ids("crossing", s.crossings.length);
  const markets = ids("market", s.markets.length);
  const licitUsers = ids("licit-user", s.licitUsers.length);
  const pick = <T>(items: readonly T[], n: number): T => items[n % items.length];
  const edges: DatasetEdge[] = [];
  let choiceIndex = 0;
  const nextChoice = (): EdgeChoice => backbone[choiceIndex++ % backbone.length];
  const add = (source: string, target: string, commodity: string, c: EdgeChoice): void => {
    const isProduct = commodity === PRODUCT;
    edges.push(
      edge(`edge-${edges.length}`, source, target, {
        commodity,
        capacity: c.capacity,
        mode: c.mode,
        channel: c.channel,
        status: isProduct && c.status === "legal" ? "illicit" : c.status,
        licitConsignee: !isProduct && (licitUsers.includes(target) || (c.licit && c.product === 0)),
      }),
    );
  };
  const chemicalSources = [...producers, ...intermediaries];
  s.labs.forEach((lab, i) => {
    for (const input of lab.recipes[0]) {
      const c = nextChoice();
      add(pick(chemicalSources, c.from), labs[i], `chem-${input}`, c);
    }
  });
  for (const target of [...intermediaries, ...licitUsers]) {
    const c = nextChoice();
    add(pick(producers, c.from), target, `chem-${c.commodity % s.chemicalKinds.length}`, c);
  }
  for (const target of crossings) add(pick(labs, nextChoice().from), target, PRODUCT, nextChoice());
  for (const target of markets) {
    const c = nextChoice();
    add(pick([...labs, ...crossings], c.from), target, PRODUCT, c);
  }
  for (const c of extra) {
    if (c.product < 3) {
      // product: labs / crossings -> crossings / markets; one in ten from a producer (direct mail)
      const source = c.product === 0 ? pick(producers, c.from) : pick([...labs, ...crossings], c.from);
      let target = pick([...crossings, ...markets], c.to);
      if (target === source) target = pick(markets, c.to);
      add(source, target, PRODUCT, c);
    } else {
      const source = pick(chemicalSources, c.from);
      let target = pick([...intermediaries, ...labs, ...licitUsers], c.to);
      if (target === source) target = pick(labs, c.to);
      add(source, target, `chem-${c.commodity % s.chemicalKinds.length}`, c);
    }
  }
  return edges;
}

/** Random valid datasets; see the header for their shape. */
export function datasetArbitrary(options: Partial<DatasetArbitraryOptions> = {}): fc.Arbitrary<Dataset> {
  const o: DatasetArbitraryOptions = { ...DEFAULT_DATASET_ARBITRARY_OPTIONS, ...options };
  return skeletonArbitrary(o)
    .chain((skeleton) =>
      fc.record({
        skeleton: fc.constant(skeleton),
        backbone: fc.array(edgeChoice, { minLength: 1, maxLength: 8 }),
        extra: fc.array(edgeChoice, { maxLength: o.maxExtraEdges }),
      }),
    )
    .map(({ skeleton, backbone, extra }) =>
      makeDataset({
        nodes: nodesOf(skeleton),
        edges: edgesOf(skeleton, backbone, extra),
        commodities: [
          ...skeleton.chemicalKinds.map((kind, i) => ({ id: `chem-${i}`, name: `Chemical ${i}`, kind, sources: ["src.test"] })),
          { id: PRODUCT, name: "Fentanyl", kind: "product" as const, sources: ["src.test"] },
        ],
      }),
    )
    .chain((data) =>
      interventionsArbitrary(data, o).chain((interventions) =>
        eventsArbitrary(interventions, o).map((events) => makeDataset({ ...data, interventions, events })),
      ),
    );
}

const switchArbitrary: fc.Arbitrary<InterventionSwitch> = fc
  .record({ on: fc.boolean(), effectiveness: fc.option(fraction, { nil: undefined }) })
  .map(({ on, effectiveness }) => (effectiveness === undefined ? { on } : { on, effectiveness }));

/** Random scenarios over `dataset` (only its own intervention ids). */
export function scenarioArbitrary(dataset: Dataset): fc.Arbitrary<Scenario> {
  const ids = dataset.interventions.map((i) => i.id);
  const eventDates = dataset.events.map((e) => e.date);
  const date = fc.option(eventDates.length > 0 ? fc.oneof(isoDateArbitrary(), fc.constantFrom(...eventDates)) : isoDateArbitrary(), {
    nil: undefined,
  });
  const switches =
    ids.length === 0
      ? fc.constant({})
      : fc.array(fc.tuple(fc.nat({ max: ids.length - 1 }), switchArbitrary), { maxLength: ids.length }).map((pairs) => {
          const result: Record<string, InterventionSwitch> = {};
          for (const [which, change] of pairs) result[ids[which]] = change;
          return result;
        });
  return fc.record({ date, switches, idealized: fc.boolean() }).map(({ date: day, switches: s, idealized }) =>
    day === undefined ? { switches: s, idealized } : { date: day, switches: s, idealized },
  );
}

/** A dataset and a scenario over it. */
export function datasetWithScenarioArbitrary(
  options: Partial<DatasetArbitraryOptions> = {},
): fc.Arbitrary<{ readonly dataset: Dataset; readonly scenario: Scenario }> {
  return datasetArbitrary(options).chain((dataset) => scenarioArbitrary(dataset).map((scenario) => ({ dataset, scenario })));
}
