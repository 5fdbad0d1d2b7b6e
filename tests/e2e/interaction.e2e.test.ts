// Pointing at things: a listed route highlights on the graph; a searched node shows its
// details and sources; "show changes" recolours the graph.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { appUrl, expectOne, openApp, saveScreenshot, waitForResults } from "./support/app";
import { launchBrowser, openPage } from "./support/browser";
import { defaultDataset } from "./support/expected";
import { countScreenPixels } from "./support/pixels";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Saturated pixels of the graph area: coloured marks, not the greys of faded ones. */
async function colouredPixels(page: Page): Promise<number> {
  return (await countScreenPixels(page, "coloured")).count;
}

describe("pointing at routes and nodes", () => {
  it("clicking a listed route highlights it on the graph and fades the rest", async () => {
    const { page, context } = await openApp(browser);
    await page.waitForTimeout(800);
    const before = await colouredPixels(page);
    const first = page.locator("[data-route-edges]").first();
    await first.click();
    await expect(first.getAttribute("aria-pressed")).resolves.toBe("true");
    await page.waitForTimeout(400);
    const highlighted = await colouredPixels(page);
    expect(highlighted).toBeGreaterThan(0);
    expect(highlighted).toBeLessThan(before * 0.6);
    await saveScreenshot(page, "07-route-highlighted");
    await first.click();
    await expect(first.getAttribute("aria-pressed")).resolves.toBe("false");
    await page.waitForTimeout(400);
    expect(await colouredPixels(page)).toBeGreaterThan(highlighted);
    await context.close();
  });

  it("lists routes through the same places as one group whose routes each read differently", async () => {
    const { page, context } = await openApp(browser, "?base&layout=tiered");
    const groups = await page.$$eval(".route-group", (items) =>
      items.map((item) => ({
        head: item.querySelector(".route-group-head")?.textContent ?? "",
        routes: [...item.querySelectorAll("[data-route-edges]")].map((button) => button.textContent ?? ""),
      })),
    );
    const listed = groups.flatMap((group) => group.routes.map((text) => `${group.head} | ${text}`));
    expect(listed.length).toBe((await page.$$("[data-route-edges]")).length);
    expect(listed.length).toBeGreaterThan(groups.length); // the default dataset's top routes share places
    expect(new Set(listed).size).toBe(listed.length); // no two routes read the same
    expect(new Set(groups.map((group) => group.head)).size).toBe(groups.length);
    await context.close();
  });

  it("a group's only route repeats nothing its heading says", async () => {
    // Idealized 2019 controls leave groups of one route among the widest ones.
    const { page, context } = await openApp(browser, "?d=2019-06-01&ideal=1&layout=tiered");
    const lone = await page.$$eval(".route-group", (items) =>
      items
        .filter((item) => item.querySelectorAll("[data-route-edges]").length === 1)
        .map((item) => ({
          via: item.querySelector(".route-via")?.textContent ?? "",
          route: item.querySelector("[data-route-edges]")?.textContent ?? "",
          words: item.querySelector("[data-route-edges] .route-differences")?.textContent ?? "",
        })),
    );
    expect(lone.length).toBeGreaterThan(0);
    for (const { via, route, words } of lone) {
      const chemical = via.split(", via ")[0];
      expect(chemical.length).toBeGreaterThan(0);
      expect(route).not.toContain(chemical);
      expect(words).toBe("");
      expect(route).toMatch(/kg\/month/);
    }
    await context.close();
  });

  it("searching a node by name shows its details with its sources as links", async () => {
    const { dataset } = defaultDataset();
    const withUrl = new Set(dataset.sources.filter((s) => s.url).map((s) => s.id));
    const node = dataset.nodes.find((n) => n.kind === "lab" && n.sources.some((id) => withUrl.has(id)))!;
    const source = dataset.sources.find((s) => node.sources.includes(s.id) && s.url)!;
    const { page, context } = await openApp(browser);
    const search = page.getByRole("combobox", { name: "Search nodes by name" });
    await search.fill(node.label.slice(0, 12));
    await expect(page.getByRole("listbox").isVisible()).resolves.toBe(true);
    await page.getByRole("option", { name: new RegExp(node.label.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")) }).first().waitFor();
    // Keyboard only: arrow to the node, Enter to pick it.
    let active = await page.getAttribute("[role=option][aria-selected=true]", "id");
    for (let i = 0; i < 12 && !(await page.textContent(`[id="${active}"]`))?.startsWith(node.label); i++) {
      await search.press("ArrowDown");
      active = await page.getAttribute("[role=option][aria-selected=true]", "id");
    }
    await search.press("Enter");
    const details = page.locator(`.details [data-node="${node.id}"]`);
    await details.waitFor();
    await expect(details.locator(".details-name").textContent()).resolves.toBe(node.label);
    const link = details.locator(`a[href="${source.url}"]`);
    await expectOne(link);
    await expect(link.getAttribute("target")).resolves.toBe("_blank");
    await expect(link.getAttribute("rel")).resolves.toContain("noopener");
    await saveScreenshot(page, "08-node-details");
    await context.close();
  });

  it("show changes colours what a scenario closed against the baseline", async () => {
    const { page, context } = await openApp(browser, "?d=2025-12-31&layout=tiered");
    await waitForResults(page);
    await page.getByRole("switch", { name: "Show changes" }).click();
    await expectOne(page.getByRole("heading", { name: /Edges: change against the baseline/ }));
    await page.waitForTimeout(500);
    await saveScreenshot(page, "09-show-changes-2025");
    await context.close();
  });
});

describe("comparing and explaining", () => {
  it("a pinned scenario stays on screen next to the current one", async () => {
    const { page, context } = await openApp(browser, "?d=2019-06-01&layout=tiered");
    const pinnedValue = Number(await page.getAttribute("[data-metric='throughput'] .metric-value", "data-value"));
    await page.getByRole("button", { name: "Pin this scenario" }).click();
    await page.getByRole("slider", { name: "Date on the timeline" }).focus();
    await page.keyboard.press("End");
    await waitForResults(page);
    const compare = page.locator("[data-metric='throughput'] .metric-compare");
    await expect(compare.textContent()).resolves.toContain(`${Math.round(pinnedValue).toLocaleString("en-US")} kg/month`);
    await page.getByRole("switch", { name: "Show changes" }).click();
    await expectOne(page.getByRole("heading", { name: /against the pinned scenario/ }));
    await page.waitForTimeout(500);
    await saveScreenshot(page, "12-compare-pinned-2019-vs-2025");
    await page.getByRole("button", { name: "Unpin" }).click();
    await expect(compare.count()).resolves.toBe(0);
    await context.close();
  });

  it("hovering the minimum cut highlights its edges on the graph", async () => {
    const { page, context } = await openApp(browser, "?d=2025-12-31&layout=tiered");
    await page.waitForTimeout(600);
    const before = await colouredPixels(page);
    await page.locator(".cut-entry").first().hover();
    await page.waitForTimeout(400);
    const hovered = await colouredPixels(page);
    expect(hovered).not.toBe(before);
    await saveScreenshot(page, "13-min-cut-hover");
    await context.close();
  });
});

describe("a dataset that does not load", () => {
  it("shows its located errors instead of a blank page", async () => {
    const { context, page } = await openPage(browser, "about:blank");
    // Serve a broken default dataset: a trailing comma on line 3 and a wrong version.
    await page.route(/\/assets\/default-[^/]+\.js$/, (route) =>
      route.fulfill({
        contentType: "text/javascript",
        body: 'export default `{\n  "format": "chokepoint-dataset",\n  "version": 2,\n}`;',
      }),
    );
    await page.goto(appUrl());
    const alert = page.getByRole("alert");
    await alert.waitFor();
    await expect(alert.textContent()).resolves.toMatch(/data\/default\.json:\d+:\d+/);
    await expectOne(page.getByRole("heading", { name: /default dataset .* is not valid/ }));
    await saveScreenshot(page, "14-dataset-error");
    await context.close();
  });
});
