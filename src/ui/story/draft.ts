/**
 * The story an instructor writes in the app: a draft (like a story, but it may have no
 * step yet), edited through pure functions, saved in localStorage after every change,
 * and exported as a story file that validates like any other.
 */
import type { Dataset } from "../../model/types";
import { validateStory, type StoryValidation } from "../../model/story/validate-story";
import { STORY_FORMAT, STORY_VERSION } from "../../model/story/story-schema";
import type { Story, StoryCamera, StoryFigure, StoryHighlight, StoryLayout, StoryStep } from "../../model/story/story-types";
import { storyScenarioOf } from "../../scenario/story-scenario";
import type { Scenario } from "../../scenario/types";
import type { HighlightedPath, Selection } from "../state/app-state";

export interface StoryDraft {
  readonly title: string;
  readonly audience: string;
  readonly description?: string;
  readonly dataset: string;
  readonly steps: readonly StoryStep[];
}

export const DRAFT_STORAGE_KEY = "chokepoint.story-draft.v1";
export const DEFAULT_FIGURES: readonly StoryFigure[] = [{ kind: "throughput" }, { kind: "loophole-share" }];

export function emptyDraft(dataset: Dataset): StoryDraft {
  return { title: "Untitled story", audience: "Students", dataset: dataset.meta.title, steps: [] };
}

export function draftOf(story: Story): StoryDraft {
  return { title: story.title, audience: story.audience, ...(story.description ? { description: story.description } : {}), dataset: story.dataset, steps: story.steps };
}

/** The story file's content (validate it with `checkDraft` before handing it out). */
export function storyOfDraft(draft: StoryDraft): Record<string, unknown> {
  return { format: STORY_FORMAT, version: STORY_VERSION, ...draft };
}

export function draftText(draft: StoryDraft): string {
  return JSON.stringify(storyOfDraft(draft), null, 2) + "\n";
}

/** The draft as a story, checked against the dataset (a draft without steps is refused). */
export function checkDraft(draft: StoryDraft, dataset: Dataset): StoryValidation {
  return validateStory(JSON.parse(draftText(draft)), dataset);
}

export function withSteps(draft: StoryDraft, steps: readonly StoryStep[]): StoryDraft {
  return { ...draft, steps };
}

export function updateStep(draft: StoryDraft, index: number, change: Partial<StoryStep>): StoryDraft {
  return withSteps(draft, draft.steps.map((step, i) => (i === index ? { ...step, ...change } : step)));
}

/** Moves a step by `delta` places (clamped to the list). */
export function moveStep(draft: StoryDraft, index: number, delta: number): StoryDraft {
  const target = Math.max(0, Math.min(draft.steps.length - 1, index + delta));
  if (target === index) return draft;
  const steps = [...draft.steps];
  const [moved] = steps.splice(index, 1);
  steps.splice(target, 0, moved);
  return withSteps(draft, steps);
}

export function deleteStep(draft: StoryDraft, index: number): StoryDraft {
  return withSteps(draft, draft.steps.filter((_, i) => i !== index));
}

/** The view on screen, as the editor records it. */
export interface RecordedView {
  readonly scenario: Scenario;
  readonly layout: StoryLayout;
  readonly camera: StoryCamera | null;
  readonly selection: Selection | null;
  readonly highlightedPath: HighlightedPath | null;
  readonly showChanges: boolean;
}

const round = (value: number) => Math.round(value * 10_000) / 10_000;

/** A few words for a scenario: "2019-06-01, 1 switch" or "Baseline". */
export function describeScenario(scenario: Scenario, dataset: Dataset): string {
  const ids = Object.keys(scenario.switches);
  const label = (id: string) => dataset.interventions.find((intervention) => intervention.id === id)?.label ?? id;
  const parts = [scenario.date ?? "Baseline"];
  if (ids.length === 1) parts.push(`${scenario.switches[ids[0]].on ? "with" : "without"} ${label(ids[0])}`);
  else if (ids.length > 1) parts.push(`${ids.length} switches`);
  if (scenario.idealized) parts.push("idealized");
  return parts.join(", ");
}

