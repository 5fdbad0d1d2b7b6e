#!/usr/bin/env node
// The `chokepoint` command. The CLI is written in TypeScript; tsx compiles it on the fly
// (no build step between `npm ci` and `npx chokepoint ...`).
import { register } from "tsx/esm/api";

// `chokepoint analyze | head` closes the pipe early: that is the reader's choice, not an
// error, so stop quietly instead of printing an EPIPE stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (error) => {
    if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
    throw error;
  });
}

register();
const { main } = await import("../src/cli/main.ts");
process.exitCode = await main(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  cwd: process.cwd(),
});
