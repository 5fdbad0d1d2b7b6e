/**
 * What entering a story step does to the app state, as pure functions (unit-tested without
 * React): the step's scenario (one undo step each, so Ctrl+Z walks back through the story),
 * its layout, "show changes" against the previous step's scenario (pinned), and its
 * highlight. The min-cut part of a highlight is only known once the analysis answers.
 */
import type { AnalysisReport } from "../../analysis/report-types";
import type { Story, StoryStep } from "../../model/story/story-types";
import type { Scenario } from "../../scenario/types";
import { changeScenario, type AppState, type GraphHighlight } from "../state/app-state";

/** The step's own highlight: its nodes, and its edges and routes' edges, without duplicates. */
export function stepHighlight(step: StoryStep): GraphHighlight {
  const highlight = step.highlight;
  const edges = new Set([...(highlight?.edges ?? []), ...(highlight?.routes ?? []).flat()]);
  return { nodes: [...new Set(highlight?.nodes ?? [])], edges: [...edges], emphasised: [] };
}

/** Adds the report's minimum cut: its edges emphasised, the nodes whose capacity binds highlighted. */
export function withMinCut(highlight: GraphHighlight, report: AnalysisReport): GraphHighlight {
  const emphasised = report.minCut.flatMap((entry) => (entry.edge === null ? [] : [entry.edge]));
  const nodes = report.minCut.flatMap((entry) => (entry.edge === null && entry.node !== null ? [entry.node] : []));
  return { nodes: [...new Set([...highlight.nodes, ...nodes])], edges: highlight.edges, emphasised };
}

/**
 * The state showing step `index` of `story` (presented as `storyId`). `scenarios` are the
 * steps' scenarios, computed once per story so that each step keeps one scenario object
 * (the analysis and the scenario engine cache by identity).
 */
export function enterStep(state: AppState, storyId: string, story: Story, scenarios: readonly Scenario[], index: number, at: number): AppState {
  const step = story.steps[index];
  const changes = step.highlight?.changes === true;
  const next = changeScenario(state, scenarios[index], { key: `story-step:${index}`, at });
  return {
    ...next,
    layout: step.view?.layout ?? "tiered",
    pinned: changes && index > 0 ? scenarios[index - 1] : null,
    showChanges: changes,
    selection: null,
    highlightedPath: null,
    emphasisedEdges: null,
    hoveredNode: null,
    highlight: stepHighlight(step),
    story: state.story?.id === storyId && state.story.step === index + 1 ? state.story : { id: storyId, step: index + 1 },
  };
}

/** What the app showed before a presentation, restored when it ends. */
export interface BeforeStory {
  readonly pinned: Scenario | null;
  readonly showChanges: boolean;
}

/** Leaves presentation mode; the last step's scenario stays (and the steps stay in the undo history). */
export function leaveStory(state: AppState, before: BeforeStory): AppState {
  return { ...state, story: null, highlight: null, pinned: before.pinned, showChanges: before.showChanges };
}

/** Step `n` (1-based) clamped to the story's steps, as an index. */
export function stepIndex(story: Story, n: number): number {
  return Math.min(story.steps.length, Math.max(1, Math.round(n))) - 1;
}

/** The nodes a step's camera frames when the step gives no camera: everything it highlights. */
export function framedNodes(highlight: GraphHighlight, edgeEnds: (edge: string) => readonly string[]): string[] {
  return [...new Set([...highlight.nodes, ...[...highlight.edges, ...highlight.emphasised].flatMap(edgeEnds)])];
}
