/**
 * The last view, saved in localStorage and restored on reload (a link in the URL wins
 * over it). Stored per dataset key, versioned, and read defensively: anything that does
 * not parse back is ignored rather than trusted.
 */
import { formatScenarioQuery, parseScenarioQuery } from "../../scenario";
import type { Scenario } from "../../scenario/types";
import { isLayoutKind, type LayoutKind } from "../graph/layout/positions";
import type { Selection } from "./app-state";

const STORAGE_KEY = "chokepoint.autosave.v1";

export interface SavedView {
  readonly scenario: Scenario;
  readonly layout: LayoutKind;
  readonly selection: Selection | null;
}

interface StoredRecord {
  readonly datasetKey: string;
  readonly scenario: string;
  readonly layout: string;
  readonly selection: Selection | null;
}

/** Minimal storage interface (window.localStorage satisfies it), so tests can pass a Map. */
export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

export function saveView(storage: KeyValueStorage, datasetKey: string, view: SavedView): void {
  const record: StoredRecord = {
    datasetKey,
    scenario: formatScenarioQuery(view.scenario),
    layout: view.layout,
    selection: view.selection,
  };
  try {
    storage.setItem(STORAGE_KEY, JSON.stringify(record));
  } catch {
    // Storage full or disabled (private mode): autosave is a convenience, not a duty.
  }
}

export function loadView(storage: KeyValueStorage, datasetKey: string): SavedView | undefined {
  let text: string | null;
  try {
    text = storage.getItem(STORAGE_KEY);
  } catch {
    return undefined;
  }
  if (text === null) return undefined;
  try {
    const record = JSON.parse(text) as Partial<StoredRecord>;
    if (record.datasetKey !== datasetKey || typeof record.scenario !== "string" || !isLayoutKind(record.layout)) return undefined;
    const selection = isSelection(record.selection) ? record.selection : null;
    return { scenario: parseScenarioQuery(record.scenario), layout: record.layout, selection };
  } catch {
    return undefined;
  }
}

function isSelection(value: unknown): value is Selection {
  if (typeof value !== "object" || value === null) return false;
  const { kind, id } = value as { kind?: unknown; id?: unknown };
  return (kind === "node" || kind === "edge") && typeof id === "string" && id.length > 0;
}
