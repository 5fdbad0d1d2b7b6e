/**
 * The analysis in a Web Worker, for large graphs: the page stays responsive while the
 * max-flow runs. The dataset arrives once (structured clone); each request carries only a
 * scenario, and the per-edge arrays come back as transferred buffers.
 */
import { createAnalyzer, type Analyzer } from "../../analysis";
import type { FromWorker, ToWorker } from "./protocol";

interface WorkerScope {
  onmessage: ((event: MessageEvent<ToWorker>) => void) | null;
  postMessage(message: FromWorker, transfer?: Transferable[]): void;
}

const scope = self as unknown as WorkerScope;
let analyzer: Analyzer | undefined;

scope.onmessage = (event) => {
  const message = event.data;
  if (message.kind === "init") {
    analyzer = createAnalyzer(message.dataset);
    scope.postMessage({ kind: "ready" });
    return;
  }
  if (!analyzer) {
    scope.postMessage({ kind: "error", id: message.id, message: "the analysis worker has no dataset yet" });
    return;
  }
  try {
    const start = performance.now();
    if (message.quick) {
      const throughput = analyzer.throughput(message.scenario);
      scope.postMessage({ kind: "throughput", id: message.id, throughput, elapsedMs: performance.now() - start });
    }
    // The flow decomposition (report.flows) is not shown by the app: skip it.
    const analysis = analyzer.analyze(message.scenario, { attribution: message.attribution, flows: 0 });
    const result = {
      report: analysis.report,
      edgeFlow: analysis.edgeFlow,
      edgeSurvives: analysis.edgeSurvives,
      elapsedMs: performance.now() - start,
    };
    scope.postMessage({ kind: "result", id: message.id, result }, [result.edgeFlow.buffer, result.edgeSurvives.buffer]);
  } catch (error) {
    scope.postMessage({ kind: "error", id: message.id, message: error instanceof Error ? error.message : String(error) });
  }
};
