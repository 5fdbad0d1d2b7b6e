/**
 * The Fullscreen API where the browser allows it (it needs a user gesture, and may be
 * disabled); presentation mode works in the full window without it. `leaving` marks an
 * exit we asked for, so the presenter can tell it from the user pressing Escape, which
 * the browser handles itself (the page never sees that key press).
 */
let leaving = false;

export function isFullscreen(): boolean {
  return document.fullscreenElement !== null && document.fullscreenElement !== undefined;
}

export function canFullscreen(): boolean {
  return document.fullscreenEnabled === true;
}

export async function enterFullscreen(): Promise<boolean> {
  if (!canFullscreen() || isFullscreen()) return isFullscreen();
  try {
    await document.documentElement.requestFullscreen({ navigationUI: "hide" });
    return true;
  } catch {
    return false;
  }
}

export async function exitFullscreen(): Promise<void> {
  if (!isFullscreen()) return;
  leaving = true;
  try {
    await document.exitFullscreen();
  } catch {
    // Already gone.
  } finally {
    // The fullscreenchange event may come after the promise settles: keep the mark a moment.
    setTimeout(() => (leaving = false), 250);
  }
}

/** True while an exit we asked for is under way. */
export function exitRequested(): boolean {
  return leaving;
}
