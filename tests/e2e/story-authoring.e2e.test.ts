// Writing a story in the app as an instructor would: three views recorded as steps (each
// with its own scenario), one step's text edited, steps reordered and one deleted; the
// story presented, exported, imported into a fresh browser and presented again: it plays
// the same. A story file with errors is refused with located messages and changes nothing.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { formatError } from "../../src/model/dataset-errors";
import { parseStory } from "../../src/model/story/load-story";
import { interventionIsOn, openApp, saveScreenshot, toggleIntervention, waitForResults } from "./support/app";
import { launchBrowser } from "./support/browser";
import { defaultDataset } from "./support/expected";
import { viewState } from "./support/files";
import { expectedStep, readShownStep, readStoryFile, stepDifferences, waitForStep, type ShownStep } from "./support/story";

const CLASS_SCHEDULING = "cn-fentanyl-class-2019";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function openStories(page: Page): Promise<void> {
  await page.getByRole("button", { name: "Stories", exact: true }).click();
  await page.getByRole("button", { name: "Add this view as a step" }).waitFor();
}

async function addStep(page: Page, count: number): Promise<void> {
  await waitForResults(page);
  await page.getByRole("button", { name: "Add this view as a step" }).click();
  await expect(page.locator(".story-step-list > li").count()).resolves.toBe(count);
}

async function stepNames(page: Page): Promise<string[]> {
  return page.locator(".story-step-name").allTextContents();
}

/** Presents the story being written, reads every step as shown, and leaves. */
async function presentDraft(page: Page, steps: number): Promise<ShownStep[]> {
  await page.getByRole("button", { name: "Present your story" }).click();
  const shown: ShownStep[] = [];
  for (let i = 0; i < steps; i++) {
    if (i > 0) await page.keyboard.press("ArrowRight");
    await waitForStep(page, i + 1);
    expect(new URL(page.url()).search).toBe(`?story=draft&step=${i + 1}`);
    shown.push(await readShownStep(page));
  }
  // The button rather than Escape: presenting from the panel may have entered full
  // screen, where Escape belongs to the browser.
  await page.getByRole("button", { name: "Leave (Esc)" }).click();
  await page.locator(".story-presenter").waitFor({ state: "detached" });
  return shown;
}

async function importStory(page: Page, name: string, text: string): Promise<void> {
  await page.setInputFiles("input[aria-label='Story file to import']", { name, mimeType: "application/json", buffer: Buffer.from(text) });
}

