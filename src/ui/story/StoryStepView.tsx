/**
 * The content of one step, in large type: its title, the scenario and highlight in words,
 * the narrative, the figures it calls out (computed from the analysis), discussion
 * questions and sources.
 */
import type { ReactNode } from "react";
import type { ResolvedFigure } from "../../analysis/report/story-figures";
import type { Dataset } from "../../model/types";
import type { StoryStep } from "../../model/story/story-types";
import { FigureCard, figureKey } from "./FigureCard";
import { Narrative } from "./Narrative";
import { isSafeHref } from "../../model/story/narrative";
import "./story-step.css";

export interface StoryStepViewProps {
  readonly step: StoryStep;
  readonly number: number;
  readonly dataset: Dataset;
  /** The step's figures resolved, in order, or null while the analysis runs. */
  readonly figures: readonly ResolvedFigure[] | null;
  /** The previous step's figures by key (only those it also called out). */
  readonly previous: ReadonlyMap<string, ResolvedFigure> | null;
  /** The scenario and highlight in words (StoryContext), under the title. */
  readonly context?: ReactNode;
}

export function StoryStepView({ step, number, dataset, figures, previous, context }: StoryStepViewProps) {
  const sources = (step.sources ?? []).map((id) => dataset.sources.find((source) => source.id === id)).filter((source) => source !== undefined);
  return (
    <article className="story-step" aria-labelledby="story-step-title">
      <h2 id="story-step-title" className="story-step-title">
        {step.title}
      </h2>
      {context}
      <Narrative source={step.narrative} className="story-narrative" />
      {(step.figures ?? []).length > 0 && (
        <section className="story-figures" aria-label="Figures from the model">
          {(step.figures ?? []).map((figure, i) => {
            const key = figureKey(figure);
            const before = previous?.get(key);
            return <FigureCard key={key} figure={figure} resolved={figures ? figures[i] : null} previous={before ? { step: number - 1, resolved: before } : null} />;
          })}
        </section>
      )}
      {(step.questions ?? []).length > 0 && (
        <section className="story-questions" aria-labelledby="story-questions-title">
          <h3 id="story-questions-title">Discuss</h3>
          <ul>
            {(step.questions ?? []).map((question) => (
              <li key={question}>{question}</li>
            ))}
          </ul>
        </section>
      )}
      {sources.length > 0 && (
        <section className="story-sources" aria-label="Sources">
          <h3>Sources</h3>
          <ul>
            {sources.map((source) => (
              <li key={source.id} data-source={source.id}>
                {source.url && isSafeHref(source.url) ? (
                  <a href={source.url} target="_blank" rel="noopener noreferrer">
                    {source.title}
                  </a>
                ) : (
                  source.title
                )}
                {source.publisher && <span className="muted"> ({source.publisher})</span>}
              </li>
            ))}
          </ul>
        </section>
      )}
    </article>
  );
}
