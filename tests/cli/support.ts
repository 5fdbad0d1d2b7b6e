// In-process CLI runs: main() with a fake CliIo that records what the command prints,
// and datasets written to a temporary folder, removed after the test file's tests.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll } from "vitest";
import type { Dataset } from "../../src/model/types";
import { main } from "../../src/cli/main";

export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

export async function runCli(argv: readonly string[], cwd = process.cwd()): Promise<CliRun> {
  let stdout = "";
  let stderr = "";
  const code = await main(argv, {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    cwd,
  });
  return { code, stdout, stderr };
}

const folders: string[] = [];
// Registered when a test file first imports this module (each file imports it afresh).
afterAll(() => {
  for (const dir of folders.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A fresh temporary folder holding the given files (objects are written as JSON). */
export function tempFolder(files: Readonly<Record<string, Dataset | string>>): string {
  const dir = mkdtempSync(join(tmpdir(), "chokepoint-cli-"));
  folders.push(dir);
  for (const [name, content] of Object.entries(files))
    writeFileSync(join(dir, name), typeof content === "string" ? content : JSON.stringify(content, null, 2));
  return dir;
}
