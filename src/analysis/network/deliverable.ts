/**
 * How much of one input can reach one lab on its own (the bound a capped recipe's other
 * inputs put on it): a max-flow from the producers to the lab's state within that
 * commodity's subnetwork, in kg/month.
 *
 * On a large network a lab is reached from a small part of it, so each query first finds,
 * by a BFS from the lab over the open arcs of the reversed subnetwork, the vertices that
 * can reach it, and runs Dinic from the lab to the super-source confined to them
 * (graph/max-flow.ts, `maxFlowWithin`): a query costs what its region costs, not what the
 * super-source's thousands of arcs would.
 *
 * Results are memoised per commodity against that commodity's capacity vector (as many
 * vectors as a memory budget allows, found by hash and compared in full): toggling one
 * intervention changes a few commodities, the others' answers are reused, and capacity
 * states seen before are not solved again, which is most of what makes attribution cheap.
 */
import { MaxFlowWorkspace, flowTolerance, maxFlowWithin } from "../graph/max-flow";
import { ARC_EDGE, ARC_SPLIT, type CommoditySubnetwork, type CompiledNetwork } from "./compiled-network";

/**
 * How many capacity values (over all remembered vectors) a commodity may keep answers
 * for: a few vectors on a 10^6-edge network, hundreds on the default dataset, where the
 * app's toggling revisits the same few capacity states of each commodity again and again.
 */
const REMEMBERED_VALUES = 1 << 20;
const MAX_REMEMBERED_VECTORS = 512;

interface Answers {
  readonly capacity: Float64Array;
  readonly tolerance: number;
  readonly byIntake: Map<number, number>;
}

/** Per subnetwork, for the life of the compiled network: scratch arrays and memoised answers. */
interface SubnetworkState {
  readonly workspace: MaxFlowWorkspace;
  readonly residual: Float64Array;
  readonly seen: Int32Array;
  readonly region: Int32Array;
  /** Where the current capacity vector is built before it is compared with the remembered ones. */
  readonly scratch: Float64Array;
  stamp: number;
  /** Remembered answers by a hash of their capacity vector, oldest first. */
  readonly answers: Map<number, Answers[]>;
  remembered: number;
}

const states = new WeakMap<CommoditySubnetwork, SubnetworkState>();

function stateOf(sub: CommoditySubnetwork): SubnetworkState {
  let state = states.get(sub);
  if (!state) {
    state = {
      workspace: new MaxFlowWorkspace(sub.reversed),
      residual: new Float64Array(2 * sub.reversed.arcCount),
      seen: new Int32Array(sub.reversed.vertexCount),
      region: new Int32Array(sub.reversed.vertexCount),
      scratch: new Float64Array(sub.reversed.arcCount),
      stamp: 0,
      answers: new Map(),
      remembered: 0,
    };
    states.set(sub, state);
  }
  return state;
}

// The two 32-bit words of a float, read through one shared 8-byte buffer.
const hashFloat = new Float64Array(1);
const hashWords = new Int32Array(hashFloat.buffer);

/**
 * A 30-bit FNV-style hash of a vector's values, over their bits (collisions are resolved
 * by comparing; -0 is hashed as 0, which it equals). 30 bits keep the key a small
 * integer for V8, which a Map hashes much faster than a heap number.
 */
function hashVector(values: Float64Array): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < values.length; i++) {
    hashFloat[0] = values[i] + 0;
    hash = Math.imul(hash ^ hashWords[0], 0x01000193);
    hash = Math.imul(hash ^ hashWords[1], 0x01000193);
  }
  return hash & 0x3fffffff;
}

