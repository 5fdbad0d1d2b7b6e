import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { placeLabels, textWidth, wrapLabel, type LabelledNode } from "../../../src/io/export/svg/svg-labels";
import { parseXml } from "../xml/support/tree-parse-xml";
import { childrenNamed, textOf } from "../xml/support/xml-tree";

const FONT = 10;
const bounds = { x: 0, y: 0, width: 400, height: 300 };

/** The boxes the placed labels occupy, read back from the SVG text they became. */
function placedBoxes(lines: readonly string[]) {
  return lines.map((line) => {
    const parsed = parseXml(line, "label.svg");
    if (!parsed.ok) throw new Error("not XML");
    const text = parsed.document.root;
    const rows = childrenNamed(text, "tspan").map(textOf);
    const width = Math.max(...rows.map((row) => textWidth(row, FONT)));
    const height = rows.length * FONT * 1.2;
    const x = Number(text.attributes.x);
    const anchor = text.attributes["text-anchor"] ?? "start";
    const left = anchor === "start" ? x : anchor === "end" ? x - width : x - width / 2;
    return { x: left, y: Number(text.attributes.y) - FONT * 0.8, width, height, rows };
  });
}

function overlap(a: { x: number; y: number; width: number; height: number }, b: typeof a): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

describe("wrapLabel", () => {
  it("breaks at spaces into lines of about the width, at most three, an ellipsis marking a cut", () => {
    expect(wrapLabel("Sinaloa Cartel synthesis labs (Culiacan area)", 24)).toEqual(["Sinaloa Cartel synthesis", "labs (Culiacan area)"]);
    expect(wrapLabel("short", 24)).toEqual(["short"]);
    expect(wrapLabel("one two three four five six seven", 5)).toEqual(["one", "two", "three…"]);
    expect(wrapLabel("averyveryverylongsingleword", 10)).toEqual(["averyveryverylongsingleword"]);
  });
});

describe("placeLabels", () => {
  it("puts a lone label to the right of its node", () => {
    const { lines, omitted } = placeLabels([{ text: "Nogales", x: 100, y: 100, radius: 5, weight: 1 }], { fontSize: FONT, bounds });
    expect(omitted).toBe(0);
    const [box] = placedBoxes(lines);
    expect(box.x).toBeGreaterThan(105);
    expect(box.rows).toEqual(["Nogales"]);
  });

  it("moves a label to another side when the right is taken, and leaves out one that fits nowhere", () => {
    // Two nodes side by side: the heavier one is labelled first, on the right, over the
    // lighter one's right side too; the lighter one goes below, left or above.
    const nodes: LabelledNode[] = [
      { text: "Heavy node with a long name", x: 100, y: 100, radius: 5, weight: 10 },
      { text: "Light node", x: 100, y: 118, radius: 5, weight: 1 },
    ];
    const { lines, omitted } = placeLabels(nodes, { fontSize: FONT, bounds });
    expect(omitted).toBe(0);
    const boxes = placedBoxes(lines);
    expect(overlap(boxes[0], boxes[1])).toBe(false);
    const cramped = placeLabels([{ text: "No room at all here", x: 10, y: 10, radius: 8, weight: 1 }], { fontSize: FONT, bounds: { x: 0, y: 0, width: 20, height: 20 } });
    expect(cramped).toEqual({ lines: [], omitted: 1 });
  });

  it("never draws two labels over each other, over a node, or outside the bounds (random nodes)", () => {
    const node = fc.record({
      text: fc.array(fc.constantFrom("Port", "of", "Manzanillo", "CJNG", "labs", "(Jalisco)", "US", "Southwest"), { minLength: 1, maxLength: 6 }).map((words) => words.join(" ")),
      x: fc.integer({ min: 0, max: 400 }),
      y: fc.integer({ min: 0, max: 300 }),
      radius: fc.integer({ min: 2, max: 12 }),
      weight: fc.nat(100),
    });
    fc.assert(
      fc.property(fc.array(node, { maxLength: 40 }), (nodes) => {
        const { lines, omitted } = placeLabels(nodes, { fontSize: FONT, bounds });
        expect(lines.length + omitted).toBe(nodes.length);
        const boxes = placedBoxes(lines);
        const slack = 0.01;
        for (const box of boxes) {
          expect(box.x).toBeGreaterThanOrEqual(bounds.x - slack);
          expect(box.x + box.width).toBeLessThanOrEqual(bounds.x + bounds.width + slack);
          for (const other of boxes) if (other !== box) expect(overlap(box, other)).toBe(false);
          for (const n of nodes) {
            const disc = { x: n.x - n.radius + slack, y: n.y - n.radius + slack, width: 2 * n.radius - 2 * slack, height: 2 * n.radius - 2 * slack };
            expect(overlap(box, disc)).toBe(false);
          }
        }
      }),
      { numRuns: 200 },
    );
  });
});
