/**
 * A small, strict argument parser: every flag must be declared, so a typo is an error
 * (exit 2) rather than silently ignored.
 */
import { UsageError } from "./io";

export interface FlagSpec {
  /** "boolean" flags take no value; "string" flags take one; "list" flags take a comma list and may repeat. */
  readonly type: "boolean" | "string" | "list";
  readonly description: string;
  readonly valueName?: string;
}

export type FlagSpecs = Readonly<Record<string, FlagSpec>>;

export interface ParsedArgs {
  readonly positionals: readonly string[];
  readonly flags: Readonly<Record<string, string | boolean | readonly string[] | undefined>>;
}

export function parseArgs(argv: readonly string[], specs: FlagSpecs): ParsedArgs {
  const positionals: string[] = [];
  const flags: Record<string, string | boolean | string[] | undefined> = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--") {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (!arg.startsWith("--") || arg === "-") {
      if (arg.startsWith("-") && arg !== "-") throw new UsageError(`unknown option '${arg}'`);
      positionals.push(arg);
      continue;
    }
    const eq = arg.indexOf("=");
    const name = eq >= 0 ? arg.slice(2, eq) : arg.slice(2);
    const spec = specs[name];
    if (!spec) throw new UsageError(`unknown option '--${name}'`);
    if (spec.type === "boolean") {
      if (eq >= 0) throw new UsageError(`option '--${name}' takes no value`);
      flags[name] = true;
      continue;
    }
    let value: string | undefined = eq >= 0 ? arg.slice(eq + 1) : argv[i + 1];
    if (eq < 0) i++;
    if (value === undefined || (eq < 0 && value.startsWith("--")))
      throw new UsageError(`option '--${name}' needs a value${spec.valueName ? ` (${spec.valueName})` : ""}`);
    value = value.trim();
    if (spec.type === "string") {
      if (flags[name] !== undefined) throw new UsageError(`option '--${name}' given twice`);
      flags[name] = value;
    } else {
      const items = value.split(",").map((item) => item.trim()).filter((item) => item.length > 0);
      if (items.length === 0) throw new UsageError(`option '--${name}' needs at least one value`);
      flags[name] = [...((flags[name] as string[] | undefined) ?? []), ...items];
    }
  }
  return { positionals, flags };
}

export function flagHelp(specs: FlagSpecs): string {
  return Object.entries(specs)
    .map(([name, spec]) => {
      const left = `  --${name}${spec.type === "boolean" ? "" : ` <${spec.valueName ?? "value"}>`}`;
      return `${left.padEnd(30)} ${spec.description}`;
    })
    .join("\n");
}
