/**
 * Presentation keys, on the whole window while a story plays: next step with → or N,
 * previous with ← or P; Home and End for the first and last step; Escape to leave.
 * PageDown and Space (what presentation clickers send) page through a step's text first
 * and move to the next step once its end is in view; PageUp and Shift+Space likewise
 * backwards; ↓ and ↑ scroll the text. A long step (questions, sources) on a small
 * projector is thus readable from a clicker alone. Space never "clicks" the focused
 * button, so a clicker cannot trigger one by accident.
 */
import { useEffect } from "react";

export interface PresenterKeys {
  next(): void;
  previous(): void;
  first(): void;
  last(): void;
  leave(): void;
  /** Scrolls the step's text by a line or a page (+1 down, -1 up); false when it is already at that end. */
  scroll(direction: 1 | -1, amount: "line" | "page"): boolean;
}

export type PresenterAction = "next" | "previous" | "first" | "last" | "leave" | "page-down" | "page-up" | "line-down" | "line-up";

function isTextField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  return target instanceof HTMLInputElement && !["range", "checkbox", "radio", "button"].includes(target.type);
}

export function actionForKey(key: string, shift: boolean): PresenterAction | null {
  switch (key) {
    case "ArrowRight":
    case "n":
    case "N":
      return "next";
    case "PageDown":
      return "page-down";
    case " ":
    case "Spacebar":
      return shift ? "page-up" : "page-down";
    case "ArrowLeft":
    case "p":
    case "P":
      return "previous";
    case "PageUp":
      return "page-up";
    case "ArrowDown":
      return "line-down";
    case "ArrowUp":
      return "line-up";
    case "Home":
      return "first";
    case "End":
      return "last";
    case "Escape":
      return "leave";
    default:
      return null;
  }
}

function perform(keys: PresenterKeys, action: PresenterAction): void {
  switch (action) {
    case "page-down":
      if (!keys.scroll(1, "page")) keys.next();
      return;
    case "page-up":
      if (!keys.scroll(-1, "page")) keys.previous();
      return;
    case "line-down":
      keys.scroll(1, "line");
      return;
    case "line-up":
      keys.scroll(-1, "line");
      return;
    default:
      keys[action]();
  }
}

/** Scrolls an element by a line or most of a page; false when it is already at that end. */
export function scrollBy(element: HTMLElement | null, direction: 1 | -1, amount: "line" | "page"): boolean {
  if (!element) return false;
  const room = direction > 0 ? element.scrollHeight - element.clientHeight - element.scrollTop : element.scrollTop;
  if (room <= 2) return false;
  const step = amount === "page" ? Math.max(40, element.clientHeight * 0.85) : 48;
  element.scrollTop += direction * Math.min(step, room);
  return true;
}

export function usePresenterKeys(keys: PresenterKeys): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey || isTextField(event.target)) return;
      const action = actionForKey(event.key, event.shiftKey);
      if (action === null) return;
      event.preventDefault();
      event.stopPropagation();
      if (event.repeat && action === "leave") return;
      perform(keys, action);
    };
    // A button activates on the release of Space: cancel that too.
    const onKeyUp = (event: KeyboardEvent) => {
      if ((event.key === " " || event.key === "Spacebar") && !isTextField(event.target)) event.preventDefault();
    };
    window.addEventListener("keydown", onKeyDown, true);
    window.addEventListener("keyup", onKeyUp, true);
    return () => {
      window.removeEventListener("keydown", onKeyDown, true);
      window.removeEventListener("keyup", onKeyUp, true);
    };
  }, [keys]);
}
