/**
 * Builds a Scenario from command-line style options, the form the CLI (and batch files)
 * use: `--date D --enable a,b --disable c --idealized --effectiveness a=0.5,b=0.9`.
 * The caller splits the comma lists (src/cli/args.ts does); this module gives them
 * meaning and reports mistakes as typed `ScenarioError`s.
 *
 * `--effectiveness id=x` sets the effectiveness of that intervention's switch; an id not
 * named by `--enable` or `--disable` is switched on by it (the natural reading of "run
 * China's 2019 scheduling at 50%"). An `--enable id:0.8` item is accepted as a shorthand,
 * the same notation as the URL form.
 */
import { ScenarioError } from "./errors";
import { isIsoDate } from "../model/dates";
import type { InterventionSwitch, Scenario } from "./types";
import { isEffectiveness } from "./validate";

export interface ScenarioFlags {
  readonly date?: string;
  readonly enable?: readonly string[];
  readonly disable?: readonly string[];
  readonly idealized?: boolean;
  /** Items `id=effectiveness`. */
  readonly effectiveness?: readonly string[];
}

function readEffectiveness(text: string, path: string): number {
  const value = /^\s*[0-9.e-]+\s*$/.test(text) ? Number(text) : Number.NaN;
  if (!isEffectiveness(value))
    throw new ScenarioError("invalid-effectiveness", path, `'${text}' is not a number between 0 and 1`);
  return value;
}

function splitItem(item: string, separator: string, flag: string): [string, string | undefined] {
  const at = item.indexOf(separator);
  const id = (at < 0 ? item : item.slice(0, at)).trim();
  if (id.length === 0) throw new ScenarioError("malformed", flag, `'${item}' names no intervention`);
  return [id, at < 0 ? undefined : item.slice(at + 1)];
}

export function scenarioFromFlags(flags: ScenarioFlags): Scenario {
  const switches: Record<string, InterventionSwitch> = {};
  const setSwitch = (flag: string, on: boolean, item: string): void => {
    const [id, effectivenessText] = splitItem(item, ":", flag);
    if (Object.hasOwn(switches, id))
      throw new ScenarioError("conflicting-switch", flag, `'${id}' is switched more than once`);
    switches[id] =
      effectivenessText === undefined ? { on } : { on, effectiveness: readEffectiveness(effectivenessText, `${flag} ${id}`) };
  };
  for (const item of flags.enable ?? []) setSwitch("--enable", true, item);
  for (const item of flags.disable ?? []) setSwitch("--disable", false, item);

  const tuned = new Set<string>();
  for (const item of flags.effectiveness ?? []) {
    const [id, text] = splitItem(item, "=", "--effectiveness");
    if (text === undefined) throw new ScenarioError("malformed", "--effectiveness", `'${item}' is not id=number`);
    if (tuned.has(id)) throw new ScenarioError("conflicting-switch", "--effectiveness", `'${id}' is given twice`);
    tuned.add(id);
    const effectiveness = readEffectiveness(text, `--effectiveness ${id}`);
    const existing = Object.hasOwn(switches, id) ? switches[id] : undefined;
    if (existing?.effectiveness !== undefined)
      throw new ScenarioError("conflicting-switch", "--effectiveness", `'${id}' already has an effectiveness`);
    switches[id] = { on: existing?.on ?? true, effectiveness };
  }

  if (flags.date !== undefined && !isIsoDate(flags.date))
    throw new ScenarioError("invalid-date", "--date", `'${flags.date}' is not a real day written YYYY-MM-DD`);
  const idealized = flags.idealized ?? false;
  return flags.date === undefined ? { switches, idealized } : { date: flags.date, switches, idealized };
}
