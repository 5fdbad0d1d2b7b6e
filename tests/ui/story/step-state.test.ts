// What entering and leaving a story step does to the app state, and the small pure parts
// of presentation mode: step numbers, framing, the min-cut highlight, the keys, the words
// that say the scenario and highlight.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { createAnalyzer } from "../../../src/analysis";
import { parseDatasetOrThrow } from "../../../src/model/load";
import type { Story } from "../../../src/model/story/story-types";
import { scenarioOfStory } from "../../../src/scenario/story-scenario";
import { initialAppState, undo } from "../../../src/ui/state/app-state";
import { describeHighlight, switchesAttribute } from "../../../src/ui/story/context-text";
import { enterStep, framedNodes, leaveStory, stepHighlight, stepIndex, withMinCut } from "../../../src/ui/story/step-state";
import { actionForKey, scrollBy } from "../../../src/ui/story/use-presenter-keys";

const story: Story = {
  format: "chokepoint-story",
  version: 1,
  title: "T",
  audience: "A",
  dataset: "D",
  steps: [
    { title: "One", narrative: "", scenario: { date: "2018-12-31" }, highlight: { nodes: ["n1", "n1"], edges: ["e1"], routes: [["e1", "e2"]] } },
    { title: "Two", narrative: "", scenario: { date: "2019-06-01" }, view: { layout: "geographic" }, highlight: { changes: true } },
    { title: "Three", narrative: "", scenario: { switches: { x: { on: true, effectiveness: 0.5 } }, idealized: true } },
  ],
};
const scenarios = story.steps.map((step) => scenarioOfStory(step.scenario));

describe("entering a step", () => {
  it("sets the step's scenario, layout, highlight and location, and clears the user's pointing", () => {
    const before = { ...initialAppState({ selection: { kind: "node", id: "n9" } }), highlightedPath: ["e9"] };
    const state = enterStep(before, "s", story, scenarios, 0, 1000);
    expect(state.scenario).toBe(scenarios[0]);
    expect(state).toMatchObject({ layout: "tiered", story: { id: "s", step: 1 }, selection: null, highlightedPath: null, showChanges: false, pinned: null });
    expect(state.highlight).toEqual({ nodes: ["n1"], edges: ["e1", "e2"], emphasised: [] });
  });

  it("with `changes`, pins the previous step's scenario and shows changes against it", () => {
    const first = enterStep(initialAppState(), "s", story, scenarios, 0, 0);
    const second = enterStep(first, "s", story, scenarios, 1, 5000);
    expect(second).toMatchObject({ layout: "geographic", showChanges: true, story: { id: "s", step: 2 } });
    expect(second.pinned).toBe(scenarios[0]);
    // Each step is its own undo step.
    expect(undo(second).scenario).toBe(scenarios[0]);
  });

  it("leaving keeps the scenario and restores pin and show changes", () => {
    const state = enterStep(initialAppState(), "s", story, scenarios, 1, 0);
    const left = leaveStory(state, { pinned: null, showChanges: false });
    expect(left).toMatchObject({ story: null, highlight: null, pinned: null, showChanges: false });
    expect(left.scenario).toBe(scenarios[1]);
  });

  it("clamps step numbers to the story", () => {
    expect([0, 1, 2, 3, 4, 99].map((n) => stepIndex(story, n))).toEqual([0, 0, 1, 2, 2, 2]);
  });

  it("frames the highlighted nodes and the ends of highlighted and emphasised edges", () => {
    const ends = (edge: string) => ({ e1: ["a", "b"], e2: ["b", "c"], cut: ["c", "d"] })[edge] ?? [];
    expect(framedNodes({ nodes: ["n1"], edges: ["e1", "e2"], emphasised: ["cut"] }, ends).sort()).toEqual(["a", "b", "c", "d", "n1"]);
  });
});

describe("the min-cut highlight", () => {
  it("emphasises the report's cut edges and highlights nodes whose capacity binds", () => {
    const dataset = parseDatasetOrThrow(readFileSync(resolve(__dirname, "../../../data/default.json"), "utf8"), "data/default.json");
    const report = createAnalyzer(dataset).analyze({ date: "2025-12-31", switches: {}, idealized: false }).report;
    const highlight = withMinCut(stepHighlight(story.steps[0]), report);
    const cutEdges = report.minCut.flatMap((entry) => (entry.edge === null ? [] : [entry.edge]));
    expect(cutEdges.length).toBeGreaterThan(0);
    expect(highlight.emphasised).toEqual(cutEdges);
    expect(highlight.edges).toEqual(["e1", "e2"]);
    expect(highlight.nodes).toContain("n1");
  });
});

describe("presentation keys", () => {
  it("maps a keyboard's and a clicker's keys", () => {
    expect(["ArrowRight", "n"].map((key) => actionForKey(key, false))).toEqual(["next", "next"]);
    expect(["ArrowLeft", "p"].map((key) => actionForKey(key, false))).toEqual(["previous", "previous"]);
    // A clicker's keys page through a long step before moving on; the arrows up and down scroll.
    expect(["PageDown", " "].map((key) => actionForKey(key, false))).toEqual(["page-down", "page-down"]);
    expect([actionForKey("PageUp", false), actionForKey(" ", true)]).toEqual(["page-up", "page-up"]);
    expect([actionForKey("ArrowDown", false), actionForKey("ArrowUp", false)]).toEqual(["line-down", "line-up"]);
    expect([actionForKey("Home", false), actionForKey("End", false), actionForKey("Escape", false), actionForKey("a", false)]).toEqual(["first", "last", "leave", null]);
  });

  it("scrolls a step's text until its end is in view, then reports that it cannot", () => {
    const text = { scrollHeight: 1000, clientHeight: 400, scrollTop: 0 } as HTMLElement;
    expect(scrollBy(text, -1, "page")).toBe(false);
    expect(scrollBy(text, 1, "page")).toBe(true);
    expect(text.scrollTop).toBe(340);
    expect(scrollBy(text, 1, "page")).toBe(true);
    expect(text.scrollTop).toBe(600);
    expect(scrollBy(text, 1, "page")).toBe(false);
    expect(scrollBy(text, -1, "line")).toBe(true);
    expect(text.scrollTop).toBe(552);
    expect(scrollBy({ scrollHeight: 300, clientHeight: 400, scrollTop: 0 } as HTMLElement, 1, "page")).toBe(false);
    expect(scrollBy(null, 1, "line")).toBe(false);
  });
});

describe("the scenario and highlight in words", () => {
  it("lists switches sorted, with their effectiveness", () => {
    expect(switchesAttribute(scenarios[2])).toBe("x=on@0.5");
    expect(switchesAttribute({ switches: { b: { on: false }, a: { on: true } }, idealized: false })).toBe("a=on b=off");
  });

  it("says what the graph highlights", () => {
    expect(describeHighlight(null, undefined, false)).toBe("the whole graph");
    expect(describeHighlight({ nodes: ["a"], edges: ["e", "f"], emphasised: ["c"] }, 2, false)).toBe("1 node, 2 edges, the minimum cut (1 edge, emphasised), changes since step 2");
    expect(describeHighlight({ nodes: [], edges: [], emphasised: [] }, null, true)).toBe("the minimum cut (computing…), changes since the baseline");
  });
});
