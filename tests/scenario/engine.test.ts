// The scenario engine on the hand-built fixture. Expected values are worked by hand:
// cooperation: e_t = 1 - (1 - b_t) * PRODUCT(1 - boost_ct * e_c); reduce/retag factor
// 1 - e * w with w = licitImpact on licit edges; close = 0.
import { describe, expect, it } from "vitest";
import { applyScenario, compileScenarioEngine } from "../../src/scenario/compile";
import { ScenarioError } from "../../src/scenario/errors";
import { BASELINE_SCENARIO, STATUS_CODES, type Scenario } from "../../src/scenario/types";
import { deepFreeze } from "../support/dataset-builder";
import { edgeIndex, handDataset } from "./fixture";

const engine = compileScenarioEngine(handDataset);

function at(date: string | undefined, switches: Scenario["switches"] = {}, idealized = false): Scenario {
  return date === undefined ? { switches, idealized } : { date, switches, idealized };
}

function stateOf(scenario: Scenario, id: string): { capacity: number; status: string } {
  const applied = engine.apply(scenario);
  return { capacity: applied.openCapacity[edgeIndex(id)], status: STATUS_CODES[applied.statusCode[edgeIndex(id)]] };
}

function effectivenessOf(scenario: Scenario): Record<string, number> {
  return Object.fromEntries(engine.resolve(scenario).active.map((a) => [a.id, a.effectiveness]));
}

describe("resolve: the date replays the events", () => {
  it("has nothing in force without a date (the baseline)", () => {
    expect(engine.resolve(BASELINE_SCENARIO).active).toEqual([]);
  });

  it("on 2019-06-01: coop (0.8) boosts cn-npp 0.6 -> 0.76 and cn-class 0.7 -> 0.94", () => {
    const e = effectivenessOf(at("2019-06-01"));
    expect(Object.keys(e)).toEqual(["coop", "cn-npp", "cn-class"]); // dataset order
    expect(e.coop).toBe(0.8);
    expect(e["cn-npp"]).toBeCloseTo(1 - 0.4 * (1 - 0.5 * 0.8), 12);
    expect(e["cn-class"]).toBeCloseTo(1 - 0.3 * (1 - 1 * 0.8), 12);
  });

  it("records why each is on and what cooperation contributed", () => {
    const active = engine.resolve(at("2019-06-01")).active;
    const npp = active.find((a) => a.id === "cn-npp");
    expect(npp?.reason).toEqual({ kind: "event", event: "ev-npp" });
    expect(npp?.baseEffectiveness).toBe(0.6);
    expect(npp?.index).toBe(1);
    expect(npp?.boostedBy).toEqual([{ cooperation: "coop", boost: 0.4 }]);
  });

  it("set-effectiveness and the suspended cooperation: 2023-01-01 has cn-npp at 0.5, no boost", () => {
    const e = effectivenessOf(at("2023-01-01"));
    expect(e).toEqual({ "cn-npp": 0.5, "cn-class": 0.7 });
  });

  it("cooperation resumed at 0.4 on 2023-11-15", () => {
    const e = effectivenessOf(at("2024-01-01"));
    expect(e.coop).toBe(0.4);
    expect(e["cn-npp"]).toBeCloseTo(1 - 0.5 * (1 - 0.5 * 0.4), 12);
    expect(e["cn-class"]).toBeCloseTo(1 - 0.3 * (1 - 0.4), 12);
  });

  it("an event on the scenario's date counts (date <= scenario.date)", () => {
    expect(effectivenessOf(at("2019-05-01"))["cn-class"]).toBeDefined();
    expect(effectivenessOf(at("2019-04-30"))["cn-class"]).toBeUndefined();
  });
});

