/**
 * Counts edge crossings of a layered drawing with straight edges.
 *
 * Algorithm: every endpoint sits on a column, so two straight edges can only cross in a
 * gap between adjacent columns that both span, and they cross there exactly when their
 * vertical order at the gap's left boundary differs from their order at its right
 * boundary. Per gap, we sort the spanning edges by their height on the left and count
 * strict inversions of their heights on the right with a merge sort, the bilayer
 * crossing count of Barth, Juenger and Mutzel ("Simple and efficient bilayer cross
 * counting", JGAA 8(2), 2004), extended to long edges by linear interpolation.
 * Two long edges can also meet exactly on a column line they both pass (a tie on the
 * right boundary of a gap with distinct heights on its left): that crossing is counted in
 * the gap it ends. O(S log S) where S is the total number of (edge, gap) spans. Edges
 * sharing an endpoint do not count as crossing; edges inside one column count nothing.
 */
import { rowPositions, type LayerOrder, type LayeredEdge, type LayeredNode } from "./layered-graph";

export function countCrossings(
  nodes: readonly LayeredNode[],
  edges: readonly LayeredEdge[],
  order: LayerOrder,
): number {
  const y = rowPositions(order, nodes.length);
  const gapCount = Math.max(0, order.length - 1);
  const spans: Span[][] = Array.from({ length: gapCount }, () => []);
  for (const edge of edges) {
    let from = edge.source;
    let to = edge.target;
    if (nodes[from].layer === nodes[to].layer) continue;
    if (nodes[from].layer > nodes[to].layer) [from, to] = [to, from];
    const x0 = nodes[from].layer;
    const x1 = nodes[to].layer;
    const heightAt = (x: number) => y[from] + ((y[to] - y[from]) * (x - x0)) / (x1 - x0);
    for (let gap = x0; gap < x1; gap++) {
      spans[gap].push({ left: heightAt(gap), right: heightAt(gap + 1), continues: gap + 1 < x1 });
    }
  }
  let total = 0;
  for (const gap of spans) {
    gap.sort((a, b) => a.left - b.left || a.right - b.right);
    total += countStrictInversions(gap.map((span) => span.right)) + meetingsOnTheRightLine(gap);
  }
  return total;
}

interface Span {
  readonly left: number;
  readonly right: number;
  /** The edge goes on past the gap's right column line. */
  readonly continues: boolean;
}

/** Pairs of continuing spans, apart on the left, that meet on the right line (sorted input). */
function meetingsOnTheRightLine(sorted: readonly Span[]): number {
  const byRight = new Map<number, Map<number, number>>();
  for (const span of sorted) {
    if (!span.continues) continue;
    const lefts = byRight.get(span.right) ?? new Map<number, number>();
    lefts.set(span.left, (lefts.get(span.left) ?? 0) + 1);
    byRight.set(span.right, lefts);
  }
  let pairs = 0;
  for (const lefts of byRight.values()) {
    let count = 0;
    let sameLeftPairs = 0;
    for (const m of lefts.values()) {
      count += m;
      sameLeftPairs += (m * (m - 1)) / 2;
    }
    pairs += (count * (count - 1)) / 2 - sameLeftPairs;
  }
  return pairs;
}

/** Pairs i < j with values[i] > values[j], by merge sort. */
function countStrictInversions(values: number[]): number {
  if (values.length < 2) return 0;
  let buffer = values.slice();
  let source = values.slice();
  let inversions = 0;
  for (let width = 1; width < source.length; width *= 2) {
    for (let start = 0; start < source.length; start += 2 * width) {
      const middle = Math.min(start + width, source.length);
      const end = Math.min(start + 2 * width, source.length);
      let i = start;
      let j = middle;
      let k = start;
      while (i < middle && j < end) {
        if (source[j] < source[i]) {
          inversions += middle - i;
          buffer[k++] = source[j++];
        } else {
          buffer[k++] = source[i++];
        }
      }
      while (i < middle) buffer[k++] = source[i++];
      while (j < end) buffer[k++] = source[j++];
    }
    [source, buffer] = [buffer, source];
  }
  return inversions;
}
