/**
 * What the app's initial JavaScript is made of: the chunks dist/index.html loads, their
 * size and gzip size, and their minified bytes attributed to packages and to the app's
 * layers through the source maps (`npm run build` first; vite writes the maps).
 *
 *   node bin/run-ts.js scripts/bundle-composition.ts
 *
 * Attribution decodes each map's VLQ mappings: every generated character between two
 * mapping segments is counted for the source of the segment that starts it.
 */
import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { gzipSync } from "node:zlib";

const root = resolve(import.meta.dirname, "..");
const dist = join(root, "dist");

const BASE64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/** Decodes one VLQ-encoded segment into its fields. */
function decodeSegment(segment: string): number[] {
  const values: number[] = [];
  let value = 0;
  let shift = 0;
  for (const char of segment) {
    const digit = BASE64.indexOf(char);
    value += (digit & 31) << shift;
    if (digit & 32) {
      shift += 5;
    } else {
      values.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = 0;
      shift = 0;
    }
  }
  return values;
}

/** Package name, or the app layer (src/ui, src/model...), of a source path in a map. */
function groupOf(source: string): string {
  const module = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(source);
  if (module) return module[1];
  const layer = /src\/([^/]+)/.exec(source);
  return layer ? `app: src/${layer[1]}` : source;
}

function attribute(code: string, map: { sources: string[]; mappings: string }): Map<string, number> {
  const lines = code.split("\n");
  const bytes = new Map<string, number>();
  let source = 0;
  map.mappings.split(";").forEach((line, lineIndex) => {
    const text = lines[lineIndex] ?? "";
    let column = 0;
    let start = 0;
    let current: number | undefined;
    const flush = (end: number) => {
      if (current === undefined) return;
      const group = groupOf(map.sources[current] ?? "?");
      bytes.set(group, (bytes.get(group) ?? 0) + (end - start));
    };
    for (const segment of line.split(",")) {
      if (segment === "") continue;
      const fields = decodeSegment(segment);
      column += fields[0];
      flush(column);
      start = column;
      if (fields.length >= 4) {
        source += fields[1];
        current = source;
      } else {
        current = undefined;
      }
    }
    flush(text.length);
  });
  return bytes;
}

function main(): void {
  if (!existsSync(join(dist, "index.html"))) throw new Error("no dist/index.html: run `npm run build` first");
  const html = readFileSync(join(dist, "index.html"), "utf8");
  const initial = [...html.matchAll(/(?:src|href)="\.\/(assets\/[^"]+\.(?:js|css))"/g)].map((m) => m[1]);
  let gzipTotal = 0;
  for (const file of initial) {
    const bytes = readFileSync(join(dist, file));
    const gzip = gzipSync(bytes, { level: 9 }).length;
    gzipTotal += gzip;
    console.log(`${file}: ${(bytes.length / 1024).toFixed(1)} kB, gzip ${(gzip / 1024).toFixed(1)} kB`);
    if (!file.endsWith(".js") || !existsSync(join(dist, `${file}.map`))) continue;
    const map = JSON.parse(readFileSync(join(dist, `${file}.map`), "utf8")) as { sources: string[]; mappings: string };
    const groups = [...attribute(bytes.toString("utf8"), map)].sort((a, b) => b[1] - a[1]);
    const total = groups.reduce((sum, [, n]) => sum + n, 0);
    for (const [group, n] of groups.filter(([, n]) => n / total >= 0.005)) {
      console.log(`  ${((100 * n) / total).toFixed(1).padStart(5)}%  ${(n / 1024).toFixed(1).padStart(6)} kB  ${group}`);
    }
  }
  console.log(`initial total, gzip: ${(gzipTotal / 1024).toFixed(1)} kB`);
}

main();
