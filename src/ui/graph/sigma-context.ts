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
