/**
 * JSON Pointers (RFC 6901): "/nodes/3/id" names the value at data.nodes[3].id; "" names
 * the whole document. In a segment, "~" is written "~0" and "/" is written "~1".
 */

export type PointerSegment = string | number;

export function escapeSegment(segment: PointerSegment): string {
  const text = String(segment);
  return text.includes("~") || text.includes("/") ? text.replace(/~/g, "~0").replace(/\//g, "~1") : text;
}

export function pointerOf(segments: readonly PointerSegment[]): string {
  let pointer = "";
  for (const segment of segments) pointer += "/" + escapeSegment(segment);
  return pointer;
}

/** Appends one segment to a pointer. */
export function childPointer(pointer: string, segment: PointerSegment): string {
  return pointer + "/" + escapeSegment(segment);
}

/** The segments of a pointer, unescaped. "" gives []; a pointer not starting with "/" is refused. */
export function parsePointer(pointer: string): string[] {
  if (pointer === "") return [];
  if (!pointer.startsWith("/")) throw new RangeError(`not a JSON Pointer: '${pointer}'`);
  return pointer
    .slice(1)
    .split("/")
    .map((segment) => segment.replace(/~1/g, "/").replace(/~0/g, "~"));
}

/** The value `pointer` names inside `root`, or undefined when there is none. */
export function resolvePointer(root: unknown, pointer: string): unknown {
  let current = root;
  for (const segment of parsePointer(pointer)) {
    if (Array.isArray(current)) {
      if (!/^(0|[1-9][0-9]*)$/.test(segment)) return undefined;
      current = current[Number(segment)];
    } else if (current !== null && typeof current === "object" && Object.prototype.hasOwnProperty.call(current, segment)) {
      current = (current as Record<string, unknown>)[segment];
    } else {
      return undefined;
    }
  }
  return current;
}
