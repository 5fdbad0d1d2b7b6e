/**
 * Edge selectors (which edges an intervention acts on), compiled to a predicate over
 * edge indices.
 *
 * Semantics (SEMANTICS.md): the selector's fields combine with AND, the values inside one
 * field with OR. Compiling turns every field into a membership bitmap over small integer
 * codes from the `DatasetIndex`, so testing an edge costs a few array reads and no string
 * comparison: the scenario engine runs it over 10^6 edges per intervention.
 *
 * A selector with no field matches every edge (the empty AND); validation refuses empty
 * selectors in datasets (kind "empty-selector"), so this only matters for callers that
 * build selectors themselves. Ids that name nothing in the dataset match nothing, and an
 * edge whose commodity or endpoint is undeclared (an invalid dataset) matches no field
 * that reads it.
 */
import { buildDatasetIndex, CHANNEL_CODE, MODE_CODE, NODE_KIND_CODE } from "./dataset-index";
import type { DatasetIndex } from "./dataset-index";
import type { EdgeSelector } from "./types";

export { buildDatasetIndex };
export type { DatasetIndex };

type EdgeTest = (edgeIndex: number) => boolean;

/** A bitmap with a 1 at the code of every listed value that has a code. */
function maskOf(values: readonly string[], codeOf: ReadonlyMap<string, number>, size: number): Uint8Array {
  const mask = new Uint8Array(size);
  for (const value of values) {
    const code = codeOf.get(value);
    if (code !== undefined) mask[code] = 1;
  }
  return mask;
}

/** A test "the value at `codes[edge]` is in the mask"; codes of -1 (unknown) never match. */
function codeIn(codes: ArrayLike<number>, mask: Uint8Array): EdgeTest {
  return (edge) => {
    const code = codes[edge];
    return code >= 0 && mask[code] === 1;
  };
}

/** A test on a node attribute of the edge's source or target node. */
function endpointIn(endpoint: Int32Array, nodeCodes: ArrayLike<number>, mask: Uint8Array): EdgeTest {
  return (edge) => {
    const node = endpoint[edge];
    return node >= 0 && mask[nodeCodes[node]] === 1;
  };
}

function fieldTests(index: DatasetIndex, selector: EdgeSelector): EdgeTest[] {
  const { codes, edgeSource, edgeTarget } = index;
  const nodeCount = index.nodeKind.length;
  const tests: EdgeTest[] = [];
  if (selector.edges) {
    const mask = maskOf(selector.edges, index.edgeIndexById, index.edgeSource.length);
    tests.push((edge) => mask[edge] === 1);
  }
  if (selector.commodities) {
    const size = index.dataset.commodities.length;
    tests.push(codeIn(index.edgeCommodity, maskOf(selector.commodities, index.commodityIndexById, size)));
  }
  if (selector.nodes) {
    const mask = maskOf(selector.nodes, index.nodeIndexById, nodeCount);
    tests.push((edge) => {
      const source = edgeSource[edge];
      const target = edgeTarget[edge];
      return (source >= 0 && mask[source] === 1) || (target >= 0 && mask[target] === 1);
    });
  }
  const jurisdictionCount = codes.jurisdictionCodeOf.size;
  if (selector.originJurisdictions) {
    const mask = maskOf(selector.originJurisdictions, codes.jurisdictionCodeOf, jurisdictionCount);
    tests.push(endpointIn(edgeSource, codes.nodeJurisdictionCode, mask));
  }
  if (selector.destinationJurisdictions) {
    const mask = maskOf(selector.destinationJurisdictions, codes.jurisdictionCodeOf, jurisdictionCount);
    tests.push(endpointIn(edgeTarget, codes.nodeJurisdictionCode, mask));
  }
  if (selector.sourceKinds) {
    tests.push(endpointIn(edgeSource, codes.nodeKindCode, maskOf(selector.sourceKinds, NODE_KIND_CODE, NODE_KIND_CODE.size)));
  }
  if (selector.targetKinds) {
    tests.push(endpointIn(edgeTarget, codes.nodeKindCode, maskOf(selector.targetKinds, NODE_KIND_CODE, NODE_KIND_CODE.size)));
  }
  if (selector.channels) {
    tests.push(codeIn(codes.edgeChannelCode, maskOf(selector.channels, CHANNEL_CODE, CHANNEL_CODE.size)));
  }
  if (selector.modes) {
    tests.push(codeIn(codes.edgeModeCode, maskOf(selector.modes, MODE_CODE, MODE_CODE.size)));
  }
  if (selector.licitConsignee !== undefined) {
    const wanted = selector.licitConsignee ? 1 : 0;
    const licit = codes.edgeLicitConsignee;
    tests.push((edge) => licit[edge] === wanted);
  }
  return tests;
}

/** Compiles `selector` against `index` into a predicate over edge indices. */
export function compileSelector(index: DatasetIndex, selector: EdgeSelector): (edgeIndex: number) => boolean {
  const tests = fieldTests(index, selector);
  switch (tests.length) {
    case 0:
      return () => true;
    case 1:
      return tests[0];
    case 2: {
      const [first, second] = tests;
      return (edge) => first(edge) && second(edge);
    }
    default:
      return (edge) => {
        for (let i = 0; i < tests.length; i++) if (!tests[i](edge)) return false;
        return true;
      };
  }
}

/** The indices of the edges `selector` matches, in dataset order. */
export function matchingEdges(index: DatasetIndex, selector: EdgeSelector): Int32Array {
  const matches = compileSelector(index, selector);
  const edgeCount = index.edgeSource.length;
  const result: number[] = [];
  for (let edge = 0; edge < edgeCount; edge++) if (matches(edge)) result.push(edge);
  return Int32Array.from(result);
}
