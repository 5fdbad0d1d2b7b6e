/** A capacity or flow for people: at most 3 significant digits, no exponent below 10^15. */
export function formatAmount(value: number): string {
  if (value === Infinity) return "unbounded";
  if (!Number.isFinite(value)) return String(value);
  if (value === 0) return "0";
  const digits = Math.abs(value) >= 100 ? 0 : Math.abs(value) >= 10 ? 1 : Math.abs(value) >= 1 ? 2 : 3;
  return Number(value.toFixed(digits)).toLocaleString("en-US", { maximumFractionDigits: digits });
}
