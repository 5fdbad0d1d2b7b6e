/**
 * Applying a resolved scenario to the edges (SEMANTICS.md, "Applying a scenario"):
 * open capacity starts at the edge's capacity and is multiplied, for every acting
 * intervention in force and every edge its selector matches, by
 *   retag / reduce: 1 - e_t * w   (w = licitImpact on edges with a licit consignee, else 1)
 *   close:          0
 * while a retag raises the status to max(status, effect.status). Factors multiply and
 * statuses take the max, so the order of interventions does not matter.
 *
 * Cost: one copy of two typed arrays plus O(sum of matched edges) multiplications, with
 * no per-edge allocation: the selectors were compiled to edge-index lists once per
 * dataset (compile.ts). The per-edge explanations (`changesOf`) are computed only when
 * asked, by binary search in those lists, and memoised.
 */
import type { ActingIntervention } from "../model/types";
import { STATUS_RANK, isCooperation } from "../model/types";
import type { CompiledDataset } from "./compiled";
import { ScenarioError } from "./errors";
import { changeReason } from "./reasons";
import { STATUS_CODES, type ActiveIntervention, type AppliedScenario, type EdgeChange, type ResolvedScenario } from "./types";

interface Acting {
  readonly intervention: ActingIntervention;
  readonly active: ActiveIntervention;
  readonly edges: Int32Array;
}

function actingInForce(compiled: CompiledDataset, resolved: ResolvedScenario): Acting[] {
  const { interventions } = compiled.dataset;
  const acting: Acting[] = [];
  for (const active of resolved.active) {
    const intervention = interventions[active.index];
    if (intervention?.id !== active.id)
      throw new ScenarioError(
        "mismatched-dataset",
        `active.${active.id}`,
        "this resolved scenario was made for another dataset",
      );
    if (!isCooperation(intervention)) acting.push({ intervention, active, edges: compiled.matchedEdges[active.index] });
  }
  return acting;
}

/** Capacity multiplier of an intervention on an edge. */
function factorOf(acting: Acting, licit: boolean): number {
  if (acting.intervention.effect.kind === "close") return 0;
  const weight = licit ? (acting.intervention.licitImpact ?? 1) : 1;
  return 1 - acting.active.effectiveness * weight;
}

/** Position of `value` in an ascending Int32Array, or -1. */
function binarySearch(sorted: Int32Array, value: number): number {
  let low = 0;
  let high = sorted.length - 1;
  while (low <= high) {
    const mid = (low + high) >>> 1;
    const at = sorted[mid];
    if (at === value) return mid;
    if (at < value) low = mid + 1;
    else high = mid - 1;
  }
  return -1;
}

function explain(compiled: CompiledDataset, acting: readonly Acting[], edgeIndex: number): EdgeChange[] {
  const changes: EdgeChange[] = [];
  const licit = compiled.licitConsignee[edgeIndex] === 1;
  let status = compiled.baseStatus[edgeIndex];
  for (const item of acting) {
    if (binarySearch(item.edges, edgeIndex) < 0) continue;
    const effect = item.intervention.effect;
    const capacityFactor = factorOf(item, licit);
    const after = effect.kind === "retag" ? Math.max(status, STATUS_RANK[effect.status]) : status;
    if (capacityFactor === 1 && after === status) continue; // matched, but changed nothing
    const licitImpact = item.intervention.licitImpact;
    const change = {
      intervention: item.intervention.id,
      effect: effect.kind,
      capacityFactor,
      statusBefore: STATUS_CODES[status],
      statusAfter: STATUS_CODES[after],
    };
    const licitShare = licit && licitImpact !== undefined && licitImpact !== 1 && effect.kind !== "close" ? licitImpact : undefined;
    changes.push({ ...change, reason: changeReason({ ...change, intervention: item.intervention, active: item.active, licitShare }) });
    status = after;
  }
  return changes;
}

export function applyResolved(compiled: CompiledDataset, resolved: ResolvedScenario): AppliedScenario {
  const openCapacity = compiled.baseCapacity.slice();
  const statusCode = compiled.baseStatus.slice();
  const licitConsignee = compiled.licitConsignee;
  const acting = actingInForce(compiled, resolved);
  for (const item of acting) {
    const edges = item.edges;
    const effect = item.intervention.effect;
    if (effect.kind === "close") {
      for (let k = 0; k < edges.length; k++) openCapacity[edges[k]] = 0;
      continue;
    }
    const factor = factorOf(item, false);
    const licitFactor = factorOf(item, true);
    const retagTo = effect.kind === "retag" ? STATUS_RANK[effect.status] : -1;
    for (let k = 0; k < edges.length; k++) {
      const edge = edges[k];
      openCapacity[edge] *= licitConsignee[edge] === 1 ? licitFactor : factor;
      if (statusCode[edge] < retagTo) statusCode[edge] = retagTo;
    }
  }
  const explained = new Map<number, readonly EdgeChange[]>();
  return {
    resolved,
    openCapacity,
    statusCode,
    changesOf(edgeIndex: number): readonly EdgeChange[] {
      if (!Number.isInteger(edgeIndex) || edgeIndex < 0 || edgeIndex >= openCapacity.length)
        throw new RangeError(`no edge at index ${edgeIndex}`);
      let changes = explained.get(edgeIndex);
      if (!changes) {
        changes = explain(compiled, acting, edgeIndex);
        explained.set(edgeIndex, changes);
      }
      return changes;
    },
  };
}
