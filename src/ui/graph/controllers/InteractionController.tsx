/** Pointer events of the graph: hover shows a node's neighbours, click selects. */
import { useEffect } from "react";
import type { Selection } from "../../state/app-state";
import { useSigma } from "../sigma-context";

export interface InteractionControllerProps {
  readonly onHover: (node: string | null) => void;
  readonly onSelect: (selection: Selection | null) => void;
}

export function InteractionController({ onHover, onSelect }: InteractionControllerProps) {
  const sigma = useSigma();
  useEffect(() => {
    const container = sigma.getContainer();
    const handlers = {
      enterNode: ({ node }: { node: string }) => {
        container.style.cursor = "pointer";
        onHover(node);
      },
      leaveNode: () => {
        container.style.cursor = "";
        onHover(null);
      },
      enterEdge: () => {
        container.style.cursor = "pointer";
      },
      leaveEdge: () => {
        container.style.cursor = "";
      },
      clickNode: ({ node }: { node: string }) => onSelect({ kind: "node", id: node }),
      clickEdge: ({ edge }: { edge: string }) => onSelect({ kind: "edge", id: edge }),
      clickStage: () => onSelect(null),
    };
    for (const [event, handler] of Object.entries(handlers)) sigma.on(event as "clickStage", handler as () => void);
    return () => {
      for (const [event, handler] of Object.entries(handlers)) sigma.off(event as "clickStage", handler as () => void);
    };
  }, [sigma, onHover, onSelect]);
  return null;
}
