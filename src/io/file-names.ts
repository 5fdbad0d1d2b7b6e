/**
 * File names of exports: they say the dataset, the scenario (or date) and the format,
 * e.g. `default_2019-06-01.gexf`, `default_2019-06-01_idealized_on-cn-mail.svg`,
 * `default_timeline.gexf`, `default_baseline_edges.csv`.
 *
 * The scenario part: the date (or `baseline` without one), then `idealized`, then up to
 * two switches as `on-<id>` / `off-<id>` (more become `<n>-switches`). Every part is
 * reduced to [a-z0-9._-], so a name is safe on every file system and in a URL.
 */
import type { Scenario } from "../scenario/types";

export const EXPORT_FORMATS = ["json", "gexf", "gexf-dynamic", "graphml", "csv", "svg", "png"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

const EXTENSION: Readonly<Record<ExportFormat, string>> = {
  json: "snapshot.json",
  gexf: "gexf",
  "gexf-dynamic": "gexf",
  graphml: "graphml",
  csv: "zip",
  svg: "svg",
  png: "png",
};

const MAX_SWITCHES_NAMED = 2;

/** Lower-case, [a-z0-9._-] only, no leading dot, at most 80 characters; never empty. */
export function safeNamePart(text: string): string {
  const cleaned = text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9._-]+/g, "-")
    .replace(/^[.-]+|-+$/g, "")
    .slice(0, 80);
  return cleaned.length > 0 ? cleaned : "dataset";
}

/** The dataset's short name from a file name or path: `data/default.json` -> `default`. */
export function datasetNameOf(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? fileName;
  return safeNamePart(base.replace(/\.(snapshot\.json|json|gexf|graphml|csv|xml)$/i, ""));
}

export function scenarioNamePart(scenario: Scenario): string {
  const parts = [scenario.date ?? "baseline"];
  if (scenario.idealized) parts.push("idealized");
  const ids = Object.keys(scenario.switches).sort();
  if (ids.length > MAX_SWITCHES_NAMED) parts.push(`${ids.length}-switches`);
  else for (const id of ids) parts.push(`${scenario.switches[id].on ? "on" : "off"}-${id}`);
  return parts.map(safeNamePart).join("_");
}

/**
 * The file name of an export. `part` names one file of a multi-file export (CSV from the
 * CLI: `nodes`, `edges`, `paths`), which is then a `.csv`.
 */
export function exportFileName(datasetName: string, scenario: Scenario, format: ExportFormat, part?: string): string {
  const base = `${safeNamePart(datasetName)}_${format === "gexf-dynamic" ? timelineNamePart(scenario) : scenarioNamePart(scenario)}`;
  if (part !== undefined) return `${base}_${safeNamePart(part)}.csv`;
  return `${base}.${EXTENSION[format]}`;
}

/** The dynamic export covers every date: its name says `timeline` and any switches. */
function timelineNamePart(scenario: Scenario): string {
  const rest = scenarioNamePart({ ...scenario, date: undefined }).replace(/^baseline/, "");
  return `timeline${rest}`;
}
