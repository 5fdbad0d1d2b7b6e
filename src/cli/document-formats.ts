/**
 * The JSON document formats the CLI can check, keyed by their `format` field: datasets,
 * and instructor stories (story-document.ts), which are checked against a dataset.
 */
import type { LocatedError } from "../model/dataset-errors";
import { checkDatasetDocument } from "../model/load";
import type { LocatedJson } from "../model/located-json";
import { DATASET_FORMAT } from "../model/vocabulary";
import type { Dataset } from "../model/types";
import { storyFormat } from "./story-document";

export type DocumentCheck =
  | { readonly ok: true; readonly summary: string; /** Lines worth reading that do not make the document invalid. */ readonly notes?: readonly string[] }
  | { readonly ok: false; readonly errors: readonly LocatedError[] };

/** What checking a document may need beyond itself. */
export interface DocumentContext {
  /** The dataset documents are checked against (read on first use), or why it cannot be used. */
  dataset(): { readonly ok: true; readonly dataset: Dataset; readonly name: string } | { readonly ok: false; readonly errors: readonly LocatedError[] };
}

export interface DocumentFormat {
  /** The value of the document's `format` field. */
  readonly format: string;
  /** What a person calls it: "dataset". */
  readonly noun: string;
  check(json: LocatedJson, fileName: string, context: DocumentContext): DocumentCheck;
}

function plural(count: number, noun: string, nouns = `${noun}s`): string {
  return `${count} ${count === 1 ? noun : nouns}`;
}

export function datasetSummary(dataset: Dataset): string {
  return [
    plural(dataset.nodes.length, "node"),
    plural(dataset.edges.length, "edge"),
    plural(dataset.commodities.length, "commodity", "commodities"),
    plural(dataset.interventions.length, "intervention"),
    plural(dataset.events.length, "event"),
    plural(dataset.sources.length, "source"),
  ].join(", ");
}

const datasetFormat: DocumentFormat = {
  format: DATASET_FORMAT,
  noun: "dataset",
  check(json, fileName) {
    const result = checkDatasetDocument(json, fileName);
    return result.ok ? { ok: true, summary: datasetSummary(result.dataset) } : { ok: false, errors: result.errors };
  },
};

export const DOCUMENT_FORMATS: readonly DocumentFormat[] = [datasetFormat, storyFormat];
