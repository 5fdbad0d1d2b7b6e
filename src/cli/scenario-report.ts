/**
 * The `scenario` command's result as plain data: what `--format json` prints and what
 * the text renderer reads. The shape is documented in docs/cli.md; change both together.
 */
import type { Dataset, EffectKind, LegalStatus } from "../model/types";
import type { ActiveIntervention, AppliedScenario, Scenario } from "../scenario/types";
import { STATUS_CODES } from "../scenario/types";
import { formatScenarioQuery } from "../scenario/url-codec";
import { reachableMarkets } from "./market-reach";

export interface ScenarioReport {
  readonly dataset: { readonly file: string; readonly title: string };
  readonly scenario: Scenario & { readonly query: string };
  readonly interventions: readonly {
    readonly id: string;
    readonly label: string;
    readonly kind: string;
    readonly effectiveness: number;
    readonly baseEffectiveness: number;
    readonly boostedBy: ActiveIntervention["boostedBy"];
    readonly reason: ActiveIntervention["reason"];
  }[];
  readonly edges: readonly {
    readonly id: string;
    readonly source: string;
    readonly target: string;
    readonly commodity: string;
    readonly status: { readonly baseline: LegalStatus; readonly now: LegalStatus };
    readonly openCapacity: { readonly baseline: number; readonly now: number };
    readonly closed: boolean;
    readonly changes: readonly {
      readonly intervention: string;
      readonly effect: EffectKind;
      readonly capacityFactor: number;
      readonly statusBefore: LegalStatus;
      readonly statusAfter: LegalStatus;
      readonly reason: string;
    }[];
  }[];
  readonly markets: readonly { readonly id: string; readonly label: string; readonly jurisdiction: string; readonly reachable: boolean }[];
  readonly summary: {
    readonly edges: number;
    readonly changedEdges: number;
    readonly closedEdges: number;
    readonly markets: number;
    readonly reachableMarkets: number;
  };
}

export function buildScenarioReport(dataset: Dataset, file: string, applied: AppliedScenario): ScenarioReport {
  const { scenario } = applied.resolved;
  const edges = dataset.edges.map((edge, i) => ({
    id: edge.id,
    source: edge.source,
    target: edge.target,
    commodity: edge.commodity,
    status: { baseline: edge.status, now: STATUS_CODES[applied.statusCode[i]] },
    openCapacity: { baseline: edge.capacity, now: applied.openCapacity[i] },
    closed: applied.openCapacity[i] === 0,
    changes: applied.changesOf(i),
  }));
  const reachable = reachableMarkets(dataset, applied.openCapacity);
  const markets = dataset.nodes
    .filter((node) => node.kind === "market")
    .map((node) => ({ id: node.id, label: node.label, jurisdiction: node.jurisdiction, reachable: reachable.has(node.id) }));
  const interventions = applied.resolved.active.map((active) => {
    const intervention = dataset.interventions[active.index];
    return {
      id: active.id,
      label: intervention.label,
      kind: intervention.kind,
      effectiveness: active.effectiveness,
      baseEffectiveness: active.baseEffectiveness,
      boostedBy: active.boostedBy,
      reason: active.reason,
    };
  });
  return {
    dataset: { file, title: dataset.meta?.title ?? "" },
    scenario: { ...scenario, query: formatScenarioQuery(scenario) },
    interventions,
    edges,
    markets,
    summary: {
      edges: edges.length,
      changedEdges: edges.filter((edge) => edge.changes.length > 0).length,
      closedEdges: edges.filter((edge) => edge.closed).length,
      markets: markets.length,
      reachableMarkets: markets.filter((market) => market.reachable).length,
    },
  };
}
