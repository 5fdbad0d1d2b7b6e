// The default dataset renders under the page's Content-Security-Policy: the graph canvas
// has drawn pixels, legend and panels are there, and all three layouts work (the force
// layout's blob: worker included). Screenshots of each layout are saved for a person.
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser } from "./support/browser";
import { drawnPixels, expectOne, openApp, readCspViolations, saveScreenshot } from "./support/app";
import { defaultDataset } from "./support/expected";
import { countPixels } from "./support/pixels";
import { CHANGE_LABEL, NODE_KIND_LABEL, STATUS_LABEL } from "../../src/io/style/palette";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe("the app on the default dataset", () => {
  it("draws the graph and shows the legend and every panel, with no errors or CSP violations", async () => {
    const { page, errors, context } = await openApp(browser, "", { waitForResults: false });
    await page.waitForSelector(".sigma-container canvas");
    await page.waitForTimeout(1200);
    const pixels = await drawnPixels(page);
    expect(pixels.drawn).toBeGreaterThan(pixels.total * 0.02);
    for (const name of ["Interventions", "Results", "Details", "Timeline", "Legend"]) {
      await expect(page.getByRole("heading", { name, exact: true }).isVisible()).resolves.toBe(true);
    }
    await expectOne(page.getByRole("img", { name: /Supply-chain graph/ }));
    await saveScreenshot(page, "01-default-tiered");
    expect(await readCspViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it("has a legend entry for every node kind and edge status drawn, closed and highlighted edges, and every change class", async () => {
    const { dataset } = defaultDataset();
    const { page, context } = await openApp(browser, "?base&layout=tiered");
    const entries = () => page.$$eval(".legend-list li", (items) => items.filter((li) => li.getBoundingClientRect().height > 0).map((li) => li.textContent?.trim() ?? ""));
    const drawn = [
      ...new Set(dataset.nodes.map((node) => NODE_KIND_LABEL[node.kind])),
      ...new Set(dataset.edges.map((edge) => STATUS_LABEL[edge.status])),
      "White ring: unverified",
      "Grey, thin: closed",
      "Magenta, wide: pointed at in the results",
    ];
    const shown = await entries();
    expect(drawn.filter((label) => !shown.includes(label))).toEqual([]);
    // Every entry has its swatch (a mark, not only words).
    expect(await page.locator(".legend-list li svg.legend-swatch").count()).toBe(shown.length);

    await page.getByRole("switch", { name: "Show changes" }).click();
    const changes = await entries();
    expect(Object.values(CHANGE_LABEL).filter((label) => !changes.includes(label))).toEqual([]);
    await context.close();
  });

  it("ships a strict Content-Security-Policy: no inline code, no eval, workers from self and blob: only", async () => {
    const { page, context } = await openApp(browser, "", { waitForResults: false });
    const policy = await page.getAttribute("meta[http-equiv='Content-Security-Policy']", "content");
    expect(policy).toContain("default-src 'none'");
    expect(policy).toContain("script-src 'self';");
    expect(policy).toContain("worker-src 'self' blob:");
    expect(policy).not.toContain("unsafe-inline");
    expect(policy).not.toContain("unsafe-eval");
    // The policy is enforced: an inline script injected now is refused and reported.
    await page.evaluate(() => {
      const script = document.createElement("script");
      script.textContent = "window.__inlineRan = true";
      document.body.appendChild(script);
    });
    await page.waitForTimeout(100);
    expect(await page.evaluate(() => (window as unknown as { __inlineRan?: boolean }).__inlineRan)).toBeUndefined();
    expect((await readCspViolations(page)).some((v) => v.startsWith("script-src"))).toBe(true);
    await context.close();
  });

  it("switches to the geographic layout with a continent outline, and to ForceAtlas2 with a running state", async () => {
    const { page, errors, context } = await openApp(browser, "", { waitForResults: false });
    await page.waitForSelector(".sigma-container canvas");
    await page.getByRole("radio", { name: "Geographic" }).check();
    await page.waitForSelector("canvas.sigma-continents");
    await page.waitForTimeout(1200);
    expect((await drawnPixels(page)).drawn).toBeGreaterThan(0);
    await saveScreenshot(page, "02-geographic");

    await page.getByRole("radio", { name: /Force/ }).check();
    await expectOne(page.getByRole("status").filter({ hasText: "ForceAtlas2 is running" }));
    const before = await page.screenshot();
    await page.waitForTimeout(1500);
    await saveScreenshot(page, "03-force-running");
    const after = await page.screenshot();
    expect(after.equals(before)).toBe(false); // the layout moves
    await page.getByRole("button", { name: "Stop layout" }).click();
    await expectOne(page.getByRole("status").filter({ hasText: "ForceAtlas2 stopped" }));
    expect(await readCspViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it("fits the tiered layout to the graph area's height, in a landscape and in a tall window", async () => {
    const { page, context } = await openApp(browser, "?base&layout=tiered");
    // A graph area resized with the window keeps the user's camera: these are first fits.
    for (const size of [
      { width: 1440, height: 900 },
      { width: 1280, height: 1600 },
    ]) {
      await page.setViewportSize(size);
      await page.waitForTimeout(800);
      const area = (await page.locator(".sigma-container").boundingBox())!;
      const titles = (await page.locator(".column-header").first().boundingBox())!;
      // The column titles sit at the top of the area (a drawing shorter than the area
      // would be centred, titles and all, leaving blank bands above and below it).
      expect(titles.y - area.y, `${size.width}x${size.height}`).toBeLessThan(30);
      // And the bottom row's coloured nodes reach the area's lowest strip.
      const strip = await page.screenshot({ clip: { x: area.x, y: area.y + area.height * 0.92, width: area.width, height: area.height * 0.08 } });
      expect((await countPixels(page, strip, "coloured")).count, `${size.width}x${size.height}`).toBeGreaterThan(50);
    }
    await saveScreenshot(page, "04-tiered-tall-window");
    await context.close();
  });
});
