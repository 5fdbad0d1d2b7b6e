/**
 * The graph view: the session's sigma instance plus its controllers (display, layout,
 * interaction, camera, and the lazily loaded continent outline and force layout), zoom
 * buttons and the force layout's running state.
 */
import { lazy, Suspense, useCallback, useMemo, useRef, useState, type ReactNode } from "react";
import { useAppState, useSession } from "../app/context";
import type { AppliedScenario } from "../../scenario/types";
import type { Actions } from "../app/actions";
import { CameraController } from "./controllers/CameraController";
import { ColumnHeaders } from "./controllers/ColumnHeaders";
import { DisplayController } from "./controllers/DisplayController";
import { InteractionController } from "./controllers/InteractionController";
import { LayoutController } from "./controllers/LayoutController";
import { ZoomButtons } from "./ZoomButtons";
import { RegisterLiveSigma } from "../files/live-sigma";
import { edgeFocus, highlightFocus, neighbourhoodFocus, pathFocus } from "./focus";
import { RegionButtons } from "./RegionButtons";
import { SigmaHost, STAGE_PADDING } from "./SigmaHost";
import { fitTieredToStage } from "./layout/tiered-fit";
import { useElementSize } from "./use-element-size";
import type { DisplayInputs } from "./style/display";
import type { EdgeStates } from "./style/edge-classes";
import type { SessionSigma } from "./sigma-context";
import type { LabelSpace } from "./programs";
import { createReducers, DisplayState } from "./reducers";
import "./graph.css";

/** Label width in pixels at the default zoom outside the tiered layout. */
const FREE_LABEL_WIDTH = 150;
/** Height of a label line (sigma's labelSize + 1), and the most lines a tiered label takes. */
const LABEL_LINE_PX = 13;
const MAX_LABEL_LINES = 3;

const ContinentLayer = lazy(() => import("./controllers/ContinentLayer"));
const ForceLayoutController = lazy(() => import("./controllers/ForceLayoutController"));

export interface GraphViewProps {
  readonly actions: Actions;
  /** The scenario state the graph shows (the current one, or for large graphs the analysed one). */
  readonly shown: AppliedScenario;
  /** What "show changes" compares against (baseline or the pinned scenario's states). */
  readonly reference: EdgeStates;
  /** Edge width basis (flow per edge from the analysis) and its full-width value. */
  readonly widthValues: Float64Array | null;
  readonly widthMax: number;
  /** Bumped when a selection comes from outside the graph, to move the camera there. */
  readonly focusRequest: number;
  /** More controllers (rendered inside the sigma host, so they can use the sigma instance). */
  readonly children?: ReactNode;
}

