import { describe, expect, it } from "vitest";
import { isIsoDate } from "../../src/model/dates";
import type { Scenario } from "../../src/scenario/types";
import { checkScenario } from "../../src/scenario/validate";
import { handDataset } from "./fixture";

describe("ISO dates", () => {
  it("accepts real days only", () => {
    for (const day of ["2019-06-01", "2020-02-29", "2000-02-29", "2019-12-31", "0001-01-01"]) expect(isIsoDate(day)).toBe(true);
    for (const day of ["2019-02-29", "1900-02-29", "2019-04-31", "2019-00-10", "2019-13-01", "2019-01-00", "2019-6-1", "2019-06-01T00:00", " 2019-06-01", ""])
      expect(isIsoDate(day)).toBe(false);
  });
});

describe("scenario validation", () => {
  it("accepts a good scenario", () => {
    expect(checkScenario(handDataset, { date: "2019-06-01", switches: { mail: { on: true, effectiveness: 0 } }, idealized: false })).toEqual([]);
  });

  it("reports every problem at once, each with a kind and a path", () => {
    const scenario = {
      date: "2019-02-30",
      switches: { ghost: { on: true }, mail: { on: true, effectiveness: Number.POSITIVE_INFINITY }, border: { on: "yes" } },
      idealized: "no",
    } as unknown as Scenario;
    expect(checkScenario(handDataset, scenario).map((problem) => [problem.kind, problem.path])).toEqual([
      ["invalid-date", "date"],
      ["malformed", "idealized"],
      ["unknown-intervention", "switches.ghost"],
      ["invalid-effectiveness", "switches.mail.effectiveness"],
      ["malformed", "switches.border"],
    ]);
  });

  it("does not take an Object.prototype member for an intervention", () => {
    const problems = checkScenario(handDataset, { switches: { constructor: { on: true } }, idealized: false });
    expect(problems.map((problem) => problem.kind)).toEqual(["unknown-intervention"]);
  });
});
