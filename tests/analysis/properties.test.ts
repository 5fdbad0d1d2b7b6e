// Invariants of the analysis on random layered networks and scenarios (fast-check).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createAnalyzer } from "../../src/analysis/analyzer";
import { evaluateNetwork } from "../../src/analysis/network/evaluate";
import { evaluateNear } from "../../src/analysis/network/evaluate-near";
import type { Route } from "../../src/analysis/report-types";
import type { Dataset } from "../../src/model/types";
import { datasetAndScenario } from "./support/arbitrary-networks";

const RUNS = { numRuns: 40 };
const close = (a: number, b: number): boolean => Math.abs(a - b) <= 1e-7 * Math.max(1, Math.abs(a), Math.abs(b));

function routeProblems(dataset: Dataset, route: Route, openCapacity: Float64Array): string[] {
  const problems: string[] = [];
  const nodeById = new Map(dataset.nodes.map((n) => [n.id, n]));
  const edgeIndex = new Map(dataset.edges.map((e, i) => [e.id, i]));
  const productIds = new Set(dataset.commodities.filter((c) => c.kind === "product").map((c) => c.id));
  if (route.nodes.length !== route.edges.length + 1) problems.push("node count");
  if (nodeById.get(route.nodes[0])?.kind !== "producer") problems.push("does not start at a producer");
  if (nodeById.get(route.nodes[route.nodes.length - 1])?.kind !== "market") problems.push("does not end at a market");
  let chemical: string | null = null;
  let seenLab = false;
  route.edges.forEach((id, i) => {
    const e = edgeIndex.get(id);
    if (e === undefined) {
      problems.push(`unknown edge ${id}`);
      return;
    }
    const edge = dataset.edges[e];
    if (edge.source !== route.nodes[i] || edge.target !== route.nodes[i + 1]) problems.push(`edge ${id} does not connect`);
    if (!(openCapacity[e] > 0)) problems.push(`edge ${id} is closed`);
    if (edge.commodity !== route.commodities[i]) problems.push(`commodity of ${id}`);
    if (productIds.has(edge.commodity)) {
      if (chemical !== null && !seenLab) {
        if (route.nodes[i] === route.lab) seenLab = true;
        else problems.push("chemical turned into product outside a lab");
      }
    } else {
      if (seenLab || (chemical !== null && chemical !== edge.commodity)) problems.push("chemical changed before a lab");
      chemical = edge.commodity;
    }
  });
  if (chemical !== null && (route.lab === null || nodeById.get(route.lab)?.kind !== "lab")) problems.push("chemical route without a lab");
  if (!(route.bottleneck > 0)) problems.push("non-positive bottleneck");
  return problems;
}

