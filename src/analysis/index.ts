/** The analysis layer's public surface. */
export * from "./report-types";
export { AnalysisError, isAnalysisError, type AnalysisErrorKind } from "./errors";
export { createAnalyzer, DEFAULT_ANALYZE_OPTIONS, type Analysis, type AnalyzeOptions, type Analyzer } from "./analyzer";
export { compileNetwork } from "./network/compile";
export type { CompiledNetwork } from "./network/compiled-network";
export { evaluateNetwork, type EdgeState, type NetworkState } from "./network/evaluate";
export { formatAmount } from "./report/format-amount";
