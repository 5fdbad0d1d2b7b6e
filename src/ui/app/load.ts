/**
 * Where the session's dataset comes from: the bundled default dataset (parsed and
 * validated like any file, so a broken build shows located errors, not a blank page), or
 * a seeded synthetic graph when the URL asks for one (`?synthetic=100000`).
 */
import type { DatasetError } from "../../model/dataset-errors";
import type { Dataset } from "../../model/types";

export type Loaded =
  | { readonly ok: true; readonly dataset: Dataset; readonly name: string }
  | { readonly ok: false; readonly title: string; readonly errors?: readonly DatasetError[]; readonly detail?: string };

export const DEFAULT_DATASET_FILE = "data/default.json";

export async function loadDefaultDataset(): Promise<Loaded> {
  // The data and the validator load in parallel, each as its own chunk: the entry chunk
  // holds only what draws the page.
  const [{ default: text }, { parseDataset }] = await Promise.all([
    import("virtual:chokepoint/default-dataset"),
    import("../../model/load"),
  ]);
  const result = parseDataset(text, DEFAULT_DATASET_FILE);
  if (!result.ok) return { ok: false, title: `The default dataset (${DEFAULT_DATASET_FILE}) is not valid`, errors: result.errors };
  return { ok: true, dataset: result.dataset, name: result.dataset.meta.title };
}

/** About 0.1 nodes per edge: 10^5 edges give 10^4 nodes. */
export const SYNTHETIC_NODES_PER_EDGE = 0.1;
export const SYNTHETIC_INTERVENTIONS = 8;

export async function loadSyntheticDataset(edges: number): Promise<Loaded> {
  const { layeredDataset } = await import("../../model/synthetic");
  const dataset = layeredDataset({
    edges,
    seed: 1,
    nodes: Math.max(20, Math.round(edges * SYNTHETIC_NODES_PER_EDGE)),
    interventions: SYNTHETIC_INTERVENTIONS,
    chemicals: 2,
  });
  return { ok: true, dataset, name: `Synthetic graph: ${dataset.nodes.length.toLocaleString("en-US")} nodes, ${dataset.edges.length.toLocaleString("en-US")} edges (seed 1)` };
}
