/**
 * Typed errors of the scenario layer. Every problem with a scenario (from a URL, the
 * command line or the app) is a `ScenarioError` with a `kind`; callers and tests switch
 * on the kind, never on the message text.
 */

export type ScenarioErrorKind =
  /** A switch, flag or URL names an intervention the dataset does not have. */
  | "unknown-intervention"
  /** An effectiveness that is not a finite number between 0 and 1. */
  | "invalid-effectiveness"
  /** A date that is not YYYY-MM-DD or not a real calendar day. */
  | "invalid-date"
  /** The same intervention switched on and off, or given twice. */
  | "conflicting-switch"
  /** A scenario string (URL form) or flag value that cannot be read. */
  | "malformed"
  /** A resolved scenario handed to the engine of a different dataset. */
  | "mismatched-dataset";

export class ScenarioError extends Error {
  override readonly name = "ScenarioError";
  /**
   * @param kind what went wrong (stable, for code and tests)
   * @param path where: `date`, `switches.<id>.effectiveness`, `on`, `--enable`...
   */
  constructor(
    readonly kind: ScenarioErrorKind,
    readonly path: string,
    message: string,
  ) {
    super(`${path}: ${message}`);
  }
}

export function isScenarioError(error: unknown): error is ScenarioError {
  return error instanceof ScenarioError;
}
