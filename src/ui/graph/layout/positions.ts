/** A layout is a position for every node id, in sigma graph coordinates (y grows upwards). */
export interface Point {
  readonly x: number;
  readonly y: number;
}

export type Positions = ReadonlyMap<string, Point>;

export type LayoutKind = "tiered" | "geographic" | "force";

export const LAYOUT_KINDS: readonly LayoutKind[] = ["tiered", "geographic", "force"];

export const LAYOUT_LABEL: Readonly<Record<LayoutKind, string>> = {
  tiered: "Tiered",
  geographic: "Geographic",
  force: "Force (ForceAtlas2)",
};

export function isLayoutKind(value: unknown): value is LayoutKind {
  return typeof value === "string" && (LAYOUT_KINDS as readonly string[]).includes(value);
}
