/**
 * GEXF (1.1, 1.2 and 1.3) text -> RawGraph, streamed: a recursive-descent reader over the
 * pull reader's events (xml-pull-reader.ts) that keeps one <node> or <edge> at a time and
 * never builds the document's tree. Reads the first <graph>: node and edge ids, labels,
 * endpoints and `weight`, the <attvalues> named by their <attribute> titles (with the
 * declared <default>s), and viz positions. Dynamic files: an attribute with several spells
 * keeps its last value (the static attributes are what a dataset holds). Refused with
 * `format-unsupported`: hierarchical graphs (nodes inside nodes, `pid`, <parents>), which
 * have no meaning in a supply chain. Undirected edges are read source -> target, with a
 * note. The file is read to its end before its own problems are reported, so an XML error
 * anywhere wins, as it would for a reader of the whole tree.
 *
 * <attributes> belong before <nodes> and <edges>, but a file may declare them after; an
 * attvalue read before its declaration cannot be resolved in one pass, so such a file is
 * read a second time with the declarations the first pass collected.
 */
import type { ImportProblem } from "../import-error";
import { ImportAbort } from "../import-error";
import { hasLocalName, localName } from "../xml/xml-characters";
import { XmlPullReader, type XmlOptions } from "../xml/xml-pull-reader";
import { parseNumber } from "./field-values";
import type { RawItem, RawValue, ReadResult } from "./raw-graph";
import { XmlLocator } from "./xml-located";

interface AttributeDeclaration {
  readonly title: string;
  readonly fallback: RawValue | undefined;
}

interface Declarations {
  readonly node: Map<string, AttributeDeclaration>;
  readonly edge: Map<string, AttributeDeclaration>;
}

const NODE_ATTRIBUTES = ["id", "label"] as const;
const EDGE_ATTRIBUTES = ["id", "source", "target", "weight", "label"] as const;

export function readGexf(text: string, file: string, options: Partial<XmlOptions> = {}): ReadResult {
  try {
    const first = new GexfReader(new XmlPullReader(text, file, options), { node: new Map(), edge: new Map() }, false).read();
    if (!first.lateDeclarations) return first.result;
    return new GexfReader(new XmlPullReader(text, file, options), first.declarations, true).read().result;
  } catch (error) {
    if (error instanceof ImportAbort) return { ok: false, problems: [error.problem] };
    throw error;
  }
}

class GexfReader {
  private readonly locator: XmlLocator;
  private readonly nodes: RawItem[] = [];
  private readonly edges: RawItem[] = [];
  private readonly nodeProblems: ImportProblem[] = [];
  private readonly edgeProblems: ImportProblem[] = [];
  private readonly notes = new Set<string>();
  private spells = false;
  private lateDeclarations = false;
  private titles: string[] = [];
  private descriptions: string[] = [];

  /** `fixed`: the declarations are complete already (second pass); those in the file are not read again. */
  constructor(
    private readonly xml: XmlPullReader,
    private readonly declarations: Declarations,
    private readonly fixed: boolean,
  ) {
    this.locator = new XmlLocator(xml);
  }

  read(): { result: ReadResult; lateDeclarations: boolean; declarations: Declarations } {
    const xml = this.xml;
    xml.next();
    const rootOffset = xml.offset;
    const rootName = xml.name;
    let graph = false;
    let meta = false;
    if (localName(rootName) !== "gexf") xml.skipElement();
    else
      while (this.child()) {
        if (!graph && hasLocalName(xml.name, "graph")) {
          graph = true;
          this.graph();
        } else if (!meta && hasLocalName(xml.name, "meta")) {
          meta = true;
          this.meta();
        } else xml.skipElement();
      }
    xml.next(); // the end of the document: nothing but comments may follow the root
    const done = (result: ReadResult) => ({ result, lateDeclarations: this.lateDeclarations, declarations: this.declarations });
    const fail = (message: string) => done({ ok: false, problems: [this.locator.problem("format-structure", rootOffset, message)] });
    if (localName(rootName) !== "gexf") return fail(`the root element is <${rootName}>, not <gexf>`);
    if (!graph) return fail("a GEXF file needs a <graph> element");
    const problems = [...this.nodeProblems, ...this.edgeProblems];
    if (problems.length > 0) return done({ ok: false, problems });
    if (this.spells) this.notes.add("Dynamic attributes: the last value of each was kept.");
    const title = [...this.titles, ...this.descriptions].find((text) => text.trim().length > 0);
    const file = this.xml.file;
    return done({ ok: true, graph: { format: "gexf", file, nodes: this.nodes, edges: this.edges, notes: [...this.notes], ...(title ? { title } : {}) } });
  }

  /** Moves to the current element's next child element (true) or past its end (false); texts are skipped. */
  private child(): boolean {
    for (;;) {
      const event = this.xml.next();
      if (event === "start") return true;
      if (event === "end") return false;
    }
  }

  private graph(): void {
    const xml = this.xml;
    if (xml.attribute("defaultedgetype") === "undirected") this.notes.add("The graph is undirected: each edge was read from its source to its target.");
    while (this.child()) {
      if (hasLocalName(xml.name, "attributes")) this.attributeBlock();
      else if (hasLocalName(xml.name, "nodes")) this.items("node", () => this.node());
      else if (hasLocalName(xml.name, "edges")) this.items("edge", () => this.edge());
      else xml.skipElement();
    }
  }

  /** The current <nodes> or <edges>: each child named `local` read by `read`, others skipped. */
  private items(local: string, read: () => void): void {
    while (this.child()) {
      if (hasLocalName(this.xml.name, local)) read();
      else this.xml.skipElement();
    }
  }

