// A hand-built dataset for the scenario engine tests; every expected number in the tests
// is worked out by hand from these values (see the comments there).
import {
  acting,
  cooperation,
  disable,
  edge,
  enable,
  event,
  makeDataset,
  node,
  setEffectiveness,
} from "../support/dataset-builder";

export const handDataset = makeDataset({
  nodes: [
    node("cn-prod", "producer", "CN"),
    node("in-prod", "producer", "IN"),
    node("mx-lab", "lab", "MX"),
    node("pharma", "licit-user", "MX"),
    node("crossing", "crossing", "MX"),
    node("us-market", "market", "US"),
  ],
  edges: [
    edge("e-cn-lab", "cn-prod", "mx-lab", { capacity: 100 }),
    edge("e-cn-pharma", "cn-prod", "pharma", { capacity: 50, licitConsignee: true }),
    edge("e-cn-lab-smuggled", "cn-prod", "mx-lab", { capacity: 20, channel: "smuggled", status: "illicit" }),
    edge("e-in-lab", "in-prod", "mx-lab", { commodity: "4-ap", capacity: 40 }),
    edge("e-lab-cross", "mx-lab", "crossing", { commodity: "fentanyl", capacity: 10, mode: "road", status: "illicit" }),
    edge("e-cross-us", "crossing", "us-market", { commodity: "fentanyl", capacity: 10, mode: "road", status: "illicit" }),
    edge("e-cn-us-mail", "cn-prod", "us-market", { commodity: "fentanyl", capacity: 5, mode: "mail", status: "controlled" }),
  ],
  interventions: [
    cooperation("coop", { "cn-npp": 0.5, "cn-class": 1 }, { effectiveness: 0.8 }),
    acting(
      "cn-npp",
      { commodities: ["npp"], originJurisdictions: ["CN"] },
      { label: "China NPP control", effect: { kind: "retag", status: "controlled" }, effectiveness: 0.6, licitImpact: 0.25 },
    ),
    acting(
      "cn-class",
      { commodities: ["fentanyl"], originJurisdictions: ["CN"] },
      { label: "China class-wide scheduling", effect: { kind: "retag", status: "illicit" }, effectiveness: 0.9 },
    ),
    acting("mail", { modes: ["mail"] }, { kind: "mail", actor: "US", effectiveness: 0.5 }),
    acting("border", { nodes: ["crossing"] }, { kind: "border", actor: "US", effectiveness: 0.2 }),
    acting("sanction", { edges: ["e-in-lab"] }, { kind: "sanction", actor: "US", effect: { kind: "close" }, effectiveness: 0.3, hypothetical: true }),
  ],
  events: [
    event("2018-02-01", [enable("cn-npp")], "ev-npp"),
    event("2017-01-01", [enable("coop")], "ev-coop"),
    event("2019-05-01", [enable("cn-class", 0.7)], "ev-class"),
    event("2020-01-01", [setEffectiveness("cn-npp", 0.5)], "ev-npp-weaker"),
    event("2021-01-01", [setEffectiveness("mail", 0.9)], "ev-mail-tuned"),
    event("2021-06-01", [], "ev-context"),
    event("2022-08-05", [disable("coop")], "ev-coop-off"),
    event("2023-11-15", [enable("coop", 0.4)], "ev-coop-on"),
  ],
});

/** Edge index by id, for readable assertions. */
export function edgeIndex(id: string): number {
  const position = handDataset.edges.findIndex((e) => e.id === id);
  if (position < 0) throw new Error(`no edge ${id} in the fixture`);
  return position;
}
