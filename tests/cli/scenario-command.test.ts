import { describe, expect, it } from "vitest";
import { resolve } from "node:path";
import { DEFAULT_DATASET_FILE, PACKAGE_ROOT, datasetPath } from "../../src/cli/dataset-file";
import type { ScenarioReport } from "../../src/cli/scenario-report";
import { EXIT_INVALID, EXIT_OK, EXIT_USAGE } from "../../src/cli/io";
import { handDataset } from "../scenario/fixture";
import { runCli, tempFolder } from "./support";

const folder = tempFolder({
  "hand.json": handDataset,
  "broken.json": "{ not json",
  "bad-shape.json": JSON.stringify({ ...handDataset, edges: [{ ...handDataset.edges[0], capacity: -1, status: "grey" }, ...handDataset.edges.slice(1)] }),
});

async function report(...argv: string[]): Promise<ScenarioReport> {
  const run = await runCli(["scenario", "hand.json", "--format", "json", ...argv], folder);
  expect(run.stderr).toBe("");
  expect(run.code).toBe(EXIT_OK);
  return JSON.parse(run.stdout) as ScenarioReport;
}

function edgeOf(result: ScenarioReport, id: string): ScenarioReport["edges"][number] {
  const found = result.edges.find((edge) => edge.id === id);
  if (!found) throw new Error(`no edge ${id}`);
  return found;
}

describe("chokepoint scenario: output", () => {
  it("prints a text header and one row per edge, baseline -> now", async () => {
    const run = await runCli(["scenario", "hand.json", "--date", "2019-06-01", "--enable", "mail"], folder);
    expect(run.code).toBe(EXIT_OK);
    expect(run.stdout).toContain("Date:  2019-06-01");
    expect(run.stdout).toContain("Link:  ?d=2019-06-01&on=mail");
    expect(run.stdout).toMatch(/cn-npp\s+76% \(60% on paper \+ coop\)\s+export-control\s+event ev-npp/);
    expect(run.stdout).toMatch(/e-cn-lab\s+cn-prod -> mx-lab\s+npp\s+legal -> controlled\s+100 -> 24\s+cn-npp\n/);
    expect(run.stdout).toMatch(/e-cn-us-mail\s+cn-prod -> us-market\s+fentanyl\s+controlled -> illicit\s+5 -> 0.15\s+cn-class, mail\n/);
    expect(run.stdout).toMatch(/e-in-lab\s+in-prod -> mx-lab\s+4-ap\s+legal\s+40\n/);
    expect(run.stdout).toContain("1 of 1");
  });

  it("prints the documented JSON", async () => {
    const result = await report("--date", "2019-06-01", "--effectiveness", "border=0.5");
    expect(result.dataset).toEqual({ file: "hand.json", title: "test dataset" });
    expect(result.scenario).toEqual({
      date: "2019-06-01",
      switches: { border: { on: true, effectiveness: 0.5 } },
      idealized: false,
      query: "d=2019-06-01&on=border:0.5",
    });
    expect(result.interventions.map((i) => i.id)).toEqual(["coop", "cn-npp", "cn-class", "border"]);
    const crossing = edgeOf(result, "e-cross-us");
    expect(crossing.openCapacity).toEqual({ baseline: 10, now: 5 });
    expect(crossing.status).toEqual({ baseline: "illicit", now: "illicit" });
    expect(crossing.changes).toEqual([
      expect.objectContaining({ intervention: "border", effect: "reduce", capacityFactor: 0.5 }),
    ]);
    expect(result.summary).toEqual({ edges: 7, changedEdges: 6, closedEdges: 0, markets: 1, reachableMarkets: 1 });
  });

  it("marks closed edges and markets no longer reachable", async () => {
    // idealized: border closes both crossing edges, mail closes the direct channel
    const cut = await report("--enable", "border,mail", "--idealized");
    expect(edgeOf(cut, "e-cross-us").closed).toBe(true);
    expect(edgeOf(cut, "e-cn-us-mail").closed).toBe(true);
    expect(cut.markets).toEqual([{ id: "us-market", label: "us-market", jurisdiction: "US", reachable: false }]);
    // the direct mail channel alone still supplies the market (no lab needed for a producer's own product)
    const mailOpen = await report("--enable", "border", "--idealized");
    expect(mailOpen.markets[0].reachable).toBe(true);
    const text = await runCli(["scenario", "hand.json", "--enable", "border,mail", "--idealized"], folder);
    expect(text.stdout).toMatch(/10 -> 0 \(closed\)/);
    expect(text.stdout).toMatch(/us-market\s+US\s+no/);
  });

  it("--disable switches off what the date put in force", async () => {
    const result = await report("--date", "2019-06-01", "--disable", "cn-class");
    expect(result.interventions.map((i) => i.id)).toEqual(["coop", "cn-npp"]);
    expect(edgeOf(result, "e-cn-us-mail").status.now).toBe("controlled");
  });

  it("reads the dataset relative to the working directory, the default from the package root", () => {
    expect(datasetPath("hand.json", folder)).toBe(resolve(folder, "hand.json"));
    expect(datasetPath(undefined, "/somewhere/else")).toBe(DEFAULT_DATASET_FILE);
    expect(DEFAULT_DATASET_FILE).toBe(resolve(PACKAGE_ROOT, "data/default.json"));
    expect(PACKAGE_ROOT).toBe(resolve(__dirname, "../..") + "/");
  });
});

