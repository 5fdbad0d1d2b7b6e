// Small supply chains worked out by hand: each test states the network, the expected
// figures, and why.
import { describe, expect, it } from "vitest";
import { createAnalyzer } from "../../src/analysis/analyzer";
import { AnalysisError } from "../../src/analysis/errors";
import { BASELINE_SCENARIO, type Scenario } from "../../src/scenario/types";
import { closeIntervention, dataset, edge, node, recipe } from "./support/build";

const on = (...ids: string[]): Scenario => ({ switches: Object.fromEntries(ids.map((id) => [id, { on: true }])), idealized: false });

describe("a recipe that stops because one input is cut", () => {
  // NPP: 100 kg via a port; aniline 30 kg direct. Recipe: 1 kg NPP + 0.5 kg aniline per kg.
  // NPP allows 100, aniline 60: the recipe makes 60; product edges allow 200.
  const data = dataset(
    [
      node("npp-maker", "producer"),
      node("aniline-maker", "producer"),
      node("port", "port", { jurisdiction: "MX" }),
      node("lab", "lab", { jurisdiction: "MX", recipes: [recipe("siegfried", { npp: 1, aniline: 0.5 })] }),
      node("market", "market", { jurisdiction: "US" }),
    ],
    [
      edge("npp-maker", "port", "npp", 100),
      edge("port", "lab", "npp", 100),
      edge("aniline-maker", "lab", "aniline", 30),
      edge("lab", "market", "fentanyl", 200, { status: "illicit" }),
    ],
    { interventions: [closeIntervention("aniline-ban", { commodities: ["aniline"] })] },
  );
  const analyzer = createAnalyzer(data);

  it("is bounded by its scarcer input at baseline, and says so in the min-cut", () => {
    const { report } = analyzer.analyze(BASELINE_SCENARIO);
    expect(report.throughput.baseline).toBeCloseTo(60, 9);
    expect(report.throughput.scenario).toBeCloseTo(60, 9);
    expect(report.labs[0].recipes).toEqual([{ id: "siegfried", runs: true, missing: [] }]);
    expect(report.minCut).toHaveLength(1);
    expect(report.minCut[0]).toMatchObject({ kind: "recipe-input", node: "lab", commodity: "npp", edge: null });
    expect(report.minCut[0].capacity).toBeCloseTo(60, 9);
    expect(report.minCut[0].closableBy).toEqual([{ intervention: "aniline-ban", kind: "export-control" }]);
    expect(report.exact).toBe(false);
    expect(report.approximations).toEqual([{ kind: "multi-input-recipe", lab: "lab", recipe: "siegfried", primary: "npp", capped: ["aniline"] }]);
    // Two routes: the NPP route and the aniline route, both through the running recipe.
    expect(report.paths.surviving).toBe("2");
  });

  it("stops, naming the missing input, when the aniline edge closes", () => {
    const { report } = analyzer.analyze(on("aniline-ban"));
    expect(report.throughput.scenario).toBe(0);
    expect(report.labs[0].recipes).toEqual([{ id: "siegfried", runs: false, missing: ["aniline"] }]);
    expect(report.markets).toEqual([{ id: "market", supplied: false, inflow: 0 }]);
    expect(report.paths).toMatchObject({ baseline: "2", surviving: "0", top: [] });
    expect(report.chokepoints).toEqual([]);
    expect(report.attribution).toEqual([
      { intervention: "aniline-ban", kind: "export-control", enabled: true, throughputDelta: -report.throughput.baseline, counterfactual: report.throughput.baseline },
    ]);
  });
});

