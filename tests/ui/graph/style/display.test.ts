import { describe, expect, it } from "vitest";
import {
  edgeDisplay,
  edgeWidth,
  MAX_EDGE_WIDTH,
  MIN_EDGE_WIDTH,
  mixColors,
  nodeDisplay,
  SELECTED_CLOSED_COLOR,
  type DisplayInputs,
} from "../../../../src/ui/graph/style/display";
import { classifyChange, type EdgeStates } from "../../../../src/ui/graph/style/edge-classes";
import {
  CHANGE_COLOR,
  CLOSED_EDGE_COLOR,
  FADED_COLOR,
  HIGHLIGHT_COLOR,
  NODE_KIND_COLOR,
  STATUS_COLOR,
} from "../../../../src/io/style/palette";

const states = (open: number[], status: number[]): EdgeStates => ({
  openCapacity: Float64Array.from(open),
  statusCode: Uint8Array.from(status),
});

const base: DisplayInputs = {
  current: states([100, 0, 50], [0, 1, 2]),
  changesAgainst: null,
  widthValues: null,
  widthMax: 100,
  focus: null,
  selected: null,
  hovered: null,
  emphasised: null,
  fade: null,
  fastPrograms: false,
  nodeSize: 7,
};

describe("edge display", () => {
  it("colours open edges by status with the matching dash program", () => {
    expect(edgeDisplay("a", 0, base)).toMatchObject({ color: STATUS_COLOR.legal, type: "curved-solid" });
    expect(edgeDisplay("c", 2, base)).toMatchObject({ color: STATUS_COLOR.illicit, type: "curved-dotted" });
  });

  it("draws closed edges grey, faint and thin, keeping the status dash", () => {
    const look = edgeDisplay("b", 1, base);
    expect(look.color.slice(0, 7).toUpperCase()).toBe(CLOSED_EDGE_COLOR);
    expect(look.color.length).toBe(9); // with alpha
    expect(look.size).toBe(MIN_EDGE_WIDTH);
    expect(look.type).toBe("curved-dashed");
  });

  it("draws a selected closed edge in an opaque darker grey, so it stands out among faded edges", () => {
    const selected = { ...base, selected: "b", focus: { nodes: new Set<string>(), edges: new Set(["b"]) } };
    const look = edgeDisplay("b", 1, selected);
    expect(look.color).toBe(SELECTED_CLOSED_COLOR);
    expect(look.color).not.toBe(FADED_COLOR);
    expect(look.size).toBe(MIN_EDGE_WIDTH + 2);
    // An open selected edge keeps its status colour.
    expect(edgeDisplay("a", 0, { ...selected, selected: "a", focus: { nodes: new Set<string>(), edges: new Set(["a"]) } }).color).toBe(STATUS_COLOR.legal);
  });

  it("widths grow with the value and stay within bounds", () => {
    expect(edgeWidth(0, 100)).toBe(MIN_EDGE_WIDTH);
    expect(edgeWidth(100, 100)).toBeCloseTo(MAX_EDGE_WIDTH);
    expect(edgeWidth(10, 100)).toBeLessThan(edgeWidth(50, 100));
    expect(edgeWidth(1000, 100)).toBe(MAX_EDGE_WIDTH);
  });

  it("uses flows for width when the analysis gave them", () => {
    const withFlow = { ...base, widthValues: Float64Array.from([1, 0, 100]) };
    expect(edgeDisplay("a", 0, withFlow).size).toBeLessThan(edgeDisplay("c", 2, withFlow).size);
  });

  it("fades everything outside the focus, and emphasises min-cut edges", () => {
    const focused = { ...base, focus: { nodes: new Set(["n"]), edges: new Set(["a"]) } };
    expect(edgeDisplay("a", 0, focused).color).toBe(STATUS_COLOR.legal);
    expect(edgeDisplay("c", 2, focused).color).toBe(FADED_COLOR);
    // A focused route stays visible however little it carries; the faded rest keeps its width.
    const trickle = { ...focused, widthValues: Float64Array.from([1, 0, 1]) };
    expect(edgeDisplay("a", 0, trickle).size).toBeGreaterThanOrEqual(2.5);
    expect(edgeDisplay("c", 2, trickle).size).toBeLessThan(2.5);
    const emphasised = { ...focused, emphasised: new Set(["c"]) };
    expect(edgeDisplay("c", 2, emphasised).color).toBe(HIGHLIGHT_COLOR);
    expect(edgeDisplay("c", 2, emphasised).size).toBeGreaterThanOrEqual(4);
  });

  it("in show-changes mode colours what the scenario did against the reference", () => {
    const reference = states([100, 10, 50], [0, 1, 1]);
    const inputs = { ...base, current: states([40, 0, 50], [0, 1, 2]), changesAgainst: reference };
    expect(edgeDisplay("a", 0, inputs).color).toBe(CHANGE_COLOR.reduced);
    expect(edgeDisplay("b", 1, inputs).color).toBe(CHANGE_COLOR.closed);
    expect(edgeDisplay("c", 2, inputs).color).toBe(CHANGE_COLOR.retagged);
  });

  it("a closing edge fades from its open look to the closed look", () => {
    const before = states([100, 0, 50], [0, 1, 2]);
    const after = states([0, 0, 50], [0, 1, 2]);
    const at = (progress: number) =>
      edgeDisplay("a", 0, { ...base, current: after, fade: { edges: new Set([0]), previous: before, progress } });
    expect(at(0).color).toBe(mixColors(STATUS_COLOR.legal, STATUS_COLOR.legal, 0));
    expect(at(0).size).toBeGreaterThan(at(0.5).size);
    expect(at(0.5).size).toBeGreaterThan(at(1).size);
    expect(at(1).size).toBe(MIN_EDGE_WIDTH);
  });

  it("large graphs use the fast programs", () => {
    expect(edgeDisplay("a", 0, { ...base, fastPrograms: true }).type).toBe("plain");
    expect(nodeDisplay("n", { label: "x", shortLabel: "x", kind: "lab", unverified: true }, { ...base, fastPrograms: true }).type).toBe("fast");
  });
});

