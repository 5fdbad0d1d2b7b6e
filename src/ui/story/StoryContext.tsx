/**
 * What a step puts on screen besides its text, said in words: the scenario in force (the
 * timeline and interventions panel are hidden while presenting, so the class would not
 * otherwise see it) and what the graph highlights. Both are read from the app state the
 * graph itself draws from, not from the story file, so the words match the picture. The
 * data attributes carry the same facts for the end-to-end tests.
 */
import type { Scenario } from "../../scenario/types";
import type { Dataset } from "../../model/types";
import type { GraphHighlight } from "../state/app-state";
import { formatShare } from "../panels/format";
import { describeHighlight, switchesAttribute } from "./context-text";

export interface StoryContextProps {
  readonly scenario: Scenario;
  readonly highlight: GraphHighlight | null;
  /** "Show changes" is on, compared with the previous step (a number) or the baseline (null). */
  readonly changesSince: number | null | undefined;
  /** The step asks for the minimum cut and the analysis has not answered yet. */
  readonly minCutPending: boolean;
  readonly dataset: Dataset;
}

export function StoryContext({ scenario, highlight, changesSince, minCutPending, dataset }: StoryContextProps) {
  const label = (id: string) => dataset.interventions.find((intervention) => intervention.id === id)?.label ?? id;
  const switches = Object.keys(scenario.switches).sort();
  const sorted = (ids: readonly string[] | undefined) => [...(ids ?? [])].sort().join(" ");
  return (
    <dl className="story-context">
      <div
        className="story-context-row"
        data-testid="story-scenario"
        data-date={scenario.date ?? ""}
        data-switches={switchesAttribute(scenario)}
        data-idealized={scenario.idealized}
      >
        <dt>Scenario</dt>
        <dd>
          {scenario.date === undefined ? "Baseline: no intervention in force" : `In force on ${scenario.date}`}
          {switches.map((id) => {
            const setting = scenario.switches[id];
            const strength = setting.on && setting.effectiveness !== undefined ? ` at ${formatShare(setting.effectiveness)}` : "";
            return (
              <span key={id} className="story-switch">
                {" · "}
                {setting.on ? "with" : "without"} {label(id)}
                {strength}
              </span>
            );
          })}
          {scenario.idealized && " · idealized (switched-on interventions fully effective)"}
        </dd>
      </div>
      <div
        className="story-context-row"
        data-testid="story-highlight"
        data-nodes={sorted(highlight?.nodes)}
        data-edges={sorted(highlight?.edges)}
        data-emphasised={sorted(highlight?.emphasised)}
        data-changes={changesSince === undefined ? "" : changesSince === null ? "baseline" : String(changesSince)}
        data-pending={minCutPending}
      >
        <dt>On the graph</dt>
        <dd>{describeHighlight(highlight, changesSince, minCutPending)}</dd>
      </div>
    </dl>
  );
}
