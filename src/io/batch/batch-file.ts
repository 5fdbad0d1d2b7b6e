/**
 * The batch file (docs/formats.md, "Batch files"; schema/batch-v1.schema.json): many
 * scenarios, or sweeps of one intervention's effectiveness from 0 to 1, for
 * `chokepoint batch`. Scenarios are written like the command line's flags (the same
 * parser, src/scenario/flags.ts, reads them):
 *
 *     { "format": "chokepoint-batch", "version": 1, "dataset": "default.json",
 *       "scenarios": [ { "name": "2019", "date": "2019-06-01" },
 *                      { "name": "ideal", "date": "2019-06-01", "enable": ["cn-piperidone-scheduling"], "idealized": true } ],
 *       "sweeps": [ { "intervention": "cn-class-scheduling-2019", "steps": 11, "base": { "date": "2019-06-01" } } ] }
 *
 * Reading is two steps, both with located problems (JSON Pointer, line, column): the
 * file's shape (`parseBatchFile`), then its scenarios against the dataset (`resolveBatch`).
 */
import { childPointer } from "../../model/json-pointer";
import { parseLocatedJson, type LocatedJson } from "../../model/located-json";
import type { Dataset } from "../../model/types";
import { ScenarioError } from "../../scenario/errors";
import { scenarioFromFlags, type ScenarioFlags } from "../../scenario/flags";
import type { Scenario } from "../../scenario/types";
import { checkScenario } from "../../scenario/validate";
import { jsonParseProblem, type ImportProblem, type ImportProblemKind } from "../import-error";

export const BATCH_FORMAT = "chokepoint-batch";
export const BATCH_VERSION = 1;
export const MAX_BATCH_RUNS = 10_000;
export const MAX_SWEEP_STEPS = 1001;

export interface BatchScenarioSpec {
  readonly name: string;
  readonly flags: ScenarioFlags;
  /** Where the entry is, for problems found when resolving it. */
  readonly path: string;
}

export interface BatchSweepSpec {
  readonly name: string;
  readonly intervention: string;
  readonly steps: number;
  readonly base: ScenarioFlags;
  readonly path: string;
}

export interface BatchSpec {
  /** The dataset file named by the batch, relative to the batch file. */
  readonly dataset: string | undefined;
  readonly scenarios: readonly BatchScenarioSpec[];
  readonly sweeps: readonly BatchSweepSpec[];
}

/** One scenario to run: a named scenario, or one step of a sweep. */
export interface BatchRun {
  readonly name: string;
  readonly scenario: Scenario;
  readonly sweep: { readonly intervention: string; readonly effectiveness: number } | null;
}

export type BatchParse = { readonly ok: true; readonly spec: BatchSpec; readonly json: LocatedJson } | { readonly ok: false; readonly problems: readonly ImportProblem[] };

const SCENARIO_KEYS = ["date", "enable", "disable", "effectiveness", "idealized"] as const;

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

class Checker {
  readonly problems: ImportProblem[] = [];

  constructor(
    private readonly json: LocatedJson,
    private readonly file: string,
  ) {}

  report(kind: ImportProblemKind, path: string, message: string): void {
    const at = this.json.locations.nearest(path).value;
    this.problems.push({ kind, file: this.file, line: at.line, column: at.column, ...(path === "" ? {} : { path }), message });
  }

  onlyKeys(value: Record<string, unknown>, path: string, allowed: readonly string[]): void {
    for (const key of Object.keys(value))
      if (!allowed.includes(key)) this.report("format-structure", childPointer(path, key), `unknown property '${key}' (allowed: ${allowed.join(", ")})`);
  }

  stringList(value: unknown, path: string): string[] | undefined {
    if (value === undefined) return undefined;
    if (!Array.isArray(value) || !value.every((item) => typeof item === "string")) {
      this.report("format-structure", path, "must be a list of strings, as on the command line: [\"id\", \"id:0.8\"]");
      return undefined;
    }
    return value as string[];
  }

