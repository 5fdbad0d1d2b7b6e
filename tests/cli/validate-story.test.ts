// `chokepoint validate` on story files: checked against the bundled dataset or --dataset,
// errors located in the story file, a warning (not an error) for another dataset.
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { EXIT_INVALID, EXIT_OK, EXIT_USAGE } from "../../src/cli/io";
import { runCli, tempFolder } from "./support";

const root = resolve(__dirname, "../..");
const STORY = "tests/model/story/fixtures/valid-story.json";
const MINIMAL = "tests/model/fixtures/valid-minimal.json";
const lines = (text: string) => text.split("\n").filter((line) => line !== "");

describe("chokepoint validate <story>", () => {
  it("accepts the bundled story against the bundled dataset", async () => {
    const result = await runCli(["validate", "data/stories/precursor-loophole.json"], root);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(EXIT_OK);
    expect(result.stdout).toMatch(/^data\/stories\/precursor-loophole\.json: valid \(story ".+", \d+ steps, checked against .*data\/default\.json\)\n$/);
  });

  it("checks a story against the dataset given with --dataset", async () => {
    const result = await runCli(["validate", STORY, "--dataset", MINIMAL], root);
    expect(result).toMatchObject({ code: EXIT_OK, stderr: "" });
    expect(result.stdout).toBe(`${STORY}: valid (story "NPP control in two steps", 2 steps, checked against ${MINIMAL})\n`);
  });

  it("locates every id the dataset lacks, in file order (the bundled dataset has none of the minimal one's ids)", async () => {
    const result = await runCli(["validate", STORY], root);
    expect(result.code).toBe(EXIT_INVALID);
    const errors = lines(result.stderr);
    expect(errors.length).toBeGreaterThanOrEqual(8);
    expect(errors[0]).toMatch(new RegExp(`^${STORY}:15:\\d+ /steps/0/highlight/nodes/0: step 1: the dataset has no node 'cn.suppliers'`));
    expect(errors.every((line) => line.startsWith(`${STORY}:`))).toBe(true);
  });

  it("prints a warning, and still exits 0, when the story names another dataset", async () => {
    const dir = tempFolder({ "story.json": readFileSync(join(root, STORY), "utf8").replace('"Minimal dataset"', '"Some other dataset"') });
    const result = await runCli(["validate", join(dir, "story.json"), "--dataset", join(root, MINIMAL)], root);
    expect(result.code).toBe(EXIT_OK);
    expect(lines(result.stderr)).toEqual([expect.stringMatching(/^warning: .*story\.json:7:\d+ \/dataset: the story is written for the dataset "Some other dataset"/)]);
  });

  it("reports a dataset that cannot be used, naming the dataset file", async () => {
    const missing = await runCli(["validate", STORY, "--dataset", "no/such.json"], root);
    expect(missing.code).toBe(EXIT_INVALID);
    expect(missing.stderr).toMatch(/^no\/such\.json \(document\): cannot read the dataset: no such file/);
    const dir = tempFolder({ "broken.json": readFileSync(join(root, MINIMAL), "utf8").replace('"version": 1', '"version": 7') });
    const broken = await runCli(["validate", STORY, "--dataset", join(dir, "broken.json")], root);
    expect(broken.code).toBe(EXIT_INVALID);
    expect(broken.stderr).toMatch(/broken\.json:4:\d+ \/version: dataset version 7 is not supported/);
  });

  it("is a usage error to give --dataset for a dataset file", async () => {
    const result = await runCli(["validate", MINIMAL, "--dataset", MINIMAL], root);
    expect(result.code).toBe(EXIT_USAGE);
    expect(result.stderr).toMatch(/--dataset is for story files/);
  });
});
