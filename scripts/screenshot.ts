/**
 * Screenshots of the app's main states, for a person to look at while working on the UI:
 * the default view, the geographic and ForceAtlas2 layouts, a 2025 scenario with "show
 * changes", a node's details (one at the right of its neighbours), a selected closed edge,
 * the whole results panel in a tall window, and the default view at 1024x768 and at a
 * phone width.
 * Builds the app unless CHOKEPOINT_SKIP_BUILD=1, serves dist/ locally and drives the
 * system Chromium (headless, software WebGL).
 *
 *   node bin/run-ts.js scripts/screenshot.ts [--out screenshots] [--only name,name]
 */
import { mkdirSync } from "node:fs";
import { join, resolve } from "node:path";
import type { Browser, Page } from "playwright-core";
import { build, preview } from "vite";
import { launchBrowser } from "../tests/e2e/support/browser";

const root = resolve(import.meta.dirname, "..");
const args = process.argv.slice(2);
const flag = (name: string): string | undefined => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? args[at + 1] : undefined;
};
const outDir = resolve(root, flag("out") ?? "test-results/screenshots/manual");
const only = flag("only")?.split(",");

interface Shot {
  readonly name: string;
  readonly query: string;
  readonly width?: number;
  readonly height?: number;
  /** What to do after the first results, before the screenshot. */
  readonly act?: (page: Page) => Promise<void>;
  readonly fullPage?: boolean;
  /** What shows the view is ready (default: the results panel's throughput). */
  readonly ready?: string;
}

const SHOTS: readonly Shot[] = [
  { name: "default", query: "?base&layout=tiered" },
  { name: "geographic", query: "?base&layout=geographic", act: (page) => page.waitForSelector("canvas.sigma-continents").then(() => undefined) },
  { name: "force", query: "?base&layout=force", act: (page) => page.waitForTimeout(3000) },
  {
    name: "changes-2025",
    query: "?d=2025-12-31&layout=tiered",
    act: (page) => page.getByRole("switch", { name: "Show changes" }).click(),
  },
  { name: "details", query: "?base&layout=tiered&sel=node:lab-sinaloa-culiacan" },
  // A closed edge picked: it must stand out among the faded ones.
  { name: "closed-edge-selected", query: "?on=cn-fentanyl-class-2019&ideal=1&layout=tiered&sel=edge:e-cnpost-usmail-pow" },
  // A node at the right of its neighbours: its full label must not run under the zoom buttons.
  { name: "details-right-node", query: "?base&layout=tiered&sel=node:cn-fentanyl-labs-pre2019" },
  // A tall window: the whole results panel (routes list included) on one screen.
  { name: "results-tall", query: "?base&layout=tiered", height: 2400 },
  // The generated 10^5-edge network: its analysis runs in the worker, on the contracted network.
  { name: "synthetic-100000", query: "?synthetic=100000" },
  { name: "narrow-1024", query: "?base&layout=tiered", width: 1024, height: 768, },
  // A tall window: the tiered layout must use the height, not leave the lower part empty.
  { name: "tall-1280x1600", query: "?base&layout=tiered", width: 1280, height: 1600 },
  { name: "short-1024x600", query: "?base&layout=tiered", width: 1024, height: 600 },
  { name: "phone-390", query: "?base&layout=tiered", width: 390, height: 844, },
  // Presentation mode (the results panel is hidden: wait for the step instead).
  { name: "story-step-3", query: "?story=precursor-loophole&step=3", ready: ".story-presenter .story-step-title" },
  { name: "story-step-7", query: "?story=precursor-loophole&step=7", ready: ".story-presenter .story-step-title" },
  // The stories panel, with the bundled story copied into the editor.
  {
    name: "stories-panel",
    query: "?base&layout=tiered",
    act: async (page) => {
      await page.getByRole("button", { name: "Stories" }).click();
      await page.getByRole("button", { name: "Edit a copy" }).click();
      await page.waitForSelector(".story-panel .story-step-list");
    },
  },
];

async function shoot(browser: Browser, base: string, shot: Shot): Promise<void> {
  const context = await browser.newContext({ viewport: { width: shot.width ?? 1440, height: shot.height ?? 900 } });
  const page = await context.newPage();
  page.on("pageerror", (error) => console.error(`${shot.name}: pageerror ${error.message}`));
  await page.goto(`${base}${shot.query}`);
  await page.waitForSelector(shot.ready ?? ".results[aria-busy='false'] [data-metric='throughput'] .metric-value", { timeout: 60_000 });
  await shot.act?.(page);
  await page.waitForTimeout(1200);
  const path = join(outDir, `${shot.name}.png`);
  await page.screenshot({ path, fullPage: shot.fullPage ?? false });
  console.log(path);
  await context.close();
}

async function main(): Promise<void> {
  mkdirSync(outDir, { recursive: true });
  if (process.env.CHOKEPOINT_SKIP_BUILD !== "1") await build({ root, logLevel: "warn", mode: "production" });
  const server = await preview({ root, logLevel: "warn", preview: { port: 0, host: "127.0.0.1" } });
  const address = server.httpServer.address();
  if (!address || typeof address === "string") throw new Error("no server address");
  const browser = await launchBrowser();
  try {
    for (const shot of SHOTS) if (!only || only.includes(shot.name)) await shoot(browser, `http://127.0.0.1:${address.port}/`, shot);
  } finally {
    await browser.close();
    await server.close();
  }
}

await main();
