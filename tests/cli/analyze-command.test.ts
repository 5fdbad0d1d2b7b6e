import { describe, expect, it } from "vitest";
import type { AnalysisReport } from "../../src/analysis/report-types";
import { EXIT_INVALID, EXIT_OK, EXIT_USAGE } from "../../src/cli/io";
import { closeIntervention, dataset, edge, node, recipe } from "../analysis/support/build";
import { runCli, tempFolder } from "./support";

// Aniline limits the recipe at baseline (60 of 100); closing it stops the lab.
const hand = dataset(
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
  {
    commodities: [
      { id: "npp", name: "NPP", kind: "precursor", sources: ["s"] },
      { id: "aniline", name: "Aniline", kind: "reagent", sources: ["s"] },
      { id: "fentanyl", name: "Fentanyl", kind: "product", sources: ["s"] },
    ],
    interventions: [closeIntervention("aniline-ban", { commodities: ["aniline"] })],
  },
);
const loop = {
  ...hand,
  nodes: [...hand.nodes, node("broker", "broker", { jurisdiction: "MX" })],
  edges: [...hand.edges, { ...hand.edges[1], id: "to-broker", target: "broker" }, { ...hand.edges[1], id: "back", source: "broker", target: "port" }],
};
const folder = tempFolder({ "hand.json": hand, "loop.json": loop, "broken.json": "{" });

async function json(...argv: string[]): Promise<AnalysisReport> {
  const run = await runCli(["analyze", ...argv, "--format", "json"], folder);
  expect(run.stderr).toBe("");
  expect(run.code).toBe(EXIT_OK);
  return JSON.parse(run.stdout) as AnalysisReport;
}

describe("chokepoint analyze", () => {
  it("prints the JSON contract of docs/cli.md", async () => {
    const report = await json("hand.json");
    for (const key of ["throughput", "paths", "markets", "labs", "minCut", "loopholeShare", "licitLoss", "attribution", "chokepoints"])
      expect(report).toHaveProperty(key);
    expect(Object.keys(report.throughput).sort()).toEqual(["baseline", "scenario", "unit"]);
    expect(report.throughput.scenario).toBeCloseTo(60, 9);
    expect(report.paths).toMatchObject({ baseline: "2", surviving: "2" });
    expect(report.paths.top[0]).toHaveProperty("edges");
    expect(report.markets).toEqual([{ id: "market", supplied: true, inflow: 60 }]);
    expect(report.labs).toEqual([{ id: "lab", output: 60, recipes: [{ id: "siegfried", runs: true, missing: [] }] }]);
    expect(Object.keys(report.minCut[0])).toEqual(expect.arrayContaining(["edge", "capacity", "closableBy"]));
    expect(report.attribution).toEqual([
      { intervention: "aniline-ban", kind: "export-control", enabled: false, throughputDelta: -60, counterfactual: 0 },
    ]);
    expect(report.chokepoints.map((c) => c.id)).toEqual(["lab", "market"]);
  });

  it("applies the scenario flags", async () => {
    const report = await json("hand.json", "--enable", "aniline-ban");
    expect(report.throughput).toMatchObject({ baseline: 60, scenario: 0 });
    expect(report.labs[0].recipes[0]).toEqual({ id: "siegfried", runs: false, missing: ["aniline"] });
    expect(report.paths.surviving).toBe("0");
  });

  it("limits the listed routes with --top", async () => {
    expect((await json("hand.json", "--top", "1")).paths.top).toHaveLength(1);
    expect((await json("hand.json", "--top", "0")).paths.top).toHaveLength(0);
  });

  it("prints text for a person and CSV with one row per route", async () => {
    const text = await runCli(["analyze", "hand.json"], folder);
    expect(text.code).toBe(EXIT_OK);
    expect(text.stdout).toMatch(/Throughput\s+60 kg\/month fentanyl-equivalent/);
    expect(text.stdout).toMatch(/Surviving routes\s+2 of 2/);
    expect(text.stdout).toContain("Minimum cut");
    expect(text.stdout).toContain("recipe-input lab");
    const csv = await runCli(["analyze", "hand.json", "--format", "csv"], folder);
    const rows = csv.stdout.trimEnd().split("\r\n");
    expect(rows[0]).toBe("set,rank,bottleneck,flow,loophole,lab,producer,market,edges,nodes,commodities,statuses");
    expect(rows.filter((row) => row.startsWith("widest,"))).toHaveLength(2);
    expect(rows.filter((row) => row.startsWith("flow,"))).toHaveLength(1);
    expect(rows[1]).toContain("npp-maker > port > lab > market");
  });

  it("exits 2 on bad usage and 1 on an invalid or unanalysable dataset", async () => {
    for (const argv of [["--top", "many"], ["--format", "xml"], ["--enable", "nope"], ["--date", "2019-02-30"], ["--frobnicate"]]) {
      const run = await runCli(["analyze", "hand.json", ...argv], folder);
      expect(run.code, argv.join(" ")).toBe(EXIT_USAGE);
    }
    expect((await runCli(["analyze", "broken.json"], folder)).code).toBe(EXIT_INVALID);
    const cyclic = await runCli(["analyze", "loop.json"], folder);
    expect(cyclic.code).toBe(EXIT_INVALID);
    expect(cyclic.stderr).toMatch(/loop.json: edges: npp can travel in a loop/);
  });
});
