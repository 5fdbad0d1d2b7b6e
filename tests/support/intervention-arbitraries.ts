/**
 * Interventions and timeline events for generated datasets (see arbitraries.ts).
 *
 * Acting interventions get a selector built around an "anchor" edge: 1..3 fields, each
 * holding the anchor's own value plus random others, so every selector matches at least
 * one edge (the validator refuses selectors that match nothing). Cooperation modifies
 * 1..n acting interventions. Events switch only non-hypothetical interventions, and a
 * `set-effectiveness` change always carries an effectiveness.
 */
import fc from "fast-check";
import { ACTING_INTERVENTION_KINDS, CHANNELS, MODES } from "../../src/model/schema";
import type {
  ActingIntervention,
  Dataset,
  DatasetEdge,
  DatasetNode,
  EdgeSelector,
  Effect,
  EventChange,
  Intervention,
  TimelineEvent,
} from "../../src/model/types";
import { acting, cooperation, event } from "./dataset-builder";
import { JURISDICTION_POOL, fractionArbitrary as fraction, isoDateArbitrary, jurisdictionArbitrary as jurisdiction } from "./primitive-arbitraries";

export interface InterventionLimits {
  readonly maxActingInterventions: number;
  readonly maxCooperations: number;
  readonly maxEvents: number;
}

type SelectorField = keyof EdgeSelector;
const SELECTOR_FIELDS: readonly SelectorField[] = [
  "commodities",
  "originJurisdictions",
  "destinationJurisdictions",
  "channels",
  "modes",
  "sourceKinds",
  "targetKinds",
  "nodes",
  "edges",
  "licitConsignee",
];

/** A selector that matches `anchor` (each field holds the anchor's value) and maybe more. */
function selectorAround(data: Dataset, anchor: DatasetEdge, fields: readonly SelectorField[], extra: readonly number[]): EdgeSelector {
  const nodeById = new Map(data.nodes.map((n) => [n.id, n]));
  const source = nodeById.get(anchor.source) as DatasetNode;
  const target = nodeById.get(anchor.target) as DatasetNode;
  const withExtras = <T>(own: T, pool: readonly T[]): T[] => [...new Set([own, ...extra.map((n) => pool[n % pool.length])])];
  const selector: Record<string, unknown> = {};
  for (const field of fields) {
    switch (field) {
      case "commodities":
        selector[field] = withExtras(anchor.commodity, data.commodities.map((c) => c.id));
        break;
      case "originJurisdictions":
        selector[field] = withExtras(source.jurisdiction, JURISDICTION_POOL);
        break;
      case "destinationJurisdictions":
        selector[field] = withExtras(target.jurisdiction, JURISDICTION_POOL);
        break;
      case "channels":
        selector[field] = withExtras(anchor.channel, CHANNELS);
        break;
      case "modes":
        selector[field] = withExtras(anchor.mode, MODES);
        break;
      case "sourceKinds":
        selector[field] = withExtras(source.kind, data.nodes.map((n) => n.kind));
        break;
      case "targetKinds":
        selector[field] = withExtras(target.kind, data.nodes.map((n) => n.kind));
        break;
      case "nodes":
        selector[field] = withExtras(extra.length % 2 === 0 ? anchor.source : anchor.target, data.nodes.map((n) => n.id));
        break;
      case "edges":
        selector[field] = withExtras(anchor.id, data.edges.map((e) => e.id));
        break;
      case "licitConsignee":
        selector[field] = anchor.licitConsignee;
        break;
    }
  }
  return selector as EdgeSelector;
}

const effectArbitrary: fc.Arbitrary<Effect> = fc.oneof(
  fc.constantFrom<Effect>({ kind: "retag", status: "controlled" }, { kind: "retag", status: "illicit" }),
  fc.constant<Effect>({ kind: "reduce" }),
  fc.constant<Effect>({ kind: "close" }),
);

const actingChoice = fc.record({
  anchor: fc.nat(),
  fields: fc.shuffledSubarray([...SELECTOR_FIELDS], { minLength: 1, maxLength: 3 }),
  extra: fc.array(fc.nat(), { maxLength: 2 }),
  kind: fc.constantFrom(...ACTING_INTERVENTION_KINDS),
  effect: effectArbitrary,
  effectiveness: fraction,
  licitImpact: fc.option(fraction, { nil: undefined }),
  hypothetical: fc.nat({ max: 4 }).map((n) => n === 0),
  actor: jurisdiction,
});

export function interventionsArbitrary(data: Dataset, o: InterventionLimits): fc.Arbitrary<Intervention[]> {
  return fc.array(actingChoice, { maxLength: o.maxActingInterventions }).chain((choices) => {
    const actingOnes: ActingIntervention[] = choices.map((c, i) =>
      acting(`iv-${i}`, selectorAround(data, data.edges[c.anchor % data.edges.length], c.fields, c.extra), {
        kind: c.kind,
        actor: c.actor,
        effect: c.effect,
        effectiveness: c.effectiveness,
        ...(c.licitImpact === undefined ? {} : { licitImpact: c.licitImpact }),
        ...(c.hypothetical ? { hypothetical: true } : {}),
      }),
    );
    if (actingOnes.length === 0) return fc.constant<Intervention[]>([]);
    const cooperationArbitrary = fc.record({
      targets: fc.uniqueArray(fc.nat({ max: actingOnes.length - 1 }), { minLength: 1, maxLength: actingOnes.length }),
      boosts: fc.array(fraction, { minLength: actingOnes.length, maxLength: actingOnes.length }),
      effectiveness: fraction,
    });
    return fc.array(cooperationArbitrary, { maxLength: o.maxCooperations }).map((coops) => [
      ...actingOnes,
      ...coops.map((c, i) =>
        cooperation(`coop-${i}`, Object.fromEntries(c.targets.map((t) => [actingOnes[t].id, c.boosts[t]])), {
          effectiveness: c.effectiveness,
        }),
      ),
    ]);
  });
}

export function eventsArbitrary(interventions: readonly Intervention[], o: InterventionLimits): fc.Arbitrary<TimelineEvent[]> {
  const switchable = interventions.filter((i) => !i.hypothetical).map((i) => i.id);
  const change: fc.Arbitrary<EventChange | undefined> =
    switchable.length === 0
      ? fc.constant(undefined)
      : fc.record({ which: fc.nat(), action: fc.constantFrom("enable", "disable", "set-effectiveness" as const), effectiveness: fc.option(fraction, { nil: undefined }) }).map(
          ({ which, action, effectiveness }): EventChange => {
            const intervention = switchable[which % switchable.length];
            if (action === "disable") return { intervention, action };
            if (action === "set-effectiveness") return { intervention, action, effectiveness: effectiveness ?? 0.5 };
            return effectiveness === undefined ? { intervention, action } : { intervention, action, effectiveness };
          },
        );
  const oneEvent = fc.record({ date: isoDateArbitrary("2016-01-01", "2025-12-31"), changes: fc.array(change, { maxLength: 3 }) });
  return fc
    .array(oneEvent, { maxLength: o.maxEvents })
    .map((events) => events.map((e, i) => event(e.date, e.changes.filter((c): c is EventChange => c !== undefined), `event-${i}`)));
}

