/**
 * GEXF 1.3 (https://gexf.net/1.3), static: every node and edge with the attributes of
 * graph-attributes.ts as typed <attribute>s, and the view as viz: positions (the view's,
 * or the kind-columns fallback), colours by node kind and legal status from the shared
 * palette, node sizes by flow, edge thickness by flow and the status's dash as the edge
 * shape. Opens in Gephi; networkx reads it (tests/io/interop).
 */
import { EDGE_ATTRIBUTES, NODE_ATTRIBUTES, edgeItems, formatAttribute, nodeItems, type AttributeSpec } from "../graph-attributes";
import { viewPositions } from "../layout/view-positions";
import type { Snapshot } from "../snapshot/snapshot-types";
import { edgeLook, edgeWidth, nodeColor, nodeSize, rgbOf } from "../style/view-style";
import { element, escapeXmlAttribute, openTag } from "../xml/write-xml";
import { describeScenario } from "./describe-scenario";

export const GEXF_NAMESPACE = "http://gexf.net/1.3";
export const GEXF_VIZ_NAMESPACE = "http://gexf.net/1.3/viz";

/** GEXF attribute type names for the table's types. */
const GEXF_TYPE = { string: "string", double: "double", boolean: "boolean" } as const;

export function gexfHeader(mode: "static" | "dynamic", extra: Readonly<Record<string, string>> = {}): string[] {
  return [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    openTag("gexf", {
      xmlns: GEXF_NAMESPACE,
      "xmlns:viz": GEXF_VIZ_NAMESPACE,
      "xmlns:xsi": "http://www.w3.org/2001/XMLSchema-instance",
      "xsi:schemaLocation": `${GEXF_NAMESPACE} ${GEXF_NAMESPACE}/gexf.xsd`,
      version: "1.3",
    }),
    `  <meta>`,
    `    ${element("creator", {}, "Chokepoint")}`,
    ...(extra.description ? [`    ${element("description", {}, extra.description)}`] : []),
    `  </meta>`,
    `  ${openTag("graph", { defaultedgetype: "directed", mode, ...Object.fromEntries(Object.entries(extra).filter(([key]) => key !== "description")) })}`,
  ];
}

export function attributeDeclarations(
  cls: "node" | "edge",
  specs: readonly Pick<AttributeSpec<unknown>, "name" | "type">[],
  mode: "static" | "dynamic" = "static",
): string[] {
  if (specs.length === 0) return [];
  return [
    `    ${openTag("attributes", { class: cls, mode })}`,
    ...specs.map((spec) => `      ${element("attribute", { id: spec.name, title: spec.name, type: GEXF_TYPE[spec.type] })}`),
    `    </attributes>`,
  ];
}

/**
 * The <attvalues> block of one item as one string ("" when it has none). Written with
 * precomputed prefixes rather than element(): large exports write millions of these.
 */
export function attvalues<Item>(specs: readonly AttributeSpec<Item>[], item: Item, indent: string): string {
  const block = attvalueLines(specs, item, `${indent}  `);
  return block === "" ? "" : `${indent}<attvalues>\n${block}${indent}</attvalues>\n`;
}

/** The <attvalue> lines alone, each ending in a line break. */
export function attvalueLines<Item>(specs: readonly AttributeSpec<Item>[], item: Item, indent: string): string {
  let lines = "";
  for (const spec of specs) {
    const value = spec.value(item);
    if (value !== undefined) lines += `${indent}<attvalue for="${spec.name}" value="${escapeXmlAttribute(formatAttribute(value))}"/>\n`;
  }
  return lines;
}

const vizColors = new Map<string, string>();
export function vizColor(hex: string): string {
  let tag = vizColors.get(hex);
  if (tag === undefined) vizColors.set(hex, (tag = element("viz:color", { ...rgbOf(hex), a: 1 })));
  return tag;
}

export function exportGexf(snapshot: Snapshot): string {
  const { dataset } = snapshot;
  const view = viewPositions(dataset, snapshot.nodes);
  const extent = Math.max(view.maxX - view.minX, view.maxY - view.minY, 1);
  // Gephi draws sizes in position units: scale them to the layout so nodes do not overlap.
  const sizeUnit = extent / 400;
  const maxNodeFlow = Math.max(0, ...snapshot.nodes.map((state) => Math.max(state.flowIn, state.flowOut)));
  const maxEdgeFlow = Math.max(0, ...snapshot.edges.map((state) => state.flow));
  const nodes = nodeItems(dataset.nodes, dataset.jurisdictions, snapshot.nodes);
  const edges = edgeItems(dataset.edges, dataset.commodities, snapshot.edges);

  const lines = gexfHeader("static", { description: `${dataset.meta.title}: ${describeScenario(snapshot.scenario)}` });
  lines.push(...attributeDeclarations("node", NODE_ATTRIBUTES), ...attributeDeclarations("edge", EDGE_ATTRIBUTES));
  lines.push(`    <nodes>`);
  nodes.forEach((item, v) => {
    const position = view.positions.get(item.node.id) ?? { x: 0, y: 0 };
    const state = snapshot.nodes[v];
    lines.push(
      `      ${openTag("node", { id: item.node.id, label: item.node.label })}\n` +
        attvalues(NODE_ATTRIBUTES, item, "        ") +
        `        ${vizColor(nodeColor(item.node.kind))}\n` +
        `        ${element("viz:position", { x: position.x, y: position.y, z: 0 })}\n` +
        `        ${element("viz:size", { value: nodeSize(Math.max(state.flowIn, state.flowOut), maxNodeFlow) * sizeUnit })}\n` +
        `      </node>`,
    );
  });
  lines.push(`    </nodes>`, `    <edges>`);
  edges.forEach((item, e) => {
    const state = snapshot.edges[e];
    const look = edgeLook(state.status, state.closed);
    lines.push(
      `      <edge id="${escapeXmlAttribute(item.edge.id)}" source="${escapeXmlAttribute(item.edge.source)}" target="${escapeXmlAttribute(item.edge.target)}">\n` +
        attvalues(EDGE_ATTRIBUTES, item, "        ") +
        `        ${vizColor(look.color)}\n` +
        `        <viz:thickness value="${edgeWidth(state.flow, maxEdgeFlow)}"/>\n` +
        `        <viz:shape value="${look.dash}"/>\n` +
        `      </edge>`,
    );
  });
  lines.push(`    </edges>`, `  </graph>`, `</gexf>`, "");
  return lines.join("\n");
}

