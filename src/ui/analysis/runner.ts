/**
 * Runs the analysis on the main thread for small graphs (a recompute takes about a
 * millisecond) and in a module Web Worker for large ones, behind one interface. Only the
 * latest request matters: a result for a superseded scenario is dropped.
 */
import type { Analyzer } from "../../analysis";
import type { Dataset } from "../../model/types";
import type { Scenario } from "../../scenario/types";
import type { AnalysisResult, FromWorker, ToWorker } from "./protocol";

export interface AnalysisRunner {
  readonly inWorker: boolean;
  /**
   * Analyses a scenario. Requests on the same `channel` (the current scenario, the pinned
   * one, the baseline) supersede each other; different channels do not interfere.
   */
  analyze(scenario: Scenario, options: AnalyzeRequest): Promise<AnalysisResult>;
  dispose(): void;
}

export interface AnalyzeRequest {
  readonly attribution: boolean;
  readonly channel: string;
  /**
   * Called with the throughput alone before the full report, when the runner can give it
   * earlier (the worker computes one max-flow first); the main-thread runner answers in
   * full at once and never calls it.
   */
  readonly onThroughput?: (throughput: number) => void;
}

export class SupersededError extends Error {
  readonly kind = "superseded";
  constructor() {
    super("a newer analysis request replaced this one");
  }
}

/**
 * The analysis module is its own chunk, fetched while the graph first draws; after that a
 * request runs synchronously (about a millisecond on the default dataset).
 */
export function mainThreadRunner(dataset: Dataset): AnalysisRunner {
  let analyzer: Promise<Analyzer> | undefined;
  return {
    inWorker: false,
    async analyze(scenario, options) {
      analyzer ??= import("../../analysis").then(({ createAnalyzer }) => createAnalyzer(dataset));
      const ready = await analyzer;
      const start = performance.now();
      const analysis = ready.analyze(scenario, { attribution: options.attribution, flows: 0 });
      return {
        report: analysis.report,
        edgeFlow: analysis.edgeFlow,
        edgeSurvives: analysis.edgeSurvives,
        elapsedMs: performance.now() - start,
      };
    },
    dispose() {},
  };
}

/**
 * The worker computes one request at a time and cannot be interrupted, so requests made
 * while it is busy are not queued one by one: per channel only the latest waits, and each
 * one it replaces is rejected with SupersededError (a slider drag sends one request, not
 * fifty).
 */
/** The part of a Worker the runner uses (tests pass a fake). */
export interface WorkerLike {
  onmessage: ((event: MessageEvent<FromWorker>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
  postMessage(message: ToWorker): void;
  terminate(): void;
}

function analysisWorker(): WorkerLike {
  return new Worker(new URL("./analysis.worker.ts", import.meta.url), { type: "module", name: "chokepoint-analysis" });
}

export function workerRunner(dataset: Dataset, createWorker: () => WorkerLike = analysisWorker): AnalysisRunner {
  const worker = createWorker();
  type Request = {
    readonly scenario: Scenario;
    readonly attribution: boolean;
    readonly onThroughput: ((throughput: number) => void) | undefined;
    readonly resolve: (result: AnalysisResult) => void;
    readonly reject: (error: Error) => void;
  };
  let nextId = 1;
  let inFlight: (Request & { readonly id: number }) | null = null;
  const waiting = new Map<string, Request>();

  const send = (request: Request) => {
    const id = nextId++;
    inFlight = { ...request, id };
    worker.postMessage({
      kind: "analyze",
      id,
      scenario: request.scenario,
      attribution: request.attribution,
      quick: request.onThroughput !== undefined,
    } satisfies ToWorker);
  };
  const settleAndContinue = () => {
    inFlight = null;
    const [channel, next] = waiting.entries().next().value ?? [];
    if (channel !== undefined && next) {
      waiting.delete(channel);
      send(next);
    }
  };
  worker.onmessage = (event: MessageEvent<FromWorker>) => {
    const message = event.data;
    if (message.kind === "ready" || !inFlight || message.id !== inFlight.id) return;
    if (message.kind === "throughput") {
      inFlight.onThroughput?.(message.throughput);
      return;
    }
    const done = inFlight;
    settleAndContinue();
    if (message.kind === "result") done.resolve(message.result);
    else done.reject(new Error(message.message));
  };
  worker.onerror = (event) => {
    const failed = [inFlight, ...waiting.values()];
    inFlight = null;
    waiting.clear();
    for (const request of failed) request?.reject(new Error(`the analysis worker failed: ${event.message}`));
  };
  worker.postMessage({ kind: "init", dataset } satisfies ToWorker);
  return {
    inWorker: true,
    analyze(scenario, options) {
      return new Promise((resolve, reject) => {
        const request = { scenario, attribution: options.attribution, onThroughput: options.onThroughput, resolve, reject };
        if (inFlight === null) {
          send(request);
          return;
        }
        waiting.get(options.channel)?.reject(new SupersededError());
        waiting.set(options.channel, request);
      });
    },
    dispose() {
      worker.terminate();
      inFlight = null;
      waiting.clear();
    },
  };
}
