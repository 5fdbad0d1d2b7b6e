/** Small fast-check arbitraries shared by the dataset and scenario arbitraries. */
import fc from "fast-check";

export const JURISDICTION_POOL = ["CN", "IN", "HK", "MX", "US", "CA"] as const;
/** The product commodity of generated datasets. */
export const PRODUCT = "fentanyl";

export const jurisdictionArbitrary = fc.constantFrom(...JURISDICTION_POOL);
/** A number in [0, 1]: effectiveness, boosts, licit impact. */
export const fractionArbitrary = fc.double({ min: 0, max: 1, noNaN: true });
/** kg/month: sometimes 0, mostly whole, sometimes fractional. */
export const capacityArbitrary = fc.oneof(
  { arbitrary: fc.constant(0), weight: 1 },
  { arbitrary: fc.integer({ min: 1, max: 10_000 }), weight: 4 },
  { arbitrary: fc.double({ min: 0, max: 1e5, noNaN: true, noDefaultInfinity: true }), weight: 2 },
);

const DAY_MS = 86_400_000;
function dayNumber(iso: string): number {
  return Math.floor(Date.parse(`${iso}T00:00:00Z`) / DAY_MS);
}
function isoOfDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** Real days YYYY-MM-DD between `from` and `to` inclusive (leap days included). */
export function isoDateArbitrary(from = "2015-01-01", to = "2026-12-31"): fc.Arbitrary<string> {
  return fc.integer({ min: dayNumber(from), max: dayNumber(to) }).map(isoOfDay);
}
