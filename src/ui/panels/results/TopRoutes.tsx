/** The widest surviving routes; clicking one highlights it on the graph. */
import type { Route } from "../../../analysis/report-types";
import type { Actions } from "../../app/actions";
import { useAppState, useSession } from "../../app/context";
import { formatKg } from "../format";

export function TopRoutes({ routes, actions, labelOf }: { routes: readonly Route[]; actions: Actions; labelOf: (id: string) => string }) {
  const session = useSession();
  const highlighted = useAppState((s) => s.highlightedPath);
  const key = (route: Route) => route.edges.join(">");
  const current = highlighted ? highlighted.join(">") : null;
  const commodityName = (id: string) => session.dataset.commodities.find((c) => c.id === id)?.name ?? id;
  return (
    <section className="report-section" aria-label="Top surviving routes">
      <h3>Widest surviving routes</h3>
      <p className="muted small">Click a route to highlight it on the graph; click again to clear.</p>
      {routes.length === 0 ? (
        <p className="muted">No route from a producer reaches a market.</p>
      ) : (
        <ol className="route-list">
          {routes.map((route) => {
            const on = current === key(route);
            const from = labelOf(route.nodes[0]);
            const to = labelOf(route.nodes[route.nodes.length - 1]);
            const via = route.lab ? `via ${labelOf(route.lab)}` : "finished product shipped directly";
            const chemical = commodityName(route.commodities[0]);
            return (
              <li key={key(route)}>
                <button
                  type="button"
                  className={`route ${on ? "route-on" : ""}`}
                  aria-pressed={on}
                  data-route-edges={route.edges.join(" ")}
                  title={route.nodes.map(labelOf).join(" → ")}
                  onClick={() => actions.highlightPath(on ? null : route.edges)}
                >
                  <span className="route-ends">
                    {from} → {to}
                  </span>
                  <span className="route-via">
                    {chemical}, {via}
                  </span>
                  <span className="route-path">{route.nodes.slice(1, -1).map(labelOf).join(" › ")}</span>
                  <span className="route-meta">
                    {formatKg(route.bottleneck)} kg/month
                    {route.loophole && <span className="badge badge-loophole">loophole: legal until the lab</span>}
                  </span>
                </button>
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
