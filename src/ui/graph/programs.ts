/**
 * Sigma programs (WebGL) and label drawing for the graph view. Browser-only: the program
 * modules read WebGLRenderingContext when imported.
 *
 * Edges: @sigma/edge-curve's curved arrow program, in three dash patterns (the non-hue
 * mark of legal status). The dash is added by patching the fragment shader of the pinned
 * @sigma/edge-curve version: fragments are dropped periodically along the chord, except
 * in the arrow head and in picking mode (so a dashed edge is as easy to hover as a solid
 * one). A patch that no longer applies throws at startup instead of silently drawing solid
 * lines. Large graphs use sigma's cheapest programs (gl.LINES edges, plain discs).
 */
import { createEdgeCurveProgram } from "@sigma/edge-curve";
import { createNodeBorderProgram } from "@sigma/node-border";
import type { Attributes } from "graphology-types";
import type { EdgeProgramType, NodeLabelDrawingFunction, NodeProgramType } from "sigma/rendering";
import { EdgeLineProgram, NodeCircleProgram } from "sigma/rendering";
import type { ProgramDefinition } from "sigma/rendering";
import type { LabelBoard } from "../../io/layout/label-board";
import { NODE_OUTLINE_COLOR, UNVERIFIED_RING_COLOR, type DashStyle } from "../../io/style/palette";

const ARROW_HEAD = { extremity: "target", lengthToThicknessRatio: 4, widenessToThicknessRatio: 3 } as const;

/** Dash and gap lengths in device pixels: a minimum, or a multiple of the edge thickness. */
const DASHES: Readonly<Record<Exclude<DashStyle, "solid">, { on: [number, number]; off: [number, number] }>> = {
  dashed: { on: [9, 3], off: [5, 1.6] },
  dotted: { on: [2.5, 1], off: [4, 1.6] },
};

const PATCH_ANCHOR = "  float halfThickness = thickness / 2.0;";

function glslFloat(value: number): string {
  return Number.isInteger(value) ? `${value}.0` : String(value);
}

function dashFragment(dash: (typeof DASHES)["dashed"]): string {
  return `
  #ifndef PICKING_MODE
  {
    vec2 chord = v_cpC - v_cpA;
    float along = dot(gl_FragCoord.xy - v_cpA, chord) / max(length(chord), 0.0001);
    float dashOn = max(${glslFloat(dash.on[0])}, v_thickness * ${glslFloat(dash.on[1])});
    float dashOff = max(${glslFloat(dash.off[0])}, v_thickness * ${glslFloat(dash.off[1])});
    if (distToTarget >= targetArrowLength && mod(along, dashOn + dashOff) > dashOn) discard;
  }
  #endif
`;
}

function curvedProgram<N extends Attributes, E extends Attributes, G extends Attributes>(dash: DashStyle): EdgeProgramType<N, E, G> {
  const Base = createEdgeCurveProgram<N, E, G>({ arrowHead: ARROW_HEAD, curvatureAttribute: "curvature" });
  if (dash === "solid") return Base;
  const extra = dashFragment(DASHES[dash]);
  // The factory's return type hides the concrete class it builds, which has getDefinition.
  const Concrete = Base as unknown as new (...args: ConstructorParameters<typeof Base>) => { getDefinition(): ProgramDefinition };
  const Dashed = class DashedCurveProgram extends Concrete {
    getDefinition() {
      const definition = super.getDefinition();
      const source = definition.FRAGMENT_SHADER_SOURCE;
      if (!source.includes(PATCH_ANCHOR)) {
        throw new Error("programs: the @sigma/edge-curve fragment shader changed; the dash patch no longer applies.");
      }
      return { ...definition, FRAGMENT_SHADER_SOURCE: source.replace(PATCH_ANCHOR, extra + PATCH_ANCHOR) };
    }
  };
  return Dashed as unknown as EdgeProgramType<N, E, G>;
}

export function edgePrograms<N extends Attributes, E extends Attributes, G extends Attributes>(): Record<string, EdgeProgramType<N, E, G>> {
  return {
    "curved-solid": curvedProgram<N, E, G>("solid"),
    "curved-dashed": curvedProgram<N, E, G>("dashed"),
    "curved-dotted": curvedProgram<N, E, G>("dotted"),
    plain: EdgeLineProgram as unknown as EdgeProgramType<N, E, G>,
  };
}