/** The parts of the view that a step's highlight records (selection, highlighted route, show changes). */
function recordedHighlight(view: RecordedView): StoryHighlight | undefined {
  const highlight: { -readonly [K in keyof StoryHighlight]: StoryHighlight[K] } = {};
  if (view.selection?.kind === "node") highlight.nodes = [view.selection.id];
  if (view.selection?.kind === "edge") highlight.edges = [view.selection.id];
  if (view.highlightedPath && view.highlightedPath.length > 0) highlight.routes = [view.highlightedPath];
  if (view.showChanges) highlight.changes = true;
  return Object.keys(highlight).length > 0 ? highlight : undefined;
}

/** "Add this view as a step": the scenario, layout, camera and highlight on screen now. */
export function recordStep(view: RecordedView, dataset: Dataset): StoryStep {
  const camera = view.camera
    ? { x: round(view.camera.x), y: round(view.camera.y), ratio: Math.max(0.0001, round(view.camera.ratio)), ...(view.camera.angle ? { angle: round(view.camera.angle) } : {}) }
    : undefined;
  const highlight = recordedHighlight(view);
  return {
    title: describeScenario(view.scenario, dataset),
    narrative: "",
    scenario: storyScenarioOf(view.scenario),
    view: { layout: view.layout, ...(camera ? { camera } : {}) },
    ...(highlight ? { highlight } : {}),
    figures: DEFAULT_FIGURES,
  };
}

/** Replaces the step's scenario, layout, camera and highlight with the view on screen, keeping its text. */
export function rerecordStep(step: StoryStep, view: RecordedView, dataset: Dataset): StoryStep {
  const recorded = recordStep(view, dataset);
  const { highlight: _dropped, ...rest } = step;
  const minCut = step.highlight?.minCut ? { ...(recorded.highlight ?? {}), minCut: true } : recorded.highlight;
  return { ...rest, scenario: recorded.scenario, view: recorded.view, ...(minCut ? { highlight: minCut } : {}) };
}

/** Storage the draft is kept in (window.localStorage in the app, a Map in tests). */
export interface DraftStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

export function saveDraft(storage: DraftStorage, draft: StoryDraft): void {
  try {
    storage.setItem(DRAFT_STORAGE_KEY, JSON.stringify(draft));
  } catch {
    // Storage full or disabled: the draft lives until the page closes; export keeps it.
  }
}

/**
 * The saved draft, when what is stored reads as one. Only its shape is checked here: a
 * draft may hold a step that would not validate yet (a question too long); presenting and
 * exporting validate it fully and say what to fix.
 */
export function loadDraft(storage: DraftStorage): StoryDraft | undefined {
  let text: string | null;
  try {
    text = storage.getItem(DRAFT_STORAGE_KEY);
  } catch {
    return undefined;
  }
  if (text === null) return undefined;
  try {
    const value = JSON.parse(text) as unknown;
    return isDraftLike(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

function isDraftLike(value: unknown): value is StoryDraft {
  if (!isRecord(value) || typeof value.title !== "string" || typeof value.audience !== "string" || typeof value.dataset !== "string") return false;
  if (!Array.isArray(value.steps)) return false;
  return value.steps.every(
    (step) =>
      isRecord(step) &&
      typeof step.title === "string" &&
      typeof step.narrative === "string" &&
      isRecord(step.scenario) &&
      (step.questions === undefined || (Array.isArray(step.questions) && step.questions.every((q) => typeof q === "string"))) &&
      (step.sources === undefined || (Array.isArray(step.sources) && step.sources.every((q) => typeof q === "string"))) &&
      (step.figures === undefined || (Array.isArray(step.figures) && step.figures.every(isRecord))) &&
      (step.highlight === undefined || isRecord(step.highlight)) &&
      (step.view === undefined || isRecord(step.view)),
  );
}
