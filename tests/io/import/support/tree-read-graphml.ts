/** TEST-ONLY oracle: the tree-walking reader as it was in src/io/import before imports were streamed (e4d4b15), imports re-pointed. */
/**
 * GraphML -> RawGraph. Reads the first <graph>: node and edge ids and endpoints, every
 * <data> by its <key>'s `attr.name` (with the key's <default>), and at graph level the
 * title and Chokepoint's `chokepointContext` (the rest of the dataset and the scenario).
 * Data holding markup instead of text (yEd's graphics) is skipped with a note. Refused
 * with `format-unsupported`: nested graphs and hyperedges. Undirected edges are read
 * source -> target, with a note.
 */
import type { ImportProblem } from "../../../../src/io/import-error";
import { isElement, textOf, type XmlDocument, type XmlElement } from "../../xml/support/xml-tree";
import type { RawItem, RawValue, ReadResult } from "../../../../src/io/import/raw-graph";
import { CONTEXT_KEY } from "../../../../src/io/export/export-graphml";
import { XmlLocator, childElements, localName } from "./tree-xml-helpers";

interface KeyDeclaration {
  readonly name: string;
  readonly domain: string;
  readonly fallback: RawValue | undefined;
}

export function readGraphml(document: XmlDocument, file: string): ReadResult {
  const locator = new XmlLocator(document, file);
  const root = document.root;
  const problems: ImportProblem[] = [];
  const notes = new Set<string>();
  if (localName(root.name) !== "graphml") return { ok: false, problems: [locator.problem("format-structure", root, `the root element is <${root.name}>, not <graphml>`)] };
  const keys = new Map<string, KeyDeclaration>();
  for (const key of childElements(root, "key")) {
    const id = key.attributes.id;
    if (id === undefined) {
      problems.push(locator.problem("format-structure", key, "<key> needs an 'id'"));
      continue;
    }
    const fallback = childElements(key, "default")[0];
    keys.set(id, {
      name: key.attributes["attr.name"] ?? id,
      domain: key.attributes.for ?? "all",
      fallback: fallback ? locator.text(fallback, textOf(fallback)) : undefined,
    });
  }
  const graphs = childElements(root, "graph");
  const graph = graphs[0];
  if (!graph) return { ok: false, problems: [...problems, locator.problem("format-structure", root, "a GraphML file needs a <graph> element")] };
  if (graphs.length > 1) notes.add(`The file holds ${graphs.length} graphs; only the first was read.`);
  if (graph.attributes.edgedefault === "undirected") notes.add("The graph is undirected: each edge was read from its source to its target.");

  const dataOf = (element: XmlElement, domain: "node" | "edge" | "graph"): Map<string, RawValue> => {
    const fields = new Map<string, RawValue>();
    for (const data of childElements(element, "data")) {
      const keyId = data.attributes.key;
      const key = keyId === undefined ? undefined : keys.get(keyId);
      if (keyId === undefined || key === undefined) {
        problems.push(locator.problem("format-structure", data, keyId === undefined ? "<data> needs a 'key'" : `<data key="${keyId}"> names no declared <key>`));
        continue;
      }
      if (data.children.some(isElement)) {
        notes.add("Data holding markup rather than text (drawing information) was skipped.");
        continue;
      }
      fields.set(key.name, locator.text(data, textOf(data)));
    }
    for (const key of keys.values())
      if (key.fallback && (key.domain === domain || key.domain === "all") && !fields.has(key.name)) fields.set(key.name, key.fallback);
    return fields;
  };

  const nodes: RawItem[] = [];
  const edges: RawItem[] = [];
  for (const child of childElements(graph)) {
    const name = localName(child.name);
    if (name === "node") {
      if (child.attributes.id === undefined) problems.push(locator.problem("format-structure", child, "<node> needs an 'id'"));
      if (childElements(child, "graph").length > 0) problems.push(locator.problem("format-unsupported", child, "nested graphs are not supported: flatten the graph first"));
      const fields = dataOf(child, "node");
      const id = locator.attribute(child, "id");
      if (id) fields.set("id", id);
      nodes.push(locator.item(child, fields));
    } else if (name === "edge") {
      for (const end of ["source", "target"])
        if (child.attributes[end] === undefined) problems.push(locator.problem("format-structure", child, `<edge> needs a '${end}'`));
      if (child.attributes.directed === "false") notes.add("Some edges are undirected: each was read from its source to its target.");
      const fields = dataOf(child, "edge");
      for (const attribute of ["id", "source", "target"]) {
        const value = locator.attribute(child, attribute);
        if (value) fields.set(attribute, value);
      }
      edges.push(locator.item(child, fields));
    } else if (name === "hyperedge") {
      problems.push(locator.problem("format-unsupported", child, "hyperedges are not supported: a supply chain edge has one source and one target"));
    }
  }
  const graphData = dataOf(graph, "graph");
  if (problems.length > 0) return { ok: false, problems };
  const context = graphData.get(CONTEXT_KEY);
  const title = graphData.get("title")?.text;
  return { ok: true, graph: { format: "graphml", file, nodes, edges, notes: [...notes], ...(title ? { title } : {}), ...(context ? { context } : {}) } };
}
