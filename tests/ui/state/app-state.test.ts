import { describe, expect, it } from "vitest";
import {
  COALESCE_WINDOW_MS,
  HISTORY_LIMIT,
  atDate,
  changeScenario,
  initialAppState,
  redo,
  sameScenario,
  undo,
  withEffectiveness,
  withSwitch,
} from "../../../src/ui/state/app-state";

const start = initialAppState();

describe("scenario history", () => {
  it("undoes and redoes scenario changes in order", () => {
    const a = changeScenario(start, withSwitch(start.scenario, "x", true), { key: "switch:x", at: 0 });
    const b = changeScenario(a, withSwitch(a.scenario, "y", true), { key: "switch:y", at: 10 });
    expect(undo(b).scenario).toEqual(a.scenario);
    expect(undo(undo(b)).scenario).toEqual(start.scenario);
    expect(redo(undo(undo(b))).scenario).toEqual(a.scenario);
    expect(redo(redo(undo(undo(b)))).scenario).toEqual(b.scenario);
    expect(undo(start)).toBe(start);
    expect(redo(b)).toBe(b);
  });

  it("a new change after an undo drops the redo branch", () => {
    const a = changeScenario(start, withSwitch(start.scenario, "x", true), { key: "k1", at: 0 });
    const back = undo(a);
    const c = changeScenario(back, withSwitch(back.scenario, "z", true), { key: "k2", at: 5000 });
    expect(c.future).toEqual([]);
    expect(redo(c)).toBe(c);
  });

  it("coalesces a slider drag into one undo step, but not changes far apart in time", () => {
    let state = changeScenario(start, withSwitch(start.scenario, "x", true), { key: "switch:x", at: 0 });
    for (let i = 1; i <= 10; i++) {
      state = changeScenario(state, withEffectiveness(state.scenario, "x", i / 10, true), { key: "eff:x", at: 100 * i });
    }
    expect(state.scenario.switches.x).toEqual({ on: true, effectiveness: 1 });
    expect(undo(state).scenario.switches.x).toEqual({ on: true });
    const later = changeScenario(state, withEffectiveness(state.scenario, "x", 0.5, true), {
      key: "eff:x",
      at: 1000 + COALESCE_WINDOW_MS + 1,
    });
    expect(undo(later).scenario.switches.x).toEqual({ on: true, effectiveness: 1 });
  });

  it("ignores a change to the same scenario and bounds the history", () => {
    expect(changeScenario(start, { switches: {}, idealized: false }, { key: "k", at: 0 })).toBe(start);
    let state = start;
    for (let i = 0; i < HISTORY_LIMIT + 20; i++) {
      state = changeScenario(state, withSwitch(state.scenario, `i${i}`, true), { key: `k${i}`, at: i * 10_000 });
    }
    expect(state.past.length).toBe(HISTORY_LIMIT);
  });

  it("clears the highlighted path when the scenario changes", () => {
    const highlighted = { ...start, highlightedPath: ["e1"] };
    expect(changeScenario(highlighted, withSwitch(start.scenario, "x", true), { key: "k", at: 0 }).highlightedPath).toBeNull();
  });
});

describe("scenario edits", () => {
  it("a timeline move gives the scenario in force on that date: no switches, idealized kept", () => {
    const edited = { date: "2018-01-01", switches: { x: { on: true } }, idealized: true };
    expect(atDate(edited, "2020-05-01")).toEqual({ date: "2020-05-01", switches: {}, idealized: true });
    expect(atDate(edited, undefined)).toEqual({ switches: {}, idealized: true });
  });

  it("switching keeps the effectiveness the user set; setting effectiveness keeps on/off", () => {
    const s = withEffectiveness({ switches: {}, idealized: false }, "x", 0.3, false);
    expect(s.switches.x).toEqual({ on: false, effectiveness: 0.3 });
    expect(withSwitch(s, "x", true).switches.x).toEqual({ on: true, effectiveness: 0.3 });
    expect(() => withEffectiveness(s, "x", 1.5, true)).toThrow(RangeError);
  });

  it("compares scenarios by content", () => {
    expect(sameScenario({ switches: { a: { on: true } }, idealized: false }, { switches: { a: { on: true } }, idealized: false })).toBe(true);
    expect(sameScenario({ switches: { a: { on: true } }, idealized: false }, { switches: { a: { on: false } }, idealized: false })).toBe(false);
    expect(sameScenario({ date: "2019-01-01", switches: {}, idealized: false }, { switches: {}, idealized: false })).toBe(false);
  });
});
