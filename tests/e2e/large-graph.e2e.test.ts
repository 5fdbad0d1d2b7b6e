// A generated graph of 10^4 nodes and 10^5 edges (`?synthetic=100000`): it loads, the
// analysis runs in a worker, a toggle shows progress and then the new numbers, and the
// page and the sigma instance stay the same (no re-creation). Speed itself is measured by
// `npm run bench:app`, not asserted here.
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser } from "./support/browser";
import { drawnPixels, expectOne, openApp, saveScreenshot, throughput, waitForResults } from "./support/app";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe("a generated graph of 10^5 edges", () => {
  it("loads, and a toggle is answered by the worker without re-creating the view", { timeout: 240_000 }, async () => {
    const { page, context, errors } = await openApp(browser, "?synthetic=100000", { waitForResults: false });
    await waitForResults(page, 200_000);
    await expect(page.textContent(".dataset-name")).resolves.toMatch(/10,\d{3} nodes, 100,000 edges/);
    expect((await drawnPixels(page)).drawn).toBeGreaterThan(1000);
    await saveScreenshot(page, "11-synthetic-100000");

    // Mark the live canvas: after the toggle the very same element must still be there.
    await page.evaluate(() => {
      (document.querySelector(".sigma-container canvas") as HTMLCanvasElement).dataset.e2eMark = "kept";
    });
    const before = await throughput(page);
    // Record every state of the results panel, to see the progress indication appear.
    await page.evaluate(() => {
      const results = document.querySelector(".results")!;
      const seen: string[] = [];
      (window as unknown as { __busy: string[] }).__busy = seen;
      new MutationObserver(() => seen.push(results.getAttribute("aria-busy") ?? "")).observe(results, {
        attributes: true,
        attributeFilter: ["aria-busy"],
      });
    });
    await page.locator(".intervention [role=switch]").first().click();
    // The page stays usable (the analysis runs in a worker): another control still works.
    await page.getByRole("button", { name: "Hide", exact: true }).click();
    await expectOne(page.getByRole("button", { name: "Show", exact: true }));
    await waitForResults(page, 120_000);
    expect(await page.evaluate(() => (window as unknown as { __busy: string[] }).__busy)).toEqual(["true", "false"]);
    expect(await throughput(page)).not.toBe(before);
    expect(await page.locator("canvas[data-e2e-mark=kept]").count()).toBe(1);
    expect(errors).toEqual([]);
    await context.close();
  });
});
