// The story SEMANTICS.md asks the default dataset to make visible, checked through the real
// scenario engine: the 2019 change on the direct mail channel, the precursor loophole, the
// substitution from one chemical to the next, the licit cost and the cooperation effect.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import type { Dataset } from "../../src/model/types";
import { STATUS_CODES, applyScenario, type AppliedScenario, type Scenario } from "../../src/scenario";

const dataset = JSON.parse(readFileSync(resolve(__dirname, "../../data/default.json"), "utf8")) as Dataset;
const nodeById = new Map(dataset.nodes.map((node) => [node.id, node]));
const edgeIndex = new Map(dataset.edges.map((edge, index) => [edge.id, index]));
const products = new Set(dataset.commodities.filter((c) => c.kind === "product").map((c) => c.id));

function atDate(date: string, switches: Scenario["switches"] = {}): AppliedScenario {
  return applyScenario(dataset, { date, switches, idealized: false });
}

function openCapacity(applied: AppliedScenario, edgeId: string): number {
  const index = edgeIndex.get(edgeId);
  if (index === undefined) throw new Error(`no edge ${edgeId}`);
  return applied.openCapacity[index];
}

const statusOf = (applied: AppliedScenario, index: number) => STATUS_CODES[applied.statusCode[index]];
const jurisdictionOf = (id: string) => nodeById.get(id)?.jurisdiction;

/** Producers from which `commodity` reaches `lab` over open edges that are all `legal`. */
function legalSources(applied: AppliedScenario, commodity: string, lab: string): Set<string> {
  const found = new Set<string>();
  for (const producer of dataset.nodes.filter((node) => node.kind === "producer")) {
    const seen = new Set([producer.id]);
    const queue = [producer.id];
    while (queue.length > 0) {
      const at = queue.shift() as string;
      dataset.edges.forEach((edge, index) => {
        if (edge.source !== at || edge.commodity !== commodity || seen.has(edge.target)) return;
        if (applied.openCapacity[index] <= 0 || statusOf(applied, index) !== "legal") return;
        seen.add(edge.target);
        queue.push(edge.target);
      });
    }
    if (seen.has(lab)) found.add(producer.id);
  }
  return found;
}

/** Synthesis recipes whose every input reaches their lab on all-legal paths (the loophole). */
function legalRecipes(applied: AppliedScenario): { lab: string; route: string; producers: Set<string> }[] {
  return dataset.nodes.flatMap((lab) =>
    (lab.recipes ?? [])
      .filter((recipe) => recipe.route !== "pressing")
      .map((recipe) => {
        const sources = recipe.inputs.map((input) => legalSources(applied, input.commodity, lab.id));
        return { lab: lab.id, route: recipe.route, sources };
      })
      .filter(({ sources }) => sources.every((set) => set.size > 0))
      .map(({ lab: id, route, sources }) => ({ lab: id, route, producers: new Set(sources.flatMap((set) => [...set])) })),
  );
}

