#!/usr/bin/env node
// Runs a TypeScript script (benchmarks, generators) through tsx: `node bin/run-ts.js file.ts args...`.
import { register } from "tsx/esm/api";
import { pathToFileURL } from "node:url";
import { resolve } from "node:path";

register();
const [script, ...rest] = process.argv.slice(2);
if (!script) {
  process.stderr.write("usage: node bin/run-ts.js <script.ts> [args...]\n");
  process.exit(2);
}
process.argv = [process.argv[0], resolve(script), ...rest];
await import(pathToFileURL(resolve(script)).href);