describe("chokepoint scenario: errors", () => {
  const usage: [string, string[], RegExp][] = [
    ["an unknown flag", ["--bogus"], /unknown option '--bogus'/],
    ["an unknown intervention", ["--enable", "mail,nope"], /no intervention 'nope'[\s\S]*interventions in hand.json: coop, cn-npp/],
    ["an unknown id in --effectiveness", ["--effectiveness", "nope=0.5"], /no intervention 'nope'/],
    ["a date that is not a day", ["--date", "2019-02-29"], /'2019-02-29' is not a real day/],
    ["a date in another format", ["--date", "06/01/2019"], /not a real day/],
    ["an effectiveness above 1", ["--effectiveness", "mail=1.2"], /'1.2' is not a number between 0 and 1/],
    ["an intervention both on and off", ["--enable", "mail", "--disable", "mail"], /switched more than once/],
    ["an unknown format", ["--format", "yaml"], /--format must be one of text, json/],
    ["two dataset files", ["other.json"], /at most one dataset file/],
    ["a missing flag value", ["--date"], /needs a value/],
  ];
  it.each(usage)("exits 2 on %s", async (_name, argv, message) => {
    const run = await runCli(["scenario", "hand.json", ...argv], folder);
    expect(run.code).toBe(EXIT_USAGE);
    expect(run.stdout).toBe("");
    expect(run.stderr).toMatch(message);
  });

  it("exits 1 with located errors for an invalid dataset", async () => {
    const missing = await runCli(["scenario", "missing.json"], folder);
    expect(missing.code).toBe(EXIT_INVALID);
    expect(missing.stderr).toMatch(/^missing.json: cannot read the file \(no such file\)/);
    const broken = await runCli(["scenario", "broken.json"], folder);
    expect(broken.code).toBe(EXIT_INVALID);
    expect(broken.stderr).toMatch(/^broken.json:1:3 \(document\): /);
    const shape = await runCli(["scenario", "bad-shape.json"], folder);
    expect(shape.code).toBe(EXIT_INVALID);
    const lines = shape.stderr.trimEnd().split("\n");
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^bad-shape.json:\d+:\d+ \/edges\/0\/capacity: /);
    expect(lines[1]).toMatch(/^bad-shape.json:\d+:\d+ \/edges\/0\/status: /);
  });

  it("prints its options with --help and is listed by chokepoint --help", async () => {
    const help = await runCli(["scenario", "--help"]);
    expect(help.code).toBe(EXIT_OK);
    expect(help.stdout).toContain("--effectiveness <id=0.5,...>");
    expect((await runCli(["--help"])).stdout).toMatch(/scenario\s+apply interventions/);
  });
});
