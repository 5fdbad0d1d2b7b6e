// Random single-point corruptions of the valid minimal fixture, for robustness properties.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";

export const validText = readFileSync(join(__dirname, "..", "fixtures", "valid-minimal.json"), "utf8");

/** Every path to a value inside `value`, as arrays of keys. */
function pathsOf(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  const children = Array.isArray(value)
    ? value.map((item, i) => pathsOf(item, [...prefix, i]))
    : value !== null && typeof value === "object"
      ? Object.entries(value).map(([key, item]) => pathsOf(item, [...prefix, key]))
      : [];
  return [prefix, ...children.flat()];
}

const allPaths = pathsOf(JSON.parse(validText)).filter((path) => path.length > 0);

/** Odd values worth trying anywhere: wrong types, edge numbers, near-miss strings. */
const oddValue = fc.oneof(
  fc.jsonValue({ maxDepth: 2 }),
  fc.constantFrom(-1, 0, 1, 1.5, 2, Number.POSITIVE_INFINITY, Number.NaN, "", "X", "CN", "npp", "2023-02-30", "lab", "A".repeat(201), "\u{1F600}".repeat(150), {}, []),
);

/** The valid dataset with the value at one or two paths replaced, deleted, or given an extra key. */
export const corruptedDataset: fc.Arbitrary<unknown> = fc
  .array(fc.tuple(fc.constantFrom(...allPaths), fc.option(oddValue, { nil: undefined }), fc.boolean()), { minLength: 1, maxLength: 2 })
  .map((edits) => {
    const data = JSON.parse(validText);
    for (const [path, replacement, addKey] of edits) {
      let parent = data;
      for (const key of path.slice(0, -1)) parent = parent?.[key];
      if (parent === null || typeof parent !== "object") continue;
      const last = path[path.length - 1];
      if (addKey && !Array.isArray(parent)) parent.extraField = replacement ?? null;
      else if (replacement === undefined && !Array.isArray(parent)) delete parent[last];
      else parent[last] = replacement ?? null;
    }
    return data as unknown;
  });
