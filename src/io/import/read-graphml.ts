/**
 * GraphML text -> RawGraph, streamed: a recursive-descent reader over the pull reader's
 * events (xml-pull-reader.ts) that keeps one <node> or <edge> at a time and never builds
 * the document's tree. Reads the first <graph>: node and edge ids and endpoints, every
 * <data> by its <key>'s `attr.name` (with the key's <default>), and at graph level the
 * title and Chokepoint's `chokepointContext` (the rest of the dataset and the scenario).
 * Data holding markup instead of text (yEd's graphics) is skipped with a note. Refused
 * with `format-unsupported`: nested graphs and hyperedges. Undirected edges are read
 * source -> target, with a note. The file is read to its end before its own problems are
 * reported, so an XML error anywhere wins, as it would for a reader of the whole tree.
 *
 * <key>s belong before the graph, but a file may declare them after; a <data> read before
 * its key cannot be resolved in one pass, so such a file is read a second time with the
 * keys the first pass collected.
 */
import type { ImportProblem } from "../import-error";
import { ImportAbort } from "../import-error";
import { CONTEXT_KEY } from "../export/export-graphml";
import { hasLocalName, localName } from "../xml/xml-characters";
import { XmlPullReader, type XmlOptions } from "../xml/xml-pull-reader";
import type { RawItem, RawValue, ReadResult } from "./raw-graph";
import { XmlLocator } from "./xml-located";

interface KeyDeclaration {
  readonly name: string;
  readonly domain: string;
  readonly fallback: RawValue | undefined;
}

type Domain = "node" | "edge" | "graph";

/** A graph-level <data>, resolved once every key is known. */
interface GraphData {
  readonly key: string | undefined;
  readonly offset: number;
  readonly text: string;
  readonly markup: boolean;
}

const MARKUP_NOTE = "Data holding markup rather than text (drawing information) was skipped.";

export function readGraphml(text: string, file: string, options: Partial<XmlOptions> = {}): ReadResult {
  try {
    const first = new GraphmlReader(new XmlPullReader(text, file, options), new Map(), false).read();
    if (!first.lateKeys) return first.result;
    return new GraphmlReader(new XmlPullReader(text, file, options), first.keys, true).read().result;
  } catch (error) {
    if (error instanceof ImportAbort) return { ok: false, problems: [error.problem] };
    throw error;
  }
}

class GraphmlReader {
  private readonly locator: XmlLocator;
  private readonly nodes: RawItem[] = [];
  private readonly edges: RawItem[] = [];
  private readonly keyProblems: ImportProblem[] = [];
  private readonly itemProblems: ImportProblem[] = [];
  /** Notes met while reading nodes and edges, in their order. */
  private readonly itemNotes = new Set<string>();
  private readonly graphData: GraphData[] = [];
  private graphs = 0;
  private undirected = false;
  private lateKeys = false;

  /** `fixed`: the keys are complete already (second pass); those in the file are checked, not read again. */
  constructor(
    private readonly xml: XmlPullReader,
    private readonly keys: Map<string, KeyDeclaration>,
    private readonly fixed: boolean,
  ) {
    this.locator = new XmlLocator(xml);
  }

  read(): { result: ReadResult; lateKeys: boolean; keys: Map<string, KeyDeclaration> } {
    const { xml, locator } = this;
    xml.next();
    const rootOffset = xml.offset;
    const rootName = xml.name;
    if (localName(rootName) !== "graphml") xml.skipElement();
    else
      while (this.child()) {
        if (hasLocalName(xml.name, "key")) this.key();
        else if (hasLocalName(xml.name, "graph") && this.graphs++ === 0) this.graph();
        else xml.skipElement();
      }
    xml.next(); // the end of the document: nothing but comments may follow the root
    const done = (result: ReadResult) => ({ result, lateKeys: this.lateKeys, keys: this.keys });
    if (localName(rootName) !== "graphml")
      return done({ ok: false, problems: [locator.problem("format-structure", rootOffset, `the root element is <${rootName}>, not <graphml>`)] });
    if (this.graphs === 0)
      return done({ ok: false, problems: [...this.keyProblems, locator.problem("format-structure", rootOffset, "a GraphML file needs a <graph> element")] });
    const graphProblems: ImportProblem[] = [];
    let graphMarkup = false;
    const graphFields = new Map<string, RawValue>();
    for (const data of this.graphData) {
      const key = data.key === undefined ? undefined : this.keys.get(data.key);
      if (key === undefined) graphProblems.push(this.unknownKey(data.key, data.offset));
      else if (data.markup) graphMarkup = true;
      else graphFields.set(key.name, locator.text(data.text, data.offset));
    }
    this.addDefaults(graphFields, "graph");
    const problems = [...this.keyProblems, ...this.itemProblems, ...graphProblems];
    if (problems.length > 0) return done({ ok: false, problems });
    const notes = new Set<string>();
    if (this.graphs > 1) notes.add(`The file holds ${this.graphs} graphs; only the first was read.`);
    if (this.undirected) notes.add("The graph is undirected: each edge was read from its source to its target.");
    for (const note of this.itemNotes) notes.add(note);
    if (graphMarkup) notes.add(MARKUP_NOTE);
    const context = graphFields.get(CONTEXT_KEY);
    const title = graphFields.get("title")?.text;
    const graph = { format: "graphml" as const, file: xml.file, nodes: this.nodes, edges: this.edges, notes: [...notes] };
    return done({ ok: true, graph: { ...graph, ...(title ? { title } : {}), ...(context ? { context } : {}) } });
  }

