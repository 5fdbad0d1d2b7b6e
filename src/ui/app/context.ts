/** React contexts for the session (immutable per dataset) and the app store. */
import { createContext, useContext } from "react";
import type { AppliedScenario } from "../../scenario/types";
import type { AnalysisState } from "../analysis/use-analysis";
import type { AppState } from "../state/app-state";
import { useStoreSlice, type Store } from "../state/store";
import type { Session } from "./session";

export const SessionContext = createContext<Session | null>(null);
export const StoreContext = createContext<Store<AppState> | null>(null);
/** The current scenario applied to the dataset (computed once per scenario change). */
export const AppliedContext = createContext<AppliedScenario | null>(null);

/** The analysis of the current scenario (possibly still the previous one's, while pending). */
export const AnalysisContext = createContext<AnalysisState | null>(null);

export function useAnalysisState(): AnalysisState {
  const analysis = useContext(AnalysisContext);
  if (!analysis) throw new Error("useAnalysisState outside the app");
  return analysis;
}

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error("useSession outside a loaded session");
  return session;
}

export function useStore(): Store<AppState> {
  const store = useContext(StoreContext);
  if (!store) throw new Error("useStore outside the app");
  return store;
}

export function useAppState<T>(select: (state: AppState) => T): T {
  return useStoreSlice(useStore(), select);
}

export function useApplied(): AppliedScenario {
  const applied = useContext(AppliedContext);
  if (!applied) throw new Error("useApplied outside the app");
  return applied;
}