function sameVector(a: Float64Array, b: Float64Array): boolean {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function solve(sub: CommoditySubnetwork, state: SubnetworkState, answers: Answers, lab: number): number {
  const graph = sub.reversed;
  const { outStart, outArcs, head, start, slotArc, forwardSlot } = graph;
  const { seen, region, residual } = state;
  const { capacity } = answers;
  const superSource = 0;
  const stamp = ++state.stamp;
  // BFS from the lab over open reversed arcs: the region that can reach the lab.
  let size = 0;
  region[size++] = lab;
  seen[lab] = stamp;
  for (let i = 0; i < size; i++) {
    const v = region[i];
    if (v === superSource) continue;
    for (let k = outStart[v], end = outStart[v + 1]; k < end; k++) {
      const a = outArcs[k];
      const u = head[a];
      if (seen[u] === stamp || !(capacity[a] > 0)) continue;
      seen[u] = stamp;
      region[size++] = u;
    }
  }
  if (seen[superSource] !== stamp) return 0;
  // The super-source is the sink of this solve: its slots are never read, so they are
  // not initialised (that is the point of the reversal).
  for (let i = 0; i < size; i++) {
    const v = region[i];
    if (v === superSource) continue;
    for (let s = start[v], end = start[v + 1]; s < end; s++) {
      const a = slotArc[s];
      residual[s] = forwardSlot[a] === s ? capacity[a] : 0;
    }
  }
  return maxFlowWithin(graph, residual, answers.tolerance, lab, superSource, region, size, state.workspace);
}

/** Drops the oldest remembered vectors until one more of `size` values fits the budget. */
function forgetOldest(state: SubnetworkState, size: number): void {
  const limit = Math.max(1, Math.min(MAX_REMEMBERED_VECTORS, Math.floor(REMEMBERED_VALUES / Math.max(1, size))));
  while (state.remembered >= limit) {
    const oldest = state.answers.keys().next();
    if (oldest.done) return;
    const bucket = state.answers.get(oldest.value) as Answers[];
    bucket.shift();
    if (bucket.length === 0) state.answers.delete(oldest.value);
    state.remembered--;
  }
}

export class DeliverableSolver {
  /** Per commodity class: its answers for the current capacities (null: no subnetwork; undefined: not looked up). */
  private readonly answersOf: (Answers | null | undefined)[] = [];

  constructor(
    private readonly net: CompiledNetwork,
    private edgeKg: Float64Array,
  ) {}

  /** Answers for other edge capacities from now on (lets one solver serve many counterfactuals). */
  reset(edgeKg: Float64Array): void {
    this.edgeKg = edgeKg;
    this.answersOf.fill(undefined);
  }

  /** The memoised answers for this commodity's current capacities (found or started). */
  private answers(commodityClass: number): Answers | null {
    const known = this.answersOf[commodityClass];
    if (known !== undefined) return known;
    const sub = this.net.subnetworks.get(commodityClass);
    if (!sub) {
      this.answersOf[commodityClass] = null;
      return null;
    }
    const { arcKind, arcRef, nodeCapacity } = this.net;
    const state = stateOf(sub);
    const capacity = state.scratch;
    const { globalArc } = sub;
    for (let i = 0; i < globalArc.length; i++) {
      const a = globalArc[i];
      const kind = arcKind[a];
      capacity[i] = kind === ARC_EDGE ? this.edgeKg[arcRef[a]] : kind === ARC_SPLIT ? nodeCapacity[arcRef[a]] : Infinity;
    }
    const hash = hashVector(capacity);
    const bucket = state.answers.get(hash);
    let found: Answers | undefined;
    for (let k = 0; bucket !== undefined && k < bucket.length && found === undefined; k++) if (sameVector(bucket[k].capacity, capacity)) found = bucket[k];
    if (!found) {
      found = { capacity: capacity.slice(), tolerance: flowTolerance(capacity), byIntake: new Map() };
      forgetOldest(state, capacity.length);
      state.answers.set(hash, [...(bucket ?? []), found]);
      state.remembered++;
    }
    this.answersOf[commodityClass] = found;
    return found;
  }

  /** kg/month of `intake`'s commodity deliverable to its lab, other inputs ignored. */
  deliverable(intake: number): number {
    const { commodityClass, state: labState } = this.net.intakes[intake];
    const answers = this.answers(commodityClass);
    const sub = this.net.subnetworks.get(commodityClass);
    const lab = sub === undefined ? -1 : sub.localVertex[labState];
    if (!answers || !sub || lab < 0) return 0;
    let value = answers.byIntake.get(intake);
    if (value === undefined) {
      value = solve(sub, stateOf(sub), answers, lab);
      answers.byIntake.set(intake, value);
    }
    return value;
  }
}
