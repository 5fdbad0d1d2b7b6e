// chokepoint export / import / batch through main(), in-process, with files in a
// temporary folder: formats written under their default names, csv into a folder, import
// converting back (or failing with located problems and writing nothing), batch rows.
import { existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { EXIT_INVALID, EXIT_OK, EXIT_USAGE } from "../../src/cli/io";
import { parseDatasetOrThrow } from "../../src/model/load";
import { DEFAULT_DATASET } from "../io/support/default-dataset";
import { runCli, tempFolder } from "./support";

const dir = tempFolder({});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("chokepoint export", () => {
  it("writes each format under its default name, saying where", async () => {
    for (const [format, name] of [
      ["json", "default_2019-06-01.snapshot.json"],
      ["gexf", "default_2019-06-01.gexf"],
      ["graphml", "default_2019-06-01.graphml"],
      ["svg", "default_2019-06-01.svg"],
    ] as const) {
      const result = await runCli(["export", "--format", format, "--date", "2019-06-01"], dir);
      expect(result.code).toBe(EXIT_OK);
      expect(result.stderr).toContain(`wrote ${name}`);
      expect(existsSync(join(dir, name))).toBe(true);
    }
    const timeline = await runCli(["export", "--format", "gexf-dynamic", "--idealized"], dir);
    expect(timeline.code).toBe(EXIT_OK);
    expect(readFileSync(join(dir, "default_timeline_idealized.gexf"), "utf8")).toContain(`mode="dynamic"`);
  });

  it("writes csv into a folder, and json to standard output with -", async () => {
    const result = await runCli(["export", "--format", "csv", "--enable", "us-stop-act-mail", "--out", "tables"], dir);
    expect(result.code).toBe(EXIT_OK);
    expect(readdirSync(join(dir, "tables")).sort()).toEqual(["default_baseline_on-us-stop-act-mail_edges.csv", "default_baseline_on-us-stop-act-mail_nodes.csv", "default_baseline_on-us-stop-act-mail_paths.csv"]);
    const stdout = await runCli(["export", "--format", "json", "--out", "-"], dir);
    expect(JSON.parse(stdout.stdout)).toMatchObject({ format: "chokepoint-snapshot", scenario: { switches: {}, idealized: false } });
  });

  it("refuses bad usage with exit 2", async () => {
    expect((await runCli(["export"], dir)).code).toBe(EXIT_USAGE);
    expect((await runCli(["export", "--format", "pdf"], dir)).code).toBe(EXIT_USAGE);
    expect((await runCli(["export", "--format", "gexf-dynamic", "--date", "2019-06-01"], dir)).code).toBe(EXIT_USAGE);
    expect((await runCli(["export", "--format", "csv", "--out", "-"], dir)).code).toBe(EXIT_USAGE);
    expect((await runCli(["export", "--format", "gexf", "--width", "900"], dir)).code).toBe(EXIT_USAGE);
    expect((await runCli(["export", "--format", "gexf", "--enable", "nope"], dir)).code).toBe(EXIT_USAGE);
  });
});

describe("chokepoint import", () => {
  it("converts every exported format back into a valid dataset file", async () => {
    await runCli(["export", "--format", "csv", "--date", "2019-06-01", "--out", "csv"], dir);
    for (const input of [["default_2019-06-01.snapshot.json"], ["default_2019-06-01.graphml"], ["default_2019-06-01.gexf"], ["csv/default_2019-06-01_nodes.csv", "--edges", "csv/default_2019-06-01_edges.csv"]]) {
      const result = await runCli(["import", ...input, "--out", "back.json"], dir);
      expect(result.code).toBe(EXIT_OK);
      const back = parseDatasetOrThrow(readFileSync(join(dir, "back.json"), "utf8"), "back.json");
      expect(back.nodes).toEqual(DEFAULT_DATASET.nodes);
      expect(back.edges).toEqual(DEFAULT_DATASET.edges);
    }
    const snapshot = await runCli(["import", "default_2019-06-01.snapshot.json", "--out", "-"], dir);
    expect(JSON.parse(snapshot.stdout)).toEqual(DEFAULT_DATASET);
    expect(snapshot.stderr).toContain("?d=2019-06-01");
  });

  it("prints every problem with its location, writes nothing and exits 1", async () => {
    const gexf = readFileSync(join(dir, "default_2019-06-01.gexf"), "utf8");
    writeFileSync(join(dir, "broken.gexf"), gexf.replace(`value="producer"`, `value="factory"`).replace(`target="us-licensed-api-makers"`, `target="atlantis"`));
    const result = await runCli(["import", "broken.gexf", "--out", "never.json"], dir);
    expect(result.code).toBe(EXIT_INVALID);
    const lines = result.stderr.trim().split("\n");
    expect(lines[0]).toMatch(/^broken\.gexf:\d+:\d+ \/nodes\/0\/kind: kind: "factory" is not one of/);
    expect(lines[1]).toMatch(/^broken\.gexf:\d+:\d+ \/edges\/0\/target: .*atlantis/);
    expect(lines[2]).toBe("2 problems; nothing was written");
    expect(existsSync(join(dir, "never.json"))).toBe(false);
  });

  it("needs --out, and --edges for CSV", async () => {
    expect((await runCli(["import", "x.gexf"], dir)).code).toBe(EXIT_USAGE);
    expect((await runCli(["import", "csv/default_2019-06-01_nodes.csv", "--out", "x.json"], dir)).code).toBe(EXIT_USAGE);
    expect((await runCli(["import", "missing.gexf", "--out", "x.json"], dir)).code).toBe(EXIT_INVALID);
  });
});

describe("chokepoint batch", () => {
  it("runs the example batch file: one CSV row per scenario and sweep step", async () => {
    const result = await runCli(["batch", "data/templates/batch.json"], join(__dirname, "../.."));
    expect(result.code).toBe(EXIT_OK);
    const lines = result.stdout.trim().split("\r\n");
    expect(lines[0]).toMatch(/^name,scenario,date,idealized,sweepIntervention,sweepEffectiveness,throughputBaseline,throughputScenario,/);
    expect(lines).toHaveLength(1 + 8 + 11);
    expect(lines[1]).toMatch(/^baseline,,,false,,,938,938,1,/);
  });

  it("writes JSON to --out, and reports a bad batch file with locations (exit 1)", async () => {
    writeFileSync(join(dir, "b.json"), JSON.stringify({ format: "chokepoint-batch", version: 1, scenarios: [{ name: "x", date: "2019-06-01" }] }));
    const ok = await runCli(["batch", "b.json", "--format", "json", "--out", "rows.json"], dir);
    expect(ok.code).toBe(EXIT_OK);
    expect(JSON.parse(readFileSync(join(dir, "rows.json"), "utf8")).rows).toHaveLength(1);
    writeFileSync(join(dir, "bad.json"), `{ "format": "chokepoint-batch", "version": 1,\n  "scenarios": [ { "enable": ["nope"] } ] }`);
    const bad = await runCli(["batch", "bad.json"], dir);
    expect(bad.code).toBe(EXIT_INVALID);
    expect(bad.stderr).toMatch(/^bad\.json:2:\d+ \/scenarios\/0\/enable: .*nope/);
  });
});
