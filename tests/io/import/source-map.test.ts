import { describe, expect, it } from "vitest";
import { SourceMap } from "../../../src/io/import/source-map";
import type { Location } from "../../../src/io/import/raw-graph";

const fallback: Location = { file: "f.gexf" };

/** A map whose resolver locates /nodes/<i>/<field> at line i + 1, column = field length, and counts its calls. */
function mapWithResolver() {
  const map = new SourceMap(fallback);
  const calls: string[] = [];
  map.resolveWith((segments) => {
    calls.push(segments.join("/"));
    const [collection, index, field] = segments;
    if (collection !== "nodes") return undefined;
    return { file: "f.gexf", line: Number(index) + 1, column: (field ?? "").length + 1 };
  });
  return { map, calls };
}

describe("SourceMap", () => {
  it("locates an alias where its target is, and only when asked", () => {
    const { map, calls } = mapWithResolver();
    map.alias("/jurisdictions/0", "/nodes/4/jurisdiction");
    expect(calls).toEqual([]);
    expect(map.locate("/jurisdictions/0/name")).toEqual({ file: "f.gexf", line: 5, column: 13 });
    expect(map.locate("/jurisdictions/0")).toEqual(map.locate("/nodes/4/jurisdiction"));
  });

  it("keeps the first location given for a pointer, alias or not", () => {
    const { map } = mapWithResolver();
    map.set("/commodities/0", { file: "f.gexf", line: 99, column: 1 });
    map.alias("/commodities/0", "/nodes/1/commodity");
    map.alias("/commodities/1", "/nodes/2/commodity");
    map.set("/commodities/1", { file: "f.gexf", line: 99, column: 1 });
    expect(map.locate("/commodities/0")).toMatchObject({ line: 99 });
    expect(map.locate("/commodities/1")).toMatchObject({ line: 3 });
    expect(map.locate("/period/start")).toEqual(fallback);
  });
});
