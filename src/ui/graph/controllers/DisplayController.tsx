/**
 * Refreshes sigma when the display inputs change (the reducers read them from the shared
 * DisplayState); never re-creates sigma or the graph. When `animate` is on, edges that a
 * scenario change closes fade out over FADE_MS (partial refreshes of those edges only),
 * so the user watches the paths die.
 */
import { useEffect } from "react";
import { markGraphUpdated } from "../../app/perf-marks";
import type { DisplayState } from "../reducers";
import { useSigma } from "../sigma-context";
import type { DisplayInputs } from "../style/display";
import { isClosed, type EdgeStates } from "../style/edge-classes";

export const FADE_MS = 1000;

export interface DisplayControllerProps {
  readonly state: DisplayState;
  readonly inputs: DisplayInputs;
  readonly animate: boolean;
  /** Edge ids by index, to refresh only the fading edges. */
  readonly edgeIds: readonly string[];
}

export function DisplayController({ state, inputs, animate, edgeIds }: DisplayControllerProps) {
  const sigma = useSigma();

  useEffect(() => {
    if (state.inputs === inputs) {
      // The inputs sigma was created with: already drawn.
      markGraphUpdated();
      return;
    }
    const previous = state.replaceInputs(inputs);
    const closing = animate && previous.current !== inputs.current ? newlyClosed(previous.current, inputs.current) : [];
    sigma.refresh();
    markGraphUpdated();
    if (closing.length === 0) return;
    const ids = closing.map((index) => edgeIds[index]);
    const start = performance.now();
    let frame = 0;
    const fade = { edges: new Set(closing), previous: previous.current };
    state.setFade({ ...fade, progress: 0 });
    const step = (now: number) => {
      const progress = Math.min(1, (now - start) / FADE_MS);
      state.setFade(progress < 1 ? { ...fade, progress } : null);
      sigma.refresh({ partialGraph: { edges: ids } });
      if (progress < 1) frame = requestAnimationFrame(step);
    };
    sigma.refresh({ partialGraph: { edges: ids } });
    frame = requestAnimationFrame(step);
    return () => {
      cancelAnimationFrame(frame);
      state.setFade(null);
    };
  }, [sigma, state, inputs, animate, edgeIds]);

  return null;
}

function newlyClosed(before: EdgeStates, after: EdgeStates): number[] {
  const closing: number[] = [];
  for (let i = 0; i < after.openCapacity.length; i++) {
    if (isClosed(after, i) && !isClosed(before, i)) closing.push(i);
  }
  return closing;
}
