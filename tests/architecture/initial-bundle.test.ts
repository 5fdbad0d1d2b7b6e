// What the browser app loads before anything else: the modules reachable from
// src/ui/main.tsx through static imports (dynamic `import()` starts a lazily loaded
// chunk; `import type` is erased). TypeBox (the schema builder, ~70 kB minified) must stay
// out of it: the validator that needs it is loaded lazily with the dataset (src/ui/app/load.ts),
// and code that only needs the format's lists takes them from src/model/vocabulary.ts.
import { existsSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";

const root = resolve(__dirname, "../..");

/** Static, value-level import specifiers of a module (no `import type`, no `import()`). */
export function staticImports(text: string): string[] {
  const pattern = /^\s*(?:import|export)\s+(?!type\s)(?:[^'";]*?\sfrom\s*)?["']([^"']+)["']/gm;
  return [...text.matchAll(pattern)].map((match) => match[1]);
}

function resolveModule(from: string, specifier: string): string | undefined {
  const base = resolve(dirname(from), specifier);
  return [base, `${base}.ts`, `${base}.tsx`, join(base, "index.ts")].find((path) => existsSync(path) && statSync(path).isFile());
}

/** Every src/ module reached from `entry`, and the packages they import. */
function reachable(entry: string): { modules: Set<string>; packages: Map<string, string> } {
  const modules = new Set<string>();
  const packages = new Map<string, string>();
  const queue = [entry];
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (modules.has(file)) continue;
    modules.add(file);
    for (const specifier of staticImports(readFileSync(file, "utf8"))) {
      if (specifier.startsWith(".")) {
        const target = resolveModule(file, specifier);
        if (target && /\.(ts|tsx)$/.test(target)) queue.push(target);
      } else if (!packages.has(specifier)) {
        packages.set(specifier, relative(root, file));
      }
    }
  }
  return { modules, packages };
}

describe("the app's initial bundle", () => {
  it("does not reach TypeBox through static imports from src/ui/main.tsx", () => {
    const { modules, packages } = reachable(join(root, "src/ui/main.tsx"));
    expect(modules.size).toBeGreaterThan(20);
    expect(modules.has(join(root, "src/model/dataset-index.ts"))).toBe(true);
    const typebox = [...packages].filter(([pkg]) => pkg === "typebox" || pkg.startsWith("typebox/"));
    expect(typebox).toEqual([]);
    expect(modules.has(join(root, "src/model/schema.ts"))).toBe(false);
  });

  it("reads imports the way the bundler does: type-only and dynamic imports do not count", () => {
    const text = [
      'import Type from "typebox";',
      'import type { Dataset } from "./types";',
      'import { NODE_KINDS } from "./vocabulary";',
      'export { x } from "./x";',
      'import "./styles.css";',
      'const lazy = () => import("./load");',
    ].join("\n");
    expect(staticImports(text)).toEqual(["typebox", "./vocabulary", "./x", "./styles.css"]);
  });
});
