/**
 * ForceAtlas2 (Jacomy et al., "ForceAtlas2, a continuous graph layout algorithm", PLoS ONE
 * 9(6), 2014), run by graphology-layout-forceatlas2's worker supervisor so the page stays
 * responsive. The worker is spawned from a blob URL (allowed by the page's CSP as
 * `worker-src blob:`). Loaded lazily: only the force layout needs it.
 *
 * It starts from the current positions, runs while `running` is true, and stops by itself
 * after AUTO_STOP_MS (a settled layout need not burn a core); the caller shows the state.
 */
import { useEffect } from "react";
import { inferSettings } from "graphology-layout-forceatlas2";
import FA2LayoutSupervisor from "graphology-layout-forceatlas2/worker";
import { useSigma } from "../sigma-context";

export const AUTO_STOP_MS = 12_000;

export interface ForceLayoutControllerProps {
  readonly running: boolean;
  readonly onStopped: () => void;
}

export default function ForceLayoutController({ running, onStopped }: ForceLayoutControllerProps) {
  const sigma = useSigma();
  useEffect(() => {
    if (!running) return;
    const graph = sigma.getGraph();
    const settings = { ...inferSettings(graph), barnesHutOptimize: graph.order > 500, adjustSizes: false };
    const supervisor = new FA2LayoutSupervisor(graph, { settings });
    supervisor.start();
    const timer = setTimeout(() => {
      supervisor.stop();
      onStopped();
    }, AUTO_STOP_MS);
    return () => {
      clearTimeout(timer);
      supervisor.kill();
    };
  }, [sigma, running, onStopped]);
  return null;
}
