/**
 * Presentation keys, on the whole window while a story plays: next with →, ↓, Space,
 * PageDown (what presentation clickers send) or N; previous with ←, ↑, Shift+Space,
 * PageUp or P; Home and End for the first and last step; Escape to leave. Space never
 * "clicks" the focused button, so a clicker cannot trigger one by accident.
 */
import { useEffect } from "react";

export interface PresenterKeys {
  next(): void;
  previous(): void;
  first(): void;
  last(): void;
  leave(): void;
}

function isTextField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  return target instanceof HTMLInputElement && !["range", "checkbox", "radio", "button"].includes(target.type);
}

export function actionForKey(key: string, shift: boolean): keyof PresenterKeys | null {
  switch (key) {
    case "ArrowRight":
    case "ArrowDown":
    case "PageDown":
    case "n":
    case "N":
      return "next";
    case " ":
    case "Spacebar":
      return shift ? "previous" : "next";
    case "ArrowLeft":
    case "ArrowUp":
    case "PageUp":
    case "p":
    case "P":
      return "previous";
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

export function usePresenterKeys(keys: PresenterKeys): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey || isTextField(event.target)) return;
      const action = actionForKey(event.key, event.shiftKey);
      if (action === null) return;
      event.preventDefault();
      event.stopPropagation();
      if (!event.repeat || action !== "leave") keys[action]();
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
