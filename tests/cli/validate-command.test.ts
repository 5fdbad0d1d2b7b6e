import { describe, expect, it } from "vitest";
import { EXIT_INVALID, EXIT_OK, EXIT_USAGE } from "../../src/cli/io";
import { handDataset } from "../scenario/fixture";
import { runCli, tempFolder } from "./support";

const folder = tempFolder({
  "good.json": handDataset,
  "bad.json": JSON.stringify(
    { ...handDataset, edges: handDataset.edges.map((e, i) => (i === 1 ? { ...e, target: "atlantis" } : i === 2 ? { ...e, capacity: -5 } : e)) },
    null,
    2,
  ),
  "empty.json": "",
});

describe("chokepoint validate", () => {
  it("exits 0 with a summary for a valid dataset", async () => {
    const run = await runCli(["validate", "good.json"], folder);
    expect(run).toEqual({ code: EXIT_OK, stdout: "good.json: valid (6 nodes, 7 edges, 6 interventions, 8 events)\n", stderr: "" });
  });

  it("exits 1 with one located line per error", async () => {
    const run = await runCli(["validate", "bad.json"], folder);
    expect(run.code).toBe(EXIT_INVALID);
    expect(run.stdout).toBe("");
    const lines = run.stderr.trimEnd().split("\n");
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^bad.json:\d+:\d+ \/edges\/1\/target: .*atlantis/);
    expect(lines[1]).toMatch(/^bad.json:\d+:\d+ \/edges\/2\/capacity: /);
    expect((await runCli(["validate", "empty.json"], folder)).code).toBe(EXIT_INVALID);
    expect((await runCli(["validate", "missing.json"], folder)).stderr).toBe("missing.json: cannot read the file (ENOENT)\n");
  });

  it("exits 2 without exactly one file or with an unknown flag", async () => {
    expect((await runCli(["validate"], folder)).code).toBe(EXIT_USAGE);
    expect((await runCli(["validate", "a.json", "b.json"], folder)).code).toBe(EXIT_USAGE);
    expect((await runCli(["validate", "good.json", "--strict"], folder)).code).toBe(EXIT_USAGE);
  });
});
