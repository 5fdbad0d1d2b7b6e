/**
 * Creates the one sigma instance of the session on the session's graph, and hands it to
 * the controller components (children) through context. Settings that change with the
 * UI (reducers) are set by controllers with `setSetting`, never by re-creating sigma.
 */
import { useEffect, useRef, useState, type ReactNode } from "react";
import Sigma from "sigma";
import { LabelBoard } from "../../io/layout/label-board";
import { createLabelDrawer, edgePrograms, nodePrograms, type LabelSpace } from "./programs";
import type { SessionEdgeAttributes, SessionGraph, SessionNodeAttributes } from "./session-graph";
import type { Reducers } from "./reducers";
import { killSigma, SigmaContext, type SessionSigma } from "./sigma-context";

/** Sigma's stagePadding: the tiered fit (layout/tiered-fit.ts) computes with the same value. */
export const STAGE_PADDING = 12;

export interface SigmaHostProps {
  readonly graph: SessionGraph;
  readonly large: boolean;
  readonly label: string;
  /** Room a node label may take at the current camera (read at every draw). */
  readonly labelSpace: (sigma: SessionSigma) => LabelSpace;
  /** Installed at construction, so the very first render is styled. */
  readonly reducers: Reducers;
  readonly children: ReactNode;
}

export function SigmaHost({ graph, large, label, labelSpace, reducers, children }: SigmaHostProps) {
  const containerRef = useRef<HTMLDivElement>(null);
  const [sigma, setSigma] = useState<SessionSigma | null>(null);
  const labelSpaceRef = useRef(labelSpace);
  useEffect(() => {
    labelSpaceRef.current = labelSpace;
    sigma?.scheduleRender();
  }, [labelSpace, sigma]);

  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    let instance: SessionSigma | null = null;
    const board = new LabelBoard();
    const drawLabel = createLabelDrawer<SessionNodeAttributes, SessionEdgeAttributes, object>(
      () => (instance ? labelSpaceRef.current(instance) : { width: 160, lines: 1 }),
      board,
    );
    instance = new Sigma<SessionNodeAttributes, SessionEdgeAttributes>(graph, container, {
      nodeProgramClasses: nodePrograms(),
      edgeProgramClasses: edgePrograms(),
      defaultNodeType: large ? "fast" : "solid",
      defaultEdgeType: large ? "plain" : "curved-solid",
      defaultDrawNodeLabel: drawLabel,
      nodeReducer: reducers.nodeReducer,
      edgeReducer: reducers.edgeReducer,
      renderEdgeLabels: false,
      enableEdgeEvents: !large,
      hideEdgesOnMove: large,
      hideLabelsOnMove: large,
      labelFont: "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif",
      labelSize: 12,
      labelWeight: "500",
      labelDensity: large ? 0.2 : 3,
      labelGridCellSize: large ? 120 : 40,
      labelRenderedSizeThreshold: large ? 8 : 0,
      zIndex: true,
      minCameraRatio: 0.02,
      maxCameraRatio: 4,
      stagePadding: STAGE_PADDING,
      // Zooming in spreads nodes without inflating them much (sigma's default grows them
      // with the square root of the zoom, which re-crowds a dense region once framed).
      zoomToSizeRatioFunction: (ratio) => (ratio < 1 ? ratio ** 0.1 : Math.sqrt(ratio)),
    });
    instance.on("beforeRender", () => board.clear());
    // Sigma only watches the window; the graph area also changes when the legend is hidden
    // or grows, or the layout reflows. A refresh re-measures and rebuilds the label grid.
    const observer = new ResizeObserver(() => instance?.scheduleRefresh());
    observer.observe(container);
    setSigma(instance);
    return () => {
      observer.disconnect();
      if (instance) killSigma(instance);
      setSigma(null);
    };
  }, [graph, large, reducers]);

  return (
    <div className="sigma-host">
      <div ref={containerRef} className="sigma-container" role="img" aria-label={label} />
      {sigma && <SigmaContext.Provider value={sigma}>{children}</SigmaContext.Provider>}
    </div>
  );
}
