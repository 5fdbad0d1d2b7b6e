/**
 * Interventions and events: selectors must select (not be empty, match some edge),
 * cooperation boosts acting interventions only, and timeline changes must make sense
 * (set-effectiveness says to what; hypothetical interventions have no events).
 */
import { buildDatasetIndex } from "../dataset-index";
import { compileSelector, type DatasetIndex } from "../selector";
import type { ActingIntervention, Dataset, EdgeSelector, Intervention } from "../types";
import { eachItem, type Check, type CheckContext } from "./context";
import { isDangling, selectorReferences } from "./references";

function describeSelector(selector: EdgeSelector): string {
  return Object.entries(selector)
    .map(([field, value]) => `${field} ${Array.isArray(value) ? value.join("|") : String(value)}`)
    .join(" AND ");
}

/** The dataset as an index, when nodes, edges and commodities are all sound enough to trust a "no match". */
function soundIndex(context: CheckContext) {
  const { intact, parts } = context;
  if (!intact.nodes || !intact.edges || !intact.commodities) return undefined;
  // Every item of these collections passed the schema, so the arrays hold no holes.
  const partial = { nodes: parts.nodes, edges: parts.edges, commodities: parts.commodities, interventions: [], sources: [], jurisdictions: [] };
  return buildDatasetIndex(partial as unknown as Dataset);
}

function matchesSomeEdge(index: DatasetIndex, selector: EdgeSelector): boolean {
  const matches = compileSelector(index, selector);
  for (let edge = 0; edge < index.edgeSource.length; edge++) if (matches(edge)) return true;
  return false;
}

function checkSelectors(context: CheckContext): void {
  const index = soundIndex(context);
  eachItem(context.parts.interventions, "interventions", (intervention, path) => {
    if (intervention.kind === "cooperation") return;
    const selector = (intervention as ActingIntervention).target;
    const targetPath = `${path}/target`;
    if (Object.keys(selector).length === 0) {
      context.report("empty-selector", targetPath, `'${intervention.id}' selects no edges: give its target at least one field (commodities, originJurisdictions, nodes, ...)`);
      return;
    }
    // A selector naming an unknown id is reported as such; "matches nothing" would only repeat it.
    let dangling = false;
    selectorReferences(targetPath, selector, (id, collection) => (dangling ||= isDangling(context, id, collection)));
    if (index && !dangling && !matchesSomeEdge(index, selector))
      context.report("selector-matches-nothing", targetPath, `'${intervention.id}' acts on no edge: no edge matches ${describeSelector(selector)}`);
  });
}

function interventionById(context: CheckContext): Map<string, Intervention> {
  const byId = new Map<string, Intervention>();
  eachItem(context.parts.interventions, "interventions", (intervention) => {
    if (!byId.has(intervention.id)) byId.set(intervention.id, intervention);
  });
  return byId;
}

function checkCooperation(context: CheckContext, byId: Map<string, Intervention>): void {
  eachItem(context.parts.interventions, "interventions", (intervention, path) => {
    if (intervention.kind !== "cooperation") return;
    intervention.modifies.forEach((modified, k) => {
      const target = byId.get(modified.intervention);
      if (target?.kind === "cooperation")
        context.report(
          "cooperation-on-cooperation",
          `${path}/modifies/${k}/intervention`,
          `'${intervention.id}' modifies '${target.id}', which is itself a cooperation: cooperation boosts acting interventions only`,
        );
    });
  });
}

function checkEvents(context: CheckContext, byId: Map<string, Intervention>): void {
  eachItem(context.parts.events, "events", (event, path) => {
    event.changes.forEach((change, k) => {
      const changePath = `${path}/changes/${k}`;
      if (change.action === "set-effectiveness" && change.effectiveness === undefined)
        context.report("required", `${changePath}/effectiveness`, "a 'set-effectiveness' change needs an 'effectiveness' (0 to 1)");
      if (byId.get(change.intervention)?.hypothetical === true)
        context.report(
          "event-on-hypothetical",
          `${changePath}/intervention`,
          `'${change.intervention}' is hypothetical: it has no events and is only switched on by the user`,
        );
    });
  });
}

export const checkInterventions: Check = (context) => {
  checkSelectors(context);
  const byId = interventionById(context);
  checkCooperation(context, byId);
  checkEvents(context, byId);
};
