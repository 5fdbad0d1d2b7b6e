/**
 * Measures the browser app (docs/performance.md, "App"): built JavaScript size (gzip),
 * first load time, and the time from a toggle to the updated view, on the default dataset
 * and on a generated graph of 10^5 edges. Builds the app unless CHOKEPOINT_SKIP_BUILD=1,
 * serves dist/ locally and drives the system Chromium (headless, software WebGL).
 *
 *   node bin/run-ts.js scripts/measure-app.ts [--runs 15] [--synthetic 100000]
 *
 * Times come from the app's own User Timing marks (src/ui/app/perf-marks.ts).
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { join, resolve } from "node:path";
import { gzipSync } from "node:zlib";
import type { Page } from "playwright-core";
import { build, preview } from "vite";
import { launchBrowser } from "../tests/e2e/support/browser";

const root = resolve(import.meta.dirname, "..");
const args = process.argv.slice(2);
const option = (name: string, fallback: number) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? Number(args[at + 1]) : fallback;
};
const RUNS = option("runs", 15);
const SYNTHETIC = option("synthetic", 100_000);

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} kB`;
}

function bundleSizes(): void {
  const assets = join(root, "dist", "assets");
  const html = readFileSync(join(root, "dist", "index.html"), "utf8");
  const entry = [...html.matchAll(/(?:src|href)="\.\/assets\/([^"]+\.(?:js|css))"/g)].map((m) => m[1]);
  let total = 0;
  let totalGzip = 0;
  const rows: string[] = [];
  for (const name of readdirSync(assets).filter((n) => n.endsWith(".js") || n.endsWith(".css")).sort()) {
    const bytes = readFileSync(join(assets, name));
    const gzip = gzipSync(bytes, { level: 9 }).length;
    total += statSync(join(assets, name)).size;
    totalGzip += gzip;
    rows.push(`| ${name.replace(/-[A-Za-z0-9_-]{8}\./, ".")} | ${kb(bytes.length)} | ${kb(gzip)} | ${entry.includes(name) ? "initial" : "lazy"} |`);
  }
  console.log("\nBuilt JavaScript and CSS (dist/assets):\n");
  console.log("| file | size | gzip | loaded |\n|---|---|---|---|");
  for (const row of rows) console.log(row);
  console.log(`| total | ${kb(total)} | ${kb(totalGzip)} | |`);
}

async function marks(page: Page, name: string): Promise<number[]> {
  return page.evaluate((n) => performance.getEntriesByName(n).map((e) => (e.entryType === "mark" ? e.startTime : e.duration)), name);
}

async function waitForMeasure(page: Page, count: number, timeout = 60_000): Promise<void> {
  await page.waitForFunction((n) => performance.getEntriesByName("chokepoint:toggle-to-view").length >= n, count, { timeout });
}

async function measureToggles(page: Page, switches: string, runs: number): Promise<number[]> {
  const toggles = page.locator(switches);
  const available = await toggles.count();
  for (let i = 0; i < runs; i++) {
    await toggles.nth(i % available).click();
    await waitForMeasure(page, i + 1);
    await page.waitForTimeout(150);
  }
  return (await marks(page, "chokepoint:toggle-to-view")).slice(0, runs);
}

async function main(): Promise<void> {
  const load = () => loadavg().map((value) => value.toFixed(1)).join(" ");
  console.log(`Machine: ${cpus().length} x ${cpus()[0]?.model ?? "CPU"}, load average ${load()} at the start`);
  if (process.env.CHOKEPOINT_SKIP_BUILD !== "1") await build({ root, logLevel: "warn", mode: "production" });
  bundleSizes();
  const server = await preview({ root, logLevel: "warn", preview: { port: 0, host: "127.0.0.1" } });
  const address = server.httpServer.address();
  if (!address || typeof address === "string") throw new Error("no server address");
  const base = `http://127.0.0.1:${address.port}/`;
  const browser = await launchBrowser();
  try {
    const firstLoad: { graph: number; results: number }[] = [];
    for (let i = 0; i < 5; i++) {
      const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
      const page = await context.newPage();
      await page.goto(`${base}?base&layout=tiered`);
      await page.waitForFunction(() => performance.getEntriesByName("chokepoint:first-results").length > 0, null, { timeout: 60_000 });
      firstLoad.push({ graph: (await marks(page, "chokepoint:graph-drawn"))[0], results: (await marks(page, "chokepoint:first-results"))[0] });
      await context.close();
    }
    console.log(
      `\nFirst load, default dataset (navigation start to graph drawn / results shown), median of 5: ` +
        `${median(firstLoad.map((f) => f.graph)).toFixed(0)} ms / ${median(firstLoad.map((f) => f.results)).toFixed(0)} ms`,
    );

    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${base}?base&layout=tiered`);
    await page.waitForFunction(() => performance.getEntriesByName("chokepoint:first-results").length > 0);
    const small = await measureToggles(page, ".intervention [role=switch]", RUNS);
    console.log(`Toggle to updated view, default dataset, median of ${RUNS}: ${median(small).toFixed(1)} ms (min ${Math.min(...small).toFixed(1)}, max ${Math.max(...small).toFixed(1)})`);
    await context.close();

    const large = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    const big = await large.newPage();
    const start = Date.now();
    await big.goto(`${base}?synthetic=${SYNTHETIC}&base&layout=tiered`);
    await big.waitForFunction(() => performance.getEntriesByName("chokepoint:first-results").length > 0, null, { timeout: 300_000 });
    const loadGraph = (await marks(big, "chokepoint:graph-drawn"))[0];
    const loadResults = (await marks(big, "chokepoint:first-results"))[0];
    const info = await big.textContent(".dataset-name");
    console.log(`\nGenerated graph (${info}): first load ${loadGraph.toFixed(0)} ms to graph drawn, ${loadResults.toFixed(0)} ms to results (wall ${Date.now() - start} ms)`);
    const largeRuns = Math.min(RUNS, 7);
    const toggles = await measureToggles(big, ".intervention [role=switch]", largeRuns);
    const early = (await marks(big, "chokepoint:toggle-to-throughput")).slice(0, largeRuns);
    console.log(`Toggle to new throughput shown, ${SYNTHETIC} edges, median of ${largeRuns}: ${median(early).toFixed(0)} ms (min ${Math.min(...early).toFixed(0)}, max ${Math.max(...early).toFixed(0)})`);
    console.log(`Toggle to updated view (graph redrawn, full report), ${SYNTHETIC} edges, median of ${largeRuns}: ${median(toggles).toFixed(0)} ms (min ${Math.min(...toggles).toFixed(0)}, max ${Math.max(...toggles).toFixed(0)})`);
    const analysisMs = await big.textContent(".analysis-state");
    console.log(`Last full analysis in the worker: ${analysisMs}`);
    await large.close();
  } finally {
    await browser.close();
    await server.close();
  }
  console.log(`\nLoad average at the end: ${load()}`);
}

await main();
