import { describe, expect, it } from "vitest";
import { ScenarioError } from "../../src/scenario/errors";
import {
  eventsUpTo,
  interventionsInForce,
  lastChangingEvent,
  nextEventDate,
  previousEventDate,
  timelineOf,
} from "../../src/scenario/timeline";
import { acting, disable, enable, event, makeDataset, node, edge } from "../support/dataset-builder";
import { handDataset } from "./fixture";

describe("timeline of the hand-built dataset", () => {
  it("sorts events by date and lists distinct dates", () => {
    expect(timelineOf(handDataset).events.map((e) => e.id)).toEqual([
      "ev-coop",
      "ev-npp",
      "ev-class",
      "ev-npp-weaker",
      "ev-mail-tuned",
      "ev-context",
      "ev-coop-off",
      "ev-coop-on",
    ]);
    expect(timelineOf(handDataset).dates[0]).toBe("2017-01-01");
    expect(timelineOf(handDataset)).toBe(timelineOf(handDataset)); // cached per dataset
  });

  it("gives the interventions in force on a day, with the enabling event", () => {
    expect(interventionsInForce(handDataset, "2019-06-01")).toEqual([
      { id: "coop", effectiveness: 0.8, enabledBy: "ev-coop" },
      { id: "cn-npp", effectiveness: 0.6, enabledBy: "ev-npp" },
      { id: "cn-class", effectiveness: 0.7, enabledBy: "ev-class" },
    ]);
    expect(interventionsInForce(handDataset, "2016-12-31")).toEqual([]);
    expect(interventionsInForce(handDataset, "2022-08-05").map((i) => i.id)).toEqual(["cn-npp", "cn-class"]);
  });

  it("lists the events up to a day, inclusive", () => {
    expect(eventsUpTo(handDataset, "2019-05-01").map((e) => e.id)).toEqual(["ev-coop", "ev-npp", "ev-class"]);
    expect(eventsUpTo(handDataset, "2000-01-01")).toEqual([]);
  });

  it("names the event that last changed the scenario, skipping context and no-op events", () => {
    expect(lastChangingEvent(handDataset, "2019-06-01")?.id).toBe("ev-class");
    // ev-mail-tuned re-weights mail while it is off: its effectiveness changes, which counts
    expect(lastChangingEvent(handDataset, "2021-03-01")?.id).toBe("ev-mail-tuned");
    // ev-context (2021-06-01) has no changes
    expect(lastChangingEvent(handDataset, "2021-07-01")?.id).toBe("ev-mail-tuned");
    expect(lastChangingEvent(handDataset, "2016-01-01")).toBeUndefined();
  });

  it("steps to the next and previous event dates", () => {
    expect(nextEventDate(handDataset, "2019-05-01")).toBe("2020-01-01");
    expect(nextEventDate(handDataset, "2019-04-30")).toBe("2019-05-01");
    expect(previousEventDate(handDataset, "2019-05-01")).toBe("2018-02-01");
    expect(previousEventDate(handDataset, "2017-01-01")).toBeUndefined();
    expect(nextEventDate(handDataset, "2023-11-15")).toBeUndefined();
  });

  it("refuses a day that is not a day", () => {
    expect(() => nextEventDate(handDataset, "2019-13-01")).toThrow(ScenarioError);
    expect(() => interventionsInForce(handDataset, "yesterday")).toThrow(expect.objectContaining({ kind: "invalid-date" }));
  });
});

describe("replay rules", () => {
  const base = {
    nodes: [node("p", "producer"), node("l", "lab", "MX")],
    edges: [edge("e", "p", "l")],
    interventions: [acting("x", { edges: ["e"] }, { effectiveness: 0.3 })],
  };

  it("keeps dataset order among events of the same day", () => {
    const onThenOff = makeDataset({ ...base, events: [event("2020-01-01", [enable("x")], "a"), event("2020-01-01", [disable("x")], "b")] });
    const offThenOn = makeDataset({ ...base, events: [event("2020-01-01", [disable("x")], "b"), event("2020-01-01", [enable("x")], "a")] });
    expect(interventionsInForce(onThenOff, "2020-01-01")).toEqual([]);
    expect(interventionsInForce(offThenOn, "2020-01-01").map((i) => i.id)).toEqual(["x"]);
  });

  it("re-enabling without an effectiveness goes back to the default", () => {
    const data = makeDataset({
      ...base,
      events: [event("2020-01-01", [enable("x", 0.9)]), event("2021-01-01", [disable("x")]), event("2022-01-01", [enable("x")])],
    });
    expect(interventionsInForce(data, "2020-06-01")[0].effectiveness).toBe(0.9);
    expect(interventionsInForce(data, "2022-06-01")[0].effectiveness).toBe(0.3);
  });

  it("skips changes naming an unknown intervention instead of crashing", () => {
    const data = makeDataset({ ...base, events: [event("2020-01-01", [enable("ghost"), enable("x")])] });
    expect(interventionsInForce(data, "2020-01-01").map((i) => i.id)).toEqual(["x"]);
  });
});
