/**
 * How much of one input can reach one lab on its own (the bound a capped recipe's other
 * inputs put on it): a max-flow from the producers to the lab's state within that
 * commodity's subnetwork, in kg/month.
 *
 * On a large network a lab is reached from a small part of it, so each query first finds,
 * by a backward BFS from the lab over open arcs, the vertices that can reach it, and runs
 * Dinic confined to them (graph/max-flow.ts, `maxFlowWithin`); a query costs what its
 * region costs. Results are memoised per commodity against that commodity's capacity
 * vector (the last few vectors seen): toggling one intervention changes a few
 * commodities, and the others' answers are reused, which is most of what makes
 * attribution cheap.
 */
import { MaxFlowWorkspace, flowTolerance, maxFlowWithin } from "../graph/max-flow";
import { ARC_EDGE, ARC_SPLIT, type CommoditySubnetwork, type CompiledNetwork } from "./compiled-network";

/** How many capacity vectors per commodity keep their answers. */
const REMEMBERED_VECTORS = 4;

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
  answers: Answers[];
}

const states = new WeakMap<CommoditySubnetwork, SubnetworkState>();

function stateOf(sub: CommoditySubnetwork): SubnetworkState {
  let state = states.get(sub);
  if (!state) {
    state = {
      workspace: new MaxFlowWorkspace(sub.graph),
      residual: new Float64Array(2 * sub.graph.arcCount),
      seen: new Int32Array(sub.graph.vertexCount),
      region: new Int32Array(sub.graph.vertexCount),
      scratch: new Float64Array(sub.graph.arcCount),
      stamp: 0,
      answers: [],
    };
    states.set(sub, state);
  }
  return state;
}

function sameVector(a: Float64Array, b: Float64Array): boolean {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function solve(sub: CommoditySubnetwork, state: SubnetworkState, answers: Answers, sink: number): number {
  const { graph } = sub;
  const { inStart, inArcs, tail, start, slotArc, forwardSlot } = graph;
  const { seen, region, residual } = state;
  const { capacity } = answers;
  const stamp = ++state.stamp;
  // Backward BFS from the lab over open arcs: the region that can reach it.
  let size = 0;
  region[size++] = sink;
  seen[sink] = stamp;
  for (let i = 0; i < size; i++) {
    const v = region[i];
    for (let k = inStart[v], end = inStart[v + 1]; k < end; k++) {
      const a = inArcs[k];
      const u = tail[a];
      if (seen[u] === stamp || !(capacity[a] > 0)) continue;
      seen[u] = stamp;
      region[size++] = u;
    }
  }
  const source = 0;
  if (seen[source] !== stamp) return 0;
  for (let i = 0; i < size; i++) {
    const v = region[i];
    for (let s = start[v], end = start[v + 1]; s < end; s++) {
      const a = slotArc[s];
      residual[s] = forwardSlot[a] === s ? capacity[a] : 0;
    }
  }
  return maxFlowWithin(graph, residual, answers.tolerance, source, sink, region, size, state.workspace);
}

export class DeliverableSolver {
  private readonly answersOf = new Map<number, Answers | null>();

  constructor(
    private readonly net: CompiledNetwork,
    private readonly edgeKg: Float64Array,
  ) {}

  /** The memoised answers for this commodity's current capacities (found or started). */
  private answers(commodityClass: number): Answers | null {
    const known = this.answersOf.get(commodityClass);
    if (known !== undefined) return known;
    const sub = this.net.subnetworks.get(commodityClass);
    if (!sub) {
      this.answersOf.set(commodityClass, null);
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
    let found = state.answers.find((answers) => sameVector(answers.capacity, capacity));
    if (found) {
      if (state.answers[0] !== found) state.answers = [found, ...state.answers.filter((answers) => answers !== found)];
    } else {
      found = { capacity: capacity.slice(), tolerance: flowTolerance(capacity), byIntake: new Map() };
      state.answers = [found, ...state.answers].slice(0, REMEMBERED_VECTORS);
    }
    this.answersOf.set(commodityClass, found);
    return found;
  }

  /** kg/month of `intake`'s commodity deliverable to its lab, other inputs ignored. */
  deliverable(intake: number): number {
    const { commodityClass, state: labState } = this.net.intakes[intake];
    const answers = this.answers(commodityClass);
    const sub = this.net.subnetworks.get(commodityClass);
    const sink = sub?.localVertex.get(labState);
    if (!answers || !sub || sink === undefined) return 0;
    let value = answers.byIntake.get(intake);
    if (value === undefined) {
      value = solve(sub, stateOf(sub), answers, sink);
      answers.byIntake.set(intake, value);
    }
    return value;
  }
}
