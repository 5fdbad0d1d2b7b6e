/**
 * Dataset types, inferred from the schemas in `schema.ts` so the two cannot drift.
 * Everything is readonly: the dataset is never mutated after loading; scenarios and
 * analyses return new state.
 */
import type Type from "typebox";
import type {
  ActingInterventionSchema,
  ChannelSchema,
  CommoditySchema,
  CooperationInterventionSchema,
  DatasetSchema,
  EdgeSchema,
  EdgeSelectorSchema,
  EffectSchema,
  InterventionSchema,
  JurisdictionSchema,
  LegalStatusSchema,
  ModeSchema,
  NodeKindSchema,
  NodeSchema,
  RecipeSchema,
  SourceSchema,
  TimelineEventSchema,
  EventChangeSchema,
} from "./schema";
import type { INTERVENTION_KINDS } from "./vocabulary";

export type DeepReadonly<T> = T extends (infer U)[]
  ? readonly DeepReadonly<U>[]
  : T extends object
    ? { readonly [K in keyof T]: DeepReadonly<T[K]> }
    : T;
/** The readonly type a TypeBox schema describes (the dataset's and the story's types are all inferred). */
export type Infer<S extends Type.TSchema> = DeepReadonly<Type.Static<S>>;

export type Dataset = Infer<typeof DatasetSchema>;
export type Source = Infer<typeof SourceSchema>;
export type Jurisdiction = Infer<typeof JurisdictionSchema>;
export type Commodity = Infer<typeof CommoditySchema>;
export type DatasetNode = Infer<typeof NodeSchema>;
export type DatasetEdge = Infer<typeof EdgeSchema>;
export type Recipe = Infer<typeof RecipeSchema>;
export type Intervention = Infer<typeof InterventionSchema>;
export type ActingIntervention = Infer<typeof ActingInterventionSchema>;
export type CooperationIntervention = Infer<typeof CooperationInterventionSchema>;
export type EdgeSelector = Infer<typeof EdgeSelectorSchema>;
export type Effect = Infer<typeof EffectSchema>;
export type TimelineEvent = Infer<typeof TimelineEventSchema>;
export type EventChange = Infer<typeof EventChangeSchema>;
export type NodeKind = Infer<typeof NodeKindSchema>;
export type Mode = Infer<typeof ModeSchema>;
export type Channel = Infer<typeof ChannelSchema>;
export type LegalStatus = Infer<typeof LegalStatusSchema>;
export type InterventionKind = (typeof INTERVENTION_KINDS)[number];
export type EffectKind = Effect["kind"];

/** Legal statuses in order of severity: a scenario may move an edge right, never left. */
export const STATUS_RANK: Readonly<Record<LegalStatus, number>> = { legal: 0, controlled: 1, illicit: 2 };

export function isCooperation(intervention: Intervention): intervention is CooperationIntervention {
  return intervention.kind === "cooperation";
}

/** Exhaustiveness guard for switches over discriminated unions. */
export function assertNever(value: never, context = "value"): never {
  throw new Error(`Unexpected ${context}: ${JSON.stringify(value)}`);
}
