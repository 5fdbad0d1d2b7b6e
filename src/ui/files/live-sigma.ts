/**
 * The sigma instance drawing a session's graph, for the exports that need the live view
 * (PNG). Registered by <RegisterLiveSigma/> inside the graph view, keyed by the session's
 * graph so a stale instance of an earlier session is never used.
 */
import { useEffect } from "react";
import type { SessionGraph } from "../graph/session-graph";
import { useSigma, type SessionSigma } from "../graph/sigma-context";

const live = new WeakMap<SessionGraph, SessionSigma>();

export function liveSigmaOf(graph: SessionGraph): SessionSigma | undefined {
  return live.get(graph);
}

export function RegisterLiveSigma(): null {
  const sigma = useSigma();
  useEffect(() => {
    const graph = sigma.getGraph();
    live.set(graph, sigma);
    return () => {
      if (live.get(graph) === sigma) live.delete(graph);
    };
  }, [sigma]);
  return null;
}
