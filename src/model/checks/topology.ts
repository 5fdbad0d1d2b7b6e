/** Edge shape: an edge must connect two different nodes (a self-loop carries nothing anywhere). */
import { eachItem, type Check } from "./context";

export const checkSelfLoops: Check = (context) => {
  eachItem(context.parts.edges, "edges", (edge, path) => {
    if (edge.source === edge.target)
      context.report("self-loop", `${path}/target`, `edge '${edge.id}' goes from '${edge.source}' to itself`);
  });
};
