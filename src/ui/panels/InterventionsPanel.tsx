/**
 * The interventions, grouped by kind: each a labelled switch with its dates, an
 * effectiveness slider, a short description and its sources; plus idealized mode.
 * On/off and effectiveness are read from the resolved scenario (what is in force now,
 * from the date and the user's switches), never recomputed here.
 */
import { useId, useMemo } from "react";
import type { Intervention, InterventionKind } from "../../model/types";
import { effectivenessPhrase, formatPercent } from "../../scenario";
import type { ActiveIntervention } from "../../scenario/types";
import type { Actions } from "../app/actions";
import { useApplied, useAppState, useSession } from "../app/context";
import { Sources } from "./Sources";
import { Switch } from "./Switch";
import "./interventions.css";

const GROUPS: readonly { readonly title: string; readonly kinds: readonly InterventionKind[] }[] = [
  { title: "Export controls", kinds: ["export-control"] },
  { title: "Importer obligations", kinds: ["importer-obligation"] },
  { title: "Sanctions and financial measures", kinds: ["sanction", "financial"] },
  { title: "Cooperation", kinds: ["cooperation"] },
  { title: "Border and mail", kinds: ["border", "mail"] },
];

export function InterventionsPanel({ actions }: { actions: Actions }) {
  const session = useSession();
  const applied = useApplied();
  const scenario = useAppState((s) => s.scenario);
  const activeById = useMemo(() => new Map(applied.resolved.active.map((a) => [a.id, a])), [applied]);
  const idealizedId = useId();
  return (
    <section className="panel interventions" aria-labelledby="interventions-title">
      <h2 id="interventions-title">Interventions</h2>
      <div className="idealized-row">
        <span id={idealizedId} className="idealized-label">
          Idealized
          <span className="muted"> — every switched-on intervention fully effective</span>
        </span>
        <Switch checked={scenario.idealized} onChange={actions.setIdealized} labelledBy={idealizedId} />
      </div>
      {GROUPS.map((group) => {
        const items = session.dataset.interventions.filter((intervention) => group.kinds.includes(intervention.kind));
        if (items.length === 0) return null;
        return (
          <section key={group.title} className="intervention-group" aria-label={group.title}>
            <h3>{group.title}</h3>
            <ul>
              {items.map((intervention) => (
                <InterventionItem
                  key={intervention.id}
                  intervention={intervention}
                  active={activeById.get(intervention.id)}
                  userEffectiveness={scenario.switches[intervention.id]?.effectiveness}
                  idealized={scenario.idealized}
                  actions={actions}
                />
              ))}
            </ul>
          </section>
        );
      })}
    </section>
  );
}

function InterventionItem({
  intervention,
  active,
  userEffectiveness,
  idealized,
  actions,
}: {
  intervention: Intervention;
  active: ActiveIntervention | undefined;
  userEffectiveness: number | undefined;
  idealized: boolean;
  actions: Actions;
}) {
  const session = useSession();
  const labelId = useId();
  const sliderId = useId();
  const on = active !== undefined;
  const closes = intervention.kind !== "cooperation" && intervention.effect.kind === "close";
  const setting = userEffectiveness ?? (active && !idealized ? active.baseEffectiveness : intervention.effectiveness);
  const routes = intervention.kind === "cooperation" ? undefined : session.engine.matchedEdges(intervention.id).length;
  return (
    <li className={`intervention ${on ? "intervention-on" : ""}`} data-intervention={intervention.id}>
      <div className="intervention-head">
        <span id={labelId} className="intervention-label">
          {intervention.label}
        </span>
        <Switch checked={on} onChange={(next) => actions.setSwitch(intervention.id, next)} labelledBy={labelId} />
      </div>
      <p className="intervention-meta">
        {datesOf(intervention)}
        {intervention.hypothetical && <span className="badge">hypothetical</span>}
        {intervention.unverified && <span className="badge badge-warn">unverified</span>}
      </p>
      <p className="intervention-effect">{effectText(intervention, routes)}</p>
      <div className="slider-row">
        <label htmlFor={sliderId}>Effectiveness</label>
        <input
          id={sliderId}
          type="range"
          min={0}
          max={100}
          step={5}
          value={Math.round((closes || idealized ? 1 : setting) * 100)}
          disabled={closes || idealized}
          aria-valuetext={closes ? "not applicable: closes all or nothing" : `${formatPercent(idealized ? 1 : setting)}`}
          onChange={(event) => actions.setEffectiveness(intervention.id, Number(event.currentTarget.value) / 100, on)}
        />
        <output htmlFor={sliderId}>{closes ? "n/a" : formatPercent(idealized ? 1 : setting)}</output>
      </div>
      {closes && <p className="intervention-boost">Closing is all or nothing: no effectiveness to set.</p>}
      {active && active.boostedBy.length > 0 && <p className="intervention-boost">{effectivenessPhrase(active)}</p>}
      <details className="intervention-details">
        <summary>About this intervention</summary>
        <p>{intervention.description}</p>
        <Sources dataset={session.dataset} ids={intervention.sources} />
      </details>
    </li>
  );
}

function datesOf(intervention: Intervention): string {
  const parts: string[] = [];
  if (intervention.announced) parts.push(`announced ${intervention.announced}`);
  if (intervention.effective) parts.push(`in force ${intervention.effective}`);
  if (intervention.ended) parts.push(`ended ${intervention.ended}`);
  return parts.length > 0 ? parts.join(" · ") : "no date: a what-if";
}

function effectText(intervention: Intervention, routes: number | undefined): string {
  if (intervention.kind === "cooperation") {
    return `Raises the effectiveness of ${intervention.modifies.length} other intervention${intervention.modifies.length === 1 ? "" : "s"}.`;
  }
  const count = `${routes} route${routes === 1 ? "" : "s"}`;
  switch (intervention.effect.kind) {
    case "close":
      return `Closes ${count}.`;
    case "reduce":
      return `Cuts the open capacity of ${count}.`;
    case "retag":
      return `Makes ${count} ${intervention.effect.status} and cuts their capacity.`;
  }
}
