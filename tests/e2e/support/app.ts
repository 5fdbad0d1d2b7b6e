// Helpers for driving the built app in the end-to-end tests: open it, wait until the
// analysis has answered, read the numbers a person sees, count drawn pixels, save
// screenshots.
import { join } from "node:path";
import type { Browser, BrowserContext, Locator, Page } from "playwright-core";
import { expect, inject } from "vitest";
import { openPage, screenshotDir } from "./browser";
import { countScreenPixels } from "./pixels";

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

/** Pixels in the graph area that differ from its background (see support/pixels.ts). */
export async function drawnPixels(page: Page, selector = ".sigma-container"): Promise<{ drawn: number; total: number }> {
  const { count, total } = await countScreenPixels(page, "marked", selector);
  return { drawn: count, total };
}

export async function saveScreenshot(page: Page, name: string): Promise<string> {
  const path = join(screenshotDir(), `${name}.png`);
  await page.screenshot({ path });
  return path;
}

/**
 * Waits until exactly one element matches (it may appear after the action that causes it:
 * a status written once a promise settles), then checks it is only one.
 */
export async function expectOne(locator: Locator, timeout = 15_000): Promise<void> {
  await locator.first().waitFor({ state: "attached", timeout });
  expect(await locator.count()).toBe(1);
}
