// Export from the app: every format downloads a non-empty file named after the dataset,
// the scenario and the format; the data formats import back (src/io importers) with the
// scenario, figures and view positions of what was on screen; PNG has the chosen size;
// SVG carries its legend.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { strFromU8, unzipSync } from "fflate";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { exportFileName, type ExportFormat } from "../../src/io/file-names";
import { importFiles } from "../../src/io/import/import-files";
import type { Snapshot } from "../../src/io/snapshot/snapshot-types";
import { sameScenario } from "../../src/ui/state/app-state";
import { openApp, readCspViolations, saveScreenshot, throughput, toggleIntervention, waitForResults } from "./support/app";
import { launchBrowser, screenshotDir } from "./support/browser";
import { defaultDataset, reportFor } from "./support/expected";
import { download, markedPixels, openExportDialog, pngSize, scenarioInUrl } from "./support/files";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const INTERVENTION = "us-stop-act-mail";

/** A view that is not the default one: a date on the timeline and one switch. */
async function setUpScenario(page: Page): Promise<void> {
  await page.getByRole("slider", { name: "Date on the timeline" }).focus();
  for (let i = 0; i < 4; i++) await page.keyboard.press("ArrowRight");
  await toggleIntervention(page, INTERVENTION);
  await waitForResults(page);
  // Let the layout animation finish, so the positions are the layout's own.
  await page.waitForTimeout(900);
}

function imported(name: string, bytes: Uint8Array) {
  const result = importFiles([{ name, bytes }]);
  if (!result.ok) throw new Error(`${name} does not import: ${result.problems.map((p) => p.message).join("; ")}`);
  return result;
}

