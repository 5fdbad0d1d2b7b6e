/**
 * The scenario engine, compiled once per dataset.
 *
 * Compiling does the work that does not depend on the scenario: it indexes the dataset,
 * runs every acting intervention's selector over the edges once (an Int32Array of the
 * edge indices it matches), sorts the timeline, and copies capacities, statuses and the
 * licit-consignee flag into typed arrays. After that, resolving a scenario costs
 * O(interventions + events) and applying it O(edges copied + sum of matched edges),
 * without allocating per edge. The app keeps one engine per loaded dataset; the CLI and
 * one-off callers use `applyScenario`.
 */
import { buildDatasetIndex, matchingEdges } from "../model/selector";
import type { Dataset } from "../model/types";
import { STATUS_RANK, isCooperation } from "../model/types";
import { applyNear, applyResolved, type EdgeBuffers } from "./apply";
import type { CompiledDataset } from "./compiled";
import { ScenarioError } from "./errors";
import { applyToggled } from "./apply-toggled";
import { resolveScenario } from "./resolve";
import { timelineOf } from "./timeline";
import type { AppliedScenario, ResolvedScenario, Scenario } from "./types";

export interface ScenarioEngine {
  readonly dataset: Dataset;
  /** Which interventions are in force and how effective (throws `ScenarioError`). */
  resolve(scenario: Scenario): ResolvedScenario;
  /** Per-edge state under a scenario, or under a scenario already resolved by this engine. */
  apply(scenario: Scenario | ResolvedScenario): AppliedScenario;
  /**
   * The same as `apply(scenario)`, computed from `reference` (applied by this engine to a
   * nearby scenario) by recomputing only the edges of the interventions whose effect
   * differs: identical values, much less work for a one-switch change. With `into`
   * (arrays sized like the edges) the result is written there and shares them: it stays
   * valid until they are written again.
   */
  applyNear(reference: AppliedScenario, scenario: Scenario | ResolvedScenario, into?: EdgeBuffers): AppliedScenario;
  /**
   * `applyNear(reference, scenario)` for the scenario of `reference` with one switch
   * flipped (toggle.ts): the same result, without validating the scenario again (its
   * other switches were validated when `reference` was applied). Attribution's
   * counterfactuals, 22 per report on the bundled dataset, are made this way.
   */
  applyToggled(reference: AppliedScenario, interventionId: string, on: boolean, into?: EdgeBuffers): AppliedScenario;
  /** Ascending edge indices the intervention's selector matches (empty for cooperation). */
  matchedEdges(interventionId: string): Int32Array;
}

const EMPTY = new Int32Array(0);

export function compileDataset(dataset: Dataset): CompiledDataset {
  const index = buildDatasetIndex(dataset);
  const interventionIndex = new Map(dataset.interventions.map((intervention, position) => [intervention.id, position]));
  const matchedEdges = dataset.interventions.map((intervention) =>
    isCooperation(intervention) ? EMPTY : matchingEdges(index, intervention.target),
  );
  const edgeInterventionStart = new Int32Array(dataset.edges.length + 1);
  for (const edges of matchedEdges) for (let k = 0; k < edges.length; k++) edgeInterventionStart[edges[k] + 1]++;
  for (let e = 0; e < dataset.edges.length; e++) edgeInterventionStart[e + 1] += edgeInterventionStart[e];
  const edgeInterventions = new Int32Array(edgeInterventionStart[dataset.edges.length]);
  const filled = edgeInterventionStart.slice(0, dataset.edges.length);
  // Interventions in ascending position, so each edge's list comes out ascending.
  matchedEdges.forEach((edges, position) => {
    for (let k = 0; k < edges.length; k++) edgeInterventions[filled[edges[k]]++] = position;
  });
  // Plain loops: TypedArray.from with a map function is several times slower in V8.
  const { edges } = dataset;
  const baseCapacity = new Float64Array(edges.length);
  const baseStatus = new Uint8Array(edges.length);
  const licitConsignee = new Uint8Array(edges.length);
  for (let i = 0; i < edges.length; i++) {
    const edge = edges[i];
    baseCapacity[i] = edge.capacity;
    baseStatus[i] = STATUS_RANK[edge.status];
    licitConsignee[i] = edge.licitConsignee ? 1 : 0;
  }
  return {
    dataset,
    interventionIndex,
    interventionIds: new Set(interventionIndex.keys()),
    timeline: timelineOf(dataset),
    matchedEdges,
    edgeInterventionStart,
    edgeInterventions,
    baseCapacity,
    baseStatus,
    licitConsignee,
  };
}

function isResolved(input: Scenario | ResolvedScenario): input is ResolvedScenario {
  return "active" in input && "scenario" in input;
}

export function compileScenarioEngine(dataset: Dataset): ScenarioEngine {
  const compiled = compileDataset(dataset);
  return {
    dataset,
    resolve: (scenario) => resolveScenario(compiled, scenario),
    apply: (input) => applyResolved(compiled, isResolved(input) ? input : resolveScenario(compiled, input)),
    applyNear: (reference, input, into) => applyNear(compiled, reference, isResolved(input) ? input : resolveScenario(compiled, input), into),
    applyToggled(reference, interventionId, on, into) {
      if (!compiled.interventionIds.has(interventionId))
        throw new ScenarioError("unknown-intervention", `switches.${interventionId}`, `no intervention '${interventionId}' in the dataset`);
      if (typeof on !== "boolean") throw new ScenarioError("malformed", `switches.${interventionId}`, "must be { on: boolean, effectiveness?: number }");
      return applyToggled(compiled, reference, compiled.interventionIndex.get(interventionId) as number, on, into);
    },
    matchedEdges(interventionId) {
      const position = compiled.interventionIndex.get(interventionId);
      // A copy: the engine's own lists must not be mutable from outside.
      return position === undefined ? new Int32Array(0) : compiled.matchedEdges[position].slice();
    },
  };
}

/** One-off application (compiles the dataset each call: keep an engine when applying often). */
export function applyScenario(dataset: Dataset, scenario: Scenario): AppliedScenario {
  return compileScenarioEngine(dataset).apply(scenario);
}
