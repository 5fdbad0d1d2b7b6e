/**
 * Per-arc values (capacities, a starting flow) laid out in slot order, in two
 * cache-friendly passes instead of one gather: a radix partition by slot block, as in the
 * partitioned hash joins of S. Manegold, P. Boncz and M. Kersten, "Optimizing main-memory
 * join on modern hardware", IEEE TKDE 14(4) (2002) 709-730.
 *
 * Why: slots are grouped by vertex and logical arcs are numbered as the dataset lists
 * them, so `values[slotArc[s]]` over the slots in order is a random read per slot; on
 * 10^6 arcs (a 10 MB array, thousands of pages) each one costs a cache and TLB miss, and
 * filling push-relabel's records spent most of its time there. Here the first pass reads
 * the values in arc order and appends each to the staging block of its slot (a few
 * hundred blocks, each written sequentially); the second reads a slot's value from its
 * block, which at 128 KB stays in the L2 cache while the slots of that block are filled.
 * The positions are computed once per graph.
 */
import type { FlowGraph } from "./flow-graph";

/** Slots per staging block: 2^14 values of 8 bytes, 128 KB, well inside an L2 cache. */
const BLOCK_BITS = 14;

export class SlotGather {
  /** Per logical arc: where its forward and its reverse slot's values go in the staging. */
  private readonly target: Int32Array;
  /** Per slot: where its value is in the staging (inside the slot's own block). */
  readonly position: Int32Array;

  constructor(graph: FlowGraph) {
    const { arcCount, forwardSlot, mate } = graph;
    const slots = 2 * arcCount;
    const cursor = new Int32Array((slots >> BLOCK_BITS) + 1);
    // Block b holds slots [b << BLOCK_BITS, (b + 1) << BLOCK_BITS): it starts at its first slot.
    for (let b = 0; b < cursor.length; b++) cursor[b] = b << BLOCK_BITS;
    this.target = new Int32Array(slots);
    this.position = new Int32Array(slots);
    for (let a = 0; a < arcCount; a++) {
      const forward = forwardSlot[a];
      const reverse = mate[forward];
      const forwardAt = cursor[forward >> BLOCK_BITS]++;
      const reverseAt = cursor[reverse >> BLOCK_BITS]++;
      this.target[2 * a] = forwardAt;
      this.target[2 * a + 1] = reverseAt;
      this.position[forward] = forwardAt;
      this.position[reverse] = reverseAt;
    }
  }

  /**
   * Spreads per-arc `values` into `staging` (two entries per arc, one per slot): slot s's
   * value is then `staging[position[s]]`.
   */
  stage(values: Float64Array, staging: Float64Array): void {
    const { target } = this;
    for (let a = 0; a < values.length; a++) {
      const value = values[a];
      staging[target[2 * a]] = value;
      staging[target[2 * a + 1]] = value;
    }
  }
}
