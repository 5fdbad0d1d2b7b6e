// Import into the app: a failed import (a malformed GEXF, an invalid JSON dataset) shows
// every problem with its location and leaves the scenario and the view exactly as they
// were; an exported snapshot imported in a fresh browser restores its scenario and
// numbers; labels from a file are shown as text, never as HTML.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { formatProblem } from "../../src/io/import-error";
import { importFiles } from "../../src/io/import/import-files";
import { IMPORTED_LINK_PROBLEM } from "../../src/ui/state/url-state";
import { appUrl, interventionIsOn, openApp, readCspViolations, saveScreenshot, throughput, toggleIntervention, waitForResults } from "./support/app";
import { launchBrowser } from "./support/browser";
import { reportFor } from "./support/expected";
import { download, dropFiles, openExportDialog, openImportDialog, pickFiles, scenarioInUrl, viewState, type FileToImport } from "./support/files";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const DEFAULT_JSON = readFileSync(resolve(import.meta.dirname, "../../data/default.json"), "utf8");
const A = "cn-npp-anpp-2018";
const B = "us-stop-act-mail";

/** An unclosed <node>: the XML parser stops at the mismatched </nodes> (line 7, column 5). */
const MALFORMED_GEXF: FileToImport = {
  name: "broken.gexf",
  content: [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<gexf xmlns="http://gexf.net/1.3" version="1.3">`,
    `  <graph defaultedgetype="directed">`,
    `    <nodes>`,
    `      <node id="a" label="A"/>`,
    `      <node id="b" label="B">`,
    `    </nodes>`,
    `  </graph>`,
    `</gexf>`,
    ``,
  ].join("\n"),
};

/** The default dataset with three mistakes the validator finds (a kind, a node reference, a capacity). */
function invalidDataset(): FileToImport {
  const dataset = JSON.parse(DEFAULT_JSON);
  dataset.nodes[2].kind = "wizard";
  dataset.edges[5].source = "nowhere";
  dataset.edges[7].capacity = -3;
  return { name: "invalid-dataset.json", content: JSON.stringify(dataset, null, 2) };
}

/** The problem lines the io layer gives for a file (what the dialog must list). */
function expectedProblems(file: FileToImport) {
  const result = importFiles([{ name: file.name, bytes: typeof file.content === "string" ? new TextEncoder().encode(file.content) : file.content }]);
  if (result.ok) throw new Error(`${file.name} imports: the test needs a failing file`);
  return result.problems;
}

/** The problems the dialog lists, as "location [path] message" text. */
async function listedProblems(page: Page): Promise<string[]> {
  await page.locator(".import-failure").waitFor({ timeout: 30_000 });
  return page.$$eval(".import-problems li", (items) =>
    items.map((item) =>
      [item.querySelector(".problem-location")?.textContent, item.querySelector(".problem-path")?.textContent, item.querySelector(".problem-message")?.textContent]
        .filter((part) => part)
        .join(" "),
    ),
  );
}

async function closeDialog(page: Page): Promise<void> {
  await page.keyboard.press("Escape");
  await page.getByRole("dialog").waitFor({ state: "detached" });
}

/**
 * A view with a history: a date, two switches and the geographic layout. Returns the
 * state of A's switch after the first toggle (what one undo must come back to).
 */
async function exploredView(page: Page): Promise<boolean> {
  await page.getByRole("slider", { name: "Date on the timeline" }).focus();
  for (let i = 0; i < 5; i++) await page.keyboard.press("ArrowRight");
  await toggleIntervention(page, A);
  const aAfterFirstStep = await interventionIsOn(page, A);
  await toggleIntervention(page, B);
  await page.getByRole("radio", { name: "Geographic" }).check();
  await waitForResults(page);
  return aAfterFirstStep;
}

describe("a failed import", () => {
  it("of a malformed GEXF and of an invalid JSON dataset lists every problem with its location and changes nothing", async () => {
    const { page, context, errors } = await openApp(browser);
    const aAfterFirstStep = await exploredView(page);
    const bBefore = await interventionIsOn(page, B);
    const before = await viewState(page);

    await openImportDialog(page);
    await saveScreenshot(page, "io-04-import-dialog");
    await pickFiles(page, [MALFORMED_GEXF]);
    const gexfProblems = await listedProblems(page);
    const expectedGexf = expectedProblems(MALFORMED_GEXF);
    expect(expectedGexf.map((p) => `${p.file}:${p.line}:${p.column}`)).toEqual(["broken.gexf:7:5"]);
    expect(gexfProblems).toEqual(expectedGexf.map((p) => `${p.file}:${p.line}:${p.column} ${p.message}`));
    await expect(page.locator(".import-failure h3").textContent()).resolves.toBe("Nothing was imported: 1 problem in broken.gexf");
    await closeDialog(page);
    expect(await viewState(page)).toEqual(before);

    // The second file is dropped on the app rather than picked.
    const invalid = invalidDataset();
    await dropFiles(page, [invalid]);
    await page.getByRole("dialog", { name: "Import a dataset" }).waitFor();
    const jsonProblems = await listedProblems(page);
    const expectedJson = expectedProblems(invalid);
    expect(expectedJson.map((p) => p.path)).toEqual(["/nodes/2/kind", "/edges/5/source", "/edges/7/capacity"]);
    expect(jsonProblems).toEqual(expectedJson.map((p) => `${p.file}:${p.line}:${p.column} ${p.path} ${p.message}`));
    expect(jsonProblems.every((line) => /^invalid-dataset\.json:\d+:\d+ \//.test(line))).toBe(true);
    await saveScreenshot(page, "io-05-import-errors");
    // The copied list has every problem in the io layer's text form.
    await page.getByRole("button", { name: "Copy the list of problems" }).click();
    await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toBe(expectedJson.map(formatProblem).join("\n"));
    await closeDialog(page);

    expect(await viewState(page)).toEqual(before);
    // The history too: undo still steps back through the same scenarios.
    await page.getByRole("button", { name: "Undo" }).click();
    expect(await interventionIsOn(page, B)).toBe(!bBefore);
    expect(await interventionIsOn(page, A)).toBe(aAfterFirstStep);
    expect(await readCspViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe("a successful import", () => {
  it("of an exported snapshot, in a fresh browser, restores its scenario and numbers; the link and reload say it is not kept", async () => {
    const first = await openApp(browser);
    await exploredView(first.page);
    const scenario = scenarioInUrl(first.page);
    const shown = await viewState(first.page);
    await openExportDialog(first.page);
    const snapshot = await download(first.page, "json");
    await first.context.close();

    const { page, context, errors } = await openApp(browser);
    const baseline = await throughput(page);
    expect(baseline).not.toBe(shown.throughput);
    await openImportDialog(page);
    await pickFiles(page, [{ name: snapshot.name, content: snapshot.bytes }]);
    await page.locator(".notices", { hasText: `Imported ${snapshot.name}` }).waitFor({ timeout: 30_000 });
    await waitForResults(page);

    const after = await viewState(page);
    expect(after.throughput).toBe(shown.throughput);
    expect(after.throughput).toBeCloseTo(reportFor(scenario).throughput.scenario, 6);
    expect(after.routes).toBe(shown.routes);
    expect(after.switches).toEqual(shown.switches);
    expect(after.date).toBe(shown.date);
    expect(after.dataset).toBe(shown.dataset);
    // A new dataset starts a new history; the address bar says it is imported.
    expect(after.canUndo).toBe(false);
    expect(new URL(after.url).search).toBe("?imported");
    await page.getByRole("button", { name: "Copy link" }).click();
    await expect(page.locator(".copy-status").textContent()).resolves.toContain("No link for an imported dataset");

    // Changing the imported scenario leaves the default dataset's autosave alone: a reload
    // returns to the default dataset at its baseline, with a note.
    await toggleIntervention(page, A);
    await page.waitForTimeout(400);
    expect(new URL(page.url()).search).toBe("?imported");
    await page.reload();
    await waitForResults(page);
    expect(await throughput(page)).toBe(baseline);
    await page.locator(".notices", { hasText: IMPORTED_LINK_PROBLEM }).waitFor();
    await page.goto(appUrl());
    await waitForResults(page);
    expect(await throughput(page)).toBe(baseline);
    expect(await readCspViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it("shows labels and titles from the file as text: no element is injected, no script runs", async () => {
    const HOSTILE = "<img src=x onerror=alert(1)>";
    const dataset = JSON.parse(DEFAULT_JSON);
    dataset.meta.title = `${HOSTILE} hostile title`;
    const target = dataset.nodes[0];
    target.label = `${HOSTILE} Hostile node`;
    target.description = `<script>alert(2)</script><b>bold?</b>`;
    const { page, context, errors } = await openApp(browser);
    const alerts: string[] = [];
    page.on("dialog", (dialog) => {
      alerts.push(dialog.message());
      void dialog.dismiss();
    });
    await dropFiles(page, [{ name: "hostile.json", content: JSON.stringify(dataset) }]);
    await page.locator(".notices", { hasText: "Imported hostile.json" }).waitFor({ timeout: 30_000 });
    await waitForResults(page);

    await expect(page.textContent(".dataset-name")).resolves.toBe(`${HOSTILE} hostile title`);
    const search = page.getByRole("combobox", { name: "Search nodes by name" });
    await search.fill("Hostile node");
    await expect(page.getByRole("option").first().textContent()).resolves.toContain(`${HOSTILE} Hostile node`);
    await search.press("Enter");
    await page.locator(".details", { hasText: `${HOSTILE} Hostile node` }).waitFor();
    await expect(page.locator(".details").textContent()).resolves.toContain("<script>alert(2)</script><b>bold?</b>");
    await saveScreenshot(page, "io-06-hostile-labels");

    const injected = await page.evaluate(() => ({
      images: document.querySelectorAll("img").length,
      scripts: [...document.querySelectorAll("script")].filter((script) => !script.src).length,
      bold: document.querySelectorAll(".details b, .dataset-name *").length,
    }));
    expect(injected).toEqual({ images: 0, scripts: 0, bold: 0 });
    expect(alerts).toEqual([]);
    expect(await readCspViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
