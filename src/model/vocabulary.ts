/**
 * The fixed vocabulary of the dataset format, version 1: the format's name and version and
 * the lists of node kinds, modes, channels, statuses and so on. Plain constants, without
 * TypeBox, so that code that only needs the lists (the dataset index, the scenario engine,
 * the app's legend) does not pull the schema builder into the browser's initial bundle;
 * schema.ts builds the JSON Schema from them.
 */
export const DATASET_FORMAT = "chokepoint-dataset";
export const DATASET_VERSION = 1;

export const NODE_KINDS = [
  "producer",
  "licit-user",
  "broker",
  "forwarder",
  "port",
  "lab",
  "crossing",
  "distributor",
  "market",
] as const;
export const COMMODITY_KINDS = ["pre-precursor", "precursor", "immediate-precursor", "reagent", "product"] as const;
export const MODES = ["sea", "air", "road", "rail", "mail", "courier", "online"] as const;
export const CHANNELS = ["declared", "mislabeled", "smuggled"] as const;
export const LEGAL_STATUSES = ["legal", "controlled", "illicit"] as const;
export const INTERVENTION_KINDS = [
  "export-control",
  "importer-obligation",
  "sanction",
  "financial",
  "cooperation",
  "border",
  "mail",
] as const;
export const ACTING_INTERVENTION_KINDS = [
  "export-control",
  "importer-obligation",
  "sanction",
  "financial",
  "border",
  "mail",
] as const;
export const EFFECT_KINDS = ["retag", "reduce", "close"] as const;
export const SOURCE_KINDS = ["primary", "secondary", "analysis", "news", "essay"] as const;
export const EVENT_ACTIONS = ["enable", "disable", "set-effectiveness"] as const;
