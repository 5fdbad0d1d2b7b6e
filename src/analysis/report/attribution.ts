/**
 * Attribution: what each intervention does to throughput, everything else as in the
 * scenario. For an intervention in force, leave-one-out (switch it off alone); for one not
 * in force, switch-one-on (with its switch's effectiveness, else its default). Each
 * counterfactual is one more application of the scenario engine and one more max-flow on
 * the same compiled network: only capacities change.
 */
import type { Dataset } from "../../model/types";
import { toggledScenario } from "../../scenario/toggle";
import type { ResolvedScenario, Scenario } from "../../scenario/types";
import type { AttributionEntry } from "../report-types";

/** The scenario with one intervention switched `on` or off, its switch's effectiveness kept. */
export function toggled(scenario: Scenario, interventionId: string, on: boolean): Scenario {
  return toggledScenario(scenario, interventionId, on);
}

/**
 * `throughputOf(id, on)` is the throughput of the scenario with that one switch flipped
 * (`toggled(resolved.scenario, id, on)`), however the caller computes it.
 */
export function attribution(
  dataset: Dataset,
  resolved: ResolvedScenario,
  throughput: number,
  throughputOf: (interventionId: string, on: boolean) => number,
): AttributionEntry[] {
  const inForce = new Set(resolved.active.map((active) => active.id));
  // Two max-flows that agree up to float round-off differ by crumbs: report those as 0.
  const noise = 1e-9 * Math.max(1, throughput);
  return dataset.interventions.map((intervention) => {
    const enabled = inForce.has(intervention.id);
    const counterfactual = throughputOf(intervention.id, !enabled);
    const delta = enabled ? throughput - counterfactual : counterfactual - throughput;
    return {
      intervention: intervention.id,
      kind: intervention.kind,
      enabled,
      throughputDelta: Math.abs(delta) <= noise ? 0 : delta,
      counterfactual,
    };
  });
}
