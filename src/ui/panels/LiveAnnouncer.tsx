/**
 * A visually hidden live region that reads out the throughput after each change, so a
 * screen-reader user hears the effect of a switch without leaving it.
 */
import type { AnalysisState } from "../analysis/use-analysis";
import { formatKg, formatShare } from "./format";

export function LiveAnnouncer({ analysis }: { analysis: AnalysisState }) {
  const report = analysis.result?.report;
  let text = "";
  if (report && !analysis.pending) {
    const { baseline, scenario } = report.throughput;
    const share = baseline > 0 ? scenario / baseline : 0;
    const supplied = report.markets.filter((m) => m.supplied).length;
    text = `Supply getting through: ${formatKg(scenario)} kilograms a month, ${formatShare(share)} of the baseline. ${supplied} of ${report.markets.length} markets supplied.`;
  }
  return (
    <div className="visually-hidden" aria-live="polite" aria-atomic="true" data-testid="live-throughput">
      {text}
    </div>
  );
}
