// Helpers for the import and export tests: the view's state as a person sees it, the
// export dialog's downloads (through playwright's download event), and files handed to
// the import dialog's picker or dropped on the app.
import { readFileSync } from "node:fs";
import type { Page } from "playwright-core";
import { parseUrlState } from "../../../src/ui/state/url-state";
import type { Scenario } from "../../../src/scenario/types";
import { survivingRoutes, throughput } from "./app";
import { countPixels } from "./pixels";

export interface FileToImport {
  readonly name: string;
  readonly content: string | Uint8Array;
}

/** Everything a failed import must leave as it was. */
export async function viewState(page: Page) {
  return {
    url: page.url(),
    throughput: await throughput(page),
    routes: await survivingRoutes(page),
    switches: await page.$$eval("[data-intervention]", (items) =>
      items.map((item) => `${item.getAttribute("data-intervention")}=${item.querySelector("[role='switch']")?.getAttribute("aria-checked")}`),
    ),
    date: await page.textContent(".timeline-date"),
    layout: await page.getAttribute(".layout-switch input:checked", "value"),
    dataset: await page.textContent(".dataset-name"),
    canUndo: await page.getByRole("button", { name: "Undo" }).isEnabled(),
  };
}

/** The scenario the address bar holds. */
export function scenarioInUrl(page: Page): Scenario {
  const scenario = parseUrlState(new URL(page.url()).search).scenario;
  if (!scenario) throw new Error(`no scenario in ${page.url()}`);
  return scenario;
}

export async function openExportDialog(page: Page): Promise<void> {
  await page.getByRole("button", { name: "Export…" }).click();
  await page.getByRole("dialog", { name: "Export the current view" }).waitFor();
}

export async function openImportDialog(page: Page): Promise<void> {
  await page.getByRole("button", { name: "Import…" }).click();
  await page.getByRole("dialog", { name: "Import a dataset" }).waitFor();
}

/** Clicks an export button and returns the downloaded file. */
export async function download(page: Page, format: string): Promise<{ name: string; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent("download", { timeout: 30_000 }), page.click(`.export-dialog [data-export="${format}"]`)]);
  const path = await file.path();
  return { name: file.suggestedFilename(), bytes: readFileSync(path) };
}

export async function pickFiles(page: Page, files: readonly FileToImport[]): Promise<void> {
  await page.setInputFiles(
    ".import-dialog input[type=file]",
    files.map((file) => ({ name: file.name, mimeType: "application/octet-stream", buffer: Buffer.from(file.content) })),
  );
}

/** Drops files on the app as a drag from the desktop would (dragenter, dragover, drop). */
export async function dropFiles(page: Page, files: readonly FileToImport[]): Promise<void> {
  const payload = files.map((file) => ({ name: file.name, base64: Buffer.from(file.content).toString("base64") }));
  const dataTransfer = await page.evaluateHandle((items) => {
    const transfer = new DataTransfer();
    for (const item of items) transfer.items.add(new File([Uint8Array.from(atob(item.base64), (c) => c.charCodeAt(0))], item.name));
    return transfer;
  }, payload);
  for (const type of ["dragenter", "dragover", "drop"]) await page.dispatchEvent(".workspace", type, { dataTransfer });
}

/** Width and height from a PNG's IHDR chunk. */
export function pngSize(bytes: Uint8Array): { width: number; height: number } {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (!signature.every((byte, i) => bytes[i] === byte)) throw new Error("not a PNG");
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

/** Pixels of a PNG clearly different from its most common colour (see support/pixels.ts). */
export async function markedPixels(page: Page, png: Uint8Array): Promise<number> {
  return (await countPixels(page, png, "marked")).count;
}
