/**
 * The analysis of the current scenario (and of the pinned one), as React state. While a
 * new result is computed the previous one stays on screen, flagged `pending`, so the
 * panels never blank out; results of superseded scenarios are ignored.
 */
import { useEffect, useState } from "react";
import type { Scenario } from "../../scenario/types";
import type { AnalysisResult } from "./protocol";
import { SupersededError, type AnalysisRunner } from "./runner";

export interface AnalysisState {
  /** The latest finished result (possibly for an older scenario while `pending`). */
  readonly result: AnalysisResult | null;
  /** The scenario `result` belongs to. */
  readonly resultScenario: Scenario | null;
  /** True while the result on screen is not the current scenario's. */
  readonly pending: boolean;
  /** While pending: the current scenario's throughput, when the runner sent it ahead. */
  readonly earlyThroughput: number | null;
  readonly error: string | null;
  /** Milliseconds from the request to the result, as the user waited for it. */
  readonly waitedMs: number | null;
}

interface Settled {
  /** The scenario object the latest result or error belongs to (scenarios are immutable values). */
  readonly scenario: Scenario | null;
  readonly resultScenario: Scenario | null;
  readonly result: AnalysisResult | null;
  readonly error: string | null;
  readonly waitedMs: number | null;
}

export function useAnalysis(runner: AnalysisRunner, scenario: Scenario | null, channel: string): AnalysisState {
  const [settled, setSettled] = useState<Settled>({ scenario: null, resultScenario: null, result: null, error: null, waitedMs: null });
  const [early, setEarly] = useState<{ scenario: Scenario; throughput: number } | null>(null);
  useEffect(() => {
    if (scenario === null) return;
    let cancelled = false;
    const start = performance.now();
    const onThroughput = (throughput: number) => {
      if (!cancelled) setEarly({ scenario, throughput });
    };
    runner.analyze(scenario, { attribution: true, channel, onThroughput }).then(
      (result) => {
        if (!cancelled) setSettled({ scenario, resultScenario: scenario, result, error: null, waitedMs: performance.now() - start });
      },
      (error: unknown) => {
        if (cancelled || error instanceof SupersededError) return;
        const message = error instanceof Error ? error.message : String(error);
        setSettled((previous) => ({ ...previous, scenario, error: message, waitedMs: null }));
      },
    );
    return () => {
      cancelled = true;
    };
  }, [runner, scenario, channel]);
  const current = settled.scenario === scenario;
  return {
    result: settled.result,
    resultScenario: settled.resultScenario,
    pending: scenario !== null && !current,
    earlyThroughput: !current && early !== null && early.scenario === scenario ? early.throughput : null,
    error: current ? settled.error : null,
    waitedMs: current ? settled.waitedMs : null,
  };
}
