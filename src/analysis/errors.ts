/**
 * Typed errors of the analysis layer. Callers and tests switch on `kind`, never on the
 * message text.
 */

export type AnalysisErrorKind =
  /**
   * The commodity-expanded network has a loop on a producer-to-market route (a chemical
   * that can travel in a circle). Path counts and top paths need a DAG; see docs/analysis.md.
   */
  | "cycle"
  /** A recipe the max-flow model cannot express (an input or output that is not what it must be). */
  | "unsupported-recipe"
  /** An edge names a node or commodity the dataset does not declare (the dataset is invalid). */
  | "dangling-reference"
  /** An AppliedScenario whose arrays do not match the dataset's edges. */
  | "mismatched-scenario"
  /** Flow can travel from a source to a sink without crossing any finite capacity. */
  | "unbounded-flow"
  /** An option out of range (e.g. a negative `top`). */
  | "invalid-option";

export class AnalysisError extends Error {
  override readonly name = "AnalysisError";
  /**
   * @param kind what went wrong (stable, for code and tests)
   * @param path where: a JSON path into the dataset (`nodes[3].recipes[0]`) or an option name
   */
  constructor(
    readonly kind: AnalysisErrorKind,
    readonly path: string,
    message: string,
  ) {
    super(`${path}: ${message}`);
  }
}

export function isAnalysisError(error: unknown): error is AnalysisError {
  return error instanceof AnalysisError;
}
