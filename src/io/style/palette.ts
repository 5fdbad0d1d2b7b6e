/**
 * Colours and marks of the graph view, shared by the app (src/ui) and every export that
 * draws (GEXF viz colours, SVG). Colours live here, never in the dataset. Pure data: the
 * CLI and the app's workers import it without pulling in React or sigma.
 *
 * Node kinds use Paul Tol's "muted" qualitative scheme (designed to stay distinct under
 * the common colour-vision deficiencies; https://personal.sron.nl/~pault/). Edge legal
 * statuses use three Okabe-Ito colours of very different lightness (blue, orange, near
 * black) and a dash pattern, so status never rests on hue alone.
 */
import type { LegalStatus, NodeKind } from "../../model/types";

export const NODE_KIND_COLOR: Readonly<Record<NodeKind, string>> = {
  producer: "#117733",
  "licit-user": "#88CCEE",
  broker: "#DDCC77",
  forwarder: "#999933",
  port: "#44AA99",
  lab: "#882255",
  crossing: "#AA4499",
  distributor: "#CC6677",
  market: "#332288",
};

export const NODE_KIND_LABEL: Readonly<Record<NodeKind, string>> = {
  producer: "Chemical producer",
  "licit-user": "Licit user (pharma, industry)",
  broker: "Broker or marketplace",
  forwarder: "Forwarder, courier or post",
  port: "Port or air cargo hub",
  lab: "Clandestine lab",
  crossing: "Border crossing",
  distributor: "Distributor",
  market: "US regional market",
};

export const STATUS_COLOR: Readonly<Record<LegalStatus, string>> = {
  legal: "#0072B2",
  controlled: "#E69F00",
  illicit: "#1A1A1A",
};

/** The non-hue mark of each status: the dash pattern of its edges (drawn by src/ui/graph/programs.ts and the SVG export). */
export type DashStyle = "solid" | "dashed" | "dotted";
export const STATUS_DASH: Readonly<Record<LegalStatus, DashStyle>> = {
  legal: "solid",
  controlled: "dashed",
  illicit: "dotted",
};

export const STATUS_LABEL: Readonly<Record<LegalStatus, string>> = {
  legal: "Legal trade",
  controlled: "Controlled (licence or scheduling needed)",
  illicit: "Illicit",
};

/** Edges a scenario closed: grey and faint, keeping their dash pattern. */
export const CLOSED_EDGE_COLOR = "#B8B8B8";
/** Everything outside a highlight or a hovered neighbourhood. */
export const FADED_COLOR = "#E4E4E4";
export const NODE_OUTLINE_COLOR = "#2B2B2B";
export const UNVERIFIED_RING_COLOR = "#FFFFFF";
export const HIGHLIGHT_COLOR = "#D81B60";

/** "Show changes" mode: what the scenario did to an edge compared with the reference. */
export type ChangeClass = "closed" | "reduced" | "retagged" | "reopened" | "unchanged";
export const CHANGE_COLOR: Readonly<Record<ChangeClass, string>> = {
  closed: "#D55E00",
  reduced: "#E69F00",
  retagged: "#CC79A7",
  reopened: "#009E73",
  unchanged: "#D0D0D0",
};
export const CHANGE_LABEL: Readonly<Record<ChangeClass, string>> = {
  closed: "Closed by the scenario",
  reduced: "Capacity reduced",
  retagged: "Status raised, capacity kept",
  reopened: "Open again (vs. the reference)",
  unchanged: "Unchanged",
};
export const CHANGE_DASH: Readonly<Record<ChangeClass, DashStyle>> = {
  closed: "dotted",
  reduced: "dashed",
  retagged: "dashed",
  reopened: "solid",
  unchanged: "solid",
};

/** SVG `stroke-dasharray` of each dash style (undefined: a solid line). */
export const DASH_ARRAY: Readonly<Record<DashStyle, string | undefined>> = { solid: undefined, dashed: "7 4", dotted: "2 3" };