describe("units, ratios and node capacities", () => {
  it("converts chemical kg to fentanyl-equivalent at the recipe ratio and honours a port's capacity", () => {
    // 240 kg NPP, ratio 1.2: 200 kg-eq; the port passes only 150 kg NPP: 125 kg-eq.
    const data = dataset(
      [
        node("maker", "producer"),
        node("port", "port", { capacity: 150 }),
        node("lab", "lab", { recipes: [recipe("r", { npp: 1.2 })] }),
        node("market", "market"),
      ],
      [edge("maker", "port", "npp", 240), edge("port", "lab", "npp", 240), edge("lab", "market", "fentanyl", 1000)],
    );
    const { report, edgeFlow } = createAnalyzer(data).analyze(BASELINE_SCENARIO);
    expect(report.throughput.scenario).toBeCloseTo(125, 9);
    expect(report.exact).toBe(true);
    expect(report.minCut.map((entry) => [entry.kind, entry.node])).toEqual([["node", "port"]]);
    expect(edgeFlow[0]).toBeCloseTo(150, 9); // kg of NPP on the first edge
    expect(edgeFlow[2]).toBeCloseTo(125, 9); // kg of fentanyl on the product edge
  });

  it("treats powder and pills as one product and counts product shipped straight from a producer", () => {
    const data = dataset(
      [node("maker", "producer"), node("lab", "lab"), node("presser", "distributor"), node("market", "market")],
      [
        edge("maker", "lab", "npp", 50),
        edge("lab", "presser", "fentanyl", 40),
        edge("presser", "market", "pills", 100),
        edge("maker", "market", "fentanyl", 7, { mode: "mail", status: "legal" }),
      ],
    );
    const { report } = createAnalyzer(data).analyze(BASELINE_SCENARIO);
    expect(report.throughput.scenario).toBeCloseTo(47, 9);
    expect(report.paths.surviving).toBe("2");
    const direct = report.paths.top.find((route) => route.lab === null);
    expect(direct).toMatchObject({ edges: ["e4"], loophole: false, bottleneck: 7 });
    const viaLab = report.paths.top.find((route) => route.lab === "lab");
    expect(viaLab).toMatchObject({ nodes: ["maker", "lab", "presser", "market"], commodities: ["npp", "fentanyl", "pills"], loophole: true, bottleneck: 40 });
  });

  it("presses powder into pills at a pressing lab, bounded by its capacity", () => {
    const press = { ...recipe("press", { fentanyl: 1 }), output: "pills" };
    const data = dataset(
      [node("maker", "producer"), node("lab", "lab"), node("press", "lab", { capacity: 30, recipes: [press] }), node("market", "market")],
      [edge("maker", "lab", "npp", 50), edge("lab", "press", "fentanyl", 40), edge("press", "market", "pills", 100)],
    );
    const { report } = createAnalyzer(data).analyze(BASELINE_SCENARIO);
    expect(report.throughput.scenario).toBeCloseTo(30, 9);
    expect(report.minCut.map((entry) => [entry.kind, entry.node])).toEqual([["lab", "press"]]);
    expect(report.labs.map((lab) => [lab.id, lab.output])).toEqual([["lab", 30], ["press", 30]]);
    expect(report.paths.top[0]).toMatchObject({ lab: "lab", loophole: true, commodities: ["npp", "fentanyl", "pills"] });
    expect(report.exact).toBe(true);
  });

  it("caps a lab's output at its capacity", () => {
    const data = dataset(
      [node("maker", "producer"), node("lab", "lab", { capacity: 12 }), node("market", "market")],
      [edge("maker", "lab", "npp", 50), edge("lab", "market", "fentanyl", 40)],
    );
    const { report } = createAnalyzer(data).analyze(BASELINE_SCENARIO);
    expect(report.throughput.scenario).toBeCloseTo(12, 9);
    expect(report.minCut.map((entry) => [entry.kind, entry.node])).toEqual([["lab", "lab"]]);
    expect(report.labs[0].output).toBeCloseTo(12, 9);
  });
});

