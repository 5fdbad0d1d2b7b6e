import { mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { EXIT_INVALID, EXIT_OK, EXIT_USAGE } from "../../src/cli/io";
import { main } from "../../src/cli/main";

const root = resolve(__dirname, "../..");
const scratch = mkdtempSync(join(tmpdir(), "chokepoint-validate-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

async function run(...argv: string[]) {
  let stdout = "";
  let stderr = "";
  const code = await main(["validate", ...argv], { stdout: (text) => (stdout += text), stderr: (text) => (stderr += text), cwd: root });
  return { code, stdout, stderr, lines: stderr.split("\n").filter((line) => line !== "") };
}

function scratchFile(name: string, content: string | Buffer): string {
  const path = join(scratch, name);
  writeFileSync(path, content);
  return path;
}

const validText = readFileSync(join(root, "tests/model/fixtures/valid-minimal.json"), "utf8");

describe("chokepoint validate", () => {
  it("exits 0 with a one-line summary for a valid dataset", async () => {
    const result = await run("tests/model/fixtures/valid-minimal.json");
    expect(result.code).toBe(EXIT_OK);
    expect(result.stdout).toBe(
      "tests/model/fixtures/valid-minimal.json: valid (3 nodes, 2 edges, 2 commodities, 2 interventions, 1 event, 1 source)\n",
    );
    expect(result.stderr).toBe("");
  });

  it("exits 1 with one `file:line:col path: message` line per error, in file order", async () => {
    const broken = validText
      .replace('"capacity": 100,\n      "recipes"', '"capacity": -3,\n      "recipes"')
      .replace('"target": "mx.lab",', '"target": "mx.lab-2",')
      .replace('"date": "2018-02-01",', '"date": "2018-02-30",');
    const file = scratchFile("three-errors.json", broken);
    const result = await run(file);
    expect(result.code).toBe(EXIT_INVALID);
    expect(result.stdout).toBe("");
    expect(result.lines).toHaveLength(3);
    expect(result.lines[0]).toMatch(new RegExp(`^${file}:30:19 /nodes/1/capacity: must be >= 0`));
    expect(result.lines[1]).toMatch(new RegExp(`^${file}:49:17 /edges/0/target: unknown node 'mx.lab-2'`));
    expect(result.lines[2]).toMatch(new RegExp(`^${file}:101:15 /events/0/date: '2018-02-30' is not a date`));
  });

  it("reports text that is not JSON at the first bad token", async () => {
    const result = await run(scratchFile("not-json.json", "{\n  \"format\": chokepoint\n}"));
    expect(result.code).toBe(EXIT_INVALID);
    expect(result.lines).toEqual([expect.stringMatching(/not-json\.json:2:13 \/format: expected a value but found 'chokepoint'$/)]);
  });

  it("dispatches on `format`, listing the known formats for an unknown one", async () => {
    const snapshot = await run(scratchFile("snapshot.json", '{\n  "format": "chokepoint-snapshot",\n  "version": 1\n}'));
    expect(snapshot.code).toBe(EXIT_INVALID);
    expect(snapshot.lines).toEqual([
      expect.stringMatching(/snapshot\.json:2:13 \/format: unknown format "chokepoint-snapshot"; known formats: "chokepoint-dataset" \(dataset\), "chokepoint-story" \(story\)$/),
    ]);
    const none = await run(scratchFile("no-format.json", '{"nodes": []}'));
    expect(none.lines).toEqual([expect.stringMatching(/no-format\.json:1:1 \/format: no 'format' field/)]);
  });

  it("says which version it reads", async () => {
    const result = await run(scratchFile("v2.json", validText.replace('"version": 1', '"version": 2')));
    expect(result.code).toBe(EXIT_INVALID);
    expect(result.lines).toEqual([expect.stringMatching(/v2\.json:4:14 \/version: dataset version 2 is not supported: this Chokepoint reads version 1$/)]);
  });

  it("exits 1 with a clear message for a missing file or a directory", async () => {
    const missing = await run("no/such/file.json");
    expect(missing.code).toBe(EXIT_INVALID);
    expect(missing.stderr).toBe("chokepoint validate: cannot read 'no/such/file.json': no such file\n");
    const directory = await run("tests");
    expect(directory.code).toBe(EXIT_INVALID);
    expect(directory.stderr).toMatch(/cannot read 'tests': is a directory/);
  });

  it("refuses a file over the size limit without reading it, and a file that is not UTF-8", async () => {
    const huge = join(scratch, "huge.json");
    writeFileSync(huge, "");
    truncateSync(huge, 21 * 1024 * 1024);
    const large = await run(huge);
    expect(large.code).toBe(EXIT_INVALID);
    expect(large.lines).toEqual([expect.stringMatching(/huge\.json \(document\): the file is 22020096 bytes; the limit is 20971520$/)]);
    const binary = await run(scratchFile("binary.json", Buffer.from([0x7b, 0xff, 0xfe, 0x7d])));
    expect(binary.code).toBe(EXIT_INVALID);
    expect(binary.stderr).toMatch(/not UTF-8 text/);
  });

  it("is a usage error (exit 2) without exactly one file, or with an unknown option", async () => {
    expect((await run()).code).toBe(EXIT_USAGE);
    expect((await run("a.json", "b.json")).code).toBe(EXIT_USAGE);
    const unknown = await run("--strict", "a.json");
    expect(unknown.code).toBe(EXIT_USAGE);
    expect(unknown.stderr).toMatch(/unknown option '--strict'/);
  });
});
