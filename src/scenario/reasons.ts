/**
 * Plain-language explanations of what an intervention did to an edge, for the edge
 * details panel and the CLI ("China's class-wide scheduling (80% effective) re-tags it
 * controlled (was legal) and cuts its open capacity by 80%.").
 */
import type { ActingIntervention, LegalStatus } from "../model/types";
import { assertNever } from "../model/types";
import type { ActiveIntervention } from "./types";

/** 0.8 -> "80%"; tiny non-zero shares read "<1%" rather than a misleading "0%". */
export function formatPercent(share: number): string {
  const rounded = Math.round(share * 100);
  if (rounded === 0 && share > 0) return "<1%";
  if (rounded === 100 && share < 1) return ">99%";
  return `${rounded}%`;
}

/** "80% effective", or "90% effective: 60% on paper, raised by cooperation X". */
export function effectivenessPhrase(active: ActiveIntervention): string {
  const now = `${formatPercent(active.effectiveness)} effective`;
  if (active.boostedBy.length === 0) return now;
  const by = active.boostedBy.map((boost) => boost.cooperation).join(", ");
  return `${now}: ${formatPercent(active.baseEffectiveness)} on paper, raised by ${by}`;
}

export interface ChangeFacts {
  readonly intervention: ActingIntervention;
  readonly active: ActiveIntervention;
  readonly capacityFactor: number;
  readonly statusBefore: LegalStatus;
  readonly statusAfter: LegalStatus;
  /** The consignee is licit and the intervention spares licit trade in part. */
  readonly licitShare: number | undefined;
}

function cut(factor: number): string {
  return factor === 1 ? "leaves its open capacity unchanged" : `cuts its open capacity by ${formatPercent(1 - factor)}`;
}

export function changeReason(facts: ChangeFacts): string {
  const { intervention, active, capacityFactor, statusBefore, statusAfter } = facts;
  const who = intervention.label;
  const effect = intervention.effect;
  let sentence: string;
  switch (effect.kind) {
    case "close":
      return `${who} closes this route.`;
    case "reduce":
      sentence = `${who} (${effectivenessPhrase(active)}) ${cut(capacityFactor)}.`;
      break;
    case "retag": {
      const tag =
        statusAfter === statusBefore
          ? `would tag it ${effect.status} (it is already ${statusBefore})`
          : `re-tags it ${statusAfter} (was ${statusBefore})`;
      sentence = `${who} (${effectivenessPhrase(active)}) ${tag} and ${cut(capacityFactor)}.`;
      break;
    }
    default:
      return assertNever(effect, "effect");
  }
  if (facts.licitShare !== undefined)
    sentence += ` The consignee is licit: ${formatPercent(facts.licitShare)} of the effect falls on licit trade.`;
  return sentence;
}
