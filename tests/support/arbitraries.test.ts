// The shared arbitraries must produce what they promise: valid datasets whose selectors
// match something, and scenarios over the dataset's own interventions.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildDatasetIndex, matchingEdges } from "../../src/model/selector";
import { isCooperation, type Dataset } from "../../src/model/types";
import { isIsoDate } from "../../src/scenario/iso-date";
import { checkScenario } from "../../src/scenario/validate";
import { datasetArbitrary, datasetWithScenarioArbitrary } from "./arbitraries";

function unique(ids: readonly string[]): boolean {
  return new Set(ids).size === ids.length;
}

/** The dataset rules the generator must respect (a subset of the validator's). */
function problemsOf(data: Dataset): string[] {
  const problems: string[] = [];
  const nodeIds = new Set(data.nodes.map((n) => n.id));
  const commodityIds = new Set(data.commodities.map((c) => c.id));
  const jurisdictionIds = new Set(data.jurisdictions.map((j) => j.id));
  const interventionIds = new Set(data.interventions.map((i) => i.id));
  const sourceIds = new Set(data.sources.map((s) => s.id));
  if (!unique(data.nodes.map((n) => n.id))) problems.push("duplicate node id");
  if (!unique(data.edges.map((e) => e.id))) problems.push("duplicate edge id");
  if (!unique(data.interventions.map((i) => i.id))) problems.push("duplicate intervention id");
  if (!unique(data.events.map((e) => e.id))) problems.push("duplicate event id");
  if (!unique(data.nodes.flatMap((n) => (n.recipes ?? []).map((r) => r.id)))) problems.push("duplicate recipe id");
  for (const n of data.nodes) {
    if (!jurisdictionIds.has(n.jurisdiction)) problems.push(`node ${n.id}: unknown jurisdiction`);
    if (n.kind === "lab" && (n.recipes ?? []).length === 0) problems.push(`lab ${n.id} without recipes`);
    if (n.kind !== "lab" && n.recipes !== undefined) problems.push(`recipes at non-lab ${n.id}`);
    for (const r of n.recipes ?? []) {
      for (const input of r.inputs) if (!commodityIds.has(input.commodity)) problems.push(`recipe ${r.id}: unknown input`);
      if (!unique(r.inputs.map((input) => input.commodity))) problems.push(`recipe ${r.id}: repeated input`);
    }
  }
  for (const e of data.edges) {
    if (!nodeIds.has(e.source) || !nodeIds.has(e.target)) problems.push(`edge ${e.id}: unknown node`);
    if (e.source === e.target) problems.push(`edge ${e.id}: self-loop`);
    if (!commodityIds.has(e.commodity)) problems.push(`edge ${e.id}: unknown commodity`);
    if (!(e.capacity >= 0 && Number.isFinite(e.capacity))) problems.push(`edge ${e.id}: bad capacity`);
    if (e.sources.some((s) => !sourceIds.has(s))) problems.push(`edge ${e.id}: unknown source`);
  }
  const index = buildDatasetIndex(data);
  for (const i of data.interventions) {
    if (!jurisdictionIds.has(i.actor)) problems.push(`intervention ${i.id}: unknown actor`);
    if (!(i.effectiveness >= 0 && i.effectiveness <= 1)) problems.push(`intervention ${i.id}: bad effectiveness`);
    if (isCooperation(i)) {
      for (const m of i.modifies) if (!interventionIds.has(m.intervention)) problems.push(`cooperation ${i.id}: unknown target`);
    } else if (matchingEdges(index, i.target).length === 0) problems.push(`intervention ${i.id}: selector matches nothing`);
  }
  for (const e of data.events) {
    if (!isIsoDate(e.date)) problems.push(`event ${e.id}: bad date`);
    for (const c of e.changes) {
      if (!interventionIds.has(c.intervention)) problems.push(`event ${e.id}: unknown intervention`);
      if (data.interventions.find((i) => i.id === c.intervention)?.hypothetical) problems.push(`event ${e.id}: switches a hypothetical`);
    }
  }
  return problems;
}

describe("test arbitraries", () => {
  it("generate valid datasets", () => {
    fc.assert(fc.property(datasetArbitrary(), (data) => {
        expect(problemsOf(data)).toEqual([]);
      }), { numRuns: 300 });
  });

  it("cover the shapes the property tests need", () => {
    const samples = fc.sample(datasetArbitrary(), { numRuns: 300, seed: 42 });
    expect(samples.some((d) => d.interventions.some(isCooperation))).toBe(true);
    expect(samples.some((d) => d.events.length > 0)).toBe(true);
    expect(samples.some((d) => d.edges.some((e) => e.licitConsignee))).toBe(true);
    expect(samples.some((d) => d.interventions.some((i) => !isCooperation(i) && i.effect.kind === "close"))).toBe(true);
    expect(samples.some((d) => d.interventions.some((i) => i.hypothetical))).toBe(true);
    expect(Math.max(...samples.map((d) => d.edges.length))).toBeGreaterThan(20);
  });

  it("generate scenarios that are valid for their dataset", () => {
    fc.assert(
      fc.property(datasetWithScenarioArbitrary(), ({ dataset, scenario }) => {
        expect(checkScenario(dataset, scenario)).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });
});
