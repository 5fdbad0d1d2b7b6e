/** What a CLI command may touch of the outside world (injected, so tests run in-process). */
export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly cwd: string;
}

/** Exit codes: 0 success, 1 the input is invalid (validation failed), 2 bad usage. */
export const EXIT_OK = 0;
export const EXIT_INVALID = 1;
export const EXIT_USAGE = 2;

/** Thrown for bad usage (unknown flag, bad value); main prints it and exits 2. */
export class UsageError extends Error {
  override readonly name = "UsageError";
}
