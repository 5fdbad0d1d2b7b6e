/** Timing helpers for the benchmarks: medians of repeated runs after a warm-up. */

export interface Timed<T> {
  readonly median: number;
  readonly runs: number;
  readonly last: T;
}

/** Runs `work` `warmup` times unmeasured, then `runs` times; returns the median in ms. */
export function medianOf<T>(runs: number, work: () => T, warmup = 1): Timed<T> {
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
