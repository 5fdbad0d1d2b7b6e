/**
 * Titles over the columns of the tiered layout ("Producers", "Labs"...), so the view reads
 * like the supply chain it draws. An HTML layer inside sigma's container, repositioned from
 * sigma's graph-to-viewport mapping after every render (pan and zoom included). A title
 * starts at its column's nodes and spans the column's labels (the room up to the next
 * column), just above the top row; panned out of view upwards, titles stay at the top.
 */
import { useEffect } from "react";
import type { NodeKind } from "../../../model/types";
import { TIER_OF_KIND } from "../layout/tiered";
import { isAlive, useSigma } from "../sigma-context";

const COLUMN_TITLE: Readonly<Record<number, string>> = {
  0: "Producers",
  // Brokers (top band) and licit users (bottom band): both buy from the producers.
  1: "Buyers",
  2: "Forwarders",
  3: "Ports",
  4: "Labs",
  5: "Crossings",
  6: "Distributors",
  7: "Markets",
};

const LAYER_ID = "column-headers";

/** Gap between a title's bottom and the top row's node centres, and the left overhang past the node centre, pixels. */
const BELOW_TITLE_PX = 22;
const NODE_OVERHANG_PX = 8;
const MIN_TOP_PX = 4;

export interface ColumnHeadersProps {
  readonly columnSpacing: number;
  /** Graph y of the top row. */
  readonly top: number;
  readonly kinds: ReadonlySet<NodeKind>;
}

export function ColumnHeaders({ columnSpacing, top, kinds }: ColumnHeadersProps) {
  const sigma = useSigma();
  useEffect(() => {
    const layer = sigma.createLayer<HTMLDivElement>(LAYER_ID, "div", { afterLayer: "labels" });
    layer.className = "column-headers";
    layer.setAttribute("aria-hidden", "true");
    const columns = [...new Set([...kinds].map((kind) => TIER_OF_KIND[kind].layer))].sort((a, b) => a - b);
    const titles = columns.map((column) => {
      const element = document.createElement("span");
      element.className = "column-header";
      element.textContent = COLUMN_TITLE[column] ?? "";
      layer.appendChild(element);
      return { column, element };
    });
    const place = () => {
      const origin = sigma.graphToViewport({ x: 0, y: top });
      const width = Math.abs(sigma.graphToViewport({ x: columnSpacing, y: top }).x - origin.x) - 6;
      for (const { column, element } of titles) {
        const { x } = sigma.graphToViewport({ x: column * columnSpacing, y: top });
        element.style.left = `${x - NODE_OVERHANG_PX}px`;
        element.style.maxWidth = `${Math.max(24, width)}px`;
        element.style.top = `${Math.max(MIN_TOP_PX, origin.y - BELOW_TITLE_PX - element.offsetHeight)}px`;
      }
    };
    sigma.on("afterRender", place);
    place();
    return () => {
      sigma.off("afterRender", place);
      if (isAlive(sigma)) sigma.killLayer(LAYER_ID);
    };
  }, [sigma, columnSpacing, top, kinds]);
  return null;
}
