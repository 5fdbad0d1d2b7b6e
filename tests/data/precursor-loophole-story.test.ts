// The bundled story's claims, checked against the model. data/stories/precursor-loophole.json
// narrates each step in words ("the mail route collapses", "supply barely moves", "the
// loophole share rises"); every such claim is asserted here against the analysis of the
// step's scenario, so a dataset change that makes the narrative false fails this test.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { createAnalyzer, type Analysis } from "../../src/analysis";
import { resolveFigure } from "../../src/analysis/report/story-figures";
import { parseDatasetOrThrow } from "../../src/model/load";
import { parseStory } from "../../src/model/story/load-story";
import type { Story } from "../../src/model/story/story-types";
import { STATUS_CODES } from "../../src/scenario";
import { scenarioOfStory } from "../../src/scenario/story-scenario";

const root = resolve(__dirname, "../..");
const dataset = parseDatasetOrThrow(readFileSync(resolve(root, "data/default.json"), "utf8"), "data/default.json");
const loaded = parseStory(readFileSync(resolve(root, "data/stories/precursor-loophole.json"), "utf8"), "precursor-loophole.json", dataset);
if (!loaded.ok) throw new Error(`the bundled story is invalid: ${loaded.errors.map((error) => error.message).join("; ")}`);
const story: Story = loaded.story;
const analyzer = createAnalyzer(dataset);
const analyses: Analysis[] = story.steps.map((step) => analyzer.analyze(scenarioOfStory(step.scenario)));
const edgeIndex = new Map(dataset.edges.map((edge, index) => [edge.id, index]));
const labs = new Set(dataset.nodes.filter((node) => node.kind === "lab").map((node) => node.id));

/** Step n, 1-based as the narrative counts them. */
const step = (n: number) => ({ step: story.steps[n - 1], analysis: analyses[n - 1], report: analyses[n - 1].report });
const throughput = (n: number) => step(n).report.throughput.scenario;
const loophole = (n: number) => step(n).report.loopholeShare;
const licit = (n: number) => step(n).report.licitLoss.lost;
const open = (n: number, edge: string) => step(n).analysis.applied.openCapacity[edgeIndex.get(edge)!];
const status = (n: number, edge: string) => STATUS_CODES[step(n).analysis.applied.statusCode[edgeIndex.get(edge)!]];
const attribution = (n: number, intervention: string) => step(n).report.attribution.find((entry) => entry.intervention === intervention)!;
const route = (n: number, r: number) => step(n).step.highlight!.routes![r];
/** The edges of a route before it reaches a lab (the chemical part). */
const beforeLab = (edges: readonly string[]) => {
  const end = edges.findIndex((edge) => labs.has(dataset.edges[edgeIndex.get(edge)!].target));
  return end < 0 ? edges : edges.slice(0, end + 1);
};
const MAIL = "e-cnpost-usmail-pow";

