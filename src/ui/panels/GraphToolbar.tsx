/** View options above the graph: show changes, animate, pin a scenario to compare. */
import { useId } from "react";
import type { Scenario } from "../../scenario/types";
import type { Actions } from "../app/actions";
import { useAppState } from "../app/context";
import { Switch } from "./Switch";
import "./graph-toolbar.css";

export function GraphToolbar({ actions }: { actions: Actions }) {
  const showChanges = useAppState((s) => s.showChanges);
  const animate = useAppState((s) => s.animate);
  const pinned = useAppState((s) => s.pinned);
  const scenario = useAppState((s) => s.scenario);
  const changesId = useId();
  const animateId = useId();
  return (
    <div className="graph-toolbar" role="group" aria-label="View options">
      <span className="toolbar-item">
        <span id={changesId}>Show changes</span>
        <Switch checked={showChanges} onChange={actions.setShowChanges} labelledBy={changesId} />
      </span>
      <span className="toolbar-item">
        <span id={animateId}>Animate</span>
        <Switch checked={animate} onChange={actions.setAnimate} labelledBy={animateId} />
      </span>
      <span className="toolbar-item">
        {pinned ? (
          <>
            <span className="muted">Comparing with the pinned scenario ({describeScenario(pinned)})</span>
            <button type="button" onClick={() => actions.pin(null)}>
              Unpin
            </button>
          </>
        ) : (
          <button type="button" onClick={() => actions.pin(scenario)} title="Keep this scenario to compare the next ones against it">
            Pin this scenario
          </button>
        )}
      </span>
    </div>
  );
}

/** A few words for a scenario: its date (or the baseline) and how many switches it sets. */
function describeScenario(scenario: Scenario): string {
  const switches = Object.keys(scenario.switches).length;
  const parts = [scenario.date ?? "baseline"];
  if (switches > 0) parts.push(`${switches} switch${switches === 1 ? "" : "es"}`);
  if (scenario.idealized) parts.push("idealized");
  return parts.join(", ");
}
