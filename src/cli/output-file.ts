/**
 * Writing what a command produced: to a file (its folder created when missing), or to
 * standard output for `-` (text only). Returns what to show the user.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { displayPath } from "./dataset-file";
import { UsageError, type CliIo } from "./io";

export const STDOUT = "-";

export function writeOutput(path: string, content: string | Uint8Array, io: CliIo): string {
  if (path === STDOUT) {
    if (typeof content !== "string") throw new UsageError("this format is binary: give a file with --out, not '-'");
    io.stdout(content);
    return "standard output";
  }
  try {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, content);
  } catch (error) {
    throw new UsageError(`cannot write '${displayPath(path, io.cwd)}': ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  return displayPath(path, io.cwd);
}

export function byteSize(content: string | Uint8Array): string {
  const bytes = typeof content === "string" ? new TextEncoder().encode(content).length : content.length;
  return bytes < 10_000 ? `${bytes} bytes` : `${Math.round(bytes / 1024)} KB`;
}
