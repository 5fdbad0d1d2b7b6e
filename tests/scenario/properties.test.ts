// Invariants of the scenario engine on random valid datasets and scenarios
// (tests/support/arbitraries.ts), and agreement with a naive reference implementation.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Dataset } from "../../src/model/types";
import { compileScenarioEngine } from "../../src/scenario/compile";
import { STATUS_CODES, type AppliedScenario, type Scenario } from "../../src/scenario/types";
import { datasetWithScenarioArbitrary } from "../support/arbitraries";
import { deepFreeze } from "../support/dataset-builder";
import { referenceApply } from "../support/reference-engine";

const RUNS = { numRuns: 200 };

/** Equal up to floating rounding (products taken in another order). */
function close(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

/** A dataset-and-scenario pair plus one intervention to switch on. */
const withOneMore = datasetWithScenarioArbitrary()
  .filter(({ dataset }) => dataset.interventions.length > 0)
  .chain(({ dataset, scenario }) =>
    fc.nat({ max: dataset.interventions.length - 1 }).map((which) => ({ dataset, scenario, extra: dataset.interventions[which].id })),
  );

function switchedOn(scenario: Scenario, id: string, idealized: boolean): Scenario {
  return { ...scenario, idealized, switches: { ...scenario.switches, [id]: { on: true } } };
}

function statusOf(applied: AppliedScenario, edge: number): number {
  return applied.statusCode[edge];
}

describe("scenario engine properties", () => {
  it("(a) in idealized mode, one more intervention never raises open capacity nor lowers a status", () => {
    fc.assert(
      fc.property(withOneMore, ({ dataset, scenario, extra }) => {
        const engine = compileScenarioEngine(dataset);
        const before = engine.apply({ ...scenario, idealized: true });
        const after = engine.apply(switchedOn(scenario, extra, true));
        for (let edge = 0; edge < dataset.edges.length; edge++) {
          expect(after.openCapacity[edge]).toBeLessThanOrEqual(before.openCapacity[edge]);
          expect(statusOf(after, edge)).toBeGreaterThanOrEqual(statusOf(before, edge));
        }
      }),
      RUNS,
    );
  });

  it("(a') the same holds outside idealized mode for an intervention that was off", () => {
    fc.assert(
      fc.property(withOneMore, ({ dataset, scenario, extra }) => {
        const engine = compileScenarioEngine(dataset);
        const before = engine.apply(scenario);
        if (before.resolved.active.some((a) => a.id === extra)) return; // already on: a switch may lower its effectiveness
        const after = engine.apply(switchedOn(scenario, extra, scenario.idealized));
        for (let edge = 0; edge < dataset.edges.length; edge++) {
          expect(after.openCapacity[edge]).toBeLessThanOrEqual(before.openCapacity[edge]);
          expect(statusOf(after, edge)).toBeGreaterThanOrEqual(statusOf(before, edge));
        }
      }),
      RUNS,
    );
  });

  it("(b) open capacity stays within [0, capacity] and status never drops below the base", () => {
    fc.assert(
      fc.property(datasetWithScenarioArbitrary(), ({ dataset, scenario }) => {
        const applied = compileScenarioEngine(dataset).apply(scenario);
        dataset.edges.forEach((edge, i) => {
          expect(applied.openCapacity[i]).toBeGreaterThanOrEqual(0);
          expect(applied.openCapacity[i]).toBeLessThanOrEqual(edge.capacity);
          expect(STATUS_CODES.indexOf(edge.status)).toBeLessThanOrEqual(applied.statusCode[i]);
        });
        for (const active of applied.resolved.active) {
          expect(active.effectiveness).toBeGreaterThanOrEqual(active.baseEffectiveness);
          expect(active.effectiveness).toBeLessThanOrEqual(1);
        }
      }),
      RUNS,
    );
  });

  it("(c) never mutates the dataset or the scenario", () => {
    fc.assert(
      fc.property(datasetWithScenarioArbitrary(), ({ dataset, scenario }) => {
        const data = deepFreeze(structuredClone(dataset));
        const input = deepFreeze(structuredClone(scenario));
        const engine = compileScenarioEngine(data);
        const applied = engine.apply(input);
        for (let i = 0; i < data.edges.length; i++) applied.changesOf(i);
        expect(data).toEqual(dataset);
        expect(input).toEqual(scenario);
      }),
      { numRuns: 100 },
    );
  });

  it("(d) results do not depend on the order of interventions in the dataset", () => {
    const shuffled = datasetWithScenarioArbitrary().chain(({ dataset, scenario }) =>
      fc
        .array(fc.double({ noNaN: true }), { minLength: dataset.interventions.length, maxLength: dataset.interventions.length })
        .map((keys): Dataset => {
          const order = dataset.interventions.map((_, i) => i).sort((a, b) => keys[a] - keys[b] || a - b);
          return { ...dataset, interventions: order.map((i) => dataset.interventions[i]) };
        })
        .map((permuted) => ({ dataset, permuted, scenario })),
    );
    fc.assert(
      fc.property(shuffled, ({ dataset, permuted, scenario }) => {
        const a = compileScenarioEngine(dataset).apply(scenario);
        const b = compileScenarioEngine(permuted).apply(scenario);
        expect([...b.statusCode]).toEqual([...a.statusCode]);
        a.openCapacity.forEach((open, i) => expect(close(open, b.openCapacity[i])).toBe(true));
        const byId = new Map(b.resolved.active.map((x) => [x.id, x.effectiveness]));
        expect(new Set(byId.keys())).toEqual(new Set(a.resolved.active.map((x) => x.id)));
        for (const x of a.resolved.active) expect(close(x.effectiveness, byId.get(x.id) ?? Number.NaN)).toBe(true);
      }),
      RUNS,
    );
  });

  it("agrees with the naive reference implementation of SEMANTICS.md", () => {
    fc.assert(
      fc.property(datasetWithScenarioArbitrary(), ({ dataset, scenario }) => {
        const applied = compileScenarioEngine(dataset).apply(scenario);
        const reference = referenceApply(dataset, scenario);
        expect(applied.resolved.active.map((a) => a.id)).toEqual(dataset.interventions.filter((i) => reference.effectiveness.has(i.id)).map((i) => i.id));
        for (const active of applied.resolved.active) expect(close(active.effectiveness, reference.effectiveness.get(active.id) ?? Number.NaN)).toBe(true);
        expect([...applied.statusCode].map((code) => STATUS_CODES[code])).toEqual(reference.status);
        reference.openCapacity.forEach((open, i) => expect(close(applied.openCapacity[i], open)).toBe(true));
      }),
      { numRuns: 300 },
    );
  });

  it("explanations agree with the arrays: capacity x factors = open capacity; last status = status", () => {
    fc.assert(
      fc.property(datasetWithScenarioArbitrary(), ({ dataset, scenario }) => {
        const applied = compileScenarioEngine(dataset).apply(scenario);
        dataset.edges.forEach((edge, i) => {
          const changes = applied.changesOf(i);
          const product = changes.reduce((open, change) => open * change.capacityFactor, edge.capacity);
          expect(close(product, applied.openCapacity[i])).toBe(true);
          const last = changes.length > 0 ? changes[changes.length - 1].statusAfter : edge.status;
          expect(last).toBe(STATUS_CODES[applied.statusCode[i]]);
          for (const change of changes) expect(change.reason.length).toBeGreaterThan(0);
        });
      }),
      RUNS,
    );
  });
});