describe("the export dialog", () => {
  it("downloads every data format with its file name, and each imports back", async () => {
    const { page, context, errors } = await openApp(browser);
    await setUpScenario(page);
    const scenario = scenarioInUrl(page);
    expect(scenario.date).toBeDefined();
    const shown = await throughput(page);
    const { dataset } = defaultDataset();
    const expectedName = (format: ExportFormat) => exportFileName("default", scenario, format);

    await openExportDialog(page);
    await saveScreenshot(page, "io-01-export-dialog");

    const json = await download(page, "json");
    expect(json.name).toBe(expectedName("json"));
    expect(json.name).toMatch(/^default_\d{4}-\d{2}-\d{2}_on-us-stop-act-mail\.snapshot\.json$/);
    const snapshot = JSON.parse(json.bytes.toString("utf8")) as Snapshot;
    expect(sameScenario(snapshot.scenario, scenario)).toBe(true);
    expect(snapshot.report.throughput.scenario).toBe(reportFor(scenario).throughput.scenario);
    expect(snapshot.report.throughput.scenario).toBeCloseTo(shown, 6);
    const fromJson = imported(json.name, json.bytes);
    expect(fromJson.dataset).toEqual(dataset);
    expect(fromJson.scenario && sameScenario(fromJson.scenario, scenario)).toBe(true);
    // The view's positions: every node, as drawn (the tiered layout's columns, not a fallback).
    expect(fromJson.positions.size).toBe(dataset.nodes.length);

    const gexf = await download(page, "gexf");
    expect(gexf.name).toBe(expectedName("gexf"));
    const fromGexf = imported(gexf.name, gexf.bytes);
    expect(fromGexf.dataset.nodes.map((n) => n.id)).toEqual(dataset.nodes.map((n) => n.id));
    expect(fromGexf.dataset.edges.map((e) => e.id)).toEqual(dataset.edges.map((e) => e.id));
    // viz:position is the view's: the same positions as the snapshot's.
    for (const [id, position] of fromJson.positions) {
      expect(fromGexf.positions.get(id)?.x).toBeCloseTo(position.x, 6);
      expect(fromGexf.positions.get(id)?.y).toBeCloseTo(position.y, 6);
    }

    const timeline = await download(page, "gexf-dynamic");
    expect(timeline.name).toBe(expectedName("gexf-dynamic"));
    expect(timeline.name).toBe("default_timeline_on-us-stop-act-mail.gexf");
    expect(timeline.bytes.toString("utf8")).toContain('mode="dynamic"');
    expect(imported(timeline.name, timeline.bytes).dataset.edges).toHaveLength(dataset.edges.length);

    const graphml = await download(page, "graphml");
    expect(graphml.name).toBe(expectedName("graphml"));
    const fromGraphml = imported(graphml.name, graphml.bytes);
    expect(fromGraphml.dataset).toEqual(dataset);
    expect(fromGraphml.scenario && sameScenario(fromGraphml.scenario, scenario)).toBe(true);

    const csv = await download(page, "csv");
    expect(csv.name).toBe(expectedName("csv"));
    const entries = Object.keys(unzipSync(csv.bytes)).sort();
    expect(entries).toEqual(["edges", "nodes", "paths"].map((part) => exportFileName("default", scenario, "csv", part)));
    const fromCsv = imported(csv.name, csv.bytes);
    expect(fromCsv.dataset.edges.map((e) => e.id)).toEqual(dataset.edges.map((e) => e.id));
    expect(strFromU8(unzipSync(csv.bytes)[exportFileName("default", scenario, "csv", "paths")])).toContain("top,1,");

    await expect(page.locator(".export-status").textContent()).resolves.toContain(`Saved ${csv.name}`);
    expect(await readCspViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it("draws a PNG of the view at the chosen size and an SVG with its legend", async () => {
    const { page, context, errors } = await openApp(browser);
    await setUpScenario(page);
    const scenario = scenarioInUrl(page);
    const view = await page.$eval(".sigma-container", (element) => ({ width: (element as HTMLElement).offsetWidth, height: (element as HTMLElement).offsetHeight }));
    await openExportDialog(page);

    // The view's size, scaled 2x (the default choice).
    const scaled = await download(page, "png");
    expect(scaled.name).toBe(exportFileName("default", scenario, "png"));
    expect(pngSize(scaled.bytes)).toEqual({ width: view.width * 2, height: view.height * 2 });
    expect(await markedPixels(page, scaled.bytes)).toBeGreaterThan(1000);
    writeFileSync(join(screenshotDir(), "io-02-exported-view.png"), scaled.bytes);

    // A custom size.
    await page.getByRole("radio", { name: "Custom size" }).check();
    await page.getByRole("spinbutton", { name: "PNG width in pixels" }).fill("640");
    await page.getByRole("spinbutton", { name: "PNG height in pixels" }).fill("480");
    await expect(page.locator(".picture-result").first().textContent()).resolves.toContain("640 × 480 pixels");
    const custom = await download(page, "png");
    expect(pngSize(custom.bytes)).toEqual({ width: 640, height: 480 });
    expect(await markedPixels(page, custom.bytes)).toBeGreaterThan(500);

    // A size out of range is refused with a reason, and nothing downloads.
    await page.getByRole("spinbutton", { name: "PNG width in pixels" }).fill("20");
    await expect(page.locator(".picture-result .field-problem").first().textContent()).resolves.toContain("from 100 to 8192");
    await expect(page.locator('.export-dialog [data-export="png"]').getAttribute("aria-disabled")).resolves.toBe("true");

    await page.getByRole("spinbutton", { name: "SVG width in pixels" }).fill("1200");
    await page.getByRole("spinbutton", { name: "SVG height in pixels" }).fill("800");
    const svg = await download(page, "svg");
    expect(svg.name).toBe(exportFileName("default", scenario, "svg"));
    const text = svg.bytes.toString("utf8");
    expect(text).toContain('<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="800"');
    expect(text).toContain('<g class="legend"');
    const { dataset } = defaultDataset();
    expect(text.match(/<g class="node">/g)).toHaveLength(dataset.nodes.length);
    // For a person to look at: the SVG as a browser draws it.
    const viewer = await context.newPage();
    await viewer.setViewportSize({ width: 1200, height: 800 });
    await viewer.setContent(text.replace(/^<\?xml[^>]*>\n/, ""));
    await viewer.screenshot({ path: join(screenshotDir(), "io-03-exported-svg.png") });
    await viewer.close();
    expect(await readCspViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it("works from the keyboard: focus stays in the dialog, every control is named, Escape returns to the button", async () => {
    const { page, context } = await openApp(browser);
    const opener = page.getByRole("button", { name: "Export…" });
    await opener.focus();
    await page.keyboard.press("Enter");
    await page.getByRole("dialog", { name: "Export the current view" }).waitFor();
    const visited: { inDialog: boolean; name: string; tag: string }[] = [];
    for (let i = 0; i < 30; i++) {
      await page.keyboard.press("Tab");
      visited.push(
        await page.evaluate(() => {
          const element = document.activeElement as HTMLElement;
          const labels = (element as HTMLInputElement).labels;
          const name = element.getAttribute("aria-label") ?? (labels && labels.length > 0 ? labels[0].textContent : null) ?? element.textContent ?? "";
          return { inDialog: element.closest("dialog[open]") !== null, name: name.trim(), tag: element.tagName };
        }),
      );
    }
    // Past the last control focus goes to the browser's own UI (the page sees the body),
    // then comes back to the dialog: never to the page behind it.
    const controls = visited.filter((v) => v.tag !== "BODY");
    expect(controls.filter((v) => !v.inDialog)).toEqual([]);
    expect(controls.filter((v) => v.name === "")).toEqual([]);
    const names = new Set(controls.map((v) => v.name));
    for (const name of ["Close: Export the current view", "Save Snapshot (JSON)", "Save GEXF", "Save GraphML", "Save CSV (zip)", "PNG scale", "Save PNG", "SVG width in pixels", "Save SVG"])
      expect(names.has(name), name).toBe(true);

    // Enter on a focused button downloads.
    await page.getByRole("button", { name: "Save GraphML" }).focus();
    const [file] = await Promise.all([page.waitForEvent("download"), page.keyboard.press("Enter")]);
    expect(file.suggestedFilename()).toMatch(/^default_.*\.graphml$/);

    await page.keyboard.press("Escape");
    await page.getByRole("dialog").waitFor({ state: "detached" });
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe("Export…");
    await context.close();
  });
});
