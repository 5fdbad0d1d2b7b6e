/**
 * One figure a step calls out, as computed from the analysis of the step's scenario
 * (src/analysis/report/story-figures.ts), with the previous step's value beside it when
 * there is one, so a class sees the number move.
 */
import type { FigureUnit, ResolvedFigure } from "../../analysis/report/story-figures";
import type { StoryFigure } from "../../model/story/story-types";
import { formatAmount } from "../../analysis/report/format-amount";
import { formatShare } from "../panels/format";

export function figureKey(figure: StoryFigure): string {
  switch (figure.kind) {
    case "attribution":
      return `attribution:${figure.intervention}`;
    case "lab-output":
      return `lab-output:${figure.node}`;
    case "edge-capacity":
      return `edge-capacity:${figure.edge}`;
    default:
      return figure.kind;
  }
}

export function formatFigure(value: number, unit: FigureUnit): string {
  switch (unit) {
    case "kg/month":
      // Three significant digits: what a room can read, as precise as the model's capacities.
      return formatAmount(value);
    case "share":
      return formatShare(value);
    case "count":
      return value.toLocaleString("en-US");
  }
}

const UNIT_WORDS: Readonly<Record<FigureUnit, string>> = { "kg/month": "kg/month", share: "", count: "" };

export interface FigureCardProps {
  readonly figure: StoryFigure;
  /** Null while the analysis of the step is under way. */
  readonly resolved: ResolvedFigure | null;
  readonly previous: { readonly step: number; readonly resolved: ResolvedFigure } | null;
}

export function FigureCard({ figure, resolved, previous }: FigureCardProps) {
  const key = figureKey(figure);
  if (!resolved)
    return (
      <div className="story-figure story-figure-pending" data-figure={key} aria-busy="true">
        <span className="story-figure-label">Computing…</span>
      </div>
    );
  const { value, unit, outOf } = resolved;
  const signed = resolved.kind === "attribution" && value > 0 ? "+" : "";
  return (
    <div className="story-figure" data-figure={key} data-figure-value={value}>
      <span className="story-figure-label">{resolved.label}</span>
      <span className="story-figure-value">
        {signed}
        {formatFigure(value, unit)}
        {UNIT_WORDS[unit] && <span className="story-figure-unit"> {UNIT_WORDS[unit]}</span>}
        {unit === "count" && outOf !== null && <span className="story-figure-unit"> of {formatFigure(outOf, unit)}</span>}
      </span>
      <span className="story-figure-detail">{resolved.detail}</span>
      {previous && (
        <span className="story-figure-previous" data-previous-value={previous.resolved.value}>
          Step {previous.step}: {formatFigure(previous.resolved.value, previous.resolved.unit)}
          {UNIT_WORDS[previous.resolved.unit] && ` ${UNIT_WORDS[previous.resolved.unit]}`}
        </span>
      )}
    </div>
  );
}
