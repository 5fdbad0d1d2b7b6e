/**
 * Node labels of an SVG export, placed so that none covers another label or a node.
 *
 * A greedy placement (after the point-feature labelling heuristics of Christensen, Marks
 * and Shieber, "An empirical study of algorithms for point-feature label placement", ACM
 * TOG 14(3), 1995, in its simplest form): nodes are labelled in order of importance (the
 * flow through them), each trying a few candidate boxes (right, below, left, above; then
 * the same with narrower lines) and taking the first that overlaps nothing placed so far
 * and stays inside the drawing. A label that fits nowhere is left out and counted, so the
 * caption can say so: a picture for a paper is better with a missing name than with two
 * names printed over each other. The full name is in every node's <title> anyway.
 *
 * Text width is estimated (no font metrics outside a browser): 0.58 em per character is
 * the average advance of system sans-serif fonts on mixed-case text, slightly generous.
 */
import { LabelBoard, type LabelRect } from "../../layout/label-board";
import { element, openTag } from "../../xml/write-xml";

export interface LabelledNode {
  readonly text: string;
  readonly x: number;
  readonly y: number;
  readonly radius: number;
  /** Higher is labelled first. */
  readonly weight: number;
}

export interface LabelSettings {
  readonly fontSize: number;
  /** Where labels may go (the graph area; the legend and the header stay clear). */
  readonly bounds: LabelRect;
}

const CHAR_WIDTH_EM = 0.58;
const LINE_HEIGHT_EM = 1.2;
const GAP = 3;
/** Characters per line: a comfortable width first, then a narrower one for tight places. */
const LINE_CHARS = [24, 15] as const;
const MAX_LINES = 3;

/** Breaks a label at spaces into at most `maxLines` lines of about `width` characters; an ellipsis marks a cut. */
export function wrapLabel(text: string, width: number, maxLines = MAX_LINES): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.trim().split(/\s+/)) {
    if (line.length > 0 && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line.length > 0 ? `${line} ${word}` : word;
  }
  if (line.length > 0) lines.push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = `${kept[maxLines - 1]}…`;
  return kept;
}

/** Estimated width of a line of text in pixels. */
export function textWidth(text: string, fontSize: number): number {
  return text.length * fontSize * CHAR_WIDTH_EM;
}

type Side = "right" | "below" | "left" | "above";
const SIDES: readonly Side[] = ["right", "below", "left", "above"];

interface Candidate {
  readonly box: LabelRect;
  readonly anchor: "start" | "middle" | "end";
  /** Where the first line's baseline starts. */
  readonly x: number;
  readonly y: number;
}

function candidate(node: LabelledNode, side: Side, lines: readonly string[], fontSize: number): Candidate {
  const width = Math.max(...lines.map((line) => textWidth(line, fontSize)));
  const lineHeight = fontSize * LINE_HEIGHT_EM;
  const height = lines.length * lineHeight;
  const ascent = fontSize * 0.8;
  const reach = node.radius + GAP;
  switch (side) {
    case "right":
      return { box: { x: node.x + reach, y: node.y - height / 2, width, height }, anchor: "start", x: node.x + reach, y: node.y - height / 2 + ascent };
    case "left":
      return { box: { x: node.x - reach - width, y: node.y - height / 2, width, height }, anchor: "end", x: node.x - reach, y: node.y - height / 2 + ascent };
    case "below":
      return { box: { x: node.x - width / 2, y: node.y + reach, width, height }, anchor: "middle", x: node.x, y: node.y + reach + ascent };
    case "above":
      return { box: { x: node.x - width / 2, y: node.y - reach - height, width, height }, anchor: "middle", x: node.x, y: node.y - reach - height + ascent };
  }
}

function inside(box: LabelRect, bounds: LabelRect): boolean {
  return box.x >= bounds.x && box.y >= bounds.y && box.x + box.width <= bounds.x + bounds.width && box.y + box.height <= bounds.y + bounds.height;
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

/** SVG text elements for the labels that fit, and how many did not. */
export function placeLabels(nodes: readonly LabelledNode[], settings: LabelSettings): { lines: string[]; omitted: number } {
  const board = new LabelBoard();
  for (const node of nodes) board.place({ x: node.x - node.radius, y: node.y - node.radius, width: 2 * node.radius, height: 2 * node.radius });
  const order = nodes.map((_, i) => i).sort((a, b) => nodes[b].weight - nodes[a].weight || a - b);
  const lines: string[] = [];
  let omitted = 0;
  for (const i of order) {
    const node = nodes[i];
    const chosen = LINE_CHARS.flatMap((chars) => {
      const wrapped = wrapLabel(node.text, chars);
      return SIDES.map((side) => ({ wrapped, at: candidate(node, side, wrapped, settings.fontSize) }));
    }).find(({ at }) => inside(at.box, settings.bounds) && board.fits(at.box, 1));
    if (!chosen) {
      omitted++;
      continue;
    }
    board.place(chosen.at.box);
    const lineHeight = round(settings.fontSize * LINE_HEIGHT_EM);
    const x = round(chosen.at.x);
    lines.push(
      openTag("text", { x, y: round(chosen.at.y), "text-anchor": chosen.at.anchor === "start" ? undefined : chosen.at.anchor }) +
        chosen.wrapped.map((line, k) => element("tspan", { x, dy: k === 0 ? undefined : lineHeight }, line)).join("") +
        "</text>",
    );
  }
  return { lines, omitted };
}
