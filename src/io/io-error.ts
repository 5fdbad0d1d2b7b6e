/**
 * Programming and option errors of the io layer (not problems of an imported file, which
 * are `ImportProblem`s): an analysis that does not belong to the dataset, an option out
 * of range. Typed by `kind`; tests check the kind.
 */
export type IoErrorKind = "mismatched-analysis" | "invalid-option" | "invalid-position";

export class IoError extends Error {
  override readonly name = "IoError";
  constructor(
    readonly kind: IoErrorKind,
    message: string,
  ) {
    super(message);
  }
}