describe("a story written in the app", () => {
  it("recorded, edited, reordered, exported and re-imported, plays the same", { timeout: 240_000 }, async () => {
    const { page, context, errors } = await openApp(browser, "?d=2018-12-31&layout=tiered");
    await openStories(page);

    // Three views, three scenarios: 2018; 2018 with the 2019 scheduling on, geographic;
    // the same idealized.
    await addStep(page, 1);
    await toggleIntervention(page, CLASS_SCHEDULING);
    expect(await interventionIsOn(page, CLASS_SCHEDULING)).toBe(true);
    await page.locator(".layout-switch input[value='geographic']").check();
    await addStep(page, 2);
    await page.locator(".idealized-row").getByRole("switch").click();
    await addStep(page, 3);

    // Edit step 2's text.
    await page.locator(".story-step-name").nth(1).click();
    const editor = page.getByRole("group", { name: "Step 2" });
    await editor.getByLabel("Title").fill("The mail route under the 2019 scheduling");
    await editor.getByLabel("Narrative").fill("Watch the **mail route**: does the supply move?");
    await expect(editor.locator(".narrative-preview strong").textContent()).resolves.toBe("mail route");
    const [, , third] = await stepNames(page);

    // Step 3 up (order 1, 3, 2), then delete step 1 (order 3, 2).
    await page.getByRole("button", { name: "Move step 3 up" }).click();
    await page.getByRole("button", { name: "Delete step 1" }).click();
    const names = await stepNames(page);
    expect(names).toEqual([`1. ${third.slice(3)}`, "2. The mail route under the 2019 scheduling"]);
    expect(names).toHaveLength(2);
    await saveScreenshot(page, "story-editor");

    const played = await presentDraft(page, 2);
    const [file] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Export story file" }).click()]);
    const text = readFileSync(await file.path(), "utf8");
    expect(file.suggestedFilename()).toBe("untitled-story.story.json");
    const story = readStoryFile(text, file.suggestedFilename());

    // The file holds what was recorded and edited, and the presentation showed its analysis.
    expect(story.steps.map((step) => step.title)).toEqual([third.slice(3), "The mail route under the 2019 scheduling"]);
    expect(story.steps[1].narrative).toBe("Watch the **mail route**: does the supply move?");
    expect(story.steps[0].scenario).toEqual({ date: "2018-12-31", switches: { [CLASS_SCHEDULING]: { on: true } }, idealized: true });
    expect(story.steps[1].scenario).toEqual({ date: "2018-12-31", switches: { [CLASS_SCHEDULING]: { on: true } } });
    expect(story.steps.map((step) => step.view?.layout)).toEqual(["geographic", "geographic"]);
    played.forEach((shown, i) => expect(stepDifferences(shown, expectedStep(story, i)), `step ${i + 1}`).toEqual([]));
    expect(errors).toEqual([]);
    await context.close();

    // A fresh browser (no draft stored) imports the file and plays the same steps.
    const fresh = await openApp(browser);
    await openStories(fresh.page);
    expect(await fresh.page.locator(".story-step-list").count()).toBe(0);
    await importStory(fresh.page, file.suggestedFilename(), text);
    await fresh.page.getByRole("status").filter({ hasText: `Imported ${file.suggestedFilename()}: 2 steps.` }).waitFor({ state: "attached" });
    expect(await fresh.page.locator(".story-step-list > li").count()).toBe(2);
    const replayed = await presentDraft(fresh.page, 2);
    expect(replayed).toEqual(played);
    expect(fresh.errors).toEqual([]);
    await fresh.context.close();
  });

  it("a story file with errors is refused with located messages, and changes nothing", async () => {
    const { page, context, errors } = await openApp(browser, "?d=2019-06-01&layout=tiered");
    await openStories(page);
    await addStep(page, 1);
    const before = { view: await viewState(page), steps: await stepNames(page), draft: await page.evaluate(() => localStorage.getItem("chokepoint.story-draft.v1")) };

    const valid = readFileSync(resolve(import.meta.dirname, "../../data/stories/precursor-loophole.json"), "utf8");
    const broken = JSON.parse(valid) as { steps: { highlight?: unknown; view?: { layout: string } }[] };
    broken.steps[0].highlight = { edges: ["no-such-edge"] };
    broken.steps[2].view = { layout: "force" };
    const files = [
      { name: "broken-syntax.story.json", text: valid.replace('"title": "Before 2019', '"title" "Before 2019'), paths: [] },
      { name: "broken-ids.story.json", text: JSON.stringify(broken, null, 2), paths: ["/steps/0/highlight/edges/0", "/steps/2/view/layout"] },
    ];
    for (const { name, text, paths } of files) {
      await importStory(page, name, text);
      const alert = page.locator(".story-problems[role='alert']", { hasText: `${name} was not imported` });
      await alert.waitFor();
      // Every problem the validator finds is listed, located: file:line:col, then the JSON pointer.
      const result = parseStory(text, name, defaultDataset().dataset);
      if (result.ok) throw new Error(`${name} should be invalid`);
      const listed = await alert.locator(".story-errors li").allTextContents();
      expect(listed).toEqual(result.errors.map(formatError));
      expect(listed.length).toBeGreaterThan(0);
      for (const line of listed) expect(line).toMatch(new RegExp(`^${name.replace(/\./g, "\\.")}:\\d+:\\d+ `));
      for (const path of paths) expect(listed.some((line) => line.includes(` ${path}: `)), path).toBe(true);
      // Nothing changed: the steps, the stored draft, the scenario, numbers and address.
      expect(await stepNames(page)).toEqual(before.steps);
      expect(await viewState(page)).toEqual(before.view);
      expect(await page.evaluate(() => localStorage.getItem("chokepoint.story-draft.v1"))).toBe(before.draft);
    }
    await saveScreenshot(page, "story-import-refused");
    expect(errors).toEqual([]);
    await context.close();
  });
});
