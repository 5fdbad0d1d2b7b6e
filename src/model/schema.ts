/**
 * The dataset format, version 1, as a JSON Schema built with TypeBox.
 *
 * This file is the single source of truth: the TypeScript types in `types.ts` are
 * inferred from these schemas, and `schema/dataset-v1.schema.json` is generated from
 * them (`npm run schema`; a test fails when the committed file drifts). Semantic rules
 * that JSON Schema cannot express (unknown ids, duplicates, recipes at labs only...)
 * live in `checks/`, run by `validate.ts`.
 */
import Type from "typebox";
import {
  DATASET_FORMAT,
  DATASET_VERSION,
  NODE_KINDS,
  COMMODITY_KINDS,
  MODES,
  CHANNELS,
  LEGAL_STATUSES,
  ACTING_INTERVENTION_KINDS,
  SOURCE_KINDS,
  EVENT_ACTIONS,
} from "./vocabulary";

// The constant lists live in vocabulary.ts (no TypeBox), re-exported here for callers that
// want the whole format in one import.
export {
  DATASET_FORMAT,
  DATASET_VERSION,
  NODE_KINDS,
  COMMODITY_KINDS,
  MODES,
  CHANNELS,
  LEGAL_STATUSES,
  INTERVENTION_KINDS,
  ACTING_INTERVENTION_KINDS,
  EFFECT_KINDS,
  SOURCE_KINDS,
  EVENT_ACTIONS,
} from "./vocabulary";

export const Id = Type.String({
  pattern: "^[a-z0-9][a-z0-9._-]*$",
  maxLength: 120,
  description: "Lower-case identifier: letters, digits, '.', '_' and '-'.",
});
const JurisdictionId = Type.String({
  pattern: "^[A-Z]{2,3}$",
  description: "ISO 3166-1 alpha-2 country code, or a 3-letter pseudo-code such as INT (international waters, online).",
});
export const IsoDate = Type.String({
  pattern: "^\\d{4}-\\d{2}-\\d{2}$",
  description: "Calendar date, YYYY-MM-DD. Checked semantically for a real day.",
});
export const Text = Type.String({ maxLength: 4000 });
export const Label = Type.String({ minLength: 1, maxLength: 200 });
export const SourceIds = Type.Array(Id, {
  description: "Ids of entries in `sources` that support this item.",
});
const Unverified = Type.Optional(
  Type.Boolean({
    description: "True when no primary source confirms the item: it is modelled, and labelled as such.",
  }),
);
export const Fraction = Type.Number({ minimum: 0, maximum: 1 });
const Capacity = Type.Number({
  minimum: 0,
  description: "kg per month, order of magnitude. Product edges and lab capacities are in kg of fentanyl-equivalent.",
});

function literalUnion<const T extends readonly string[]>(values: T, description?: string) {
  return Type.Enum<[...T]>([...values], description ? { description } : {});
}

export const NodeKindSchema = literalUnion(NODE_KINDS, "What the actor or place is in the chain.");
export const CommodityKindSchema = literalUnion(COMMODITY_KINDS);
export const ModeSchema = literalUnion(MODES);
export const ChannelSchema = literalUnion(CHANNELS);
export const LegalStatusSchema = literalUnion(LEGAL_STATUSES);

export const SourceSchema = Type.Object(
  {
    id: Id,
    title: Label,
    publisher: Type.Optional(Label),
    date: Type.Optional(IsoDate),
    url: Type.Optional(Type.String({ pattern: "^https?://", maxLength: 2000 })),
    kind: literalUnion(SOURCE_KINDS),
    note: Type.Optional(Text),
  },
  { additionalProperties: false },
);

export const JurisdictionSchema = Type.Object(
  {
    id: JurisdictionId,
    name: Label,
    sources: Type.Optional(SourceIds),
  },
  { additionalProperties: false },
);

export const CommoditySchema = Type.Object(
  {
    id: Id,
    name: Label,
    kind: CommodityKindSchema,
    description: Type.Optional(Text),
    licitUses: Type.Optional(Text),
    sources: SourceIds,
    unverified: Unverified,
  },
  { additionalProperties: false },
);

export const RecipeInputSchema = Type.Object(
  {
    commodity: Id,
    ratio: Type.Number({
      exclusiveMinimum: 0,
      description: "kg of this input consumed per kg of fentanyl-equivalent produced.",
    }),
  },
  { additionalProperties: false },
);

export const RecipeSchema = Type.Object(
  {
    id: Id,
    label: Label,
    route: Type.String({ minLength: 1, maxLength: 60, description: "Synthesis route, e.g. siegfried, janssen, gupta, 4-ap." }),
    inputs: Type.Array(RecipeInputSchema, { minItems: 1, description: "All are needed (AND)." }),
    output: Id,
    sources: SourceIds,
    unverified: Unverified,
  },
  { additionalProperties: false },
);

export const CoordinatesSchema = Type.Object(
  {
    lat: Type.Number({ minimum: -90, maximum: 90 }),
    lon: Type.Number({ minimum: -180, maximum: 180 }),
  },
  { additionalProperties: false },
);

export const NodeSchema = Type.Object(
  {
    id: Id,
    label: Label,
    shortLabel: Type.Optional(
      Type.String({
        minLength: 1,
        maxLength: 40,
        description: "A few words for crowded views (graph labels, route lists), e.g. 'Sinaloa brokers'. Defaults to the label.",
      }),
    ),
    kind: NodeKindSchema,
    jurisdiction: JurisdictionId,
    role: Type.Optional(Type.String({ maxLength: 120, description: "Finer role, e.g. 'online marketplace', 'postal service'." })),
    description: Type.Optional(Text),
    coordinates: Type.Optional(CoordinatesSchema),
    capacity: Type.Optional(Capacity),
    recipes: Type.Optional(
      Type.Array(RecipeSchema, { description: "Labs only: alternative recipes (OR), any one of which can run." }),
    ),
    sources: SourceIds,
    unverified: Unverified,
  },
  { additionalProperties: false },
);

