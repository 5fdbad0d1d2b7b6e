/**
 * The widest surviving routes, grouped by the places they pass through (route-groups.ts):
 * a group shows its path once, and each of its routes as a button that names what sets it
 * apart (the chemical, powder or pills on a hop, the mode or channel); a group's only route
 * shows just its flow, since the heading already says the rest. Clicking a route
 * highlights exactly its edges on the graph, parallel edges included.
 */
import { useMemo } from "react";
import type { Route } from "../../../analysis/report-types";
import type { Actions } from "../../app/actions";
import { useAppState, useSession } from "../../app/context";
import { formatKg } from "../format";
import { groupRoutes, variantWords, type RouteGroup, type RouteVariant } from "./route-groups";

export function TopRoutes({ routes, actions, labelOf }: { routes: readonly Route[]; actions: Actions; labelOf: (id: string) => string }) {
  const session = useSession();
  const highlighted = useAppState((s) => s.highlightedPath);
  const current = highlighted ? highlighted.join(">") : null;
  const groups = useMemo(() => {
    const commodities = new Map(session.dataset.commodities.map((c) => [c.id, c.name]));
    return groupRoutes(routes, {
      edge: (id) => session.dataset.edges[session.edgeIndex.get(id) ?? -1],
      commodityName: (id) => commodities.get(id) ?? id,
    });
  }, [routes, session]);
  const shortOf = (id: string) => session.nodeFacts[session.nodeIndex.get(id) ?? -1]?.shortLabel ?? id;
  const commodityName = (id: string) => session.dataset.commodities.find((c) => c.id === id)?.name ?? id;
  return (
    <section className="report-section" aria-label="Top surviving routes">
      <h3>Widest surviving routes</h3>
      <p className="muted small">
        Routes through the same places are grouped; each names what sets it apart. Click a route to highlight it on the graph; click again to
        clear.
      </p>
      {routes.length === 0 ? (
        <p className="muted">No route from a producer reaches a market.</p>
      ) : (
        <ol className="route-groups">
          {groups.map((group, index) => (
            <li key={group.nodes.join(">")} className="route-group" data-route-group={index + 1}>
              <GroupHeader group={group} labelOf={labelOf} shortOf={shortOf} commodityName={commodityName} />
              <ul className="route-variants" aria-label="Routes through these places">
                {group.variants.map((variant) => {
                  const key = variant.route.edges.join(">");
                  const on = current === key;
                  return (
                    <li key={key}>
                      <button
                        type="button"
                        className={`route ${on ? "route-on" : ""}`}
                        aria-pressed={on}
                        data-route-edges={variant.route.edges.join(" ")}
                        onClick={() => actions.highlightPath(on ? null : variant.route.edges)}
                      >
                        <VariantText variant={variant} group={group} shortOf={shortOf} />
                      </button>
                    </li>
                  );
                })}
              </ul>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

function GroupHeader({
  group,
  labelOf,
  shortOf,
  commodityName,
}: {
  group: RouteGroup;
  labelOf: (id: string) => string;
  shortOf: (id: string) => string;
  commodityName: (id: string) => string;
}) {
  const from = group.nodes[0];
  const to = group.nodes[group.nodes.length - 1];
  const via = group.lab ? `via ${shortOf(group.lab)}` : "finished product shipped directly";
  return (
    <div className="route-group-head">
      <span className="route-ends" title={`${labelOf(from)} → ${labelOf(to)}`}>
        {shortOf(from)} → {shortOf(to)}
      </span>
      <span className="route-via">
        {group.chemical ? `${commodityName(group.chemical)}, ` : ""}
        {via}
        {group.variants.length > 1 && <span className="badge">{group.variants.length} routes</span>}
      </span>
      <span className="route-path" title={group.nodes.map(labelOf).join(" → ")}>
        {group.nodes.map((node, i) => (
          <span key={node}>
            {i > 0 && " › "}
            {group.extra.has(node) ? <strong className="route-node-extra">{shortOf(node)}</strong> : shortOf(node)}
          </span>
        ))}
        {group.skipped.length > 0 && <span className="route-skipped"> (not via {group.skipped.map(shortOf).join(", ")})</span>}
      </span>
    </div>
  );
}

function VariantText({ variant, group, shortOf }: { variant: RouteVariant; group: RouteGroup; shortOf: (id: string) => string }) {
  const { route } = variant;
  const words = variantWords(group, variant, shortOf);
  return (
    <>
      {words.length > 0 ? (
        <span className="route-differences">
          {words.map(({ hop, text }, index) => (
            <span key={index} className="route-difference">
              <span className="route-hop">{hop}:</span> {text}
            </span>
          ))}
        </span>
      ) : (
        // The group's only route: its heading says where it goes and with what.
        <span className="visually-hidden">The only route through these places: </span>
      )}
      <span className="route-meta">
        {formatKg(route.bottleneck)} kg/month
        {route.loophole && <span className="badge badge-loophole">loophole: legal until the lab</span>}
      </span>
    </>
  );
}