describe("resolve: switches override the date", () => {
  it("switches an intervention off that the date had on", () => {
    expect(effectivenessOf(at("2019-06-01", { "cn-class": { on: false } }))["cn-class"]).toBeUndefined();
  });

  it("a switch's effectiveness replaces the base, then cooperation still applies", () => {
    const resolved = engine.resolve(at("2019-06-01", { "cn-npp": { on: true, effectiveness: 0.2 } }));
    const npp = resolved.active.find((a) => a.id === "cn-npp");
    expect(npp?.baseEffectiveness).toBe(0.2);
    expect(npp?.effectiveness).toBeCloseTo(1 - 0.8 * (1 - 0.5 * 0.8), 12);
    expect(npp?.reason).toEqual({ kind: "switch", overridesEvent: "ev-npp" });
  });

  it("a switch without effectiveness takes the date state's effectiveness, else the default", () => {
    // mail was re-weighted to 0.9 on 2021-01-01 while off.
    expect(effectivenessOf(at("2022-01-01", { mail: { on: true } })).mail).toBe(0.9);
    expect(effectivenessOf(at(undefined, { mail: { on: true } })).mail).toBe(0.5);
    expect(engine.resolve(at(undefined, { mail: { on: true } })).active[0].reason).toEqual({ kind: "switch" });
  });

  it("idealized mode makes every intervention in force fully effective", () => {
    const e = effectivenessOf(at("2019-06-01", { mail: { on: true, effectiveness: 0.1 } }, true));
    expect(e).toEqual({ coop: 1, "cn-npp": 1, "cn-class": 1, mail: 1 });
  });

  it("refuses unknown ids, bad effectiveness and bad dates with typed errors", () => {
    const kindOf = (scenario: Scenario): string | undefined => {
      try {
        engine.resolve(scenario);
        return undefined;
      } catch (error) {
        return error instanceof ScenarioError ? error.kind : "other";
      }
    };
    expect(kindOf(at(undefined, { nope: { on: true } }))).toBe("unknown-intervention");
    expect(kindOf(at(undefined, { mail: { on: true, effectiveness: 1.5 } }))).toBe("invalid-effectiveness");
    expect(kindOf(at(undefined, { mail: { on: true, effectiveness: Number.NaN } }))).toBe("invalid-effectiveness");
    expect(kindOf(at("2019-02-29"))).toBe("invalid-date");
    expect(kindOf(at("2019-6-1"))).toBe("invalid-date");
    expect(kindOf(at("2020-02-29"))).toBeUndefined();
  });
});

