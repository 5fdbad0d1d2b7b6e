import { describe, expect, it } from "vitest";
import { ScenarioError, type ScenarioErrorKind } from "../../src/scenario/errors";
import { scenarioFromFlags, type ScenarioFlags } from "../../src/scenario/flags";

function kindOf(flags: ScenarioFlags): ScenarioErrorKind | undefined {
  try {
    scenarioFromFlags(flags);
    return undefined;
  } catch (error) {
    if (error instanceof ScenarioError) return error.kind;
    throw error;
  }
}

describe("scenario from command-line flags", () => {
  it("builds switches, date and idealized mode", () => {
    expect(scenarioFromFlags({ date: "2019-06-01", enable: ["a", "b:0.4"], disable: ["c"], idealized: true })).toEqual({
      date: "2019-06-01",
      switches: { a: { on: true }, b: { on: true, effectiveness: 0.4 }, c: { on: false } },
      idealized: true,
    });
    expect(scenarioFromFlags({})).toEqual({ switches: {}, idealized: false });
  });

  it("--effectiveness tunes a named switch, or switches the intervention on", () => {
    expect(scenarioFromFlags({ enable: ["a"], disable: ["c"], effectiveness: ["a=0.5", "b=1", "c=0"] }).switches).toEqual({
      a: { on: true, effectiveness: 0.5 },
      b: { on: true, effectiveness: 1 },
      c: { on: false, effectiveness: 0 },
    });
  });

  it("refuses bad values with typed errors", () => {
    expect(kindOf({ date: "2019-02-29" })).toBe("invalid-date");
    expect(kindOf({ date: "June 2019" })).toBe("invalid-date");
    expect(kindOf({ enable: ["a"], disable: ["a"] })).toBe("conflicting-switch");
    expect(kindOf({ enable: ["a", "a"] })).toBe("conflicting-switch");
    expect(kindOf({ effectiveness: ["a=0.5", "a=0.6"] })).toBe("conflicting-switch");
    expect(kindOf({ enable: ["a:0.5"], effectiveness: ["a=0.6"] })).toBe("conflicting-switch");
    expect(kindOf({ effectiveness: ["a=2"] })).toBe("invalid-effectiveness");
    expect(kindOf({ effectiveness: ["a=-0.1"] })).toBe("invalid-effectiveness");
    expect(kindOf({ effectiveness: ["a=NaN"] })).toBe("invalid-effectiveness");
    expect(kindOf({ effectiveness: ["a=half"] })).toBe("invalid-effectiveness");
    expect(kindOf({ effectiveness: ["a"] })).toBe("malformed");
    expect(kindOf({ effectiveness: ["=0.5"] })).toBe("malformed");
  });
});
