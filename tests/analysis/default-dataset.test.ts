// The analysis on the bundled dataset: the story SEMANTICS.md says it must make visible.
import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { createAnalyzer } from "../../src/analysis/analyzer";
import type { Dataset } from "../../src/model/types";

const file = resolve(__dirname, "../../data/default.json");

describe.skipIf(!existsSync(file))("analysis of data/default.json", () => {
  const dataset = JSON.parse(readFileSync(file, "utf8")) as Dataset;
  const analyzer = createAnalyzer(dataset);
  const at = (date: string) => analyzer.analyze({ date, switches: {}, idealized: false }, { top: 20, flows: 50 });
  const mailFlow = (analysis: ReturnType<typeof at>): number =>
    dataset.edges.reduce((sum, edge, e) => (edge.mode === "mail" && edge.commodity.startsWith("fentanyl") ? sum + analysis.edgeFlow[e] : sum), 0);

  it("has no commodity loop and runs every recipe at baseline", () => {
    const { report } = analyzer.analyze({ switches: {}, idealized: false });
    expect(report.throughput.baseline).toBeGreaterThan(0);
    expect(report.labs.every((lab) => lab.recipes.every((recipe) => recipe.runs))).toBe(true);
    expect(report.markets.every((market) => market.supplied)).toBe(true);
  });

  it("China's 2019 class-wide scheduling shrinks finished fentanyl by mail", () => {
    expect(mailFlow(at("2019-06-01"))).toBeLessThan(mailFlow(at("2018-06-01")));
  });

  it("in mid-2019 the loophole carries most of the supply", () => {
    const { report } = at("2019-06-01");
    expect(report.loopholeShare).toBeGreaterThan(0.5);
    expect(report.paths.top.some((route) => route.loophole)).toBe(true);
    const loophole = report.flows.top.filter((route) => route.loophole).reduce((sum, route) => sum + route.flow, 0);
    expect(loophole).toBeGreaterThan(0);
  });

  it("controls reduce supply and cost licit trade as they accumulate", () => {
    const early = at("2017-01-01").report;
    const late = at("2025-06-01").report;
    expect(late.throughput.scenario).toBeLessThan(early.throughput.scenario);
    expect(late.licitLoss.lost).toBeGreaterThan(early.licitLoss.lost);
    expect(late.attribution.some((entry) => entry.enabled && entry.throughputDelta < 0)).toBe(true);
  });
});