  private attributeBlock(): void {
    const xml = this.xml;
    const cls = xml.attribute("class") ?? "node";
    const declared = cls === "node" ? this.declarations.node : cls === "edge" ? this.declarations.edge : undefined;
    if (declared === undefined || this.fixed) return xml.skipElement();
    while (this.child()) {
      if (!hasLocalName(xml.name, "attribute")) {
        xml.skipElement();
        continue;
      }
      const id = xml.attribute("id");
      const title = xml.attribute("title") ?? id;
      let fallback: RawValue | undefined;
      let defaults = 0;
      while (this.child()) {
        if (hasLocalName(xml.name, "default") && defaults++ === 0) {
          const offset = xml.offset;
          fallback = this.locator.text(xml.readText(), offset);
        } else xml.skipElement();
      }
      if (id === undefined || title === undefined) continue;
      declared.set(id, { title, fallback });
      if (this.nodes.length + this.edges.length > 0) this.lateDeclarations = true;
    }
  }

  private node(): void {
    const xml = this.xml;
    const problems: ImportProblem[] = [];
    if (xml.attribute("id") === undefined) problems.push(this.locator.problem("format-structure", xml.offset, "<node> needs an 'id'"));
    const hierarchical = xml.attribute("pid") !== undefined;
    this.nodes.push(this.item(this.declarations.node, NODE_ATTRIBUTES, problems, hierarchical, this.nodeProblems));
  }

  private edge(): void {
    const xml = this.xml;
    const problems: ImportProblem[] = [];
    for (const end of ["source", "target"])
      if (xml.attribute(end) === undefined) problems.push(this.locator.problem("format-structure", xml.offset, `<edge> needs a '${end}'`));
    if (xml.attribute("type") === "undirected") this.notes.add("Some edges are undirected: each was read from its source to its target.");
    this.edges.push(this.item(this.declarations.edge, EDGE_ATTRIBUTES, problems, undefined, this.edgeProblems));
  }

  /**
   * The current <node> or <edge>, read to its end. `hierarchical` is undefined for edges
   * (only nodes can hold nodes); the item's problems go to `into` in a fixed order: its
   * own (`problems`), hierarchy, attvalues, position.
   */
  private item(
    declared: Map<string, AttributeDeclaration>,
    xmlAttributes: readonly string[],
    problems: ImportProblem[],
    hierarchical: boolean | undefined,
    into: ImportProblem[],
  ): RawItem {
    const { xml, locator } = this;
    const offset = xml.offset;
    const fields = new Map<string, RawValue>();
    for (const name of xmlAttributes) {
      const value = locator.attribute(name);
      if (value !== undefined) fields.set(name, value);
    }
    const attvalueProblems: ImportProblem[] = [];
    let position: RawItem["position"];
    let positionProblem: ImportProblem | undefined;
    let positions = 0;
    while (this.child()) {
      if (hasLocalName(xml.name, "attvalues")) {
        while (this.child()) {
          if (hasLocalName(xml.name, "attvalue")) this.attvalue(declared, xmlAttributes, fields, attvalueProblems);
          xml.skipElement();
        }
      } else if (hasLocalName(xml.name, "position") && positions++ === 0) {
        const px = parseMaybe(xml.attribute("x"));
        const py = parseMaybe(xml.attribute("y"));
        if (px && py && px.ok && py.ok) position = { x: px.value, y: py.value };
        else positionProblem = locator.problem("bad-value", xml.offset, "viz:position needs numbers x and y");
        xml.skipElement();
      } else {
        if (hierarchical === false && (hasLocalName(xml.name, "nodes") || hasLocalName(xml.name, "parents"))) hierarchical = true;
        xml.skipElement();
      }
    }
    if (hierarchical) problems.push(locator.problem("format-unsupported", offset, "hierarchical GEXF (nodes inside nodes) is not supported: flatten the graph first"));
    for (const { title, fallback } of declared.values()) if (fallback && !fields.has(title)) fields.set(title, fallback);
    if (positionProblem) attvalueProblems.push(positionProblem);
    into.push(...problems, ...attvalueProblems);
    return locator.item(offset, fields, position);
  }

  /** The current <attvalue> (its start tag only) into `fields`, or a problem. */
  private attvalue(declared: Map<string, AttributeDeclaration>, xmlAttributes: readonly string[], fields: Map<string, RawValue>, problems: ImportProblem[]): void {
    const { xml, locator } = this;
    const key = xml.attribute("for") ?? xml.attribute("id");
    const value = locator.attribute("value");
    if (key === undefined || value === undefined) {
      problems.push(locator.problem("format-structure", xml.offset, "<attvalue> needs 'for' and 'value'"));
      return;
    }
    const title = declared.get(key)?.title;
    if (title === undefined) {
      problems.push(locator.problem("format-structure", xml.offset, `<attvalue for="${key}"> names no declared <attribute>`));
      return;
    }
    if (fields.has(title) && (xml.attribute("start") !== undefined || xml.attribute("end") !== undefined)) this.spells = true;
    // (`fields.has` first: it is usually false, and cheaper than the search of xmlAttributes.)
    if (!fields.has(title) || !xmlAttributes.includes(title)) fields.set(title, value);
  }

  /** The first <meta>'s <title>s and <description>s, for the graph's title. */
  private meta(): void {
    const xml = this.xml;
    while (this.child()) {
      if (hasLocalName(xml.name, "title")) this.titles.push(xml.readText());
      else if (hasLocalName(xml.name, "description")) this.descriptions.push(xml.readText());
      else xml.skipElement();
    }
  }
}

function parseMaybe(text: string | undefined): ReturnType<typeof parseNumber> | undefined {
  return text === undefined ? undefined : parseNumber(text);
}
