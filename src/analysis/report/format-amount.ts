/**
 * A capacity or flow for people: 3 significant digits at most below 1000, whole numbers
 * with thousands separators above ("54,903", "26.4", "0.675"). Written by hand because
 * `toLocaleString` costs microseconds per call and the report formats many amounts.
 */
function groupThousands(whole: string): string {
  return whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

export function formatAmount(value: number): string {
  if (value === Infinity) return "unbounded";
  if (!Number.isFinite(value)) return String(value);
  if (value < 0) return `-${formatAmount(-value)}`;
  if (value === 0) return "0";
  const digits = value >= 100 ? 0 : value >= 10 ? 1 : value >= 1 ? 2 : 3;
  const fixed = value.toFixed(digits);
  const [whole, fraction = ""] = fixed.split(".");
  const trimmed = fraction.replace(/0+$/, "");
  return trimmed.length > 0 ? `${groupThousands(whole)}.${trimmed}` : groupThousands(whole);
}