  /** The scenario fields of an entry, as the flags the command line would give. */
  scenarioFlags(entry: Record<string, unknown>, path: string): ScenarioFlags {
    const flags: { -readonly [K in keyof ScenarioFlags]: ScenarioFlags[K] } = {};
    if (entry.date !== undefined) {
      if (typeof entry.date === "string") flags.date = entry.date;
      else this.report("format-structure", `${path}/date`, "must be a date written YYYY-MM-DD");
    }
    flags.enable = this.stringList(entry.enable, `${path}/enable`);
    flags.disable = this.stringList(entry.disable, `${path}/disable`);
    if (entry.idealized !== undefined) {
      if (typeof entry.idealized === "boolean") flags.idealized = entry.idealized;
      else this.report("format-structure", `${path}/idealized`, "must be true or false");
    }
    const effectiveness = entry.effectiveness;
    if (isObject(effectiveness)) {
      flags.effectiveness = Object.entries(effectiveness).map(([id, value]) => {
        if (typeof value !== "number") this.report("format-structure", childPointer(`${path}/effectiveness`, id), "must be a number between 0 and 1");
        return `${id}=${String(value)}`;
      });
    } else if (effectiveness !== undefined) {
      const items = this.stringList(effectiveness, `${path}/effectiveness`);
      if (items) flags.effectiveness = items;
    }
    return flags;
  }
}

export function parseBatchFile(text: string, file: string, maxChars = 8 * 1024 * 1024): BatchParse {
  const parsed = parseLocatedJson(text, { maxChars, maxDepth: 16 });
  if (!parsed.ok) {
    return { ok: false, problems: [jsonParseProblem(parsed.error, file)] };
  }
  const { json } = parsed;
  const check = new Checker(json, file);
  const root = json.value;
  if (!isObject(root) || root.format !== BATCH_FORMAT) {
    check.report("format-unknown", isObject(root) ? "/format" : "", `a batch file is an object with "format": "${BATCH_FORMAT}"`);
    return { ok: false, problems: check.problems };
  }
  if (root.version !== BATCH_VERSION) {
    check.report("format-unsupported", "/version", `batch version ${JSON.stringify(root.version)} is not supported: this Chokepoint reads version ${BATCH_VERSION}`);
    return { ok: false, problems: check.problems };
  }
  check.onlyKeys(root, "", ["$schema", "format", "version", "description", "dataset", "scenarios", "sweeps"]);
  if (root.dataset !== undefined && (typeof root.dataset !== "string" || root.dataset.trim() === ""))
    check.report("format-structure", "/dataset", "must be the path of a dataset file, relative to the batch file");
  const names = new Map<string, string>();
  const claimName = (name: string, path: string) => {
    const earlier = names.get(name);
    if (earlier !== undefined) check.report("bad-value", `${path}/name`, `the name '${name}' is already used by ${earlier}`);
    else names.set(name, path);
  };
  const list = (key: "scenarios" | "sweeps"): Record<string, unknown>[] => {
    const value = root[key];
    if (value === undefined) return [];
    if (!Array.isArray(value)) {
      check.report("format-structure", `/${key}`, "must be a list");
      return [];
    }
    return value.flatMap((entry, i) => {
      if (isObject(entry)) return [entry];
      check.report("format-structure", `/${key}/${i}`, "must be an object");
      return [];
    });
  };
  const scenarios = list("scenarios").map((entry, i): BatchScenarioSpec => {
    const path = `/scenarios/${i}`;
    check.onlyKeys(entry, path, ["name", ...SCENARIO_KEYS]);
    if (entry.name !== undefined && (typeof entry.name !== "string" || entry.name.trim() === "")) check.report("format-structure", `${path}/name`, "must be a non-empty string");
    const name = typeof entry.name === "string" && entry.name.trim() !== "" ? entry.name : `scenario-${i + 1}`;
    claimName(name, path);
    return { name, flags: check.scenarioFlags(entry, path), path };
  });
  let runs = scenarios.length;
  const sweeps = list("sweeps").map((entry, i): BatchSweepSpec => {
    const path = `/sweeps/${i}`;
    check.onlyKeys(entry, path, ["name", "intervention", "steps", "base"]);
    if (typeof entry.intervention !== "string") check.report("format-structure", `${path}/intervention`, "must name the intervention whose effectiveness is swept");
    const steps = entry.steps ?? 11;
    if (typeof steps !== "number" || !Number.isInteger(steps) || steps < 2 || steps > MAX_SWEEP_STEPS)
      check.report("bad-value", `${path}/steps`, `must be a whole number of effectiveness values from 2 to ${MAX_SWEEP_STEPS} (11 gives 0, 0.1, ..., 1)`);
    if (entry.base !== undefined && !isObject(entry.base)) check.report("format-structure", `${path}/base`, "must be a scenario object");
    const base = isObject(entry.base) ? entry.base : {};
    if (isObject(entry.base)) check.onlyKeys(base, `${path}/base`, SCENARIO_KEYS);
    const intervention = typeof entry.intervention === "string" ? entry.intervention : "";
    const name = typeof entry.name === "string" && entry.name.trim() !== "" ? entry.name : intervention || `sweep-${i + 1}`;
    claimName(name, path);
    const count = typeof steps === "number" && Number.isInteger(steps) ? steps : 0;
    runs += count;
    return { name, intervention, steps: count, base: check.scenarioFlags(base, `${path}/base`), path };
  });
  if (scenarios.length === 0 && sweeps.length === 0 && check.problems.length === 0)
    check.report("format-structure", "", "the batch names no scenario and no sweep: add \"scenarios\" or \"sweeps\"");
  if (runs > MAX_BATCH_RUNS) check.report("too-many-items", "", `the batch asks for ${runs} runs; the limit is ${MAX_BATCH_RUNS}`);
  if (check.problems.length > 0) return { ok: false, problems: check.problems };
  return { ok: true, json, spec: { dataset: typeof root.dataset === "string" ? root.dataset : undefined, scenarios, sweeps } };
}