describe("route counts and chokepoints", () => {
  // 10 producers x 10 brokers x 10 forwarders, all connected tier to tier, into one lab
  // that ships through one border crossing to 3 markets: 10 * 10 * 10 * 3 = 3000 routes.
  const ids = (prefix: string): string[] => Array.from({ length: 10 }, (_, i) => `${prefix}${i}`);
  const producers = ids("p");
  const brokers = ids("b");
  const forwarders = ids("f");
  const markets = ["m0", "m1", "m2"];
  const data = dataset(
    [
      ...producers.map((id) => node(id, "producer")),
      ...brokers.map((id) => node(id, "broker")),
      ...forwarders.map((id) => node(id, "forwarder")),
      node("lab", "lab", { jurisdiction: "MX" }),
      node("nogales", "crossing", { jurisdiction: "MX" }),
      ...markets.map((id) => node(id, "market", { jurisdiction: "US" })),
    ],
    [
      ...producers.flatMap((p) => brokers.map((b) => edge(p, b, "npp", 10))),
      ...brokers.flatMap((b) => forwarders.map((f) => edge(b, f, "npp", 10))),
      ...forwarders.map((f) => edge(f, "lab", "npp", 10)),
      edge("lab", "nogales", "fentanyl", 1000, { status: "illicit" }),
      ...markets.map((m) => edge("nogales", m, "fentanyl", 1000, { status: "illicit" })),
    ],
    { interventions: [closeIntervention("close-b0", { nodes: ["b0"] })] },
  );
  const analyzer = createAnalyzer(data);

  it("counts 3000 routes exactly, and 2700 with one broker closed", () => {
    expect(analyzer.analyze(BASELINE_SCENARIO).report.paths.surviving).toBe("3000");
    const { report } = analyzer.analyze(on("close-b0"));
    expect(report.paths).toMatchObject({ baseline: "3000", surviving: "2700" });
  });

  it("names the lab and the crossing as chokepoints, in route order", () => {
    const { report } = analyzer.analyze(BASELINE_SCENARIO);
    expect(report.chokepoints).toEqual([
      { id: "lab", kind: "lab" },
      { id: "nogales", kind: "crossing" },
    ]);
  });

  it("cuts at the ten forwarder->lab edges, the narrowest tier", () => {
    // Tier capacities: producer->broker 1000, broker->forwarder 1000, forwarder->lab 100.
    const { report } = analyzer.analyze(BASELINE_SCENARIO);
    expect(report.throughput.scenario).toBeCloseTo(100, 9);
    expect(report.minCut).toHaveLength(10);
    expect(new Set(report.minCut.map((entry) => data.edges.find((e) => e.id === entry.edge)?.target))).toEqual(new Set(["lab"]));
    expect(report.minCut.reduce((sum, entry) => sum + entry.capacity, 0)).toBeCloseTo(100, 9);
  });
});

describe("ties in the minimum cut", () => {
  it("picks the first of equal bottlenecks along a chain", () => {
    const data = dataset(
      [node("maker", "producer"), node("broker", "broker"), node("lab", "lab"), node("market", "market")],
      [edge("maker", "broker", "npp", 100), edge("broker", "lab", "npp", 100), edge("lab", "market", "fentanyl", 100)],
    );
    const { report } = createAnalyzer(data).analyze(BASELINE_SCENARIO);
    expect(report.minCut.map((entry) => entry.edge)).toEqual(["e1"]);
  });

  it("prefers two parallel edges near the producer to an equal single edge downstream", () => {
    // {e1, e2} = 50 + 50 and {e5} = 100 are both minimum cuts; the first one met is reported.
    const data = dataset(
      [node("maker", "producer"), node("b1", "broker"), node("b2", "broker"), node("lab", "lab"), node("market", "market")],
      [
        edge("maker", "b1", "npp", 50),
        edge("maker", "b2", "npp", 50),
        edge("b1", "lab", "npp", 100),
        edge("b2", "lab", "npp", 100),
        edge("lab", "market", "fentanyl", 100),
      ],
    );
    const { report } = createAnalyzer(data).analyze(BASELINE_SCENARIO);
    expect(report.throughput.scenario).toBeCloseTo(100, 9);
    expect(report.minCut.map((entry) => entry.edge).sort()).toEqual(["e1", "e2"]);
  });
});