describe("apply: open capacity and status per edge", () => {
  it("the baseline is the dataset: capacities and statuses as given", () => {
    const applied = engine.apply(BASELINE_SCENARIO);
    expect([...applied.openCapacity]).toEqual(handDataset.edges.map((e) => e.capacity));
    expect([...applied.statusCode].map((code) => STATUS_CODES[code])).toEqual(handDataset.edges.map((e) => e.status));
  });

  it("on 2019-06-01: NPP from China controlled and cut by 76%, licit buyers by 19%", () => {
    const scenario = at("2019-06-01");
    expect(stateOf(scenario, "e-cn-lab").status).toBe("controlled");
    expect(stateOf(scenario, "e-cn-lab").capacity).toBeCloseTo(100 * 0.24, 9);
    // licitImpact 0.25: factor 1 - 0.76 * 0.25 = 0.81
    expect(stateOf(scenario, "e-cn-pharma").capacity).toBeCloseTo(50 * 0.81, 9);
    expect(stateOf(scenario, "e-cn-pharma").status).toBe("controlled");
    // already illicit: the retag does not lower it
    expect(stateOf(scenario, "e-cn-lab-smuggled")).toEqual({ capacity: expect.closeTo(20 * 0.24, 9), status: "illicit" });
    expect(stateOf(scenario, "e-cn-us-mail").status).toBe("illicit");
    expect(stateOf(scenario, "e-cn-us-mail").capacity).toBeCloseTo(5 * 0.06, 9);
    // Indian 4-AP untouched
    expect(stateOf(scenario, "e-in-lab")).toEqual({ capacity: 40, status: "legal" });
  });

  it("factors multiply across interventions on the same edge", () => {
    expect(stateOf(at("2019-06-01", { mail: { on: true } }), "e-cn-us-mail").capacity).toBeCloseTo(5 * 0.06 * 0.5, 9);
    // border 0.2 on both edges touching the crossing
    expect(stateOf(at(undefined, { border: { on: true } }), "e-lab-cross").capacity).toBeCloseTo(8, 9);
    expect(stateOf(at(undefined, { border: { on: true } }), "e-cross-us").capacity).toBeCloseTo(8, 9);
  });

  it("close ignores effectiveness: the sanction (30%) shuts the edge", () => {
    expect(stateOf(at(undefined, { sanction: { on: true } }), "e-in-lab")).toEqual({ capacity: 0, status: "legal" });
  });

  it("idealized mode closes what a fully effective control touches, but licit trade only by licitImpact", () => {
    const scenario = at("2019-06-01", {}, true);
    expect(stateOf(scenario, "e-cn-lab").capacity).toBe(0);
    expect(stateOf(scenario, "e-cn-pharma").capacity).toBeCloseTo(37.5, 9);
  });

  it("takes a resolved scenario too, and refuses one from another dataset", () => {
    const resolved = engine.resolve(at("2019-06-01"));
    expect([...engine.apply(resolved).openCapacity]).toEqual([...engine.apply(at("2019-06-01")).openCapacity]);
    const other = compileScenarioEngine({ ...handDataset, interventions: handDataset.interventions.slice(1) });
    expect(() => other.apply(resolved)).toThrow(expect.objectContaining({ kind: "mismatched-dataset" }));
  });

  it("exposes the compiled selector matches", () => {
    expect([...engine.matchedEdges("border")]).toEqual([edgeIndex("e-lab-cross"), edgeIndex("e-cross-us")]);
    expect([...engine.matchedEdges("coop")]).toEqual([]);
  });

  it("applyScenario gives the same result as a compiled engine", () => {
    const scenario = at("2024-01-01", { border: { on: true } });
    expect([...applyScenario(handDataset, scenario).openCapacity]).toEqual([...engine.apply(scenario).openCapacity]);
  });
});

describe("apply: explanations per edge", () => {
  const applied = engine.apply(at("2019-06-01", { mail: { on: true } }));

  it("lists each change in dataset order with its factor and status step", () => {
    const changes = applied.changesOf(edgeIndex("e-cn-us-mail"));
    expect(changes.map(({ reason: _reason, ...rest }) => rest)).toEqual([
      { intervention: "cn-class", effect: "retag", capacityFactor: expect.closeTo(0.06, 12), statusBefore: "controlled", statusAfter: "illicit" },
      { intervention: "mail", effect: "reduce", capacityFactor: 0.5, statusBefore: "illicit", statusAfter: "illicit" },
    ]);
  });

  it("writes plain-language reasons naming the intervention and the licit share", () => {
    const [change] = applied.changesOf(edgeIndex("e-cn-pharma"));
    expect(change.reason).toContain("China NPP control");
    expect(change.reason).toContain("re-tags it controlled (was legal)");
    expect(change.reason).toContain("25% of the effect falls on licit trade");
    expect(change.reason).toContain("60% on paper, raised by coop");
  });

  it("has no changes for untouched edges, and skips a match that changed nothing", () => {
    expect(applied.changesOf(edgeIndex("e-in-lab"))).toEqual([]);
    const zero = engine.apply(at(undefined, { mail: { on: true, effectiveness: 0 } }));
    expect(zero.changesOf(edgeIndex("e-cn-us-mail"))).toEqual([]);
    expect(zero.openCapacity[edgeIndex("e-cn-us-mail")]).toBe(5);
  });

  it("refuses an index outside the edges", () => {
    expect(() => applied.changesOf(99)).toThrow(RangeError);
  });
});

describe("the dataset is never mutated", () => {
  it("works on a deep-frozen dataset and leaves it equal to a clone", () => {
    const frozen = deepFreeze(structuredClone(handDataset));
    const before = structuredClone(frozen);
    const frozenEngine = compileScenarioEngine(frozen);
    frozenEngine.apply(at("2024-01-01", { sanction: { on: true }, border: { on: true } }, true)).changesOf(0);
    expect(frozen).toEqual(before);
  });
});
