/**
 * What a story asks of the dataset it is played on: every id it names exists there
 * (interventions switched, nodes and edges highlighted, figures' interventions, labs and
 * edges, sources), highlighted routes are chains of edges, dates are real days and
 * narrative links are http(s). Each problem is a `StoryError` with the JSON Pointer of the
 * value concerned. The story names its dataset by title: another title is a warning only.
 *
 * Runs on each step that passed the schema, so one run reports every problem.
 */
import { dateProblem } from "../dates";
import { childPointer } from "../json-pointer";
import { didYouMean } from "../suggest";
import type { Dataset } from "../types";
import { parseNarrative } from "./narrative";
import { storyError, type StoryError, type StoryWarning } from "./story-errors";
import type { StoryFigure, StoryStep } from "./story-types";

interface Known {
  readonly nodes: ReadonlyMap<string, { readonly kind: string }>;
  readonly edges: ReadonlyMap<string, { readonly source: string; readonly target: string }>;
  readonly interventions: ReadonlySet<string>;
  readonly sources: ReadonlySet<string>;
}

function knownIds(dataset: Dataset): Known {
  return {
    nodes: new Map(dataset.nodes.map((node) => [node.id, node])),
    edges: new Map(dataset.edges.map((edge) => [edge.id, edge])),
    interventions: new Set(dataset.interventions.map((intervention) => intervention.id)),
    sources: new Set(dataset.sources.map((source) => source.id)),
  };
}

class StepChecker {
  readonly errors: StoryError[] = [];

  constructor(
    private readonly known: Known,
    private readonly step: StoryStep,
    private readonly path: string,
    private readonly number: number,
  ) {}

  private report(kind: StoryError["kind"], path: string, message: string): void {
    this.errors.push(storyError(kind, path, `step ${this.number}: ${message}`));
  }

  private ids(ids: readonly string[] | undefined, path: string, known: ReadonlySet<string> | ReadonlyMap<string, unknown>, kind: "unknown-node" | "unknown-edge" | "unknown-intervention" | "unknown-source", noun: string): void {
    ids?.forEach((id, index) => {
      if (!known.has(id)) this.report(kind, `${path}/${index}`, `the dataset has no ${noun} '${id}'${didYouMean(id, known.keys())}`);
    });
  }

  scenario(): void {
    const { date, switches } = this.step.scenario;
    const path = `${this.path}/scenario`;
    if (date !== undefined) {
      const problem = dateProblem(date);
      if (problem) this.report("bad-date", `${path}/date`, problem);
    }
    for (const id of Object.keys(switches ?? {})) {
      if (!this.known.interventions.has(id))
        this.report("unknown-intervention", childPointer(`${path}/switches`, id), `the dataset has no intervention '${id}'${didYouMean(id, this.known.interventions)}`);
    }
  }

  highlight(): void {
    const highlight = this.step.highlight;
    if (!highlight) return;
    const path = `${this.path}/highlight`;
    this.ids(highlight.nodes, `${path}/nodes`, this.known.nodes, "unknown-node", "node");
    this.ids(highlight.edges, `${path}/edges`, this.known.edges, "unknown-edge", "edge");
    highlight.routes?.forEach((route, r) => {
      const routePath = `${path}/routes/${r}`;
      this.ids(route, routePath, this.known.edges, "unknown-edge", "edge");
      for (let i = 1; i < route.length; i++) {
        const before = this.known.edges.get(route[i - 1]);
        const edge = this.known.edges.get(route[i]);
        if (before && edge && before.target !== edge.source)
          this.report("broken-route", `${routePath}/${i}`, `edge '${route[i]}' starts at '${edge.source}', not where '${route[i - 1]}' ends ('${before.target}')`);
      }
    });
  }

  private figure(figure: StoryFigure, path: string): void {
    switch (figure.kind) {
      case "attribution":
        if (!this.known.interventions.has(figure.intervention))
          this.report("unknown-intervention", `${path}/intervention`, `the dataset has no intervention '${figure.intervention}'${didYouMean(figure.intervention, this.known.interventions)}`);
        return;
      case "lab-output": {
        const node = this.known.nodes.get(figure.node);
        if (!node) this.report("unknown-node", `${path}/node`, `the dataset has no node '${figure.node}'${didYouMean(figure.node, this.known.nodes.keys())}`);
        else if (node.kind !== "lab") this.report("not-a-lab", `${path}/node`, `'${figure.node}' is a ${node.kind}, not a lab: only labs have an output`);
        return;
      }
      case "edge-capacity":
        if (!this.known.edges.has(figure.edge))
          this.report("unknown-edge", `${path}/edge`, `the dataset has no edge '${figure.edge}'${didYouMean(figure.edge, this.known.edges.keys())}`);
        return;
      default:
        return;
    }
  }

  figures(): void {
    this.step.figures?.forEach((figure, index) => this.figure(figure, `${this.path}/figures/${index}`));
  }

  sources(): void {
    this.ids(this.step.sources, `${this.path}/sources`, this.known.sources, "unknown-source", "source");
  }

  narrative(): void {
    for (const problem of parseNarrative(this.step.narrative).problems) this.report("unsafe-link", `${this.path}/narrative`, problem.message);
  }
}

/**
 * Problems of the story's steps against `dataset`. `steps` holds each step that passed the
 * schema, `undefined` for the others (so indices, and therefore paths, stay right).
 */
export function checkStorySteps(steps: readonly (StoryStep | undefined)[], dataset: Dataset): StoryError[] {
  const known = knownIds(dataset);
  return steps.flatMap((step, index) => {
    if (!step) return [];
    const checker = new StepChecker(known, step, `/steps/${index}`, index + 1);
    checker.scenario();
    checker.highlight();
    checker.figures();
    checker.sources();
    checker.narrative();
    return checker.errors;
  });
}

/** The soft check: is the story written for this dataset (by title)? */
export function datasetWarnings(storyDataset: string, dataset: Dataset): StoryWarning[] {
  if (storyDataset.trim() === dataset.meta.title.trim()) return [];
  return [
    {
      kind: "dataset-mismatch",
      path: "/dataset",
      message: `the story is written for the dataset "${storyDataset}" and is played on "${dataset.meta.title}": check that its figures still make sense`,
    },
  ];
}
