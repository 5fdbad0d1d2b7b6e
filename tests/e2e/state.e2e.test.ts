// The view survives: a copied link reproduces it in a fresh browser, undo and redo walk
// the scenario history (buttons and keyboard), and a reload restores the last state.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser } from "./support/browser";
import { defaultDataset, reportFor } from "./support/expected";
import { appUrl, expectOne, interventionIsOn, openApp, survivingRoutes, throughput, toggleIntervention, waitForResults } from "./support/app";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const A = "cn-npp-anpp-2018";
const B = "us-stop-act-mail";

async function snapshot(page: Page) {
  return {
    throughput: await throughput(page),
    routes: await survivingRoutes(page),
    a: await interventionIsOn(page, A),
    b: await interventionIsOn(page, B),
    date: await page.textContent(".timeline-date"),
    layout: await page.getAttribute(".layout-switch input:checked", "value"),
  };
}

describe("the view in a link", () => {
  it("a copied link opened in a fresh browser restores the scenario, the layout and the numbers", async () => {
    const { page, context } = await openApp(browser);
    await page.getByRole("slider", { name: "Date on the timeline" }).focus();
    for (let i = 0; i < 6; i++) await page.keyboard.press("ArrowRight");
    await toggleIntervention(page, B);
    const effectiveness = page.locator(`[data-intervention="${A}"] input[type=range]`);
    await toggleIntervention(page, A);
    await effectiveness.focus();
    await page.keyboard.press("ArrowLeft");
    await page.keyboard.press("ArrowLeft");
    await waitForResults(page);
    await page.getByRole("radio", { name: "Geographic" }).check();
    const original = await snapshot(page);

    await page.getByRole("button", { name: "Copy link" }).click();
    await expectOne(page.getByText("Link copied"));
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(link.startsWith(appUrl())).toBe(true);
    await context.close();

    const fresh = await openApp(browser, link.slice(appUrl().length));
    expect(await snapshot(fresh.page)).toEqual(original);
    await expect(fresh.page.locator(`[data-intervention="${A}"] output`).textContent()).resolves.toBe("60%");
    await fresh.context.close();
  });
});

/** Two interventions that each change the throughput, the second on top of the first (from the report). */
function twoEffectiveInterventions(): [string, string] {
  const { dataset } = defaultDataset();
  const throughputOf = (ids: string[]) =>
    reportFor({ switches: Object.fromEntries(ids.map((id) => [id, { on: true }])), idealized: false }).throughput.scenario;
  const base = throughputOf([]);
  const ids = dataset.interventions.filter((i) => i.kind !== "cooperation").map((i) => i.id);
  for (const first of ids) {
    const one = throughputOf([first]);
    if (one >= base) continue;
    const second = ids.find((id) => id !== first && throughputOf([first, id]) < one);
    if (second) return [first, second];
  }
  throw new Error("the default dataset has no two interventions with a cumulative effect");
}

describe("undo and redo", () => {
  it("walk back and forth through scenario changes with the buttons and with Ctrl+Z / Ctrl+Shift+Z", async () => {
    const [A, B] = twoEffectiveInterventions();
    const { page, context } = await openApp(browser);
    const t0 = await throughput(page);
    await toggleIntervention(page, A);
    const t1 = await throughput(page);
    await toggleIntervention(page, B);
    const t2 = await throughput(page);
    expect(new Set([t0, t1, t2]).size).toBe(3);

    await page.getByRole("button", { name: "Undo" }).click();
    expect(await throughput(page)).toBe(t1);
    expect(await interventionIsOn(page, B)).toBe(false);
    await page.keyboard.press("Control+z");
    expect(await throughput(page)).toBe(t0);
    expect(await interventionIsOn(page, A)).toBe(false);
    await page.keyboard.press("Control+Shift+z");
    expect(await throughput(page)).toBe(t1);
    await page.getByRole("button", { name: "Redo" }).click();
    expect(await throughput(page)).toBe(t2);
    expect(await interventionIsOn(page, B)).toBe(true);
    await context.close();
  });
});

describe("reload", () => {
  it("restores the last state, from the address bar and from the autosave", async () => {
    const { page, context } = await openApp(browser);
    await toggleIntervention(page, A);
    await page.getByRole("radio", { name: /Force/ }).check();
    await page.waitForTimeout(400);
    const before = await snapshot(page);

    await page.reload();
    await waitForResults(page);
    expect(await snapshot(page)).toEqual(before);

    // Without the query string, the autosave of the same browser restores it.
    await page.goto(appUrl());
    await waitForResults(page);
    expect(await snapshot(page)).toEqual(before);
    await context.close();
  });
});