  /** Moves to the current element's next child element (true) or past its end (false); texts are skipped. */
  private child(): boolean {
    for (;;) {
      const event = this.xml.next();
      if (event === "start") return true;
      if (event === "end") return false;
    }
  }

  private key(): void {
    const { xml, locator } = this;
    const offset = xml.offset;
    const id = xml.attribute("id");
    if (id === undefined) {
      this.keyProblems.push(locator.problem("format-structure", offset, "<key> needs an 'id'"));
      return xml.skipElement();
    }
    const name = xml.attribute("attr.name") ?? id;
    const domain = xml.attribute("for") ?? "all";
    let fallback: RawValue | undefined;
    let defaults = 0;
    while (this.child()) {
      if (hasLocalName(xml.name, "default") && defaults++ === 0) {
        const at = xml.offset;
        fallback = locator.text(xml.readText(), at);
      } else xml.skipElement();
    }
    if (this.fixed) return;
    this.keys.set(id, { name, domain, fallback });
    if (this.graphs > 0) this.lateKeys = true;
  }

  private graph(): void {
    const xml = this.xml;
    if (xml.attribute("edgedefault") === "undirected") this.undirected = true;
    while (this.child()) {
      if (hasLocalName(xml.name, "node")) this.node();
      else if (hasLocalName(xml.name, "edge")) this.edge();
      else if (hasLocalName(xml.name, "hyperedge")) {
        this.itemProblems.push(this.locator.problem("format-unsupported", xml.offset, "hyperedges are not supported: a supply chain edge has one source and one target"));
        xml.skipElement();
      } else if (hasLocalName(xml.name, "data")) {
        const key = xml.attribute("key");
        const offset = xml.offset;
        const text = xml.readText();
        this.graphData.push({ key, offset, text, markup: xml.hadElements });
      } else xml.skipElement();
    }
  }

  private node(): void {
    const { xml, locator } = this;
    const offset = xml.offset;
    const problems: ImportProblem[] = [];
    if (xml.attribute("id") === undefined) problems.push(locator.problem("format-structure", offset, "<node> needs an 'id'"));
    const id = locator.attribute("id");
    const fields = new Map<string, RawValue>();
    const dataProblems: ImportProblem[] = [];
    let nested = false;
    while (this.child()) {
      if (hasLocalName(xml.name, "data")) this.data(fields, dataProblems);
      else {
        if (hasLocalName(xml.name, "graph")) nested = true;
        xml.skipElement();
      }
    }
    if (nested) problems.push(locator.problem("format-unsupported", offset, "nested graphs are not supported: flatten the graph first"));
    this.itemProblems.push(...problems, ...dataProblems);
    this.addDefaults(fields, "node");
    if (id) fields.set("id", id);
    this.nodes.push(locator.item(offset, fields));
  }

  private edge(): void {
    const { xml, locator } = this;
    const offset = xml.offset;
    for (const end of ["source", "target"])
      if (xml.attribute(end) === undefined) this.itemProblems.push(locator.problem("format-structure", offset, `<edge> needs a '${end}'`));
    if (xml.attribute("directed") === "false") this.itemNotes.add("Some edges are undirected: each was read from its source to its target.");
    const ends = (["id", "source", "target"] as const).map((name) => [name, locator.attribute(name)] as const);
    const fields = new Map<string, RawValue>();
    while (this.child()) {
      if (hasLocalName(xml.name, "data")) this.data(fields, this.itemProblems);
      else xml.skipElement();
    }
    this.addDefaults(fields, "edge");
    for (const [name, value] of ends) if (value) fields.set(name, value);
    this.edges.push(locator.item(offset, fields));
  }

  /** The current <data> of a node or edge, read to its end, into `fields` (or a problem, or a note). */
  private data(fields: Map<string, RawValue>, problems: ImportProblem[]): void {
    const xml = this.xml;
    const offset = xml.offset;
    const keyId = xml.attribute("key");
    const key = keyId === undefined ? undefined : this.keys.get(keyId);
    if (key === undefined) {
      problems.push(this.unknownKey(keyId, offset));
      return xml.skipElement();
    }
    const text = xml.readText();
    if (xml.hadElements) this.itemNotes.add(MARKUP_NOTE);
    else fields.set(key.name, this.locator.text(text, offset));
  }

  private unknownKey(keyId: string | undefined, offset: number): ImportProblem {
    return this.locator.problem("format-structure", offset, keyId === undefined ? "<data> needs a 'key'" : `<data key="${keyId}"> names no declared <key>`);
  }

  private addDefaults(fields: Map<string, RawValue>, domain: Domain): void {
    for (const key of this.keys.values())
      if (key.fallback && (key.domain === domain || key.domain === "all") && !fields.has(key.name)) fields.set(key.name, key.fallback);
  }
}
