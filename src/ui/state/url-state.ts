/**
 * The view in the URL, so a copied link reproduces it: the scenario in the scenario
 * layer's canonical text form (d, on, off, ideal; src/scenario/url-codec.ts) followed by
 * the app's own keys: `layout`, `sel` (node:<id> or edge:<id>) and `synthetic` (the size
 * of a generated graph instead of the default dataset). `?imported` is what the address
 * bar shows while an imported dataset is open (it cannot be in a link): opened, it shows
 * the default dataset with a note.
 *
 *     ?d=2019-06-01&on=cn-2019-class-scheduling&layout=geographic&sel=node:cjng-lab
 *
 * A story being presented is `?story=<id>&step=<n>` alone: the step sets the rest.
 */
import { parseScenarioQuery, formatScenarioQuery, isScenarioError } from "../../scenario";
import type { Scenario } from "../../scenario/types";
import { isLayoutKind, type LayoutKind } from "../graph/layout/positions";
import type { Selection, StoryLocation } from "./app-state";

const SCENARIO_KEYS = new Set(["d", "on", "off", "ideal"]);
const APP_KEYS = new Set(["layout", "sel", "synthetic", "story", "step"]);
const STORY_ID = /^[a-z0-9][a-z0-9._-]*$/;
/** The whole query string while an imported dataset is shown. */
export const IMPORTED_SEARCH = "?imported";
export const IMPORTED_LINK_PROBLEM =
  "This address was shown for an imported dataset, which is not kept in links or across reloads: showing the default dataset instead.";

export interface UrlState {
  /** Present when the URL says anything about the scenario (even the baseline: `?base`). */
  readonly scenario?: Scenario;
  readonly layout?: LayoutKind;
  readonly selection?: Selection;
  readonly synthetic?: number;
  /** A story to present, at a step (1 when the link names none). */
  readonly story?: StoryLocation;
  /** Parts that could not be read, in words, shown to the user (the rest still applies). */
  readonly problems: readonly string[];
}

export const MAX_SYNTHETIC_EDGES = 1_000_000;

export function parseUrlState(search: string): UrlState {
  const body = search.startsWith("?") ? search.slice(1) : search;
  const problems: string[] = [];
  const scenarioParts: string[] = [];
  let layout: LayoutKind | undefined;
  let selection: Selection | undefined;
  let synthetic: number | undefined;
  let storyId: string | undefined;
  let step = 1;
  let baseline = false;
  for (const part of body.split("&")) {
    if (part === "") continue;
    const eq = part.indexOf("=");
    const key = eq < 0 ? part : part.slice(0, eq);
    const value = eq < 0 ? "" : safeDecode(part.slice(eq + 1));
    if (SCENARIO_KEYS.has(key)) {
      scenarioParts.push(part);
    } else if (key === "imported") {
      problems.push(IMPORTED_LINK_PROBLEM);
    } else if (key === "base") {
      baseline = true;
    } else if (key === "layout") {
      if (isLayoutKind(value)) layout = value;
      else problems.push(`Unknown layout "${value}" (expected tiered, geographic or force).`);
    } else if (key === "sel") {
      const parsed = parseSelection(value);
      if (parsed) selection = parsed;
      else problems.push(`Cannot read the selection "${value}".`);
    } else if (key === "synthetic") {
      const size = Number(value);
      if (Number.isInteger(size) && size > 0 && size <= MAX_SYNTHETIC_EDGES) synthetic = size;
      else problems.push(`synthetic must be a number of edges between 1 and ${MAX_SYNTHETIC_EDGES}.`);
    } else if (key === "story") {
      if (STORY_ID.test(value)) storyId = value;
      else problems.push(`Cannot read the story name "${value}".`);
    } else if (key === "step") {
      const n = Number(value);
      if (Number.isInteger(n) && n >= 1) step = n;
      else problems.push(`step must be a step number (1, 2, ...), not "${value}".`);
    } else if (!APP_KEYS.has(key)) {
      problems.push(`Ignored the unknown link parameter "${key}".`);
    }
  }
  let scenario: Scenario | undefined;
  if (scenarioParts.length > 0) {
    try {
      scenario = parseScenarioQuery(scenarioParts.join("&"));
    } catch (error) {
      if (!isScenarioError(error)) throw error;
      problems.push(`The scenario in the link could not be read (${error.message}); showing the baseline.`);
    }
  } else if (baseline) {
    scenario = { switches: {}, idealized: false };
  }
  const story = storyId === undefined ? undefined : { id: storyId, step };
  return { scenario, layout, selection, synthetic, ...(story ? { story } : {}), problems };
}

/** The query string for a view (with its leading "?"). The baseline is written `base`. */
export function formatUrlState(state: {
  readonly scenario: Scenario;
  readonly layout: LayoutKind;
  readonly selection: Selection | null;
  readonly synthetic?: number;
  readonly story?: StoryLocation | null;
}): string {
  const parts: string[] = [];
  if (state.story) {
    parts.push(`story=${state.story.id}`, `step=${state.story.step}`);
    if (state.synthetic !== undefined) parts.push(`synthetic=${state.synthetic}`);
    return `?${parts.join("&")}`;
  }
  const scenario = formatScenarioQuery(state.scenario);
  parts.push(scenario === "" ? "base" : scenario);
  parts.push(`layout=${state.layout}`);
  if (state.selection) parts.push(`sel=${state.selection.kind}:${encodeURIComponent(state.selection.id)}`);
  if (state.synthetic !== undefined) parts.push(`synthetic=${state.synthetic}`);
  return `?${parts.join("&")}`;
}

function parseSelection(value: string): Selection | undefined {
  const colon = value.indexOf(":");
  if (colon < 0) return undefined;
  const kind = value.slice(0, colon);
  const id = value.slice(colon + 1);
  if (id === "") return undefined;
  if (kind === "node" || kind === "edge") return { kind, id };
  return undefined;
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
