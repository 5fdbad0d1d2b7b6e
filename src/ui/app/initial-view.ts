/**
 * The first view of a session: the URL wins (a shared link must reproduce what its author
 * saw), then the autosaved view of the same dataset, then the baseline in the tiered
 * layout. Parts that do not fit the dataset (an unknown intervention, a selection of a
 * node it lacks) are dropped with a message instead of breaking the app.
 */
import { checkScenario } from "../../scenario";
import type { Scenario } from "../../scenario/types";
import { initialAppState, type AppState, type Selection } from "../state/app-state";
import { loadView, type KeyValueStorage } from "../state/autosave";
import type { UrlState } from "../state/url-state";
import type { Session } from "./session";

export interface InitialView {
  readonly state: AppState;
  /** Messages for the user about what could not be restored. */
  readonly notices: readonly string[];
}

export function initialView(session: Session, url: UrlState, storage: KeyValueStorage | undefined): InitialView {
  const notices = [...url.problems];
  const saved = storage && url.scenario === undefined ? loadView(storage, session.key) : undefined;
  const scenario = usableScenario(session, url.scenario ?? saved?.scenario, notices);
  const layout = url.layout ?? saved?.layout;
  const selection = usableSelection(session, url.scenario !== undefined || url.selection ? url.selection : saved?.selection, notices);
  return { state: initialAppState({ scenario, layout, selection, story: url.story }), notices };
}

function usableScenario(session: Session, scenario: Scenario | undefined, notices: string[]): Scenario | undefined {
  if (!scenario) return undefined;
  const problems = checkScenario(session.dataset, scenario);
  if (problems.length === 0) return scenario;
  const unknown = new Set(problems.filter((p) => p.kind === "unknown-intervention").map((p) => p.path.replace(/^switches\./, "")));
  const switches = Object.fromEntries(Object.entries(scenario.switches).filter(([id]) => !unknown.has(id)));
  const repaired = { ...scenario, switches };
  if (checkScenario(session.dataset, repaired).length > 0) {
    notices.push("The saved scenario does not fit this dataset; showing the baseline.");
    return undefined;
  }
  notices.push(`Ignored switches for interventions this dataset does not have: ${[...unknown].join(", ")}.`);
  return repaired;
}

function usableSelection(session: Session, selection: Selection | null | undefined, notices: string[]): Selection | null {
  if (!selection) return null;
  const known = selection.kind === "node" ? session.nodeIndex.has(selection.id) : session.edgeIndex.has(selection.id);
  if (known) return selection;
  notices.push(`The selected ${selection.kind} "${selection.id}" is not in this dataset.`);
  return null;
}
