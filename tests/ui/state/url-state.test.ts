import { describe, expect, it } from "vitest";
import { formatUrlState, parseUrlState } from "../../../src/ui/state/url-state";

describe("the view in the URL", () => {
  it("round-trips scenario, layout and selection", () => {
    const view = {
      scenario: { date: "2019-06-01", switches: { "cn-2019": { on: true, effectiveness: 0.5 }, mail: { on: false } }, idealized: true },
      layout: "geographic" as const,
      selection: { kind: "node" as const, id: "lab.cjng-1" },
    };
    const search = formatUrlState(view);
    expect(search).toBe("?d=2019-06-01&on=cn-2019:0.5&off=mail&ideal=1&layout=geographic&sel=node:lab.cjng-1");
    const parsed = parseUrlState(search);
    expect(parsed).toEqual({ ...view, synthetic: undefined, problems: [] });
  });

  it("writes the baseline explicitly, so a link to it does not fall back to the autosave", () => {
    const search = formatUrlState({ scenario: { switches: {}, idealized: false }, layout: "tiered", selection: null });
    expect(search).toBe("?base&layout=tiered");
    expect(parseUrlState(search).scenario).toEqual({ switches: {}, idealized: false });
  });

  it("an empty URL says nothing", () => {
    expect(parseUrlState("")).toEqual({ scenario: undefined, layout: undefined, selection: undefined, synthetic: undefined, problems: [] });
  });

  it("reports what it cannot read and keeps the rest", () => {
    const parsed = parseUrlState("?d=2019-13-45&layout=spiral&sel=blob&synthetic=-3&zzz=1&layout=tiered");
    expect(parsed.scenario).toBeUndefined();
    expect(parsed.layout).toBe("tiered");
    expect(parsed.problems).toHaveLength(5);
  });

  it("reads the synthetic graph size", () => {
    expect(parseUrlState("?synthetic=100000").synthetic).toBe(100000);
    expect(parseUrlState("?synthetic=1.5").synthetic).toBeUndefined();
  });
});
