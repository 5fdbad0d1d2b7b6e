// The story editor's pure logic: recording the view as a step, editing, reordering and
// deleting steps, and the draft's round trip through storage and the story file.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseDatasetOrThrow } from "../../../src/model/load";
import { parseStory } from "../../../src/model/story/load-story";
import type { StoryStep } from "../../../src/model/story/story-types";
import { scenarioOfStory } from "../../../src/scenario/story-scenario";
import {
  checkDraft,
  deleteStep,
  DRAFT_STORAGE_KEY,
  draftText,
  emptyDraft,
  loadDraft,
  moveStep,
  recordStep,
  rerecordStep,
  saveDraft,
  updateStep,
  withSteps,
  type RecordedView,
} from "../../../src/ui/story/draft";

const dataset = parseDatasetOrThrow(readFileSync(resolve(__dirname, "../../../data/default.json"), "utf8"), "data/default.json");
const SCHEDULING = "cn-fentanyl-class-2019";

const view = (change: Partial<RecordedView> = {}): RecordedView => ({
  scenario: { date: "2019-06-01", switches: {}, idealized: false },
  layout: "tiered",
  camera: null,
  selection: null,
  highlightedPath: null,
  showChanges: false,
  ...change,
});

const titled = (title: string): StoryStep => ({ title, narrative: "", scenario: {} });

describe("recording the view as a step", () => {
  it("keeps the scenario exactly (it plays back as the same Scenario), the layout and a rounded camera", () => {
    const scenario = { date: "2018-12-31", switches: { [SCHEDULING]: { on: true, effectiveness: 0.5 } }, idealized: true };
    const step = recordStep(view({ scenario, layout: "geographic", camera: { x: 0.123456789, y: 0.5, ratio: 0.33333333 } }), dataset);
    expect(scenarioOfStory(step.scenario)).toEqual(scenario);
    expect(step.view).toEqual({ layout: "geographic", camera: { x: 0.1235, y: 0.5, ratio: 0.3333 } });
    expect(step.title).toContain("2018-12-31");
    expect(step.title).toContain("idealized");
    expect(step.highlight).toBeUndefined();
  });

  it("records what the view highlights: a selected node or edge, a highlighted route, show changes", () => {
    expect(recordStep(view({ selection: { kind: "node", id: "cn-fentanyl-labs-pre2019" } }), dataset).highlight).toEqual({ nodes: ["cn-fentanyl-labs-pre2019"] });
    expect(recordStep(view({ selection: { kind: "edge", id: "e-cnpost-usmail-pow" } }), dataset).highlight).toEqual({ edges: ["e-cnpost-usmail-pow"] });
    const route = ["e-online-cnpost-pow", "e-cnpost-usmail-pow"];
    expect(recordStep(view({ highlightedPath: route, showChanges: true }), dataset).highlight).toEqual({ routes: [route], changes: true });
  });

  it("re-recording keeps the step's text and its min-cut highlight, and replaces scenario and view", () => {
    const step: StoryStep = { ...recordStep(view(), dataset), title: "Mine", narrative: "Text", questions: ["Why?"], highlight: { minCut: true, nodes: ["x"] } };
    const next = rerecordStep(step, view({ scenario: { switches: {}, idealized: false }, layout: "geographic" }), dataset);
    expect(next).toMatchObject({ title: "Mine", narrative: "Text", questions: ["Why?"], scenario: {}, view: { layout: "geographic" }, highlight: { minCut: true } });
    expect(next.highlight?.nodes).toBeUndefined();
  });

  it("a draft of recorded steps is a valid story on the dataset", () => {
    const draft = withSteps(emptyDraft(dataset), [recordStep(view(), dataset), recordStep(view({ layout: "geographic", showChanges: true }), dataset)]);
    const checked = checkDraft(draft, dataset);
    expect(checked.ok).toBe(true);
    const parsed = parseStory(draftText(draft), "draft.json", dataset);
    expect(parsed.ok && parsed.warnings).toEqual([]);
  });

  it("an empty draft is refused (a story has at least one step)", () => {
    expect(checkDraft(emptyDraft(dataset), dataset).ok).toBe(false);
  });
});

describe("editing the steps", () => {
  const draft = withSteps(emptyDraft(dataset), ["a", "b", "c", "d"].map(titled));
  const titles = (d: typeof draft) => d.steps.map((step) => step.title).join("");

  it("moves a step up or down, clamped to the list", () => {
    expect(titles(moveStep(draft, 2, -1))).toBe("acbd");
    expect(titles(moveStep(draft, 0, 1))).toBe("bacd");
    expect(moveStep(draft, 0, -1)).toBe(draft);
    expect(moveStep(draft, 3, 1)).toBe(draft);
    expect(titles(moveStep(draft, 0, 10))).toBe("bcda");
  });

  it("moving keeps every step once (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 3 }), fc.integer({ min: -5, max: 5 }), (index, delta) => {
        const moved = moveStep(draft, index, delta);
        expect([...titles(moved)].sort().join("")).toBe("abcd");
        expect(moved.steps.indexOf(draft.steps[index])).toBe(Math.max(0, Math.min(3, index + delta)));
      }),
    );
  });

  it("deletes one step and edits one step's text, leaving the others and the input untouched", () => {
    expect(titles(deleteStep(draft, 1))).toBe("acd");
    const edited = updateStep(draft, 2, { title: "C", narrative: "*new*" });
    expect(edited.steps[2]).toEqual({ title: "C", narrative: "*new*", scenario: {} });
    expect(edited.steps[1]).toBe(draft.steps[1]);
    expect(titles(draft)).toBe("abcd");
  });
});

describe("the stored draft", () => {
  it("round-trips through storage, and anything else stored reads as no draft", () => {
    const storage = new Map<string, string>();
    const store = { getItem: (key: string) => storage.get(key) ?? null, setItem: (key: string, value: string) => void storage.set(key, value) };
    const draft = withSteps(emptyDraft(dataset), [recordStep(view(), dataset)]);
    saveDraft(store, draft);
    expect(loadDraft(store)).toEqual(draft);
    for (const junk of ["{", "[]", '{"title":1}', '{"title":"t","audience":"a","dataset":"d","steps":[{"title":"x"}]}']) {
      storage.set(DRAFT_STORAGE_KEY, junk);
      expect(loadDraft(store), junk).toBeUndefined();
    }
  });

  it("a full or disabled storage does not throw", () => {
    const broken = {
      getItem: () => {
        throw new Error("denied");
      },
      setItem: () => {
        throw new Error("full");
      },
    };
    expect(() => saveDraft(broken, emptyDraft(dataset))).not.toThrow();
    expect(loadDraft(broken)).toBeUndefined();
  });
});
