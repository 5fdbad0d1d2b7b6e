// What the analysis itself reports for the default dataset, computed in Node with the same
// modules the app uses, so the e2e tests compare what a person sees with the report.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { createAnalyzer, type Analyzer } from "../../../src/analysis";
import { parseDataset } from "../../../src/model/load";
import type { Dataset } from "../../../src/model/types";
import { timelineOf } from "../../../src/scenario";
import type { Scenario } from "../../../src/scenario/types";

let cached: { dataset: Dataset; analyzer: Analyzer } | undefined;

export function defaultDataset(): { dataset: Dataset; analyzer: Analyzer } {
  if (cached) return cached;
  const file = resolve(import.meta.dirname, "../../../data/default.json");
  const result = parseDataset(readFileSync(file, "utf8"), "data/default.json");
  if (!result.ok) throw new Error(`data/default.json is invalid: ${result.errors.length} errors`);
  cached = { dataset: result.dataset, analyzer: createAnalyzer(result.dataset) };
  return cached;
}

export function reportFor(scenario: Scenario) {
  return defaultDataset().analyzer.analyze(scenario).report;
}

/** Distinct event dates of the default dataset, ascending. */
export function eventDates(): readonly string[] {
  return timelineOf(defaultDataset().dataset).dates;
}
