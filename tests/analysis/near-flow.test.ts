// The counterfactual fast path (network/evaluate-near.ts lists the arcs a toggle may have
// changed, network/near-flow.ts runs the warm solve on those arcs only) must give exactly
// what the general warm path gives, the same bits, and its list must cover every arc
// whose capacity changed: on the bundled dataset at dates across the timeline, from the
// date's own state and from one toggle away, and on random networks.
import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createAnalyzer, type Analyzer } from "../../src/analysis/analyzer";
import { toggled } from "../../src/analysis/report/attribution";
import { evaluateNetwork } from "../../src/analysis/network/evaluate";
import { NearScratch } from "../../src/analysis/network/evaluate-near";
import { maxFlowValueNear, solveFlow } from "../../src/analysis/network/throughput";
import type { Dataset } from "../../src/model/types";
import type { Scenario } from "../../src/scenario/types";
import { datasetAndScenario } from "./support/arbitrary-networks";

/** Checks every one-switch counterfactual of `scenario`; returns how many took the fast path. */
function checkCounterfactuals(analyzer: Analyzer, scenario: Scenario): number {
  const { engine, network, dataset } = analyzer;
  const applied = engine.apply(scenario);
  const state = evaluateNetwork(network, applied);
  const flow = solveFlow(state);
  const scratch = new NearScratch(network);
  const inForce = new Set(applied.resolved.active.map((active) => active.id));
  let fast = 0;
  for (const intervention of dataset.interventions) {
    const variant = engine.applyToggled(applied, intervention.id, !inForce.has(intervention.id));
    const near = scratch.evaluate(state, variant);
    if (near === undefined) continue;
    const listed = new Set(Array.from(scratch.changedArcs.subarray(0, scratch.changedArcCount)));
    for (let k = 1; k < scratch.changedArcCount; k++) expect(scratch.changedArcs[k]).toBeGreaterThan(scratch.changedArcs[k - 1]);
    for (let a = 0; a < network.graph.arcCount; a++) if (!Object.is(near.flowCap[a], state.flowCap[a])) expect(listed.has(a), `arc ${a} changed but is not listed`).toBe(true);
    const changed = { arcs: scratch.changedArcs, count: scratch.changedArcCount };
    const viaList = maxFlowValueNear(near, state, flow, changed);
    const general = maxFlowValueNear(near, state, flow);
    expect(Object.is(viaList, general), `${intervention.id}: ${viaList} vs ${general}`).toBe(true);
    fast++;
  }
  return fast;
}

const file = resolve(__dirname, "../../data/default.json");

describe.skipIf(!existsSync(file))("counterfactual fast path on data/default.json", () => {
  const dataset = JSON.parse(readFileSync(file, "utf8")) as Dataset;
  const analyzer = createAnalyzer(dataset);

  it.each(["2016-01-01", "2019-06-01", "2023-06-01", "2026-01-01"])("equals the general warm solve at %s, from one toggle away too", (date) => {
    const base: Scenario = { date, switches: {}, idealized: false };
    let fast = 0;
    for (const scenario of [base, ...dataset.interventions.map((intervention) => toggled(base, intervention.id, true))]) fast += checkCounterfactuals(analyzer, scenario);
    expect(fast).toBeGreaterThan(dataset.interventions.length);
  });
});

describe("counterfactual fast path on random networks", () => {
  it("equals the general warm solve for every toggle", () => {
    fc.assert(
      fc.property(datasetAndScenario, ({ dataset, scenario }) => {
        checkCounterfactuals(createAnalyzer(dataset), scenario);
      }),
      { numRuns: 60 },
    );
  });
});