export function GraphView({ actions, shown, reference, widthValues, widthMax, focusRequest, children }: GraphViewProps) {
  const session = useSession();
  const layout = useAppState((s) => s.layout);
  const selection = useAppState((s) => s.selection);
  const hovered = useAppState((s) => s.hoveredNode);
  const highlightedPath = useAppState((s) => s.highlightedPath);
  const emphasisedEdges = useAppState((s) => s.emphasisedEdges);
  const highlight = useAppState((s) => s.highlight);
  const showChanges = useAppState((s) => s.showChanges);
  const animate = useAppState((s) => s.animate);
  // The force layout runs each time the user picks it (state adjusted during render).
  const [force, setForce] = useState({ layout, running: layout === "force" });
  if (force.layout !== layout) setForce({ layout, running: layout === "force" });
  const forceRunning = force.running;
  const setForceRunning = useCallback((running: boolean) => setForce((f) => ({ ...f, running })), []);

  const current = useMemo<EdgeStates>(() => ({ openCapacity: shown.openCapacity, statusCode: shown.statusCode }), [shown]);
  // What stays in colour: the hovered node's neighbourhood, else edges pointed at in the
  // results (min-cut), else the highlighted route, else a story step's highlight, else the
  // selection (a node's neighbourhood, an edge and its ends).
  const focus = useMemo(() => {
    if (hovered !== null && !session.large) return neighbourhoodFocus(session.graph, hovered);
    if (emphasisedEdges !== null && emphasisedEdges.length > 0) return pathFocus(session.graph, emphasisedEdges);
    if (highlightedPath !== null) return pathFocus(session.graph, highlightedPath);
    const story = highlight !== null ? highlightFocus(session.graph, highlight) : null;
    if (story !== null) return story;
    if (selection?.kind === "node") return neighbourhoodFocus(session.graph, selection.id);
    if (selection?.kind === "edge") return edgeFocus(session.graph, selection.id);
    return null;
  }, [hovered, emphasisedEdges, highlightedPath, highlight, selection, session]);
  const emphasised = useMemo(() => {
    const ids = [...(emphasisedEdges ?? []), ...(highlight?.emphasised ?? [])];
    return ids.length > 0 ? new Set(ids) : null;
  }, [emphasisedEdges, highlight]);

  const inputs = useMemo<DisplayInputs>(
    () => ({
      current,
      changesAgainst: showChanges ? reference : null,
      widthValues,
      widthMax,
      focus,
      selected: selection?.id ?? null,
      // Large graphs keep the inputs unchanged on hover: each change restyles every edge.
      hovered: session.large ? null : hovered,
      emphasised,
      fade: null,
      fastPrograms: session.large,
      nodeSize: session.large ? 2.5 : 7,
    }),
    [current, showChanges, reference, widthValues, widthMax, session, focus, selection, hovered, emphasised],
  );
  const kinds = useMemo(() => new Set(session.dataset.nodes.map((node) => node.kind)), [session]);
  // The reducers read the inputs from here; DisplayController keeps it current.
  const [displayState] = useState(() => new DisplayState(inputs));
  const reducers = useMemo(() => createReducers(displayState, session.nodeFacts), [displayState, session]);
  const edgeIds = useMemo(() => session.dataset.edges.map((edge) => edge.id), [session]);
  // The tiered layout is fitted to the graph area (rows spread to its height, room for the
  // titles and the last column's labels); large graphs keep the computed layout as is.
  const viewRef = useRef<HTMLDivElement>(null);
  const stage = useElementSize(viewRef);
  const tiered = useMemo(
    () => fitTieredToStage(session.tiered, session.large ? { width: 0, height: 0 } : stage, { stagePadding: STAGE_PADDING }),
    [session, stage],
  );
  const positions = layout === "geographic" ? session.layouts.geographic : tiered.positions;
  const onForceStopped = useCallback(() => setForceRunning(false), [setForceRunning]);
  const onHover = actions.hoverNode;
  const onSelect = actions.select;

  const labelSpace = useCallback(
    (sigma: SessionSigma): LabelSpace => {
      if (layout !== "tiered") return { width: FREE_LABEL_WIDTH / Math.max(0.05, sigma.getCamera().ratio), lines: 1 };
      // In the tiered layout a label may use the gap to the next column, and a second line
      // when rows are far enough apart.
      const origin = sigma.graphToViewport({ x: 0, y: 0 });
      const column = sigma.graphToViewport({ x: session.tiered.columnSpacing, y: 0 });
      const row = sigma.graphToViewport({ x: 0, y: tiered.rowSpacing });
      const lines = Math.floor((Math.abs(row.y - origin.y) - 4) / LABEL_LINE_PX);
      return { width: Math.abs(column.x - origin.x) - 8, lines: Math.min(MAX_LABEL_LINES, Math.max(1, lines)) };
    },
    [layout, session, tiered],
  );

  const summary = `Supply-chain graph, ${layoutName(layout)} layout: ${session.dataset.nodes.length} places and actors, ${session.dataset.edges.length} routes. Use the search box to select a node; its details appear in the details panel.`;

  return (
    // The layout and focus sizes let the end-to-end tests check what is drawn (the canvas is WebGL).
    <div
      className="graph-view"
      ref={viewRef}
      data-layout={layout}
      data-focus-nodes={focus?.nodes.size ?? ""}
      data-focus-edges={focus?.edges.size ?? ""}
      data-emphasised-edges={emphasised?.size ?? 0}
    >
      <SigmaHost graph={session.graph} large={session.large} label={summary} labelSpace={labelSpace} reducers={reducers}>
        <DisplayController state={displayState} inputs={inputs} animate={animate && !session.large} edgeIds={edgeIds} />
        {layout !== "force" && (
          <LayoutController
            layout={layout}
            positions={positions}
            animate={!session.large}
            bbox={layout === "tiered" ? tiered.bbox : null}
            frameNodes={layout === "geographic" ? session.geographicFrame : null}
          />
        )}
        {layout === "tiered" && <ColumnHeaders columnSpacing={session.tiered.columnSpacing} top={tiered.top} kinds={kinds} />}
        {layout === "geographic" && session.geographicFrame && <RegionButtons nodes={session.geographicFrame} />}
        <InteractionController onHover={onHover} onSelect={onSelect} />
        <CameraController focusNode={selection?.kind === "node" ? selection.id : null} request={focusRequest} />
        <Suspense fallback={null}>
          {layout === "geographic" && <ContinentLayer />}
          {layout === "force" && <ForceLayoutController running={forceRunning} onStopped={onForceStopped} />}
        </Suspense>
        <ZoomButtons />
        <RegisterLiveSigma />
        {children}
      </SigmaHost>
      {layout === "force" && (
        <div className="force-status" role="status">
          <span className={forceRunning ? "spinner" : "spinner spinner-idle"} aria-hidden="true" />
          {forceRunning ? "ForceAtlas2 is running…" : "ForceAtlas2 stopped."}
          <button type="button" onClick={() => setForceRunning(!forceRunning)}>
            {forceRunning ? "Stop layout" : "Run layout"}
          </button>
        </div>
      )}
    </div>
  );
}

function layoutName(layout: string): string {
  return layout === "force" ? "force-directed" : layout;
}
