#!/usr/bin/env node
// The `chokepoint` command. The CLI is written in TypeScript; tsx compiles it on the fly
// (no build step between `npm ci` and `npx chokepoint ...`).
import { register } from "tsx/esm/api";

register();
const { main } = await import("../src/cli/main.ts");
process.exitCode = await main(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  cwd: process.cwd(),
});