describe("loophole share, licit loss and attribution", () => {
  // Two NPP routes into the lab: a legal declared one (60) and a smuggled illicit one (40).
  const data = dataset(
    [node("maker", "producer"), node("pharma", "licit-user"), node("lab", "lab"), node("market", "market")],
    [
      edge("maker", "lab", "npp", 60),
      edge("maker", "lab", "npp", 40, { channel: "smuggled", status: "illicit" }),
      edge("maker", "pharma", "npp", 500, { licitConsignee: true }),
      edge("lab", "market", "fentanyl", 1000, { status: "illicit" }),
    ],
    {
      interventions: [
        closeIntervention("npp-control", { commodities: ["npp"], channels: ["declared"] }, { effect: { kind: "retag", status: "controlled" }, effectiveness: 0.5, licitImpact: 0.2 }),
        closeIntervention("border", { channels: ["smuggled"] }, { kind: "border", effect: { kind: "reduce" }, effectiveness: 0.25 }),
      ],
    },
  );
  const analyzer = createAnalyzer(data);

  it("measures the loophole as the share the legal chemical routes alone can carry", () => {
    expect(analyzer.analyze(BASELINE_SCENARIO).report.loopholeShare).toBeCloseTo(0.6, 9);
    // The control retags the declared route: no legal route is left.
    const { report } = analyzer.analyze(on("npp-control"));
    expect(report.throughput.scenario).toBeCloseTo(30 + 40, 9);
    expect(report.loopholeShare).toBe(0);
    expect(report.paths.top.every((route) => !route.loophole)).toBe(true);
  });

  it("counts the licit trade a control removes", () => {
    const { report } = analyzer.analyze(on("npp-control"));
    // Licit edge: 500 * (1 - 0.5 * 0.2) = 450 open, 50 lost.
    expect(report.licitLoss).toMatchObject({ baseline: 500, unit: "kg/month" });
    expect(report.licitLoss.lost).toBeCloseTo(50, 9);
    expect(report.licitLoss.edges).toHaveLength(1);
  });

  it("attributes leave-one-out and switch-one-on deltas", () => {
    const { report } = analyzer.analyze(on("npp-control"));
    const [control, border] = report.attribution;
    expect(control).toMatchObject({ intervention: "npp-control", enabled: true });
    expect(control.throughputDelta).toBeCloseTo(-30, 9); // 100 without it, 70 with it
    expect(border).toMatchObject({ intervention: "border", enabled: false, kind: "border" });
    expect(border.throughputDelta).toBeCloseTo(-10, 9); // smuggled 40 -> 30
  });
});

describe("networks the analysis refuses", () => {
  it("reports a commodity loop as a typed error", () => {
    const data = dataset(
      [node("maker", "producer"), node("a", "broker"), node("b", "broker"), node("lab", "lab"), node("market", "market")],
      [
        edge("maker", "a", "npp", 10),
        edge("a", "b", "npp", 10),
        edge("b", "a", "npp", 10),
        edge("b", "lab", "npp", 10),
        edge("lab", "market", "fentanyl", 10),
      ],
    );
    expect(() => createAnalyzer(data)).toThrow(AnalysisError);
    try {
      createAnalyzer(data);
    } catch (error) {
      expect((error as AnalysisError).kind).toBe("cycle");
    }
  });

  it("accepts a loop that no producer-to-market route can use", () => {
    const data = dataset(
      [node("maker", "producer"), node("u1", "licit-user"), node("u2", "licit-user"), node("lab", "lab"), node("market", "market")],
      [
        edge("maker", "u1", "npp", 10),
        edge("u1", "u2", "npp", 10),
        edge("u2", "u1", "npp", 10),
        edge("maker", "lab", "npp", 10),
        edge("lab", "market", "fentanyl", 10),
      ],
    );
    expect(createAnalyzer(data).analyze(BASELINE_SCENARIO).report.throughput.scenario).toBeCloseTo(10, 9);
  });
});
