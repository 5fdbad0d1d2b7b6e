/** The scenario layer's public surface. */
export * from "./types";
export { ScenarioError, isScenarioError, type ScenarioErrorKind } from "./errors";
export { isIsoDate } from "../model/dates";
export { checkScenario, isEffectiveness } from "./validate";
export { compileScenarioEngine, applyScenario, type ScenarioEngine } from "./compile";
export {
  interventionsInForce,
  eventsUpTo,
  lastChangingEvent,
  nextEventDate,
  previousEventDate,
  timelineOf,
  type InForce,
} from "./timeline";
export { formatScenarioQuery, parseScenarioQuery } from "./url-codec";
export { scenarioFromFlags, type ScenarioFlags } from "./flags";
export { formatPercent, effectivenessPhrase } from "./reasons";
