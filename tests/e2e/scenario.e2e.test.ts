// Scenarios as a person explores them: one intervention switched on and off, and the
// timeline stepped from 2018 to 2025, with the numbers shown checked against the report.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser } from "./support/browser";
import { interventionIsOn, openApp, saveScreenshot, survivingRoutes, throughput, toggleIntervention, waitForResults } from "./support/app";
import { defaultDataset, eventDates, reportFor } from "./support/expected";

const CLASS_SCHEDULING = "cn-fentanyl-class-2019";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** The direct China -> US mail edge of finished fentanyl (found in the data, not hard-coded). */
function directMailEdges(): Set<string> {
  const { dataset } = defaultDataset();
  const jurisdiction = new Map(dataset.nodes.map((n) => [n.id, n.jurisdiction]));
  const products = new Set(dataset.commodities.filter((c) => c.kind === "product").map((c) => c.id));
  return new Set(
    dataset.edges
      .filter((e) => e.mode === "mail" && products.has(e.commodity) && jurisdiction.get(e.source) === "CN" && jurisdiction.get(e.target) === "US")
      .map((e) => e.id),
  );
}

/** Opens the details of an edge the way a person would: search its source, then pick the edge. */
async function openEdgeDetails(page: Page, edgeId: string): Promise<void> {
  const { dataset } = defaultDataset();
  const edge = dataset.edges.find((e) => e.id === edgeId)!;
  const label = (id: string) => dataset.nodes.find((n) => n.id === id)!.label;
  const search = page.getByRole("combobox", { name: "Search nodes by name" });
  await search.fill(label(edge.source));
  await page.getByRole("option").first().waitFor();
  await search.press("Enter");
  await page.locator(".details summary", { hasText: "Routes in and out" }).click();
  await page.locator(".details-routes li", { hasText: label(edge.target) }).filter({ hasText: "fentanyl" }).first().getByRole("button").click();
  await page.locator(`.details [data-edge="${edgeId}"]`).waitFor();
}

async function onSurvivingRoute(page: Page): Promise<string> {
  await waitForResults(page);
  return (await page.getAttribute(".details [data-survives]", "data-survives")) ?? "";
}

describe("switching one intervention", () => {
  it("China's 2019 class-wide scheduling cuts the direct mail route and lowers the throughput; off restores them", async () => {
    const [mail] = [...directMailEdges()];
    expect(mail).toBeDefined();
    const { page, context, errors } = await openApp(browser);
    await openEdgeDetails(page, mail);
    const before = await throughput(page);
    const routesBefore = await survivingRoutes(page);
    expect(await onSurvivingRoute(page)).toBe("true");
    const openBefore = await page.locator(".details dd", { hasText: "kg/month" }).first().textContent();

    // At its default effectiveness the scheduling re-tags the mail route illicit and cuts it.
    await toggleIntervention(page, CLASS_SCHEDULING);
    expect(await interventionIsOn(page, CLASS_SCHEDULING)).toBe(true);
    const after = await throughput(page);
    expect(after).toBeLessThan(before);
    expect(after).toBeCloseTo(reportFor({ switches: { [CLASS_SCHEDULING]: { on: true } }, idealized: false }).throughput.scenario, 6);
    await expect(page.locator(".details .change-list").textContent()).resolves.toContain("China schedules all fentanyl-related substances");
    expect(await page.locator(".details dd", { hasText: "kg/month" }).first().textContent()).not.toBe(openBefore);

    // Fully effective (idealized, the teaching mode), it removes the route from the surviving ones.
    await page.locator(".idealized-row").getByRole("switch").click();
    expect(await onSurvivingRoute(page)).toBe("false");
    expect(await survivingRoutes(page)).toBeLessThan(routesBefore);
    expect(await throughput(page)).toBeLessThan(after);
    await saveScreenshot(page, "04-class-scheduling-on-idealized");

    // Off again: the route survives and the numbers are back.
    await toggleIntervention(page, CLASS_SCHEDULING);
    expect(await onSurvivingRoute(page)).toBe("true");
    expect(await throughput(page)).toBe(before);
    expect(await survivingRoutes(page)).toBe(routesBefore);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe("the timeline", () => {
  it("stepped from 2018 to 2025 shows the report's numbers, date after date", async () => {
    const dates = eventDates().filter((date) => date >= "2018" && date < "2026");
    const expected = dates.map((date) => {
      const report = reportFor({ date, switches: {}, idealized: false });
      return { date, throughput: report.throughput.scenario, routes: report.paths.surviving };
    });
    // The story the data tells: supply in 2025 is lower than in 2018.
    expect(expected[expected.length - 1].throughput).toBeLessThan(expected[0].throughput);

    const { page, context } = await openApp(browser, `?d=${dates[0]}&layout=tiered`);
    const slider = page.getByRole("slider", { name: "Date on the timeline" });
    const shown: typeof expected = [];
    for (let i = 0; i < dates.length; i++) {
      if (i > 0) {
        await slider.focus();
        await page.keyboard.press("ArrowRight");
      }
      await waitForResults(page);
      const date = await page.textContent(".timeline-date");
      shown.push({ date: date ?? "", throughput: await throughput(page), routes: String(await survivingRoutes(page)) });
      if (date === "2019-05-01") await saveScreenshot(page, "05-timeline-2019-05-01");
    }
    expect(shown.map((s) => s.date)).toEqual(expected.map((e) => e.date));
    expect(shown.map((s) => s.routes)).toEqual(expected.map((e) => e.routes));
    shown.forEach((s, i) => expect(s.throughput, s.date).toBeCloseTo(expected[i].throughput, 6));
    await expect(page.locator(".timeline-event").textContent()).resolves.toContain(dates[dates.length - 1]);
    await saveScreenshot(page, "06-timeline-2025");
    await context.close();
  });
});