export const EdgeSchema = Type.Object(
  {
    id: Id,
    source: Id,
    target: Id,
    commodity: Id,
    capacity: Capacity,
    mode: ModeSchema,
    channel: ChannelSchema,
    licitConsignee: Type.Boolean({ description: "True when the receiver is a legitimate buyer (licit trade)." }),
    status: LegalStatusSchema,
    description: Type.Optional(Text),
    sources: SourceIds,
    unverified: Unverified,
  },
  { additionalProperties: false },
);

export const EdgeSelectorSchema = Type.Object(
  {
    commodities: Type.Optional(Type.Array(Id, { minItems: 1 })),
    originJurisdictions: Type.Optional(Type.Array(JurisdictionId, { minItems: 1 })),
    destinationJurisdictions: Type.Optional(Type.Array(JurisdictionId, { minItems: 1 })),
    channels: Type.Optional(Type.Array(ChannelSchema, { minItems: 1 })),
    modes: Type.Optional(Type.Array(ModeSchema, { minItems: 1 })),
    sourceKinds: Type.Optional(Type.Array(NodeKindSchema, { minItems: 1 })),
    targetKinds: Type.Optional(Type.Array(NodeKindSchema, { minItems: 1 })),
    nodes: Type.Optional(Type.Array(Id, { minItems: 1, description: "Edges that leave or enter any of these nodes." })),
    edges: Type.Optional(Type.Array(Id, { minItems: 1 })),
    licitConsignee: Type.Optional(Type.Boolean()),
  },
  {
    additionalProperties: false,
    description:
      "Which edges an intervention acts on. Fields combine with AND; the values inside one field with OR. An empty selector is refused.",
  },
);

export const EffectSchema = Type.Union([
  Type.Object(
    {
      kind: Type.Literal("retag"),
      status: literalUnion(["controlled", "illicit"] as const),
    },
    { additionalProperties: false },
  ),
  Type.Object({ kind: Type.Literal("reduce") }, { additionalProperties: false }),
  Type.Object({ kind: Type.Literal("close") }, { additionalProperties: false }),
]);

const interventionCommon = {
  id: Id,
  label: Label,
  actor: JurisdictionId,
  description: Text,
  announced: Type.Optional(IsoDate),
  effective: Type.Optional(IsoDate),
  ended: Type.Optional(IsoDate),
  effectiveness: Type.Number({ minimum: 0, maximum: 1, description: "Default effectiveness, 0 to 1." }),
  hypothetical: Type.Optional(Type.Boolean({ description: "Not (known to be) enacted: a what-if." })),
  sources: SourceIds,
  unverified: Unverified,
};

export const CooperationTargetSchema = Type.Object(
  {
    intervention: Id,
    boost: Type.Number({
      minimum: 0,
      maximum: 1,
      description: "Share of the target's remaining ineffectiveness that full cooperation removes.",
    }),
  },
  { additionalProperties: false },
);

export const ActingInterventionSchema = Type.Object(
  {
    ...interventionCommon,
    kind: literalUnion(ACTING_INTERVENTION_KINDS),
    target: EdgeSelectorSchema,
    effect: EffectSchema,
    licitImpact: Type.Optional(
      Type.Number({
        minimum: 0,
        maximum: 1,
        description: "Share of the effect that falls on edges with a licit consignee (licensing friction). Default 1.",
      }),
    ),
  },
  { additionalProperties: false },
);

export const CooperationInterventionSchema = Type.Object(
  {
    ...interventionCommon,
    kind: Type.Literal("cooperation"),
    modifies: Type.Array(CooperationTargetSchema, { minItems: 1 }),
  },
  { additionalProperties: false },
);

export const InterventionSchema = Type.Union([ActingInterventionSchema, CooperationInterventionSchema]);

export const EventChangeSchema = Type.Object(
  {
    intervention: Id,
    action: literalUnion(EVENT_ACTIONS),
    effectiveness: Type.Optional(Fraction),
  },
  { additionalProperties: false },
);

export const TimelineEventSchema = Type.Object(
  {
    id: Id,
    date: IsoDate,
    label: Label,
    description: Text,
    changes: Type.Array(EventChangeSchema, { description: "Interventions this event switches; may be empty (context)." }),
    sources: SourceIds,
    unverified: Unverified,
  },
  { additionalProperties: false },
);

export const DatasetMetaSchema = Type.Object(
  {
    title: Label,
    description: Text,
    period: Type.Object({ start: IsoDate, end: IsoDate }, { additionalProperties: false }),
    unit: Type.Literal("kg/month"),
    updated: Type.Optional(IsoDate),
    license: Type.Optional(Label),
  },
  { additionalProperties: false },
);

export const DatasetSchema = Type.Object(
  {
    $schema: Type.Optional(Type.String()),
    format: Type.Literal(DATASET_FORMAT),
    version: Type.Literal(DATASET_VERSION),
    meta: DatasetMetaSchema,
    sources: Type.Array(SourceSchema),
    jurisdictions: Type.Array(JurisdictionSchema),
    commodities: Type.Array(CommoditySchema),
    nodes: Type.Array(NodeSchema),
    edges: Type.Array(EdgeSchema),
    interventions: Type.Array(InterventionSchema),
    events: Type.Array(TimelineEventSchema),
  },
  {
    additionalProperties: false,
    title: "Chokepoint dataset, version 1",
  },
);
