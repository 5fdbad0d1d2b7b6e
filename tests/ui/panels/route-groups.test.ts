import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { LegalStatus } from "../../../src/model/types";
import type { Route } from "../../../src/analysis/report-types";
import { groupRoutes, variantWords, type EdgeFacts } from "../../../src/ui/panels/results/route-groups";

const EDGES: Record<string, EdgeFacts> = {
  "p-b-npp": { commodity: "npp", mode: "sea", channel: "declared" },
  "p-b-pip": { commodity: "pip", mode: "sea", channel: "declared" },
  "b-l-npp": { commodity: "npp", mode: "road", channel: "declared" },
  "b-l-pip": { commodity: "pip", mode: "road", channel: "declared" },
  "l-x-powder": { commodity: "powder", mode: "road", channel: "smuggled" },
  "l-x-pills": { commodity: "pills", mode: "road", channel: "smuggled" },
  "l-x-air": { commodity: "powder", mode: "air", channel: "smuggled" },
  "x-m": { commodity: "powder", mode: "road", channel: "smuggled" },
  "l-s": { commodity: "powder", mode: "road", channel: "smuggled" },
  "s-x": { commodity: "pills", mode: "road", channel: "smuggled" },
};

function route(edges: string[], nodes: string[]): Route {
  return {
    edges,
    nodes,
    commodities: edges.map((e) => EDGES[e].commodity),
    statuses: edges.map((): LegalStatus => "legal"),
    lab: "l",
    bottleneck: 10,
    loophole: true,
  };
}

const inputs = { edge: (id: string) => EDGES[id], commodityName: (id: string) => id.toUpperCase() };

describe("groupRoutes", () => {
  it("groups routes through the same places and names the hops where each differs, merging repeated words", () => {
    const routes = [
      route(["p-b-npp", "b-l-npp", "l-x-powder", "x-m"], ["p", "b", "l", "x", "m"]),
      route(["p-b-npp", "b-l-npp", "l-x-pills", "x-m"], ["p", "b", "l", "x", "m"]),
      route(["p-b-pip", "b-l-pip", "l-x-powder", "x-m"], ["p", "b", "l", "x", "m"]),
      route(["p-b-npp", "b-l-npp", "l-s", "s-x", "x-m"], ["p", "b", "l", "s", "x", "m"]),
    ];
    const groups = groupRoutes(routes, inputs);
    expect(groups.map((g) => g.variants.length)).toEqual([3, 1]);
    const [first, second] = groups;
    expect(first.chemical).toBeNull();
    expect(first.variants[0].differences).toEqual([
      { from: 0, to: 2, text: "NPP" },
      { from: 2, to: 3, text: "POWDER" },
    ]);
    expect(first.variants[1].differences.map((d) => d.text)).toEqual(["NPP", "PILLS"]);
    expect(first.variants[2].differences.map((d) => d.text)).toEqual(["PIP", "POWDER"]);
    // Every variant of a group reads differently.
    const texts = first.variants.map((v) => v.differences.map((d) => `${d.from}-${d.to}:${d.text}`).join("; "));
    expect(new Set(texts).size).toBe(texts.length);
    expect(second.variants[0].differences).toEqual([]);
    expect(second.chemical).toBe("npp");
    // Against each other: the second group passes s, the first does not.
    expect([...second.extra]).toEqual(["s"]);
    expect(first.skipped).toEqual(["s"]);
    expect(first.extra.size).toBe(0);
  });

  it("names the mode or channel when that is what differs, and keeps the report's order", () => {
    const routes = [
      route(["p-b-npp", "b-l-npp", "l-x-air", "x-m"], ["p", "b", "l", "x", "m"]),
      route(["p-b-npp", "b-l-npp", "l-x-powder", "x-m"], ["p", "b", "l", "x", "m"]),
    ];
    const [group] = groupRoutes(routes, inputs);
    expect(group.variants.map((v) => v.route)).toEqual(routes);
    expect(group.variants.map((v) => v.differences.map((d) => d.text))).toEqual([["by air"], ["by road"]]);
  });
});

describe("variantWords", () => {
  const place = (id: string) => `place ${id}`;

  it("names each hop where a route of a group differs, by its places", () => {
    const routes = [
      route(["p-b-npp", "b-l-npp", "l-x-powder", "x-m"], ["p", "b", "l", "x", "m"]),
      route(["p-b-npp", "b-l-npp", "l-x-pills", "x-m"], ["p", "b", "l", "x", "m"]),
    ];
    const [group] = groupRoutes(routes, inputs);
    expect(group.variants.map((variant) => variantWords(group, variant, place))).toEqual([
      [{ hop: "place l → place x", text: "POWDER" }],
      [{ hop: "place l → place x", text: "PILLS" }],
    ]);
  });

  it("gives a group's only route no words of its own: its heading already names its chemical and lab", () => {
    const routes = [
      route(["p-b-npp", "b-l-npp", "l-x-powder", "x-m"], ["p", "b", "l", "x", "m"]),
      route(["p-b-pip", "b-l-pip", "l-x-powder", "x-m"], ["p", "b", "l", "x", "m"]),
      route(["p-b-npp", "b-l-npp", "l-s", "s-x", "x-m"], ["p", "b", "l", "s", "x", "m"]),
    ];
    const [shared, lone] = groupRoutes(routes, inputs);
    expect(lone.variants).toHaveLength(1);
    expect(lone.chemical).toBe("npp");
    expect(variantWords(lone, lone.variants[0], place)).toEqual([]);
    // A group of several keeps its words: the chemical is what tells its routes apart.
    expect(shared.variants.map((variant) => variantWords(shared, variant, place).map((words) => words.text))).toEqual([["NPP"], ["PIP"]]);
  });
});

describe("groupRoutes on random parallel edges", () => {
  // Every hop of a five-node path has up to four parallel edges whose facts are drawn from
  // small sets, so some agree on every attribute: the routes must still read differently.
  const facts = fc.record({
    commodity: fc.constantFrom("npp", "pills"),
    mode: fc.constantFrom("sea", "road"),
    channel: fc.constantFrom("declared", "smuggled"),
  });
  const hops = fc.array(fc.array(facts, { minLength: 1, maxLength: 4 }), { minLength: 4, maxLength: 4 });

  it("gives every route of a group its own text", () => {
    fc.assert(
      fc.property(hops, fc.array(fc.array(fc.nat(3), { minLength: 4, maxLength: 4 }), { minLength: 1, maxLength: 12 }), (parallel, picks) => {
        const edges = new Map<string, EdgeFacts>();
        parallel.forEach((options, hop) => options.forEach((f, i) => edges.set(`h${hop}-${i}`, f)));
        const chosen = [...new Set(picks.map((pick) => pick.map((p, hop) => `h${hop}-${p % parallel[hop].length}`).join(" ")))];
        const routes: Route[] = chosen.map((key) => {
          const ids = key.split(" ");
          return { ...route(["x-m"], []), edges: ids, nodes: ["p", "b", "l", "x", "m"], commodities: ids.map((id) => edges.get(id)!.commodity) };
        });
        const [group] = groupRoutes(routes, { edge: (id) => edges.get(id), commodityName: (id) => id });
        const texts = group.variants.map((v) => v.differences.map((d) => `${d.from}-${d.to}:${d.text}`).join("; "));
        expect(new Set(texts).size).toBe(routes.length);
      }),
    );
  });
});
