/** TEST-ONLY oracle: the tree-walking reader as it was in src/io/import before imports were streamed (e4d4b15), imports re-pointed. */
/**
 * GEXF (1.1, 1.2 and 1.3) -> RawGraph. Reads the first <graph>: node and edge ids,
 * labels, endpoints and `weight`, the <attvalues> named by their <attribute> titles (with
 * the declared <default>s), and viz positions. Dynamic files: an attribute with several
 * spells keeps its last value (the static attributes are what a dataset holds). Refused
 * with `format-unsupported`: hierarchical graphs (nodes inside nodes, `pid`, <parents>),
 * which have no meaning in a supply chain. Undirected edges are read source -> target,
 * with a note.
 */
import type { ImportProblem } from "../../../../src/io/import-error";
import { textOf, type XmlDocument, type XmlElement } from "../../xml/support/xml-tree";
import type { RawItem, RawValue, ReadResult } from "../../../../src/io/import/raw-graph";
import { parseNumber } from "../../../../src/io/import/field-values";
import { XmlLocator, childElements, localName } from "./tree-xml-helpers";

interface AttributeDeclaration {
  readonly title: string;
  readonly fallback: RawValue | undefined;
}

function declarations(graph: XmlElement, cls: "node" | "edge", locator: XmlLocator): Map<string, AttributeDeclaration> {
  const declared = new Map<string, AttributeDeclaration>();
  for (const block of childElements(graph, "attributes")) {
    if ((block.attributes.class ?? "node") !== cls) continue;
    for (const attribute of childElements(block, "attribute")) {
      const id = attribute.attributes.id;
      if (id === undefined) continue;
      const defaultElement = childElements(attribute, "default")[0];
      declared.set(id, {
        title: attribute.attributes.title ?? id,
        fallback: defaultElement ? locator.text(defaultElement, textOf(defaultElement)) : undefined,
      });
    }
  }
  return declared;
}

export function readGexf(document: XmlDocument, file: string): ReadResult {
  const locator = new XmlLocator(document, file);
  const root = document.root;
  const problems: ImportProblem[] = [];
  const notes = new Set<string>();
  if (localName(root.name) !== "gexf") return { ok: false, problems: [locator.problem("format-structure", root, `the root element is <${root.name}>, not <gexf>`)] };
  const graph = childElements(root, "graph")[0];
  if (!graph) return { ok: false, problems: [locator.problem("format-structure", root, "a GEXF file needs a <graph> element")] };
  if (graph.attributes.defaultedgetype === "undirected") notes.add("The graph is undirected: each edge was read from its source to its target.");
  const nodeAttributes = declarations(graph, "node", locator);
  const edgeAttributes = declarations(graph, "edge", locator);
  let spells = false;

  const readItem = (element: XmlElement, declared: Map<string, AttributeDeclaration>, xmlAttributes: readonly string[]): RawItem => {
    const fields = new Map<string, RawValue>();
    for (const name of xmlAttributes) {
      const value = locator.attribute(element, name);
      if (value !== undefined) fields.set(name, value);
    }
    for (const block of childElements(element, "attvalues")) {
      for (const attvalue of childElements(block, "attvalue")) {
        const key = attvalue.attributes.for ?? attvalue.attributes.id;
        const value = locator.attribute(attvalue, "value");
        if (key === undefined || value === undefined) {
          problems.push(locator.problem("format-structure", attvalue, "<attvalue> needs 'for' and 'value'"));
          continue;
        }
        const title = declared.get(key)?.title;
        if (title === undefined) {
          problems.push(locator.problem("format-structure", attvalue, `<attvalue for="${key}"> names no declared <attribute>`));
          continue;
        }
        if (fields.has(title) && (attvalue.attributes.start !== undefined || attvalue.attributes.end !== undefined)) spells = true;
        if (!xmlAttributes.includes(title) || !fields.has(title)) fields.set(title, value);
      }
    }
    for (const { title, fallback } of declared.values()) if (fallback && !fields.has(title)) fields.set(title, fallback);
    let position: RawItem["position"];
    const viz = childElements(element, "position")[0];
    if (viz) {
      const x = locator.attribute(viz, "x");
      const y = locator.attribute(viz, "y");
      const px = x && parseNumber(x.text);
      const py = y && parseNumber(y.text);
      if (px && py && px.ok && py.ok) position = { x: px.value, y: py.value };
      else problems.push(locator.problem("bad-value", viz, "viz:position needs numbers x and y"));
    }
    return locator.item(element, fields, position);
  };

  const nodes: RawItem[] = [];
  for (const container of childElements(graph, "nodes")) {
    for (const node of childElements(container, "node")) {
      if (node.attributes.id === undefined) problems.push(locator.problem("format-structure", node, "<node> needs an 'id'"));
      if (node.attributes.pid !== undefined || childElements(node, "nodes").length > 0 || childElements(node, "parents").length > 0)
        problems.push(locator.problem("format-unsupported", node, "hierarchical GEXF (nodes inside nodes) is not supported: flatten the graph first"));
      nodes.push(readItem(node, nodeAttributes, ["id", "label"]));
    }
  }
  const edges: RawItem[] = [];
  for (const container of childElements(graph, "edges")) {
    for (const edge of childElements(container, "edge")) {
      for (const end of ["source", "target"])
        if (edge.attributes[end] === undefined) problems.push(locator.problem("format-structure", edge, `<edge> needs a '${end}'`));
      if (edge.attributes.type === "undirected") notes.add("Some edges are undirected: each was read from its source to its target.");
      edges.push(readItem(edge, edgeAttributes, ["id", "source", "target", "weight", "label"]));
    }
  }
  if (problems.length > 0) return { ok: false, problems };
  if (spells) notes.add("Dynamic attributes: the last value of each was kept.");
  const meta = childElements(root, "meta")[0];
  const title = meta ? [...childElements(meta, "title"), ...childElements(meta, "description")].map(textOf).find((text) => text.trim().length > 0) : undefined;
  return { ok: true, graph: { format: "gexf", file, nodes, edges, notes: [...notes], ...(title ? { title } : {}) } };
}
