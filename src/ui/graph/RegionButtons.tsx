/**
 * The geographic layout starts framed on its busiest region (session.geographicFrame):
 * these two buttons say so, and move between that region and the whole map (where the
 * sources an ocean away are).
 */
import { useMemo } from "react";
import { useSession } from "../app/context";
import { frameFor } from "./camera-frame";
import { useSigma } from "./sigma-context";

/** How many jurisdiction names the region's description lists. */
const NAMED_JURISDICTIONS = 3;

export function RegionButtons({ nodes }: { nodes: readonly string[] }) {
  const sigma = useSigma();
  const session = useSession();
  const region = useMemo(() => regionName(session.dataset, nodes), [session, nodes]);
  const zoomToRegion = () => {
    const state = frameFor(sigma, nodes, { margin: 0.08, minRatio: 0.05 });
    if (state) void sigma.getCamera().animate(state, { duration: 300 });
  };
  return (
    <div className="region-buttons" role="group" aria-label="Map extent">
      <button type="button" onClick={zoomToRegion} aria-label={`Busiest region: ${region}`} title={`Zoom to ${region}`}>
        Busiest region
      </button>
      <button type="button" onClick={() => void sigma.getCamera().animatedReset({ duration: 300 })} title="Show every node">
        Whole map
      </button>
    </div>
  );
}

/** The region's most frequent jurisdictions, by name ("United States, Mexico, Canada"). */
function regionName(
  dataset: { readonly nodes: readonly { readonly id: string; readonly jurisdiction: string }[]; readonly jurisdictions: readonly { readonly id: string; readonly name: string }[] },
  nodes: readonly string[],
): string {
  const wanted = new Set(nodes);
  const counts = new Map<string, number>();
  for (const node of dataset.nodes) if (wanted.has(node.id)) counts.set(node.jurisdiction, (counts.get(node.jurisdiction) ?? 0) + 1);
  const names = new Map(dataset.jurisdictions.map((j) => [j.id, j.name]));
  return [...counts]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, NAMED_JURISDICTIONS)
    .map(([id]) => names.get(id) ?? id)
    .join(", ");
}
