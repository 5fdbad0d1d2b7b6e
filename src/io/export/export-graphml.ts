/**
 * GraphML (http://graphml.graphdrawing.org/specification.html) with typed <key>s: every
 * node and edge with the attributes of graph-attributes.ts, the view positions as `x` and
 * `y`, the report's headline figures as graph data, and the rest of the dataset and the
 * scenario as JSON text in the graph's `chokepointContext` (graph-context.ts), so the file
 * re-imports losslessly. networkx reads it (tests/io/interop).
 */
import { EDGE_ATTRIBUTES, NODE_ATTRIBUTES, edgeItems, formatAttribute, nodeItems, type AttributeSpec, type AttributeType, type AttributeValue } from "../graph-attributes";
import { viewPositions } from "../layout/view-positions";
import type { Snapshot } from "../snapshot/snapshot-types";
import { element, escapeXmlText, openTag } from "../xml/write-xml";
import { describeScenario } from "./describe-scenario";
import { graphContextJson } from "./graph-context";

export const GRAPHML_NAMESPACE = "http://graphml.graphdrawing.org/xmlns";
export const CONTEXT_KEY = "chokepointContext";

interface KeySpec {
  readonly id: string;
  readonly for: "graph" | "node" | "edge";
  readonly name: string;
  readonly type: AttributeType;
}

function keyId(target: KeySpec["for"], name: string): string {
  return `${target[0]}-${name}`;
}

function keysOf<Item>(target: "node" | "edge", specs: readonly AttributeSpec<Item>[]): KeySpec[] {
  return specs.map((spec) => ({ id: keyId(target, spec.name), for: target, name: spec.name, type: spec.type }));
}

/** The <data> lines of one item as one string (large exports write millions of them). */
function dataLines<Item>(target: "node" | "edge", specs: readonly AttributeSpec<Item>[], item: Item, indent: string): string {
  let lines = "";
  for (const spec of specs) {
    const value = spec.value(item);
    if (value !== undefined) lines += `${indent}<data key="${keyId(target, spec.name)}">${escapeXmlText(formatAttribute(value))}</data>\n`;
  }
  return lines;
}

export function exportGraphml(snapshot: Snapshot): string {
  const { dataset, report } = snapshot;
  const view = viewPositions(dataset, snapshot.nodes);
  const graphData: readonly [string, AttributeType, AttributeValue][] = [
    ["title", "string", dataset.meta.title],
    ["scenario", "string", describeScenario(snapshot.scenario)],
    ["throughputBaseline", "double", report.throughput.baseline],
    ["throughputScenario", "double", report.throughput.scenario],
    ["pathsBaseline", "string", report.paths.baseline],
    ["pathsSurviving", "string", report.paths.surviving],
    ["loopholeShare", "double", report.loopholeShare],
    ["licitLoss", "double", report.licitLoss.lost],
    [CONTEXT_KEY, "string", graphContextJson(dataset, snapshot.scenario)],
  ];
  const keys: KeySpec[] = [
    ...graphData.map(([name, type]) => ({ id: keyId("graph", name), for: "graph" as const, name, type })),
    { id: keyId("node", "label"), for: "node", name: "label", type: "string" },
    ...keysOf("node", NODE_ATTRIBUTES),
    { id: keyId("node", "x"), for: "node", name: "x", type: "double" },
    { id: keyId("node", "y"), for: "node", name: "y", type: "double" },
    ...keysOf("edge", EDGE_ATTRIBUTES),
  ];
  const lines = [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    openTag("graphml", {
      xmlns: GRAPHML_NAMESPACE,
      "xmlns:xsi": "http://www.w3.org/2001/XMLSchema-instance",
      "xsi:schemaLocation": `${GRAPHML_NAMESPACE} ${GRAPHML_NAMESPACE}/1.0/graphml.xsd`,
    }),
    ...keys.map((key) => `  ${element("key", { id: key.id, for: key.for, "attr.name": key.name, "attr.type": key.type })}`),
    `  ${openTag("graph", { id: "chokepoint", edgedefault: "directed" })}`,
    ...graphData.map(([name, , value]) => `    ${element("data", { key: keyId("graph", name) }, formatAttribute(value))}`),
  ];
  for (const item of nodeItems(dataset.nodes, dataset.jurisdictions, snapshot.nodes)) {
    const position = view.positions.get(item.node.id) ?? { x: 0, y: 0 };
    lines.push(
      `    ${openTag("node", { id: item.node.id })}\n` +
        `      ${element("data", { key: keyId("node", "label") }, item.node.label)}\n` +
        dataLines("node", NODE_ATTRIBUTES, item, "      ") +
        `      ${element("data", { key: keyId("node", "x") }, String(position.x))}\n` +
        `      ${element("data", { key: keyId("node", "y") }, String(position.y))}\n` +
        `    </node>`,
    );
  }
  for (const item of edgeItems(dataset.edges, dataset.commodities, snapshot.edges)) {
    lines.push(`    ${openTag("edge", { id: item.edge.id, source: item.edge.source, target: item.edge.target })}\n${dataLines("edge", EDGE_ATTRIBUTES, item, "      ")}    </edge>`);
  }
  lines.push(`  </graph>`, `</graphml>`, "");
  return lines.join("\n");
}
