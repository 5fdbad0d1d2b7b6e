// Keyboard and screen readers: Tab reaches every control, each control has an accessible
// name, focus is visible, and the throughput is announced after a change.
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser } from "./support/browser";
import { openApp, saveScreenshot, toggleIntervention } from "./support/app";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** In the page: a key for the element and its accessible name (ARIA name computation, the parts the app uses). */
const DESCRIBE_ACTIVE = () => {
  const element = document.activeElement as HTMLElement | null;
  if (!element || element === document.body) return null;
  const textOf = (ids: string) =>
    ids
      .split(/\s+/)
      .map((id) => document.getElementById(id)?.textContent ?? "")
      .join(" ");
  const labelled = element.getAttribute("aria-labelledby");
  const labels = (element as HTMLInputElement).labels;
  const name =
    element.getAttribute("aria-label") ??
    (labelled ? textOf(labelled) : null) ??
    (labels && labels.length > 0 ? labels[0].textContent : null) ??
    (["BUTTON", "A", "SUMMARY"].includes(element.tagName) ? element.textContent : null) ??
    element.getAttribute("title") ??
    "";
  const style = getComputedStyle(element);
  const focusVisible = element.matches(":focus-visible") && (style.outlineStyle !== "none" || element.closest(".segment") !== null);
  return { key: element.dataset.e2eKey ?? "", name: (name ?? "").trim(), tag: element.tagName, focusVisible };
};

describe("keyboard and screen readers", () => {
  it("Tab reaches every control, each with an accessible name and a visible focus", async () => {
    const { page, context } = await openApp(browser);
    // Tag every control a keyboard user should reach (enabled, visible, not inside a closed disclosure).
    const expected: string[] = await page.evaluate(() => {
      const selector = "a[href], button, input, select, textarea, summary, [tabindex]:not([tabindex='-1'])";
      const all = [...document.querySelectorAll<HTMLElement>(selector)];
      const reachable = all.filter((el) => {
        if ((el as HTMLButtonElement).disabled) return false;
        if (el instanceof HTMLInputElement && el.type === "radio" && !el.checked) return false; // one tab stop per radio group
        const rect = el.getBoundingClientRect();
        if (el.closest("[hidden]") || getComputedStyle(el).visibility === "hidden") return false;
        const details = el.closest("details");
        if (details && !details.open && el.tagName !== "SUMMARY") return false;
        return rect.width > 0 || rect.height > 0 || el.tagName === "INPUT";
      });
      return reachable.map((el, i) => {
        el.dataset.e2eKey = `c${i}`;
        return `c${i}`;
      });
    });
    expect(expected.length).toBeGreaterThan(40);

    const seen = new Map<string, { name: string; tag: string; focusVisible: boolean }>();
    await page.locator("body").click({ position: { x: 1, y: 1 } });
    for (let i = 0; i < expected.length + 40; i++) {
      await page.keyboard.press("Tab");
      const active = await page.evaluate(DESCRIBE_ACTIVE);
      if (!active) continue;
      if (active.key && seen.has(active.key)) break;
      if (active.key) seen.set(active.key, active);
      if (i === 3) await saveScreenshot(page, "10-keyboard-focus");
    }
    const missed = expected.filter((key) => !seen.has(key));
    expect(missed).toEqual([]);
    const unnamed = [...seen.entries()].filter(([, v]) => v.name === "");
    expect(unnamed).toEqual([]);
    const invisibleFocus = [...seen.entries()].filter(([, v]) => !v.focusVisible);
    expect(invisibleFocus).toEqual([]);
    await context.close();
  });

  it("announces the throughput in a live region after a change", async () => {
    const { page, context } = await openApp(browser);
    const live = page.locator("[aria-live=polite][data-testid=live-throughput]");
    const before = await live.textContent();
    expect(before).toMatch(/Supply getting through/);
    await toggleIntervention(page, "cn-fentanyl-class-2019");
    await expect(live.textContent()).resolves.not.toBe(before);
    await context.close();
  });
});
