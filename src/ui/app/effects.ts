/**
 * Side effects of the app state: the URL follows the view (replaceState, so the address
 * bar is always a shareable link), the view autosaves, and Ctrl+Z / Ctrl+Shift+Z undo
 * and redo outside text fields. An imported dataset is in neither the URL nor the
 * autosave (src/ui/files/imported-session.ts): the address bar says `?imported`.
 */
import { useEffect } from "react";
import type { AppState } from "../state/app-state";
import { saveView } from "../state/autosave";
import type { Store } from "../state/store";
import { formatUrlState, IMPORTED_SEARCH } from "../state/url-state";
import type { Actions } from "./actions";
import type { Session } from "./session";

export const AUTOSAVE_DELAY_MS = 250;

export function searchFor(state: AppState, synthetic: number | undefined): string {
  return formatUrlState({ scenario: state.scenario, layout: state.layout, selection: state.selection, synthetic, story: state.story });
}

export function useUrlAndAutosave(store: Store<AppState>, session: Session, synthetic: number | undefined, imported: boolean): void {
  useEffect(() => {
    if (imported) {
      window.history.replaceState(null, "", `${window.location.pathname}${IMPORTED_SEARCH}`);
      return;
    }
    let timer: ReturnType<typeof setTimeout> | undefined;
    let last: Pick<AppState, "scenario" | "layout" | "selection" | "story"> | null = null;
    const sync = () => {
      const state = store.get();
      if (last && last.scenario === state.scenario && last.layout === state.layout && last.selection === state.selection && last.story === state.story) return;
      last = { scenario: state.scenario, layout: state.layout, selection: state.selection, story: state.story };
      const search = searchFor(state, synthetic);
      if (window.location.search !== search) window.history.replaceState(null, "", `${window.location.pathname}${search}`);
      clearTimeout(timer);
      timer = setTimeout(() => saveView(window.localStorage, session.key, last!), AUTOSAVE_DELAY_MS);
    };
    sync();
    const unsubscribe = store.subscribe(sync);
    // Flush a pending save when the page goes away (reload right after a change).
    const flush = () => {
      if (timer !== undefined && last) {
        clearTimeout(timer);
        saveView(window.localStorage, session.key, last);
      }
    };
    window.addEventListener("pagehide", flush);
    return () => {
      unsubscribe();
      flush();
      window.removeEventListener("pagehide", flush);
    };
  }, [store, session, synthetic, imported]);
}

function isTextField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target instanceof HTMLTextAreaElement) return true;
  return target instanceof HTMLInputElement && !["range", "checkbox", "radio", "button"].includes(target.type);
}

export function useUndoShortcuts(actions: Actions): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey || isTextField(event.target)) return;
      const key = event.key.toLowerCase();
      if (key === "z" && !event.shiftKey) {
        event.preventDefault();
        actions.undo();
      } else if ((key === "z" && event.shiftKey) || key === "y") {
        event.preventDefault();
        actions.redo();
      }
    };
    window.addEventListener("keydown", onKeyDown);
    return () => window.removeEventListener("keydown", onKeyDown);
  }, [actions]);
}