describe("the bundled story precursor-loophole.json", () => {
  it("is valid against the default dataset, written for it, with 8 to 12 steps", () => {
    expect(loaded.ok && loaded.warnings).toEqual([]);
    expect(story.steps.length).toBeGreaterThanOrEqual(8);
    expect(story.steps.length).toBeLessThanOrEqual(12);
  });

  it("calls out only figures the analysis gives (finite numbers), and types none into its text", () => {
    story.steps.forEach((s, i) => {
      expect(s.figures?.length, `step ${i + 1}`).toBeGreaterThan(0);
      for (const figure of s.figures ?? []) {
        const resolved = resolveFigure(figure, { dataset, report: analyses[i].report, openCapacity: analyses[i].applied.openCapacity });
        expect(Number.isFinite(resolved.value), `step ${i + 1} ${figure.kind}`).toBe(true);
      }
      // Numbers in the narrative are dates and facts from the sources, never kg or shares.
      expect(s.narrative, `step ${i + 1}`).not.toMatch(/\d\s*(kg|%|percent|tonnes?)\b/);
    });
  });

  it("highlights only routes that survive in their step, so the class sees them drawn", () => {
    story.steps.forEach((s, i) => {
      for (const edges of s.highlight?.routes ?? [])
        for (const edge of edges) expect(analyses[i].edgeSurvives[edgeIndex.get(edge)!], `step ${i + 1} ${edge}`).toBe(1);
    });
  });

  it("1: before 2019 the direct mail route from China's labs to US buyers is open", () => {
    expect(open(1, MAIL)).toBeGreaterThan(0);
    expect(step(1).report.labs.find((lab) => lab.id === "cn-fentanyl-labs-pre2019")!.output).toBeGreaterThan(0);
  });

  it("2: the 2019 scheduling collapses the mail route while total supply barely moves", () => {
    expect(open(2, MAIL)).toBeLessThan(0.25 * open(1, MAIL));
    expect(throughput(2)).toBeLessThan(throughput(1));
    expect(throughput(2)).toBeGreaterThan(0.98 * throughput(1));
    expect(attribution(2, "cn-fentanyl-class-2019")).toMatchObject({ enabled: true });
    expect(attribution(2, "cn-fentanyl-class-2019").throughputDelta).toBeLessThan(0);
  });

  it("3: the highlighted route is legal on every edge until the lab, and most supply could use such routes", () => {
    const chemical = beforeLab(route(3, 0));
    expect(chemical.length).toBeGreaterThan(1);
    for (const edge of chemical) expect(status(3, edge), edge).toBe("legal");
    expect(loophole(3)).toBeGreaterThan(0.5);
  });

  it("4: without cooperation the 2019 control leaks: the mail route reopens a little", () => {
    expect(attribution(4, "us-cn-cooperation").enabled).toBe(false);
    expect(open(4, MAIL)).toBeGreaterThan(open(3, MAIL));
    expect(open(4, MAIL)).toBeLessThan(open(1, MAIL));
  });

  it("5: Mexico's law makes the 1-boc-4-AP route controlled and cuts the loophole share, not the supply", () => {
    const [b4ap, piperidone] = [route(5, 0), route(5, 1)];
    expect(b4ap.filter((edge) => status(5, edge) === "controlled").length).toBeGreaterThan(0);
    for (const edge of b4ap) expect(status(4, edge), edge).toBe("legal");
    for (const edge of beforeLab(piperidone)) expect(status(5, edge), edge).toBe("legal");
    expect(loophole(5)).toBeLessThan(loophole(4) - 0.2);
    expect(Math.abs(throughput(5) - throughput(4))).toBeLessThan(0.01 * throughput(4));
    expect(Math.abs(attribution(5, "mx-precursor-law-2023").throughputDelta)).toBeLessThan(0.01 * throughput(5));
  });

  it("6: sanctions on named suppliers remove almost nothing; restored cooperation removes more", () => {
    const sanctions = attribution(6, "us-ofac-suppliers-brokers-2023");
    const cooperation = attribution(6, "us-cn-cooperation");
    expect(sanctions.enabled && cooperation.enabled).toBe(true);
    expect(Math.abs(sanctions.throughputDelta)).toBeLessThan(0.01 * throughput(6));
    expect(cooperation.throughputDelta).toBeLessThan(sanctions.throughputDelta);
    expect(throughput(6)).toBeLessThan(throughput(5));
    for (const edge of step(6).step.highlight!.edges!) expect(open(6, edge), edge).toBeLessThan(dataset.edges[edgeIndex.get(edge)!].capacity);
  });

  it("7: the 2024 listings cut supply noticeably, the 1-boc-4-AP route is controlled at both ends, and the loophole share rises", () => {
    expect(throughput(7)).toBeLessThan(0.9 * throughput(6));
    const b4ap = route(7, 0);
    expect(status(7, b4ap[0])).toBe("controlled");
    expect(status(7, b4ap[1])).toBe("controlled");
    for (const edge of beforeLab(route(7, 1))) expect(status(7, edge), edge).toBe("legal");
    expect(dataset.edges[edgeIndex.get(route(7, 2)[0])!].source).toBe("in-gujarat-suppliers");
    for (const edge of beforeLab(route(7, 2))) expect(status(7, edge), edge).toBe("legal");
    expect(loophole(7)).toBeGreaterThan(loophole(6));
  });

  it("8: export licensing lowers supply again and costs legitimate buyers, on the highlighted edges", () => {
    expect(throughput(8)).toBeLessThan(throughput(7));
    expect(licit(8)).toBeGreaterThan(licit(7));
    for (const edge of step(8).step.highlight!.edges!) {
      expect(dataset.edges[edgeIndex.get(edge)!].licitConsignee, edge).toBe(true);
      expect(open(8, edge), edge).toBeLessThan(open(7, edge));
    }
    expect(attribution(8, "cn-export-licensing-2025").throughputDelta).toBeLessThan(0);
  });

  it("9: at the end of 2025 no route is fully closed, every market is supplied, and the mislabelled sea route is untouched", () => {
    const { report } = step(9);
    expect(report.paths.surviving).toBe(report.paths.baseline);
    expect(report.markets.every((market) => market.supplied)).toBe(true);
    const mislabeled = route(9, 0);
    const sea = mislabeled.find((edge) => dataset.edges[edgeIndex.get(edge)!].channel === "mislabeled")!;
    expect(open(9, sea)).toBe(dataset.edges[edgeIndex.get(sea)!].capacity);
    expect(loophole(9)).toBeGreaterThan(0);
    for (const edge of beforeLab(route(9, 1))) expect(status(9, edge), edge).toBe("legal");
    expect(report.minCut.some((entry) => entry.edge !== null)).toBe(true);
  });

  it("10: scheduling the piperidones cuts supply, costs licit trade more than all earlier controls, and moves trade to India", () => {
    expect(throughput(10)).toBeLessThan(throughput(9));
    expect(licit(10) - licit(9)).toBeGreaterThan(licit(9));
    expect(loophole(10)).toBeGreaterThan(loophole(9));
    for (const edge of beforeLab(route(10, 0))) expect(status(10, edge), edge).toBe("legal");
    for (const edge of step(10).step.highlight!.edges!) expect([status(9, edge), status(10, edge)], edge).toEqual(["legal", "controlled"]);
  });

  it("11: Mexico's law enforced removes more than China's licences, at no extra licit cost, and misses the piperidones", () => {
    expect(route(11, 0).some((edge) => status(11, edge) === "controlled")).toBe(true);
    for (const edge of beforeLab(route(5, 1))) expect(open(11, edge), `the law leaves ${edge} as it was`).toBe(open(9, edge));
    expect(throughput(11)).toBeLessThan(throughput(9));
    expect(licit(11)).toBeCloseTo(licit(9), 9);
    expect(attribution(11, "mx-precursor-law-2023").throughputDelta).toBeLessThan(attribution(11, "cn-export-licensing-2025").throughputDelta);
  });
});
