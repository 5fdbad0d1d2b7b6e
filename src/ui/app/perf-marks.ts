/**
 * User Timing marks for the measurements in docs/performance.md (scripts/measure-app.ts
 * reads them): first graph drawn, first results shown, and for each scenario change the
 * time until both the graph and the results show the new scenario. Marks are cheap and
 * visible in any browser's performance panel.
 */
export const MARKS = {
  graphDrawn: "chokepoint:graph-drawn",
  firstResults: "chokepoint:first-results",
  toggleToView: "chokepoint:toggle-to-view",
  toggleToThroughput: "chokepoint:toggle-to-throughput",
} as const;

let pending: { start: number; graph: boolean; results: boolean; throughput: boolean } | null = null;
let graphDrawn = false;
let firstResults = false;

export function markScenarioChange(): void {
  pending = { start: performance.now(), graph: false, results: false, throughput: false };
}

export function markGraphUpdated(): void {
  if (!graphDrawn) {
    graphDrawn = true;
    performance.mark(MARKS.graphDrawn);
  }
  if (pending) {
    pending.graph = true;
    finish();
  }
}

/** The new throughput is on screen (possibly ahead of the rest of the report). */
export function markThroughputShown(): void {
  if (!pending || pending.throughput) return;
  pending.throughput = true;
  performance.measure(MARKS.toggleToThroughput, { start: pending.start, end: performance.now() });
}

export function markResultsShown(): void {
  markThroughputShown();
  if (!firstResults) {
    firstResults = true;
    performance.mark(MARKS.firstResults);
  }
  if (pending) {
    pending.results = true;
    finish();
  }
}

function finish(): void {
  if (!pending || !pending.graph || !pending.results) return;
  performance.measure(MARKS.toggleToView, { start: pending.start, end: performance.now() });
  pending = null;
}
