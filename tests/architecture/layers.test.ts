// The layer boundaries of DESIGN.md, checked by reading every import in src/.
// Data flows one way: model -> scenario -> analysis -> io -> (cli | ui). The pure layers
// never import React, sigma, the DOM or Node built-ins, so they run unchanged in Node
// and in a Web Worker.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, resolve, dirname, sep } from "node:path";
import { describe, expect, it } from "vitest";

const root = resolve(__dirname, "../..");
const src = join(root, "src");

type Layer = "model" | "scenario" | "analysis" | "io" | "ui" | "cli";

/** Layers each layer may import (itself always allowed). */
const allowedLayers: Record<Layer, readonly Layer[]> = {
  model: [],
  scenario: ["model"],
  analysis: ["model", "scenario"],
  io: ["model", "scenario", "analysis"],
  cli: ["model", "scenario", "analysis", "io"],
  ui: ["model", "scenario", "analysis", "io"],
};

/** Packages each layer may import. Anything not listed is refused. */
const allowedPackages: Record<Layer, (pkg: string) => boolean> = {
  model: (pkg) => ["typebox", "graphology", "graphology-types"].includes(pkg),
  scenario: () => false,
  analysis: () => false,
  io: (pkg) => ["fflate"].includes(pkg),
  cli: (pkg) => pkg.startsWith("node:"),
  ui: (pkg) => !pkg.startsWith("node:"),
};

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

const importPattern = /(?:import|export)\s[^'"]*?from\s*["']([^"']+)["']|import\s*\(\s*["']([^"']+)["']\s*\)|import\s+["']([^"']+)["']/g;

function importsOf(file: string): string[] {
  const text = readFileSync(file, "utf8");
  return [...text.matchAll(importPattern)].map((match) => match[1] ?? match[2] ?? match[3]);
}

function layerOf(file: string): Layer | undefined {
  const first = relative(src, file).split(sep)[0];
  return (Object.keys(allowedLayers) as Layer[]).find((layer) => layer === first);
}

function packageName(specifier: string): string {
  if (specifier.startsWith("node:")) return specifier;
  const parts = specifier.split("/");
  return specifier.startsWith("@") ? parts.slice(0, 2).join("/") : parts[0];
}

/** Why `file` may not import `specifier`, or undefined when the import is allowed. */
function checkImport(file: string, specifier: string): string | undefined {
  const layer = layerOf(file);
  if (!layer) return undefined;
  const where = `${relative(root, file)} imports '${specifier}'`;
  if (specifier.startsWith(".")) {
    const target = layerOf(resolve(dirname(file), specifier));
    if (!target) return `${where}: outside the layers of src/`;
    if (target !== layer && !allowedLayers[layer].includes(target))
      return `${where}: layer '${layer}' may not import layer '${target}'`;
    return undefined;
  }
  const pkg = packageName(specifier);
  return allowedPackages[layer](pkg) ? undefined : `${where}: package '${pkg}' is not allowed in layer '${layer}'`;
}

function boundaryViolations(files: readonly string[]): string[] {
  return files.flatMap((file) =>
    importsOf(file).flatMap((specifier) => checkImport(file, specifier) ?? []),
  );
}

describe("layer boundaries", () => {
  it("every import in src/ respects DESIGN.md's layers", () => {
    expect(boundaryViolations(sourceFiles(src))).toEqual([]);
  });

  it("the check catches a pure layer importing React, sigma, Node or the ui layer", () => {
    const fake = join(src, "analysis", "fake.ts");
    expect(checkImport(fake, "react")).toMatch(/package 'react' is not allowed/);
    expect(checkImport(fake, "sigma/rendering")).toMatch(/package 'sigma' is not allowed/);
    expect(checkImport(fake, "node:fs")).toMatch(/not allowed/);
    expect(checkImport(fake, "../ui/App")).toMatch(/may not import layer 'ui'/);
    expect(checkImport(join(src, "model", "fake.ts"), "../scenario/apply")).toMatch(/may not import layer 'scenario'/);
    expect(checkImport(fake, "../model/types")).toBeUndefined();
    expect(checkImport(join(src, "ui", "fake.tsx"), "sigma")).toBeUndefined();
  });
});
