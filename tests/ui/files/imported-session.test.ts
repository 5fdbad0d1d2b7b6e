import { describe, expect, it } from "vitest";
import type { ImportSuccess } from "../../../src/io/import/import-result";
import { layeredDataset } from "../../../src/model/synthetic";
import { IMPORTED_ONLY_IN_TAB, importedSession } from "../../../src/ui/files/imported-session";
import { IMPORTED_LINK_PROBLEM, IMPORTED_SEARCH, parseUrlState } from "../../../src/ui/state/url-state";

const dataset = layeredDataset({ edges: 120, seed: 5, interventions: 3 });
const success = (extra: Partial<ImportSuccess> = {}): ImportSuccess => ({
  ok: true,
  format: "json",
  dataset,
  scenario: null,
  positions: new Map(),
  notes: [],
  ...extra,
});

describe("an imported session", () => {
  it("starts at the file's scenario, in the layout the user had, with an empty history", () => {
    const scenario = { date: "2020-01-01", switches: { [dataset.interventions[0].id]: { on: true } }, idealized: true };
    const { session, initial, imported } = importedSession(success({ scenario }), "mine.snapshot.json", "geographic");
    expect(session.dataset).toBe(dataset);
    expect(initial.state.scenario).toEqual(scenario);
    expect(initial.state.layout).toBe("geographic");
    expect(initial.state.past).toEqual([]);
    expect(initial.state.future).toEqual([]);
    expect(initial.state.selection).toBeNull();
    expect(imported).toEqual({ fileName: "mine.snapshot.json", format: "json" });
    expect(initial.notices[0]).toContain("with the scenario it was saved with");
  });

  it("without a scenario starts at the baseline, and the notices say what was inferred and that it is not kept", () => {
    const { initial } = importedSession(success({ format: "gexf", notes: ["3 node(s) had no kind"] }), "theirs.gexf", "tiered");
    expect(initial.state.scenario).toEqual({ switches: {}, idealized: false });
    expect(initial.notices).toEqual([
      `Imported theirs.gexf (GEXF): ${dataset.nodes.length} nodes and ${dataset.edges.length.toLocaleString("en-US")} edges, shown at the baseline.`,
      "3 node(s) had no kind",
      IMPORTED_ONLY_IN_TAB,
    ]);
  });

  it("the address shown meanwhile opens the default dataset with a note", () => {
    expect(parseUrlState(IMPORTED_SEARCH)).toEqual({ scenario: undefined, layout: undefined, selection: undefined, synthetic: undefined, problems: [IMPORTED_LINK_PROBLEM] });
  });
});
