// Helpers for the story tests: what a presented step shows (scenario, highlight, figures,
// progress) read from the page, and what it should show, computed in Node from the story
// file and the real analysis modules (the same ones tests/data/precursor-loophole-story
// uses), never typed in.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { Page } from "playwright-core";
import { resolveFigure } from "../../../src/analysis/report/story-figures";
import { parseStory } from "../../../src/model/story/load-story";
import type { Story } from "../../../src/model/story/story-types";
import { scenarioOfStory } from "../../../src/scenario/story-scenario";
import { switchesAttribute } from "../../../src/ui/story/context-text";
import { figureKey, formatFigure } from "../../../src/ui/story/FigureCard";
import { stepHighlight, withMinCut } from "../../../src/ui/story/step-state";
import { defaultDataset } from "./expected";

/** What one presented step shows, as the page says it. */
export interface ShownStep {
  readonly step: number;
  readonly count: string;
  readonly title: string;
  readonly date: string;
  readonly switches: string;
  readonly idealized: string;
  readonly layout: string;
  readonly nodes: string;
  readonly edges: string;
  readonly emphasised: string;
  readonly changes: string;
  readonly focusNodes: number;
  readonly focusEdges: number;
  /** Figure key -> value, in the order shown. */
  readonly figures: readonly (readonly [string, number])[];
  /** The figures' visible text (value and unit), in order. */
  readonly figureTexts: readonly string[];
}

export function readStoryFile(text: string, name: string): Story {
  const loaded = parseStory(text, name, defaultDataset().dataset);
  if (!loaded.ok) throw new Error(`${name} is not a valid story: ${loaded.errors.map((error) => error.message).join("; ")}`);
  return loaded.story;
}

export function bundledStory(id: string): Story {
  const file = resolve(import.meta.dirname, `../../../data/stories/${id}.json`);
  return readStoryFile(readFileSync(file, "utf8"), `${id}.json`);
}

/** Waits until step `n` is shown with its figures computed and its highlight drawn. */
export async function waitForStep(page: Page, n: number, timeout = 30_000): Promise<void> {
  await page.waitForSelector(`.story-presenter[data-step="${n}"][data-step-ready="true"]`, { timeout });
}

export async function readShownStep(page: Page): Promise<ShownStep> {
  return page.evaluate(() => {
    const presenter = document.querySelector(".story-presenter")!;
    const scenario = document.querySelector("[data-testid='story-scenario']")!;
    const highlight = document.querySelector("[data-testid='story-highlight']")!;
    const graph = document.querySelector(".graph-view")!;
    const figures = [...document.querySelectorAll(".story-figure[data-figure]")];
    const attr = (element: Element, name: string) => element.getAttribute(name) ?? "";
    return {
      step: Number(attr(presenter, "data-step")),
      count: document.querySelector("[data-testid='story-count']")?.textContent ?? "",
      title: document.querySelector(".story-step-title")?.textContent ?? "",
      date: attr(scenario, "data-date"),
      switches: attr(scenario, "data-switches"),
      idealized: attr(scenario, "data-idealized"),
      layout: attr(graph, "data-layout"),
      nodes: attr(highlight, "data-nodes"),
      edges: attr(highlight, "data-edges"),
      emphasised: attr(highlight, "data-emphasised"),
      changes: attr(highlight, "data-changes"),
      focusNodes: Number(attr(graph, "data-focus-nodes")),
      focusEdges: Number(attr(graph, "data-focus-edges")),
      figures: figures.map((figure) => [attr(figure, "data-figure"), Number(attr(figure, "data-figure-value"))] as const),
      figureTexts: figures.map((figure) => figure.querySelector(".story-figure-value")?.textContent ?? ""),
    };
  });
}

/** What step `index` (0-based) of `story` must show, from the analysis of its scenario in Node. */
export function expectedStep(story: Story, index: number) {
  const { dataset, analyzer } = defaultDataset();
  const step = story.steps[index];
  const scenario = scenarioOfStory(step.scenario);
  const analysis = analyzer.analyze(scenario);
  const own = stepHighlight(step);
  const highlight = step.highlight?.minCut ? withMinCut(own, analysis.report) : own;
  const ends = (edge: string) => {
    const found = dataset.edges.find((candidate) => candidate.id === edge);
    return found ? [found.source, found.target] : [];
  };
  // What the graph keeps in colour (src/ui/graph/focus.ts highlightFocus).
  const focusEdges = new Set([...highlight.edges, ...highlight.emphasised]);
  const focusNodes = new Set([...highlight.nodes, ...[...focusEdges].flatMap(ends)]);
  const inputs = { dataset, report: analysis.report, openCapacity: analysis.applied.openCapacity };
  const sorted = (ids: readonly string[]) => [...ids].sort().join(" ");
  return {
    step: index + 1,
    count: `Step ${index + 1} of ${story.steps.length}`,
    title: step.title,
    date: scenario.date ?? "",
    switches: switchesAttribute(scenario),
    idealized: String(scenario.idealized),
    layout: step.view?.layout ?? "tiered",
    nodes: sorted(highlight.nodes),
    edges: sorted(highlight.edges),
    emphasised: sorted(highlight.emphasised),
    changes: step.highlight?.changes ? (index === 0 ? "baseline" : String(index)) : "",
    focusNodes: focusNodes.size,
    focusEdges: focusEdges.size,
    figures: (step.figures ?? []).map((figure) => [figureKey(figure), resolveFigure(figure, inputs)] as const),
  };
}

/** Asserts-ready comparison: the shown step against the expected one (figures to 6 digits). */
export function stepDifferences(shown: ShownStep, expected: ReturnType<typeof expectedStep>): string[] {
  const problems: string[] = [];
  const plain = ["step", "count", "title", "date", "switches", "idealized", "layout", "nodes", "edges", "emphasised", "changes", "focusNodes", "focusEdges"] as const;
  for (const key of plain) {
    if (String(shown[key]) !== String(expected[key])) problems.push(`${key}: shown ${JSON.stringify(shown[key])}, expected ${JSON.stringify(expected[key])}`);
  }
  const keys = shown.figures.map(([key]) => key).join(",");
  const wanted = expected.figures.map(([key]) => key).join(",");
  if (keys !== wanted) problems.push(`figures: shown ${keys}, expected ${wanted}`);
  expected.figures.forEach(([key, resolved], i) => {
    const value = shown.figures[i]?.[1];
    if (value === undefined || Math.abs(value - resolved.value) > 1e-6 * Math.max(1, Math.abs(resolved.value)))
      problems.push(`figure ${key}: shown ${value}, the analysis gives ${resolved.value}`);
    // What the class reads: the value as the card formats it.
    const text = shown.figureTexts[i] ?? "";
    if (!text.includes(formatFigure(resolved.value, resolved.unit))) problems.push(`figure ${key}: reads "${text}", expected ${formatFigure(resolved.value, resolved.unit)}`);
  });
  return problems;
}
