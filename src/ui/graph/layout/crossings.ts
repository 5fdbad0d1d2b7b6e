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
  // Spans bucketed by gap in flat typed arrays: this runs after every sweep on graphs of
  // up to 10^5 edges, so no per-span objects.
  const perGap = new Int32Array(gapCount + 1);
  for (const edge of edges) {
    const a = nodes[edge.source].layer;
    const b = nodes[edge.target].layer;
    for (let gap = Math.min(a, b); gap < Math.max(a, b); gap++) perGap[gap + 1]++;
  }
  for (let gap = 0; gap < gapCount; gap++) perGap[gap + 1] += perGap[gap];
  const total = perGap[gapCount];
  const left = new Float64Array(total);
  const right = new Float64Array(total);
  const continues = new Uint8Array(total);
  const fill = perGap.slice(0, gapCount);
  for (const edge of edges) {
    let from = edge.source;
    let to = edge.target;
    if (nodes[from].layer === nodes[to].layer) continue;
    if (nodes[from].layer > nodes[to].layer) [from, to] = [to, from];
    const x0 = nodes[from].layer;
    const x1 = nodes[to].layer;
    const slope = (y[to] - y[from]) / (x1 - x0);
    for (let gap = x0; gap < x1; gap++) {
      const k = fill[gap]++;
      left[k] = y[from] + slope * (gap - x0);
      right[k] = y[from] + slope * (gap + 1 - x0);
      continues[k] = gap + 1 < x1 ? 1 : 0;
    }
  }
  let crossings = 0;
  for (let gap = 0; gap < gapCount; gap++) {
    const start = perGap[gap];
    const end = perGap[gap + 1];
    if (end - start < 2) continue;
    const byLeft = Int32Array.from({ length: end - start }, (_, i) => start + i);
    byLeft.sort((a, b) => left[a] - left[b] || right[a] - right[b]);
    crossings += countStrictInversions(Float64Array.from(byLeft, (k) => right[k]));
    crossings += meetingsOnTheRightLine(byLeft, left, right, continues);
  }
  return crossings;
}

/** Continuing spans, apart on the left, that meet on the right column line. */
function meetingsOnTheRightLine(spans: Int32Array, left: Float64Array, right: Float64Array, continues: Uint8Array): number {
  const going = spans.filter((k) => continues[k] === 1);
  if (going.length < 2) return 0;
  going.sort((a, b) => right[a] - right[b] || left[a] - left[b]);
  let pairs = 0;
  let i = 0;
  while (i < going.length) {
    let j = i;
    let sameLeftPairs = 0;
    while (j < going.length && right[going[j]] === right[going[i]]) {
      let m = j;
      while (m < going.length && right[going[m]] === right[going[i]] && left[going[m]] === left[going[j]]) m++;
      sameLeftPairs += ((m - j) * (m - j - 1)) / 2;
      j = m;
    }
    const count = j - i;
    pairs += (count * (count - 1)) / 2 - sameLeftPairs;
    i = j;
  }
  return pairs;
}

/** Pairs i < j with values[i] > values[j], by bottom-up merge sort (values are reordered). */
function countStrictInversions(values: Float64Array): number {
  const n = values.length;
  let source: Float64Array = values;
  let buffer: Float64Array = new Float64Array(n);
  let inversions = 0;
  for (let width = 1; width < n; width *= 2) {
    for (let start = 0; start < n; start += 2 * width) {
      const middle = Math.min(start + width, n);
      const end = Math.min(start + 2 * width, n);
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
