import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ScenarioError, type ScenarioErrorKind } from "../../src/scenario/errors";
import type { Scenario } from "../../src/scenario/types";
import { formatScenarioQuery, parseScenarioQuery } from "../../src/scenario/url-codec";
import { isoDateArbitrary } from "../support/arbitraries";

function kindOf(text: string): ScenarioErrorKind | undefined {
  try {
    parseScenarioQuery(text);
    return undefined;
  } catch (error) {
    if (error instanceof ScenarioError) return error.kind;
    throw error;
  }
}

describe("scenario text form", () => {
  it("formats canonically: keys d, on, off, ideal; ids sorted", () => {
    const scenario: Scenario = {
      date: "2019-06-01",
      switches: { zeta: { on: true }, alpha: { on: true, effectiveness: 0.8 }, "india.ndps": { on: false } },
      idealized: true,
    };
    expect(formatScenarioQuery(scenario)).toBe("d=2019-06-01&on=alpha:0.8,zeta&off=india.ndps&ideal=1");
  });

  it("the baseline is the empty string", () => {
    expect(formatScenarioQuery({ switches: {}, idealized: false })).toBe("");
    expect(parseScenarioQuery("")).toEqual({ switches: {}, idealized: false });
    expect(parseScenarioQuery("?")).toEqual({ switches: {}, idealized: false });
  });

  it("parses what it formats, with a leading ? or # and percent-escapes", () => {
    expect(parseScenarioQuery("?on=a:0.5,b&d=2020-02-29")).toEqual({
      date: "2020-02-29",
      switches: { a: { on: true, effectiveness: 0.5 }, b: { on: true } },
      idealized: false,
    });
    expect(parseScenarioQuery("#on=a%3A0.25%2Cb")).toEqual(parseScenarioQuery("on=a:0.25,b"));
    expect(parseScenarioQuery("ideal=0")).toEqual({ switches: {}, idealized: false });
  });

  it("keeps an id named like an Object.prototype member as an ordinary id", () => {
    const parsed = parseScenarioQuery("on=constructor,tostring");
    expect(Object.keys(parsed.switches)).toEqual(["constructor", "tostring"]);
    expect(formatScenarioQuery(parsed)).toBe("on=constructor,tostring");
  });

  it("refuses bad strings with typed errors", () => {
    expect(kindOf("d=2019-02-29")).toBe("invalid-date");
    expect(kindOf("d=20190601")).toBe("invalid-date");
    expect(kindOf("on=a:1.5")).toBe("invalid-effectiveness");
    expect(kindOf("on=a:abc")).toBe("invalid-effectiveness");
    expect(kindOf("on=a:")).toBe("invalid-effectiveness");
    expect(kindOf("on=a:Infinity")).toBe("invalid-effectiveness");
    expect(kindOf("on=a&off=a")).toBe("conflicting-switch");
    expect(kindOf("on=a,a")).toBe("conflicting-switch");
    expect(kindOf("on=A")).toBe("malformed");
    expect(kindOf("on=")).toBe("malformed");
    expect(kindOf("on=a,,b")).toBe("malformed");
    expect(kindOf("x=1")).toBe("malformed");
    expect(kindOf("d=2019-06-01&d=2019-06-02")).toBe("malformed");
    expect(kindOf("ideal=yes")).toBe("malformed");
    expect(kindOf("on")).toBe("malformed");
    expect(kindOf("on=%E0%A4%A")).toBe("malformed");
  });

  it("refuses to format a scenario no link could carry", () => {
    expect(() => formatScenarioQuery({ switches: { "Bad Id": { on: true } }, idealized: false })).toThrow(ScenarioError);
    expect(() => formatScenarioQuery({ date: "2019-02-30", switches: {}, idealized: false })).toThrow(ScenarioError);
  });

  const idArbitrary = fc.stringMatching(/^[a-z0-9][a-z0-9._-]{0,12}$/);
  const scenarioArbitrary: fc.Arbitrary<Scenario> = fc
    .record({
      date: fc.option(isoDateArbitrary(), { nil: undefined }),
      switches: fc.dictionary(
        idArbitrary,
        fc.record({ on: fc.boolean(), effectiveness: fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: undefined }) }),
      ),
      idealized: fc.boolean(),
    })
    .map(({ date, switches, idealized }) => ({
      ...(date === undefined ? {} : { date }),
      switches: Object.fromEntries(
        Object.entries(switches).map(([id, s]) => [id, s.effectiveness === undefined ? { on: s.on } : { on: s.on, effectiveness: s.effectiveness }]),
      ),
      idealized,
    }));

  it("round-trips every scenario: parse(format(s)) equals s, and format is a fixed point", () => {
    fc.assert(
      fc.property(scenarioArbitrary, (scenario) => {
        const text = formatScenarioQuery(scenario);
        expect(text).toMatch(/^[a-z0-9._\-=&,:]*$/);
        const parsed = parseScenarioQuery(text);
        expect(parsed).toEqual(scenario);
        expect(formatScenarioQuery(parsed)).toBe(text);
      }),
    );
  });
});
