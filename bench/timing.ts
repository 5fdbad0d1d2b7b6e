/** Timing helpers for the benchmarks: medians of repeated runs after a warm-up. */

export interface Timed<T> {
  readonly median: number;
  readonly runs: number;
  readonly last: T;
}

/**
 * A full garbage collection when node runs with --expose-gc (as `npm run bench` does), so
 * that the timed runs do not pay for garbage an earlier stage left: at 10^6 edges the heap
 * holds about 0.5 GB of dataset objects and one mark-compact takes 0.5 to 1.6 s, which
 * used to land inside some solves. Called once before a stage's warm-up, not before every
 * run: right after a collection a solve is 1.2 (10^6 edges) to 1.5 (10^5) times slower
 * (tmp measurement, 9 rounds), so collecting before each run would time that instead.
 * Without the flag, nothing.
 */
export function collectGarbage(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

/**
 * Runs `work` `warmup` times unmeasured, then `runs` times; returns the median in ms. The
 * garbage of earlier stages is collected first (see `collectGarbage`).
 */
export function medianOf<T>(runs: number, work: () => T, warmup = 1): Timed<T> {
  collectGarbage();
  let last = work();
  for (let i = 1; i < warmup; i++) last = work();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
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