const FLAG_FIELD: Readonly<Record<string, string>> = { "--date": "date", "--enable": "enable", "--disable": "disable", "--effectiveness": "effectiveness" };

/** The batch's runs against the dataset, or every problem (unknown ids, bad dates...), located. */
export function resolveBatch(parsed: Extract<BatchParse, { ok: true }>, dataset: Dataset, file: string): { ok: true; runs: BatchRun[] } | { ok: false; problems: ImportProblem[] } {
  const check = new Checker(parsed.json, file);
  const known = new Set(dataset.interventions.map((intervention) => intervention.id));
  const scenarioOf = (flags: ScenarioFlags, path: string): Scenario | undefined => {
    try {
      const scenario = scenarioFromFlags(flags);
      for (const problem of checkScenario(dataset, scenario)) {
        const id = problem.path.replace(/^switches\./, "").replace(/\.effectiveness$/, "");
        const field = ["enable", "disable", "effectiveness"].find((key) => JSON.stringify(flags[key as keyof ScenarioFlags] ?? "").includes(id)) ?? "";
        check.report("scenario-invalid", field ? `${path}/${field}` : path, problem.message);
      }
      return scenario;
    } catch (error) {
      if (!(error instanceof ScenarioError)) throw error;
      const flag = error.path.split(" ")[0];
      check.report("scenario-invalid", FLAG_FIELD[flag] ? `${path}/${FLAG_FIELD[flag]}` : path, error.message);
      return undefined;
    }
  };
  const runs: BatchRun[] = [];
  for (const spec of parsed.spec.scenarios) {
    const scenario = scenarioOf(spec.flags, spec.path);
    if (scenario) runs.push({ name: spec.name, scenario, sweep: null });
  }
  for (const sweep of parsed.spec.sweeps) {
    if (!known.has(sweep.intervention)) {
      check.report("scenario-invalid", `${sweep.path}/intervention`, `no intervention '${sweep.intervention}' in the dataset`);
      continue;
    }
    const base = scenarioOf(sweep.base, `${sweep.path}/base`);
    if (!base) continue;
    for (let k = 0; k < sweep.steps; k++) {
      const effectiveness = k / (sweep.steps - 1);
      runs.push({
        name: `${sweep.name}@${effectiveness}`,
        scenario: { ...base, switches: { ...base.switches, [sweep.intervention]: { on: true, effectiveness } } },
        sweep: { intervention: sweep.intervention, effectiveness },
      });
    }
  }
  return check.problems.length > 0 ? { ok: false, problems: check.problems } : { ok: true, runs };
}
