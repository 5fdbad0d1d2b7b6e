/**
 * Installs the node and edge reducers once and refreshes sigma when the display inputs
 * change; never re-creates sigma or the graph. When `animate` is on, edges that a
 * scenario change closes fade out over FADE_MS (partial refreshes of those edges only),
 * so the user watches the paths die.
 */
import { useEffect, useRef } from "react";
import { edgeDisplay, nodeDisplay, type DisplayInputs, type Fade, type NodeFacts } from "../style/display";
import { isClosed, type EdgeStates } from "../style/edge-classes";
import { useSigma } from "../sigma-context";
import { markGraphUpdated } from "../../app/perf-marks";

export const FADE_MS = 1000;

export interface DisplayControllerProps {
  readonly inputs: DisplayInputs;
  readonly nodeFacts: readonly NodeFacts[];
  readonly animate: boolean;
  /** Edge ids by index, to refresh only the fading edges. */
  readonly edgeIds: readonly string[];
}

export function DisplayController({ inputs, nodeFacts, animate, edgeIds }: DisplayControllerProps) {
  const sigma = useSigma();
  const inputsRef = useRef(inputs);
  const fadeRef = useRef<Fade | null>(null);

  useEffect(() => {
    sigma.setSetting("nodeReducer", (node, data) => ({ ...data, ...nodeDisplay(node, nodeFacts[data.index], inputsRef.current) }));
    sigma.setSetting("edgeReducer", (edge, data) => ({
      ...data,
      ...edgeDisplay(edge, data.index, fadeRef.current ? { ...inputsRef.current, fade: fadeRef.current } : inputsRef.current),
    }));
    return () => {
      sigma.setSetting("nodeReducer", null);
      sigma.setSetting("edgeReducer", null);
    };
  }, [sigma, nodeFacts]);

  useEffect(() => {
    const previous = inputsRef.current;
    inputsRef.current = inputs;
    const closing = animate && previous.current !== inputs.current ? newlyClosed(previous.current, inputs.current) : [];
    sigma.refresh();
    if (previous.current !== inputs.current || previous === inputs) markGraphUpdated();
    if (closing.length === 0) return;
    const ids = closing.map((index) => edgeIds[index]);
    const start = performance.now();
    let frame = 0;
    fadeRef.current = { edges: new Set(closing), previous: previous.current, progress: 0 };
    const step = (now: number) => {
      const progress = Math.min(1, (now - start) / FADE_MS);
      fadeRef.current = progress < 1 ? { ...fadeRef.current!, progress } : null;
      sigma.refresh({ partialGraph: { edges: ids } });
      if (progress < 1) frame = requestAnimationFrame(step);
    };
    sigma.refresh({ partialGraph: { edges: ids } });
    frame = requestAnimationFrame(step);
    return () => {
      cancelAnimationFrame(frame);
      fadeRef.current = null;
    };
  }, [sigma, inputs, animate, edgeIds]);

  return null;
}

function newlyClosed(before: EdgeStates, after: EdgeStates): number[] {
  const closing: number[] = [];
  for (let i = 0; i < after.openCapacity.length; i++) {
    if (isClosed(after, i) && !isClosed(before, i)) closing.push(i);
  }
  return closing;
}
