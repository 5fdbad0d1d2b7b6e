/**
 * The analysis of the current scenario (and of the pinned one), as React state. While a
 * new result is computed the previous one stays on screen, flagged `pending`, so the
 * panels never blank out; results of superseded scenarios are ignored.
 */
import { useEffect, useState } from "react";
import type { Scenario } from "../../scenario/types";
import { sameScenario } from "../state/app-state";
import type { AnalysisResult } from "./protocol";
import { SupersededError, type AnalysisRunner } from "./runner";

export interface AnalysisState {
  /** The latest finished result (possibly for an older scenario while `pending`). */
  readonly result: AnalysisResult | null;
  readonly scenario: Scenario | null;
  readonly pending: boolean;
  readonly error: string | null;
  /** Milliseconds from the request to the result, as the user waited for it. */
  readonly waitedMs: number | null;
}

const IDLE: AnalysisState = { result: null, scenario: null, pending: true, error: null, waitedMs: null };

export function useAnalysis(runner: AnalysisRunner, scenario: Scenario | null, channel: string): AnalysisState {
  const [state, setState] = useState<AnalysisState>(IDLE);
  useEffect(() => {
    if (scenario === null) return;
    let cancelled = false;
    const start = performance.now();
    setState((previous) => (previous.pending && previous.scenario !== null && sameScenario(previous.scenario, scenario) ? previous : { ...previous, pending: true }));
    runner.analyze(scenario, { attribution: true, channel }).then(
      (result) => {
        if (!cancelled) setState({ result, scenario, pending: false, error: null, waitedMs: performance.now() - start });
      },
      (error: unknown) => {
        if (cancelled || error instanceof SupersededError) return;
        setState((previous) => ({ ...previous, pending: false, error: error instanceof Error ? error.message : String(error) }));
      },
    );
    return () => {
      cancelled = true;
    };
  }, [runner, scenario, channel]);
  return state;
}