export function nodePrograms<N extends Attributes, E extends Attributes, G extends Attributes>(): Record<string, NodeProgramType<N, E, G>> {
  return {
    fast: NodeCircleProgram as unknown as NodeProgramType<N, E, G>,
    solid: createNodeBorderProgram<N, E, G>({
      borders: [
        { size: { value: 1.2, mode: "pixels" }, color: { value: NODE_OUTLINE_COLOR } },
        { size: { fill: true }, color: { attribute: "color" } },
      ],
    }),
    // Unverified items (no primary source): a white ring inside the outline.
    ringed: createNodeBorderProgram<N, E, G>({
      borders: [
        { size: { value: 1.2, mode: "pixels" }, color: { value: NODE_OUTLINE_COLOR } },
        { size: { value: 0.35, mode: "relative" }, color: { value: UNVERIFIED_RING_COLOR } },
        { size: { fill: true }, color: { attribute: "color" } },
      ],
    }),
  };
}

/**
 * Labels on a white halo (readable over edges), wrapped onto as many lines as the layout
 * leaves room for and shortened with an ellipsis to the width it leaves them (`space`, read
 * at each draw: in the tiered layout, the gap to the next column at the current zoom), so
 * labels do not run into each other and zooming in reveals full names. A label that would
 * overlap one already drawn in this frame is skipped (`board`, cleared before each render).
 */
export function createLabelDrawer<N extends Attributes, E extends Attributes, G extends Attributes>(
  space: () => LabelSpace,
  board: LabelBoard,
): NodeLabelDrawingFunction<N, E, G> {
  return (context, data, settings) => {
    // A highlighted (selected) node gets sigma's hover box with its full label instead.
    if (!data.label || data.highlighted) return;
    context.font = `${settings.labelWeight} ${settings.labelSize}px ${settings.labelFont}`;
    const { width, lines } = space();
    const lineHeight = settings.labelSize + 1;
    const text = wrapText(context, data.label, Math.max(40, width - data.size - 6), lines);
    const x = data.x + data.size + 3;
    const top = data.y + settings.labelSize / 3 - ((text.length - 1) * lineHeight) / 2;
    const textWidth = Math.max(...text.map((line) => context.measureText(line).width));
    const rect = { x, y: top - settings.labelSize, width: textWidth, height: text.length * lineHeight };
    if (!board.tryPlace(rect)) return;
    context.lineJoin = "round";
    context.lineWidth = 3;
    context.strokeStyle = "rgba(255,255,255,0.92)";
    context.fillStyle = "#1B1B1B";
    text.forEach((line, i) => {
      context.strokeText(line, x, top + i * lineHeight);
      context.fillText(line, x, top + i * lineHeight);
    });
  };
}

/** Room for a node label: its width in pixels, and how many lines it may wrap onto. */
export interface LabelSpace {
  readonly width: number;
  readonly lines: number;
}

/** Greedy word wrap onto at most `lines` lines; the last line ends with an ellipsis if cut. */
function wrapText(context: CanvasRenderingContext2D, label: string, width: number, lines: number): string[] {
  if (lines <= 1 || context.measureText(label).width <= width) return [fitText(context, label, width)];
  const words = label.split(/\s+/);
  const result: string[] = [];
  let current = "";
  let used = 0;
  for (; used < words.length && result.length < lines - 1; used++) {
    const candidate = current ? `${current} ${words[used]}` : words[used];
    if (context.measureText(candidate).width <= width || current === "") {
      current = candidate;
    } else {
      result.push(current);
      current = words[used];
    }
  }
  const rest = [current, ...words.slice(used)].filter(Boolean).join(" ");
  result.push(fitText(context, rest, width));
  return result.map((line) => (context.measureText(line).width <= width ? line : fitText(context, line, width)));
}

/** The longest prefix of `label` (plus an ellipsis) no wider than `width` pixels. */
function fitText(context: CanvasRenderingContext2D, label: string, width: number): string {
  if (context.measureText(label).width <= width) return label;
  let low = 1;
  let high = label.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (context.measureText(`${label.slice(0, mid).trimEnd()}…`).width <= width) low = mid;
    else high = mid - 1;
  }
  return `${label.slice(0, low).trimEnd()}…`;
}
