// Helpers for driving the built app in the end-to-end tests: open it, wait until the
// analysis has answered, read the numbers a person sees, count drawn pixels, save
// screenshots.
import { join } from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { inject } from "vitest";
import { openPage, screenshotDir } from "./browser";

export interface OpenApp {
  readonly context: BrowserContext;
  readonly page: Page;
  readonly errors: string[];
}

/** Records Content-Security-Policy violations before any app code runs. */
const RECORD_CSP = `
  window.__cspViolations = [];
  document.addEventListener("securitypolicyviolation", (event) => {
    window.__cspViolations.push(event.violatedDirective + " " + event.blockedURI);
  });
`;

export function appUrl(query = ""): string {
  return `${inject("baseUrl")}${query}`;
}

/** Opens the app in a fresh browser context (own storage) and waits for the first results. */
export async function openApp(browser: Browser, query = "", options: { waitForResults?: boolean } = {}): Promise<OpenApp> {
  const { context, page, errors } = await openPage(browser, "about:blank");
  await page.addInitScript(RECORD_CSP);
  await page.goto(appUrl(query));
  if (options.waitForResults ?? true) await waitForResults(page);
  return { context, page, errors };
}

/** Content-Security-Policy violations the page reported so far. */
export async function readCspViolations(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations ?? []);
}

/** Waits until the results panel shows a finished analysis of the current scenario. */
export async function waitForResults(page: Page, timeout = 30_000): Promise<void> {
  await page.waitForSelector(".results[aria-busy='false'] [data-metric='throughput'] .metric-value", { timeout });
}

/** The throughput the results panel shows, kg/month (read from the element's data-value). */
export async function throughput(page: Page): Promise<number> {
  await waitForResults(page);
  const value = await page.getAttribute("[data-metric='throughput'] .metric-value", "data-value");
  return Number(value);
}

export async function survivingRoutes(page: Page): Promise<bigint> {
  await waitForResults(page);
  return BigInt((await page.getAttribute("[data-metric='paths'] dd", "data-value")) ?? "0");
}

/** Edge ids of the routes listed under "Widest surviving routes". */
export async function listedRoutes(page: Page): Promise<string[][]> {
  await waitForResults(page);
  const routes = await page.$$eval("[data-route-edges]", (items) => items.map((item) => item.getAttribute("data-route-edges") ?? ""));
  return routes.map((edges) => edges.split(" "));
}

/** Clicks the switch of an intervention (by dataset id) and waits for the new results. */
export async function toggleIntervention(page: Page, id: string): Promise<void> {
  await page.click(`[data-intervention="${id}"] [role="switch"]`);
  await waitForResults(page);
}

export async function interventionIsOn(page: Page, id: string): Promise<boolean> {
  return (await page.getAttribute(`[data-intervention="${id}"] [role="switch"]`, "aria-checked")) === "true";
}

/**
 * Pixels in the graph area that differ from its background: the WebGL canvases cannot be
 * read back after compositing, so the test screenshots the area and decodes the PNG in a
 * blank page of the same browser.
 */
export async function drawnPixels(page: Page, selector = ".sigma-container"): Promise<{ drawn: number; total: number }> {
  const png = await page.locator(selector).screenshot();
  const decoder = await page.context().newPage();
  try {
    return await decoder.evaluate(async (base64) => {
      const image = new Image();
      image.src = `data:image/png;base64,${base64}`;
      await image.decode();
      const canvas = document.createElement("canvas");
      canvas.width = image.width;
      canvas.height = image.height;
      const context = canvas.getContext("2d")!;
      context.drawImage(image, 0, 0);
      const { data } = context.getImageData(0, 0, image.width, image.height);
      // The background is the most common colour; count everything clearly different from it.
      const counts = new Map<number, number>();
      for (let i = 0; i < data.length; i += 4) {
        const key = (data[i] << 16) | (data[i + 1] << 8) | data[i + 2];
        counts.set(key, (counts.get(key) ?? 0) + 1);
      }
      const background = [...counts.entries()].sort((a, b) => b[1] - a[1])[0][0];
      const [br, bg, bb] = [(background >> 16) & 255, (background >> 8) & 255, background & 255];
      let drawn = 0;
      for (let i = 0; i < data.length; i += 4) {
        if (Math.abs(data[i] - br) + Math.abs(data[i + 1] - bg) + Math.abs(data[i + 2] - bb) > 60) drawn++;
      }
      return { drawn, total: data.length / 4 };
    }, png.toString("base64"));
  } finally {
    await decoder.close();
  }
}

export async function saveScreenshot(page: Page, name: string): Promise<string> {
  const path = join(screenshotDir(), `${name}.png`);
  await page.screenshot({ path });
  return path;
}
