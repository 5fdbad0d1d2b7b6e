/**
 * The words and data attributes StoryContext.tsx shows for a step's scenario and
 * highlight, as pure functions (unit-tested; the end-to-end tests read the same forms).
 */
import type { Scenario } from "../../scenario/types";
import type { GraphHighlight } from "../state/app-state";

/** `id=on` or `id=off`, with `@effectiveness` when the switch sets one, sorted by id. */
export function switchesAttribute(scenario: Scenario): string {
  return Object.keys(scenario.switches)
    .sort()
    .map((id) => {
      const setting = scenario.switches[id];
      return `${id}=${setting.on ? "on" : "off"}${setting.effectiveness === undefined ? "" : `@${setting.effectiveness}`}`;
    })
    .join(" ");
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? "" : "s"}`;
}

/** "2 routes' edges (7), 1 node, the minimum cut (3 edges), changes since step 3", or "nothing in particular". */
export function describeHighlight(highlight: GraphHighlight | null, changesSince: number | null | undefined, minCutPending: boolean): string {
  const parts: string[] = [];
  if (highlight && highlight.nodes.length > 0) parts.push(plural(highlight.nodes.length, "node"));
  if (highlight && highlight.edges.length > 0) parts.push(plural(highlight.edges.length, "edge"));
  if (minCutPending) parts.push("the minimum cut (computing…)");
  else if (highlight && highlight.emphasised.length > 0) parts.push(`the minimum cut (${plural(highlight.emphasised.length, "edge")}, emphasised)`);
  if (changesSince !== undefined) parts.push(changesSince === null ? "changes since the baseline" : `changes since step ${changesSince}`);
  return parts.length > 0 ? parts.join(", ") : "the whole graph";
}
