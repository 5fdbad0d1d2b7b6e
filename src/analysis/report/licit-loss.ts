/**
 * Licit trade lost: for every edge with a licit consignee (a legitimate buyer of a
 * dual-use chemical), the capacity the scenario removes. This is the cost the seed
 * article says exporters bear; it is counted in kg/month of the chemicals themselves.
 */
import type { Dataset } from "../../model/types";
import type { LicitLoss, LicitLossEdge } from "../report-types";

export function licitLoss(dataset: Dataset, openCapacity: Float64Array): LicitLoss {
  let lost = 0;
  let baseline = 0;
  const edges: LicitLossEdge[] = [];
  dataset.edges.forEach((edge, e) => {
    if (!edge.licitConsignee) return;
    baseline += edge.capacity;
    const open = Math.min(openCapacity[e], edge.capacity);
    const loss = edge.capacity - open;
    if (loss <= 0) return;
    lost += loss;
    edges.push({ edge: edge.id, commodity: edge.commodity, capacity: edge.capacity, open, lost: loss });
  });
  edges.sort((a, b) => b.lost - a.lost || a.edge.localeCompare(b.edge));
  return { lost, baseline, share: baseline > 0 ? lost / baseline : 0, unit: "kg/month", edges };
}