describe("default dataset story, through the scenario engine", () => {
  it("closes most of the direct China-to-US mail channel between 2018-06-01 and 2019-06-01", () => {
    for (const edge of ["e-cnpost-usmail-pow", "e-cnpost-usexpress-pow"]) {
      const before = openCapacity(atDate("2018-06-01"), edge);
      const after = openCapacity(atDate("2019-06-01"), edge);
      expect(before, edge).toBeGreaterThan(0);
      expect(after / before, edge).toBeLessThan(0.25);
    }
  });

  it("keeps declared China-to-Mexico precursor edges legal on 2019-06-01, except NPP and ANPP", () => {
    const applied = atDate("2019-06-01");
    const declared = dataset.edges
      .map((edge, index) => ({ edge, index }))
      .filter(({ edge }) => jurisdictionOf(edge.source) === "CN" && jurisdictionOf(edge.target) === "MX")
      .filter(({ edge }) => edge.channel === "declared" && !products.has(edge.commodity));
    const legal = declared.filter(({ index }) => statusOf(applied, index) === "legal");
    expect(new Set(legal.map(({ edge }) => edge.commodity)).size).toBeGreaterThanOrEqual(5);
    const notLegal = declared.filter(({ index }) => statusOf(applied, index) !== "legal").map(({ edge }) => edge.commodity);
    expect(new Set(notLegal)).toEqual(new Set(["npp", "anpp"]));
  });

  it("has lab recipes supplied on all-legal paths on 2019-06-01 (the loophole)", () => {
    const recipes = legalRecipes(atDate("2019-06-01"));
    expect(recipes.some(({ lab }) => lab === "lab-sinaloa-culiacan")).toBe(true);
    expect(recipes.map(({ route }) => route)).not.toContain("siegfried");
  });

  it("moves legal supply to the next chemical after each control", () => {
    const routes = (applied: AppliedScenario) => new Set(legalRecipes(applied).map(({ route }) => route));
    expect(routes(atDate("2016-06-01"))).toContain("siegfried");
    expect(routes(atDate("2019-06-01"))).not.toContain("siegfried");
    expect(routes(atDate("2019-06-01"))).toContain("4-ap");
    const after2024 = routes(atDate("2024-10-01"));
    expect(after2024).not.toContain("4-ap");
    expect(after2024).not.toContain("1-boc-4-ap");
    expect([...after2024].some((route) => route === "gupta" || route === "1-boc-4-piperidone")).toBe(true);
  });

  it("leaves India as a legal source if China schedules the piperidones (hypothetical)", () => {
    const applied = atDate("2024-10-01", { "cn-piperidone-scheduling": { on: true } });
    const piperidone = legalRecipes(applied).filter(({ route }) => route === "1-boc-4-piperidone");
    expect(piperidone.length).toBeGreaterThan(0);
    expect(piperidone.some(({ producers }) => producers.has("in-gujarat-suppliers"))).toBe(true);
    const withIndia = atDate("2024-10-01", {
      "cn-piperidone-scheduling": { on: true },
      "in-piperidone-controls": { on: true },
    });
    const stillLegal = legalRecipes(withIndia).filter(({ route }) => route === "1-boc-4-piperidone" || route === "gupta");
    expect(stillLegal.filter(({ producers }) => producers.has("in-gujarat-suppliers"))).toEqual([]);
  });

  it("makes the hypothetical piperidone scheduling cost licit trade", () => {
    const without = atDate("2024-10-01");
    const withControl = atDate("2024-10-01", { "cn-piperidone-scheduling": { on: true } });
    const licitLoss = dataset.edges.reduce(
      (sum, edge, index) => sum + (edge.licitConsignee ? without.openCapacity[index] - withControl.openCapacity[index] : 0),
      0,
    );
    expect(licitLoss).toBeGreaterThan(0);
  });

  it("leaves the mislabeled precursor channels into Mexico open at the end of 2025", () => {
    const applied = atDate("2025-12-31");
    const mislabeled = dataset.edges
      .map((edge, index) => ({ edge, index }))
      .filter(({ edge }) => edge.channel === "mislabeled" && !products.has(edge.commodity))
      .filter(({ edge }) => jurisdictionOf(edge.target) === "MX");
    expect(mislabeled.length).toBeGreaterThan(0);
    for (const { edge, index } of mislabeled) expect(applied.openCapacity[index], edge.id).toBe(edge.capacity);
  });

  it("weakens China's controls while cooperation is suspended", () => {
    const edge = "e-cnpost-usmail-pow";
    expect(openCapacity(atDate("2023-01-01"), edge)).toBeGreaterThan(openCapacity(atDate("2022-06-01"), edge));
    expect(openCapacity(atDate("2024-01-01"), edge)).toBeLessThan(openCapacity(atDate("2023-01-01"), edge));
  });
});