describe("classifyChange", () => {
  it("tells closed, reopened, reduced, retagged and unchanged apart", () => {
    const reference = states([10, 0, 10, 10, 10], [0, 0, 0, 0, 0]);
    const current = states([0, 5, 4, 10, 10], [0, 0, 0, 1, 0]);
    expect([0, 1, 2, 3, 4].map((i) => classifyChange(current, reference, i))).toEqual([
      "closed",
      "reopened",
      "reduced",
      "retagged",
      "unchanged",
    ]);
  });
});

describe("node display", () => {
  const facts = { label: "Hubei (Wuhan) chemical suppliers", shortLabel: "Hubei suppliers", kind: "producer" as const, unverified: true };
  it("colours by kind, rings unverified nodes, labels them with their short label", () => {
    expect(nodeDisplay("n", facts, base)).toMatchObject({ color: NODE_KIND_COLOR.producer, type: "ringed", label: "Hubei suppliers" });
  });
  it("labels the hovered and the selected node in full", () => {
    expect(nodeDisplay("n", facts, { ...base, hovered: "n" }).label).toBe("Hubei (Wuhan) chemical suppliers");
    expect(nodeDisplay("n", facts, { ...base, selected: "n" }).label).toBe("Hubei (Wuhan) chemical suppliers");
    expect(nodeDisplay("n", facts, { ...base, hovered: "m", selected: "m" }).label).toBe("Hubei suppliers");
  });
  it("fades and unlabels nodes outside the focus; enlarges the selection", () => {
    const focused = { ...base, focus: { nodes: new Set(["m"]), edges: new Set<string>() } };
    expect(nodeDisplay("n", facts, focused)).toMatchObject({ color: FADED_COLOR, label: null });
    expect(nodeDisplay("n", facts, { ...base, selected: "n" }).size).toBeGreaterThan(base.nodeSize);
  });
});
