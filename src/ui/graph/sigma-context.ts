/** The session's sigma instance, for the controller components that drive it. */
import { createContext, useContext } from "react";
import type Sigma from "sigma";
import type { SessionEdgeAttributes, SessionNodeAttributes } from "./session-graph";

export type SessionSigma = Sigma<SessionNodeAttributes, SessionEdgeAttributes>;

export const SigmaContext = createContext<SessionSigma | null>(null);

export function useSigma(): SessionSigma {
  const sigma = useContext(SigmaContext);
  if (!sigma) throw new Error("useSigma outside the graph view");
  return sigma;
}

const killed = new WeakSet<SessionSigma>();

/** Kills a session's sigma instance, remembering it so that isAlive() can tell. */
export function killSigma(sigma: SessionSigma): void {
  killed.add(sigma);
  sigma.kill();
}

/**
 * False once the instance was killed. When the whole graph view is removed (a new dataset),
 * React runs the effect cleanups of the removed tree parent first: SigmaHost has killed
 * sigma before its controllers clean up, and those must then leave it alone (a dead sigma
 * asked to draw throws, and its layers are already gone).
 */
export function isAlive(sigma: SessionSigma): boolean {
  return !killed.has(sigma);
}
