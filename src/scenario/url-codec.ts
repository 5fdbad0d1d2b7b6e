/**
 * A compact, stable, URL-safe text form of a scenario, shared by the app (the scenario
 * lives in the URL) and the CLI:
 *
 *     d=2019-06-01&on=china-2019:0.8,mail-screening&off=india-ndps&ideal=1
 *
 * - `d`: the timeline date; `on` / `off`: switches, each `id` or `id:effectiveness`;
 *   `ideal=1`: idealized mode. Parts that say nothing (no date, no switches, not
 *   idealized) are left out, so the baseline is the empty string.
 * - Stable: keys in the order d, on, off, ideal; ids sorted; numbers in JavaScript's
 *   shortest round-trip form. So `format(parse(s)) === s` for every canonical `s`, and
 *   `parse(format(scenario))` equals the scenario.
 * - URL-safe without escaping: ids are `[a-z0-9._-]`, numbers `[0-9.e-]`, separators
 *   `& = , :`. Percent-escaped input (`%3A`) is decoded, so a link that went through an
 *   over-eager encoder still reads.
 *
 * Written by hand rather than with URLSearchParams, which the pure layers cannot use (no
 * DOM lib), and whose `+`-as-space rule we do not want.
 */
import { ScenarioError } from "./errors";
import { isIsoDate } from "../model/dates";
import type { InterventionSwitch, Scenario } from "./types";
import { isEffectiveness } from "./validate";

const ID = /^[a-z0-9][a-z0-9._-]*$/;
const NUMBER = /^(?:\d+(?:\.\d*)?|\.\d+)(?:e-?\d+)?$/;
const KEYS = ["d", "on", "off", "ideal"] as const;
type Key = (typeof KEYS)[number];

function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function formatSwitch(id: string, change: InterventionSwitch): string {
  if (!ID.test(id)) throw new ScenarioError("malformed", `switches.${id}`, `'${id}' is not an intervention id`);
  if (change.effectiveness !== undefined && !isEffectiveness(change.effectiveness))
    throw new ScenarioError("invalid-effectiveness", `switches.${id}.effectiveness`, "not a number between 0 and 1");
  return change.effectiveness === undefined ? id : `${id}:${String(change.effectiveness)}`;
}

/** The canonical text form. Throws `ScenarioError` for a scenario no link could carry. */
export function formatScenarioQuery(scenario: Scenario): string {
  const parts: string[] = [];
  if (scenario.date !== undefined && !isIsoDate(scenario.date))
    throw new ScenarioError("invalid-date", "date", `'${scenario.date}' is not a real day written YYYY-MM-DD`);
  if (scenario.date !== undefined) parts.push(`d=${scenario.date}`);
  const ids = Object.keys(scenario.switches).sort(compareIds);
  const on = ids.filter((id) => scenario.switches[id].on);
  const off = ids.filter((id) => !scenario.switches[id].on);
  if (on.length > 0) parts.push(`on=${on.map((id) => formatSwitch(id, scenario.switches[id])).join(",")}`);
  if (off.length > 0) parts.push(`off=${off.map((id) => formatSwitch(id, scenario.switches[id])).join(",")}`);
  if (scenario.idealized) parts.push("ideal=1");
  return parts.join("&");
}

function decode(text: string, path: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    throw new ScenarioError("malformed", path, `bad percent-escape in '${text}'`);
  }
}

function parseSwitchList(value: string, key: "on" | "off", into: Record<string, InterventionSwitch>): void {
  for (const item of value.split(",")) {
    const colon = item.indexOf(":");
    const id = colon < 0 ? item : item.slice(0, colon);
    if (!ID.test(id)) throw new ScenarioError("malformed", key, `'${item}' is not an intervention id`);
    if (Object.hasOwn(into, id))
      throw new ScenarioError("conflicting-switch", key, `'${id}' is switched more than once`);
    if (colon < 0) {
      into[id] = { on: key === "on" };
      continue;
    }
    const text = item.slice(colon + 1);
    const effectiveness = NUMBER.test(text) ? Number(text) : Number.NaN;
    if (!isEffectiveness(effectiveness))
      throw new ScenarioError("invalid-effectiveness", `${key}.${id}`, `'${text}' is not a number between 0 and 1`);
    into[id] = { on: key === "on", effectiveness };
  }
}

/** Reads the text form (an optional leading `?` or `#` is ignored). Throws `ScenarioError`. */
export function parseScenarioQuery(text: string): Scenario {
  const body = text.startsWith("?") || text.startsWith("#") ? text.slice(1) : text;
  const seen = new Set<Key>();
  const switches: Record<string, InterventionSwitch> = {};
  let date: string | undefined;
  let idealized = false;
  if (body.length === 0) return { switches, idealized };
  for (const part of body.split("&")) {
    const eq = part.indexOf("=");
    if (eq < 0) throw new ScenarioError("malformed", part, `expected key=value, got '${part}'`);
    const key = part.slice(0, eq);
    if (!(KEYS as readonly string[]).includes(key))
      throw new ScenarioError("malformed", key, `unknown key '${key}' (expected one of ${KEYS.join(", ")})`);
    const known = key as Key;
    if (seen.has(known)) throw new ScenarioError("malformed", known, `'${known}' given twice`);
    seen.add(known);
    const value = decode(part.slice(eq + 1), known);
    if (value.length === 0) throw new ScenarioError("malformed", known, `'${known}' has no value`);
    switch (known) {
      case "d":
        if (!isIsoDate(value))
          throw new ScenarioError("invalid-date", "d", `'${value}' is not a real day written YYYY-MM-DD`);
        date = value;
        break;
      case "on":
      case "off":
        parseSwitchList(value, known, switches);
        break;
      case "ideal":
        if (value !== "0" && value !== "1") throw new ScenarioError("malformed", "ideal", "must be 0 or 1");
        idealized = value === "1";
        break;
    }
  }
  return date === undefined ? { switches, idealized } : { date, switches, idealized };
}
