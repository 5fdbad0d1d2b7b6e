/**
 * Titles over the columns of the tiered layout ("Producers", "Labs"...), so the view reads
 * like the supply chain it draws. An HTML layer inside sigma's container, repositioned from
 * sigma's graph-to-viewport mapping after every render (pan and zoom included).
 */
import { useEffect } from "react";
import type { NodeKind } from "../../../model/types";
import { TIER_OF_KIND } from "../layout/tiered";
import { isAlive, useSigma } from "../sigma-context";

const COLUMN_TITLE: Readonly<Record<number, string>> = {
  0: "Producers",
  1: "Brokers, users",
  2: "Forwarders",
  3: "Ports",
  4: "Labs",
  5: "Crossings",
  6: "Distributors",
  7: "Markets",
};

const LAYER_ID = "column-headers";

export function ColumnHeaders({ columnSpacing, kinds }: { columnSpacing: number; kinds: ReadonlySet<NodeKind> }) {
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
      const origin = sigma.graphToViewport({ x: 0, y: 0 });
      const width = Math.abs(sigma.graphToViewport({ x: columnSpacing, y: 0 }).x - origin.x) - 6;
      for (const { column, element } of titles) {
        const { x } = sigma.graphToViewport({ x: column * columnSpacing, y: 0 });
        element.style.left = `${x}px`;
        element.style.maxWidth = `${Math.max(24, width)}px`;
      }
    };
    sigma.on("afterRender", place);
    place();
    return () => {
      sigma.off("afterRender", place);
      if (isAlive(sigma)) sigma.killLayer(LAYER_ID);
    };
  }, [sigma, columnSpacing, kinds]);
  return null;
}
