/** Timing helpers for the benchmarks: medians of repeated runs after a warm-up. */

export interface Timed<T> {
  readonly median: number;
  readonly runs: number;
  readonly last: T;
}

/**
 * A full garbage collection when node runs with --expose-gc (as `npm run bench` does), so
 * that a timed run does not pay for garbage an earlier stage left: at 10^6 edges the heap
 * holds about 0.5 GB of dataset objects and one mark-compact takes 0.5 to 1.6 s, which
 * used to land inside some solves. Without the flag, nothing.
 */
export function collectGarbage(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

/** From this many dataset edges on, timed runs start after a garbage collection. */
export const COLLECT_FROM_EDGES = 100_000;

/**
 * Runs `work` `warmup` times unmeasured, then `runs` times; returns the median in ms.
 * With `collect`, each timed run starts after a garbage collection (outside the timing):
 * worth it on large networks only, since on small ones the collection leaves the caches
 * cold and the run pays for that instead (0.4 against 0.1 ms on the default dataset).
 */
export function medianOf<T>(runs: number, work: () => T, warmup = 1, collect = false): Timed<T> {
  let last = work();
  for (let i = 1; i < warmup; i++) last = work();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    if (collect) collectGarbage();
    const start = performance.now();
    last = work();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const middle = times.length >> 1;
  const median = times.length % 2 ? times[middle] : (times[middle - 1] + times[middle]) / 2;
  return { median, runs, last };
}

export function ms(value: number | undefined): string {
  if (value === undefined || Number.isNaN(value)) return "-";
  if (value >= 100) return value.toFixed(0);
  if (value >= 10) return value.toFixed(1);
  return value.toFixed(2);
}