describe("analysis invariants", () => {
  it("max-flow equals the capacity of the reported min-cut", () => {
    fc.assert(
      fc.property(datasetAndScenario, ({ dataset, scenario }) => {
        const { report } = createAnalyzer(dataset).analyze(scenario, { attribution: false });
        const cut = report.minCut.reduce((sum, entry) => sum + entry.capacity, 0);
        expect(close(cut, report.throughput.scenario)).toBe(true);
      }),
      RUNS,
    );
  });

  it("in idealized mode, switching one more intervention on never raises throughput nor the route count", () => {
    fc.assert(
      fc.property(datasetAndScenario, fc.nat(), ({ dataset, scenario }, pick) => {
        const off = dataset.interventions.filter((i) => !scenario.switches[i.id]);
        fc.pre(off.length > 0);
        const extra = off[pick % off.length].id;
        const before = { ...scenario, idealized: true };
        const after = { ...before, switches: { ...before.switches, [extra]: { on: true } } };
        const analyzer = createAnalyzer(dataset);
        const a = analyzer.analyze(before, { attribution: false, top: 0, flows: 0 }).report;
        const b = analyzer.analyze(after, { attribution: false, top: 0, flows: 0 }).report;
        expect(b.throughput.scenario).toBeLessThanOrEqual(a.throughput.scenario * (1 + 1e-9) + 1e-9);
        expect(BigInt(b.paths.surviving) <= BigInt(a.paths.surviving)).toBe(true);
      }),
      RUNS,
    );
  });

  it("attribution's warm-started counterfactuals equal throughputs solved from scratch", () => {
    fc.assert(
      fc.property(datasetAndScenario, ({ dataset, scenario }) => {
        const analyzer = createAnalyzer(dataset);
        const { report } = analyzer.analyze(scenario, { top: 0, flows: 0 });
        for (const entry of report.attribution) {
          const toggledScenario = { ...scenario, switches: { ...scenario.switches, [entry.intervention]: { on: !entry.enabled } } };
          expect(close(entry.counterfactual, analyzer.throughput(toggledScenario))).toBe(true);
        }
      }),
      RUNS,
    );
  });

  it("every top route is a valid surviving route, widest first, and no more than the count", () => {
    fc.assert(
      fc.property(datasetAndScenario, ({ dataset, scenario }) => {
        const { report, applied } = createAnalyzer(dataset).analyze(scenario, { attribution: false, top: 15 });
        const top = report.paths.top;
        expect(BigInt(top.length) <= BigInt(report.paths.surviving)).toBe(true);
        if (BigInt(report.paths.surviving) >= 15n) expect(top).toHaveLength(15);
        for (const route of top) expect(routeProblems(dataset, route, applied.openCapacity)).toEqual([]);
        for (let i = 1; i < top.length; i++) expect(top[i].bottleneck).toBeLessThanOrEqual(top[i - 1].bottleneck);
        expect(new Set(top.map((route) => route.edges.join(" "))).size).toBe(top.length);
      }),
      RUNS,
    );
  });

  it("the flow decomposition's routes sum to the throughput", () => {
    fc.assert(
      fc.property(datasetAndScenario, ({ dataset, scenario }) => {
        const { report, applied } = createAnalyzer(dataset).analyze(scenario, { attribution: false, flows: 10_000 });
        expect(report.flows.top).toHaveLength(report.flows.count);
        const total = report.flows.top.reduce((sum, route) => sum + route.flow, 0);
        expect(close(total, report.throughput.scenario)).toBe(true);
        for (const route of report.flows.top) {
          expect(routeProblems(dataset, route, applied.openCapacity)).toEqual([]);
          expect(route.flow).toBeLessThanOrEqual(route.bottleneck * (1 + 1e-9));
        }
      }),
      RUNS,
    );
  });

  it("loophole share is a fraction, markets with inflow are supplied, and chokepoints are on every top route", () => {
    fc.assert(
      fc.property(datasetAndScenario, ({ dataset, scenario }) => {
        const { report } = createAnalyzer(dataset).analyze(scenario, { attribution: false, top: 50 });
        expect(report.loopholeShare).toBeGreaterThanOrEqual(0);
        expect(report.loopholeShare).toBeLessThanOrEqual(1);
        for (const market of report.markets) if (market.inflow > 0) expect(market.supplied).toBe(true);
        const inflow = report.markets.reduce((sum, market) => sum + market.inflow, 0);
        expect(close(inflow, report.throughput.scenario)).toBe(true);
        for (const route of report.paths.top) for (const point of report.chokepoints) expect(route.nodes).toContain(point.id);
      }),
      RUNS,
    );
  });
});

describe("incremental evaluation", () => {
  it("evaluateNear gives what a full evaluation gives, whenever it applies", () => {
    fc.assert(
      fc.property(datasetAndScenario, fc.nat(), ({ dataset, scenario }, pick) => {
        fc.pre(dataset.interventions.length > 0);
        const analyzer = createAnalyzer(dataset);
        const engine = analyzer.engine;
        const reference = evaluateNetwork(analyzer.network, engine.apply(scenario));
        const id = dataset.interventions[pick % dataset.interventions.length].id;
        const toggled = engine.apply({ ...scenario, switches: { ...scenario.switches, [id]: { on: !scenario.switches[id]?.on } } });
        const near = evaluateNear(reference, toggled);
        const full = evaluateNetwork(analyzer.network, toggled);
        if (!near) return;
        expect([...near.flowCap]).toEqual([...full.flowCap]);
        expect([...near.pathCap]).toEqual([...full.pathCap]);
        expect([...near.recipeCap]).toEqual([...full.recipeCap]);
      }),
      RUNS,
    );
  });
});
