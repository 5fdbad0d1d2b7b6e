import { describe, expect, it } from "vitest";
import { layeredDataset } from "../../../src/model/synthetic";
import { initialView } from "../../../src/ui/app/initial-view";
import { createSession } from "../../../src/ui/app/session";
import { saveView, type KeyValueStorage } from "../../../src/ui/state/autosave";
import { parseUrlState } from "../../../src/ui/state/url-state";

const session = createSession(layeredDataset({ edges: 200, seed: 3, interventions: 3 }), "test");

function storage(): KeyValueStorage {
  const data = new Map<string, string>();
  return { getItem: (key) => data.get(key) ?? null, setItem: (key, value) => void data.set(key, value) };
}

describe("the first view of a session", () => {
  const saved = { scenario: { switches: { i1: { on: true } }, idealized: false }, layout: "geographic" as const, selection: null };

  it("restores the autosave when the URL says nothing", () => {
    const store = storage();
    saveView(store, session.key, saved);
    const view = initialView(session, parseUrlState(""), store);
    expect(view.state.scenario).toEqual(saved.scenario);
    expect(view.state.layout).toBe("geographic");
    expect(view.notices).toEqual([]);
  });

  it("lets the URL win over the autosave", () => {
    const store = storage();
    saveView(store, session.key, saved);
    const view = initialView(session, parseUrlState("?on=i2&layout=force"), store);
    expect(view.state.scenario).toEqual({ switches: { i2: { on: true } }, idealized: false });
    expect(view.state.layout).toBe("force");
  });

  it("drops what the dataset lacks, with a notice, and keeps the rest", () => {
    const view = initialView(session, parseUrlState("?on=i0,no-such-thing&sel=node:ghost"), undefined);
    expect(view.state.scenario.switches).toEqual({ i0: { on: true } });
    expect(view.state.selection).toBeNull();
    expect(view.notices).toHaveLength(2);
  });

  it("starts from the baseline in the tiered layout", () => {
    const view = initialView(session, parseUrlState(""), storage());
    expect(view.state.scenario).toEqual({ switches: {}, idealized: false });
    expect(view.state.layout).toBe("tiered");
  });
});
