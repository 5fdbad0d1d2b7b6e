// Presenting the bundled story as an instructor would: walked from first to last step with
// the keys a keyboard or a clicker sends, each step checked against what the analysis gives
// for its scenario (computed in Node from the story file), a screenshot per step; back
// keys, Escape, and a step URL opened in a fresh page.
import type { Browser, Page, Request } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { appUrl, openApp, saveScreenshot } from "./support/app";
import { launchBrowser } from "./support/browser";
import { bundledStory, expectedStep, readShownStep, stepDifferences, waitForStep } from "./support/story";

const STORY = "precursor-loophole";
/** Forward keys, used in turn: arrow, space bar and a clicker's PageDown. */
const NEXT_KEYS = ["ArrowRight", "Space", "PageDown"] as const;
/** The camera glides for 0.8 s (after a layout change, 1.5 s more): screenshots wait for it. */
const SETTLE_MS = 2300;

/** Presses a key until step n shows: PageDown and Space first page through a long step's text. */
async function advanceTo(page: Page, key: string, n: number): Promise<void> {
  for (let presses = 0; presses < 12; presses++) {
    await page.keyboard.press(key);
    if ((await page.getAttribute(".story-presenter", "data-step")) === String(n)) return;
  }
  throw new Error(`${key} pressed 12 times did not reach step ${n}`);
}

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe("the bundled story, presented", () => {
  it("walks from the first to the last step with the keyboard, each step showing the analysis of its scenario", { timeout: 240_000 }, async () => {
    const story = bundledStory(STORY);
    const { page, context, errors } = await openApp(browser, `?story=${STORY}&step=1`, { waitForResults: false });
    const requests: string[] = [];
    page.on("request", (request: Request) => requests.push(request.url()));
    const origin = new URL(appUrl()).origin;

    for (let i = 0; i < story.steps.length; i++) {
      if (i > 0) await advanceTo(page, NEXT_KEYS[(i - 1) % NEXT_KEYS.length], i + 1);
      await waitForStep(page, i + 1);
      expect(stepDifferences(await readShownStep(page), expectedStep(story, i)), `step ${i + 1}`).toEqual([]);
      expect(new URL(page.url()).search).toBe(`?story=${STORY}&step=${i + 1}`);
      await expect(page.getByRole("progressbar").getAttribute("aria-valuenow")).resolves.toBe(String(i + 1));
      await page.waitForTimeout(SETTLE_MS);
      await saveScreenshot(page, `story-step-${String(i + 1).padStart(2, "0")}`);
    }

    // On a small projector a step's text overflows: a clicker's PageDown reads on before it
    // moves on, ↑ scrolls back, and PageUp goes to the previous step once the top is in view.
    const last = story.steps.length;
    const size = page.viewportSize();
    await page.setViewportSize({ width: 1024, height: 600 });
    const text = page.locator(".story-scroll");
    expect(await text.evaluate((el) => el.scrollHeight - el.clientHeight)).toBeGreaterThan(0);
    await page.keyboard.press("PageDown");
    await expect(text.evaluate((el) => el.scrollTop)).resolves.toBeGreaterThan(0);
    expect(await page.getAttribute(".story-presenter", "data-step")).toBe(String(last));
    const paged = await text.evaluate((el) => el.scrollTop);
    await page.keyboard.press("ArrowUp");
    await expect(text.evaluate((el) => el.scrollTop)).resolves.toBeLessThan(paged);
    await advanceTo(page, "PageUp", last - 1);
    await expect(text.evaluate((el) => el.scrollTop)).resolves.toBe(0);
    await page.keyboard.press("ArrowRight");
    await waitForStep(page, last);
    if (size) await page.setViewportSize(size);

    // Past the end nothing moves; back with ← and PageUp.
    await page.keyboard.press("ArrowRight");
    await waitForStep(page, last);
    await page.keyboard.press("ArrowLeft");
    await waitForStep(page, last - 1);
    expect(stepDifferences(await readShownStep(page), expectedStep(story, last - 2))).toEqual([]);
    await page.keyboard.press("PageUp");
    await waitForStep(page, last - 2);
    expect(stepDifferences(await readShownStep(page), expectedStep(story, last - 3))).toEqual([]);

    // Escape leaves: the app is back, on the scenario of the step the class was looking at.
    await page.keyboard.press("Escape");
    await page.locator(".story-presenter").waitFor({ state: "detached" });
    const expected = expectedStep(story, last - 3);
    expect(await page.textContent(".timeline-date")).toBe(expected.date);
    expect(new URL(page.url()).searchParams.get("story")).toBeNull();
    await expect(page.locator(".results").isVisible()).resolves.toBe(true);

    // Everything came from the built site: no request left it (it works offline).
    expect(requests.filter((url) => !url.startsWith(origin) && !url.startsWith("data:") && !url.startsWith("blob:"))).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it("a step URL opened in a fresh page lands on that step", async () => {
    const story = bundledStory(STORY);
    const { page, context, errors } = await openApp(browser, `?story=${STORY}&step=4`, { waitForResults: false });
    await waitForStep(page, 4);
    expect(stepDifferences(await readShownStep(page), expectedStep(story, 3))).toEqual([]);
    await expect(page.getByTestId("story-count").textContent()).resolves.toBe(`Step 4 of ${story.steps.length}`);
    expect(errors).toEqual([]);
    await context.close();
  });
});
