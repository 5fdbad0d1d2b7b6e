/**
 * The editor of one step of the draft: its text (title, narrative with a live preview,
 * questions), the figures it calls out, what it highlights, its sources, and "replace with
 * the current view" for its scenario, layout and camera.
 */
import { useId } from "react";
import { PLAIN_FIGURE_KINDS } from "../../model/story/story-schema";
import type { StoryFigure, StoryHighlight, StoryStep } from "../../model/story/story-types";
import type { Dataset } from "../../model/types";
import { CommitField } from "./CommitField";
import { describeScenario } from "./draft";
import { figureKey } from "./FigureCard";
import { Narrative } from "./Narrative";
import { scenarioOfStory } from "../../scenario/story-scenario";

const FIGURE_NAMES: Readonly<Record<(typeof PLAIN_FIGURE_KINDS)[number], string>> = {
  throughput: "Supply getting through",
  "paths-surviving": "Surviving routes",
  "loophole-share": "Loophole share",
  "licit-loss": "Licit trade closed",
  "markets-supplied": "Markets supplied",
};

export interface StepEditorProps {
  readonly step: StoryStep;
  readonly number: number;
  readonly dataset: Dataset;
  readonly onChange: (change: Partial<StoryStep>) => void;
  readonly onRerecord: () => void;
  readonly canRecord: boolean;
}

function figureName(figure: StoryFigure, dataset: Dataset): string {
  switch (figure.kind) {
    case "attribution":
      return `Effect of ${dataset.interventions.find((i) => i.id === figure.intervention)?.label ?? figure.intervention}`;
    case "lab-output":
      return `Output of ${dataset.nodes.find((n) => n.id === figure.node)?.label ?? figure.node}`;
    case "edge-capacity":
      return `Open capacity of edge ${figure.edge}`;
    default:
      return FIGURE_NAMES[figure.kind];
  }
}

export function StepEditor({ step, number, dataset, onChange, onRerecord, canRecord }: StepEditorProps) {
  const sourcesId = useId();
  const figures = step.figures ?? [];
  const has = (kind: string) => figures.some((figure) => figure.kind === kind);
  const toggleFigure = (kind: (typeof PLAIN_FIGURE_KINDS)[number], on: boolean) =>
    onChange({ figures: on ? [...figures, { kind }] : figures.filter((figure) => figure.kind !== kind) });
  const highlight = step.highlight ?? {};
  const setHighlight = (change: Partial<StoryHighlight>) => {
    const next = Object.fromEntries(Object.entries({ ...highlight, ...change }).filter(([, value]) => value !== undefined && value !== false));
    onChange({ highlight: Object.keys(next).length > 0 ? (next as StoryHighlight) : undefined });
  };
  const parametrised = figures.filter((figure) => !(PLAIN_FIGURE_KINDS as readonly string[]).includes(figure.kind));
  const highlighted = [
    ...(highlight.nodes ?? []).map((id) => dataset.nodes.find((node) => node.id === id)?.label ?? id),
    ...(highlight.edges ?? []).map((id) => `edge ${id}`),
    ...(highlight.routes ?? []).map((route) => `a route of ${route.length} edges`),
  ];

  return (
    <div className="step-editor" aria-label={`Step ${number}`} role="group">
      <h4>Step {number}</h4>
      <CommitField label="Title" value={step.title} required maxLength={200} onCommit={(title) => onChange({ title })} />
      <CommitField
        label="Narrative"
        value={step.narrative}
        multiline
        rows={6}
        maxLength={4000}
        hint="Blank line: new paragraph. *emphasis*, **strong**, [text](https://...). HTML is shown as text."
        onCommit={(narrative) => onChange({ narrative })}
      />
      {step.narrative.trim() !== "" && (
        <div className="narrative-preview" aria-label="Preview of the narrative">
          <Narrative source={step.narrative} />
        </div>
      )}
      <CommitField
        label="Discussion questions (one per line)"
        value={(step.questions ?? []).join("\n")}
        multiline
        rows={3}
        onCommit={(text) => {
          const questions = text.split("\n").map((line) => line.trim()).filter((line) => line !== "");
          onChange({ questions: questions.length > 0 ? questions : undefined });
        }}
      />
      <fieldset className="field">
        <legend>Figures to call out</legend>
        {PLAIN_FIGURE_KINDS.map((kind) => (
          <label key={kind} className="check">
            <input type="checkbox" checked={has(kind)} onChange={(event) => toggleFigure(kind, event.target.checked)} /> {FIGURE_NAMES[kind]}
          </label>
        ))}
        {parametrised.map((figure) => (
          <span key={figureKey(figure)} className="check">
            {figureName(figure, dataset)}{" "}
            <button type="button" className="link-button" onClick={() => onChange({ figures: figures.filter((f) => f !== figure) })}>
              Remove
            </button>
          </span>
        ))}
      </fieldset>
      <fieldset className="field">
        <legend>Highlight</legend>
        <p className="muted small">{highlighted.length > 0 ? `Recorded: ${highlighted.join(", ")}.` : "Nothing selected was recorded: the whole graph stays in colour."}</p>
        <label className="check">
          <input type="checkbox" checked={highlight.minCut === true} onChange={(event) => setHighlight({ minCut: event.target.checked || undefined })} /> The
          minimum cut (computed when played)
        </label>
        <label className="check">
          <input type="checkbox" checked={highlight.changes === true} onChange={(event) => setHighlight({ changes: event.target.checked || undefined })} />{" "}
          What changed since the previous step
        </label>
      </fieldset>
      <div className="field">
        <label htmlFor={sourcesId}>Sources</label>
        <select
          id={sourcesId}
          multiple
          size={5}
          value={[...(step.sources ?? [])]}
          onChange={(event) => {
            const ids = [...event.target.selectedOptions].map((option) => option.value);
            onChange({ sources: ids.length > 0 ? ids : undefined });
          }}
        >
          {dataset.sources.map((source) => (
            <option key={source.id} value={source.id}>
              {source.title}
            </option>
          ))}
        </select>
      </div>
      <p className="muted small" data-step-view>
        View: {describeScenario(scenarioOfStory(step.scenario), dataset)} · {step.view?.layout ?? "tiered"} layout ·{" "}
        {step.view?.camera ? "camera recorded" : "frames the highlight"}
      </p>
      <button type="button" onClick={onRerecord} disabled={!canRecord}>
        Replace with the current view
      </button>
    </div>
  );
}
