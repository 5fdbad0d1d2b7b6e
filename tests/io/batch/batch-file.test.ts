// Batch files: the shape checked with located problems, scenarios read like the command
// line's flags, sweeps expanded, and the rows carry the report's figures.
import { describe, expect, it } from "vitest";
import { createAnalyzer } from "../../../src/analysis/analyzer";
import { parseBatchFile, resolveBatch, type BatchRun } from "../../../src/io/batch/batch-file";
import { batchCsv, batchJson } from "../../../src/io/batch/batch-output";
import { runBatch } from "../../../src/io/batch/run-batch";
import { parseCsv } from "../../../src/io/csv/parse-csv";
import { DEFAULT_DATASET } from "../support/default-dataset";

const header = `"format": "chokepoint-batch", "version": 1`;

function resolved(text: string): BatchRun[] {
  const parsed = parseBatchFile(text, "b.json");
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  const result = resolveBatch(parsed, DEFAULT_DATASET, "b.json");
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.runs;
}

function problems(text: string) {
  const parsed = parseBatchFile(text, "b.json");
  if (!parsed.ok) return parsed.problems;
  const result = resolveBatch(parsed, DEFAULT_DATASET, "b.json");
  if (result.ok) throw new Error("expected problems");
  return result.problems;
}

describe("batch files", () => {
  it("read scenarios in the command line's forms", () => {
    const runs = resolved(`{ ${header}, "scenarios": [
      { "name": "a", "date": "2019-06-01", "enable": ["cn-piperidone-scheduling:0.5"], "disable": ["us-cn-cooperation"], "idealized": true },
      { "effectiveness": { "us-stop-act-mail": 0.25 } },
      { "effectiveness": ["us-stop-act-mail=0.75"] } ] }`);
    expect(runs.map((run) => run.name)).toEqual(["a", "scenario-2", "scenario-3"]);
    expect(runs[0].scenario).toEqual({
      date: "2019-06-01",
      switches: { "cn-piperidone-scheduling": { on: true, effectiveness: 0.5 }, "us-cn-cooperation": { on: false } },
      idealized: true,
    });
    expect(runs[1].scenario.switches).toEqual({ "us-stop-act-mail": { on: true, effectiveness: 0.25 } });
    expect(runs[2].scenario.switches).toEqual({ "us-stop-act-mail": { on: true, effectiveness: 0.75 } });
  });

  it("expand a sweep into evenly spaced effectiveness values from 0 to 1 over its base", () => {
    const runs = resolved(`{ ${header}, "sweeps": [ { "intervention": "cn-fentanyl-class-2019", "steps": 5, "base": { "date": "2019-06-01", "idealized": true } } ] }`);
    expect(runs.map((run) => run.sweep?.effectiveness)).toEqual([0, 0.25, 0.5, 0.75, 1]);
    expect(runs.map((run) => run.name)).toEqual(["cn-fentanyl-class-2019@0", "cn-fentanyl-class-2019@0.25", "cn-fentanyl-class-2019@0.5", "cn-fentanyl-class-2019@0.75", "cn-fentanyl-class-2019@1"]);
    for (const run of runs) {
      expect(run.scenario).toMatchObject({ date: "2019-06-01", idealized: true });
      expect(run.scenario.switches["cn-fentanyl-class-2019"]).toEqual({ on: true, effectiveness: run.sweep?.effectiveness });
    }
  });

  it("locate every problem of the file's shape", () => {
    const text = `{ ${header},\n  "scenarios": [ { "name": "x", "enabel": ["a"] }, { "name": "x" } ],\n  "sweeps": [ { "intervention": 3, "steps": 1 } ],\n  "extra": true }`;
    const found = problems(text);
    expect(found.map((p) => [p.kind, p.path, p.line])).toEqual(
      expect.arrayContaining([
        ["format-structure", "/extra", 4],
        ["format-structure", "/scenarios/0/enabel", 2],
        ["bad-value", "/scenarios/1/name", 2],
        ["format-structure", "/sweeps/0/intervention", 3],
        ["bad-value", "/sweeps/0/steps", 3],
      ]),
    );
    expect(problems(`{ "format": "chokepoint-batch", "version": 7, "scenarios": [{}] }`)[0].kind).toBe("format-unsupported");
    expect(problems(`{ "format": "chokepoint-dataset", "version": 1 }`)[0].kind).toBe("format-unknown");
    expect(problems(`{ ${header} }`)[0].kind).toBe("format-structure");
    expect(problems(`{ ${header}, "scenarios": [ {} `)[0].kind).toBe("json-syntax");
  });

  it("locate scenario problems against the dataset: unknown ids, bad dates and effectiveness", () => {
    const text = `{ ${header},\n "scenarios": [\n { "enable": ["nope"] },\n { "date": "2019-02-30" },\n { "enable": ["us-stop-act-mail:2"] } ],\n "sweeps": [ { "intervention": "nada" } ] }`;
    expect(problems(text).map((p) => [p.kind, p.path, p.line])).toEqual([
      ["scenario-invalid", "/scenarios/0/enable", 3],
      ["scenario-invalid", "/scenarios/1/date", 4],
      ["scenario-invalid", "/scenarios/2/enable", 5],
      ["scenario-invalid", "/sweeps/0/intervention", 6],
    ]);
  });

  it("give one row per run with the report's figures, as CSV (guarded) and JSON", () => {
    const runs = resolved(`{ ${header}, "scenarios": [ { "name": "=2019", "date": "2019-06-01" }, { "name": "ideal", "date": "2019-06-01", "enable": ["cn-piperidone-scheduling"], "idealized": true } ] }`);
    const rows = runBatch(DEFAULT_DATASET, runs);
    const report = createAnalyzer(DEFAULT_DATASET).analyze(runs[1].scenario).report;
    expect(rows[1]).toMatchObject({
      name: "ideal",
      scenario: "d=2019-06-01&on=cn-piperidone-scheduling&ideal=1",
      throughputBaseline: report.throughput.baseline,
      throughputScenario: report.throughput.scenario,
      pathsSurviving: report.paths.surviving,
      marketsSupplied: report.markets.filter((m) => m.supplied).length,
      loopholeShare: report.loopholeShare,
      licitLoss: report.licitLoss.lost,
    });
    const table = parseCsv(batchCsv(rows), "rows.csv").table;
    expect(table.rows).toHaveLength(2);
    expect(table.rows[0][0].value).toBe("'=2019");
    expect(JSON.parse(batchJson(rows, "d.json")).rows).toEqual(rows);
  });
});
