/**
 * Random GEXF and GraphML documents built from the parts the readers look at, each part
 * present, missing, misplaced or wrong: declarations before and after the items that use
 * them (and duplicated, classless, without ids), items without ids or endpoints, unknown
 * and missing attvalue/data keys, spells, bad and missing positions, hierarchy and nested
 * graphs, hyperedges, markup inside data, several graphs and metas, namespace prefixes,
 * comments, CDATA and text between elements. `strict` documents keep what a reader needs
 * (ids, endpoints, declared keys, numbers, one graph, the right root) so most are read
 * and their items compared field by field; the others are mostly refused. Every one must
 * be read the same way by the streaming and the tree readers.
 */
import fc from "fast-check";

const SPACE = fc.constantFrom("", " ", "\n", "\n  ", "\r\n\t");
const PREFIX = fc.constantFrom("", "", "", "viz:", "g:");
const LITTER = fc.constantFrom("", "", "<!-- c -->", "text", " ", "<?pi x?>", "<![CDATA[cd]]>", "<other a='1'/>", "<other><node id='deep'/></other>");

/** ` name="value"` or nothing. */
function optional(name: string, values: fc.Arbitrary<string>): fc.Arbitrary<string> {
  return fc.option(values, { freq: 3 }).map((value) => (value === null ? "" : ` ${name}="${value}"`));
}

/** ` name="value"`, always. */
function required(name: string, values: fc.Arbitrary<string>): fc.Arbitrary<string> {
  return values.map((value) => ` ${name}="${value}"`);
}

/** `<name attrs/>` or `<name attrs>children</name>`, children joined with layout and litter. */
function element(name: fc.Arbitrary<string>, attributes: fc.Arbitrary<string>, children: fc.Arbitrary<string[]>): fc.Arbitrary<string> {
  return fc.tuple(PREFIX, name, attributes, children, SPACE, LITTER, SPACE).map(([prefix, local, attrs, kids, space, litter, end]) =>
    kids.length === 0 && litter === "" ? `<${prefix}${local}${attrs}/>` : `<${prefix}${local}${attrs}>${space}${kids.join(space)}${litter}${end}</${prefix}${local}>`,
  );
}

function concat(...parts: fc.Arbitrary<string>[]): fc.Arbitrary<string> {
  return fc.tuple(...parts).map((values) => values.join(""));
}

const IDS = fc.constantFrom("a", "b", "c", "d", "", "a&amp;b", "é");
const NUMBER = fc.constantFrom("1", "2.5", "-3", "0", " 7 ", "1e999", "abc", "", "0x10");
const TEXT = fc.constantFrom("producer", "road", "CN", "true", "1", "", " ", "x<!-- c -->y", "<![CDATA[5]]>", "a &lt;b&gt;", "<b>markup</b>", "t<i/>u");
const VALUES = fc.oneof(NUMBER, fc.constantFrom("producer", "road", "CN", "true", "false", "licit", "&lt;img&gt;"));
const textElement = (name: string) => element(fc.constant(name), fc.constant(""), fc.array(TEXT, { maxLength: 2 }));


const ATTRIBUTE_ID_LIST = ["kind", "capacity", "lat", "lon", "label", "x", "weight", "t1", "mode", "status"] as const;
const ATTRIBUTE_IDS = fc.constantFrom(...ATTRIBUTE_ID_LIST);
const TITLES = fc.constantFrom("kind", "capacity", "lat", "lon", "label", "jurisdiction", "mode", "commodity", "status", "weight", "id", "source");
const GOOD_NUMBER = fc.constantFrom("1", "2.5", "-3", "0", " 7 ", "1e3");

export function gexfDocument(strict: boolean): fc.Arbitrary<string> {
  const must = strict ? required : optional;
  /** An <attribute>, its ` id="..."` given (or none), the rest random. */
  const attribute = (name: fc.Arbitrary<string>, id: fc.Arbitrary<string>) =>
    element(
      name,
      concat(id, optional("title", TITLES), optional("type", fc.constantFrom("string", "double"))),
      fc.array(fc.oneof(textElement("default"), textElement("options")), { maxLength: 2 }),
    );
  const attributes = element(
    fc.constant("attributes"),
    concat(optional("class", fc.constantFrom("node", "edge", "node", "edge", "graph")), optional("mode", fc.constantFrom("static", "dynamic"))),
    fc.array(attribute(fc.constantFrom("attribute", "attribute", "attr"), optional("id", ATTRIBUTE_IDS)), { maxLength: 4 }),
  );
  // Strict files declare every id once per class (titles, defaults and place still random).
  const everyId = (cls: string) =>
    fc
      .tuple(...ATTRIBUTE_ID_LIST.map((id) => attribute(fc.constant("attribute"), fc.constant(` id="${id}"`))))
      .map((declarations) => `<attributes class="${cls}">${declarations.join("")}</attributes>`);
  const attvalue = element(
    strict ? fc.constant("attvalue") : fc.constantFrom("attvalue", "attvalue", "value"),
    concat(
      must("for", strict ? ATTRIBUTE_IDS : fc.oneof(ATTRIBUTE_IDS, fc.constant("unknown"))),
      optional("id", ATTRIBUTE_IDS),
      must("value", VALUES),
      optional("start", fc.constantFrom("2019-01-01", "x")),
      optional("end", fc.constantFrom("2020-01-01")),
    ),
    fc.array(LITTER, { maxLength: 1 }),
  );
  const attvalues = element(fc.constantFrom("attvalues", "attvalues", "attvalue"), fc.constant(""), fc.array(attvalue, { maxLength: 4 }));
  const position = element(fc.constant("position"), concat(must("x", strict ? GOOD_NUMBER : NUMBER), must("y", strict ? GOOD_NUMBER : NUMBER), optional("z", NUMBER)), fc.constant([]));
  const other = strict ? fc.constantFrom("<viz:color r='1'/>", "<spells/>") : fc.constantFrom("<nodes><node id='inner'/></nodes>", "<parents><parent for='a'/></parents>", "<viz:color r='1'/>", "<spells/>");
  const itemChild = fc.oneof({ arbitrary: attvalues, weight: 4 }, { arbitrary: position, weight: 2 }, { arbitrary: other, weight: 1 });
  const node = element(
    strict ? fc.constant("node") : fc.constantFrom("node", "node", "node", "nodes"),
    concat(must("id", IDS), optional("label", fc.constantFrom("A", "", "&lt;img src=x&gt;")), strict ? fc.constant("") : fc.constantFrom("", "", "", "", ' pid="a"')),
    fc.array(itemChild, { maxLength: 3 }),
  );
  const edge = element(
    strict ? fc.constant("edge") : fc.constantFrom("edge", "edge", "edge", "edges"),
    concat(
      optional("id", IDS),
      must("source", IDS),
      must("target", IDS),
      optional("weight", NUMBER),
      optional("type", fc.constantFrom("directed", "undirected", "mutual")),
      optional("label", fc.constantFrom("e", "")),
    ),
    fc.array(itemChild, { maxLength: 3 }),
  );
  const graphChild = fc.oneof(
    { arbitrary: attributes, weight: 3 },
    { arbitrary: element(fc.constant("nodes"), fc.constant(""), fc.array(node, { maxLength: 4 })), weight: 3 },
    { arbitrary: element(fc.constant("edges"), fc.constant(""), fc.array(edge, { maxLength: 4 })), weight: 3 },
    { arbitrary: LITTER, weight: 1 },
  );
  const children = strict
    ? fc.tuple(fc.array(graphChild, { maxLength: 5 }), everyId("node"), everyId("edge"), fc.nat(), fc.nat()).map(([kids, nodes, edges, i, j]) => {
        const all = [...kids];
        all.splice(i % (all.length + 1), 0, nodes);
        all.splice(j % (all.length + 1), 0, edges);
        return all;
      })
    : fc.array(graphChild, { maxLength: 5 });
  const graph = element(
    fc.constant("graph"),
    concat(optional("defaultedgetype", fc.constantFrom("directed", "undirected")), optional("mode", fc.constantFrom("static", "dynamic"))),
    children,
  );
  const meta = element(fc.constant("meta"), fc.constant(""), fc.array(fc.oneof(textElement("title"), textElement("description"), textElement("creator")), { maxLength: 3 }));
  const rootChildren = fc.array(fc.oneof({ arbitrary: graph, weight: 4 }, { arbitrary: meta, weight: 2 }, { arbitrary: LITTER, weight: 1 }), { maxLength: 4 });
  return fc
    .tuple(
      fc.constantFrom('<?xml version="1.0" encoding="UTF-8"?>\n', "", "\uFEFF<!-- head -->"),
      strict ? fc.constantFrom("gexf", "x:gexf") : fc.constantFrom("gexf", "gexf", "gexf", "x:gexf", "graphml", "graph"),
      strict ? fc.tuple(rootChildren, graph).map(([kids, first]) => [first, ...kids]) : rootChildren,
      SPACE,
    )
    .map(([head, root, kids, space]) => `${head}<${root} version="1.3">${space}${kids.join(space)}</${root}>${space}`);
}

const KEY_ID_LIST = ["k0", "k1", "k2", "title", "chokepointContext", "d"] as const;
const KEY_IDS = fc.constantFrom(...KEY_ID_LIST);
const KEY_NAMES = fc.constantFrom("kind", "capacity", "label", "id", "source", "title", "chokepointContext", "mode");

export function graphmlDocument(strict: boolean): fc.Arbitrary<string> {
  const must = strict ? required : optional;
  const key = (id: fc.Arbitrary<string>) =>
    element(
      strict ? fc.constant("key") : fc.constantFrom("key", "key", "keys"),
      concat(strict ? required("id", id) : optional("id", id), optional("for", fc.constantFrom("node", "edge", "graph", "all", "port")), optional("attr.name", KEY_NAMES)),
      fc.array(fc.oneof(textElement("default"), textElement("desc")), { maxLength: 2 }),
    );
  const data = element(
    strict ? fc.constant("data") : fc.constantFrom("data", "data", "datum"),
    must("key", strict ? KEY_IDS : fc.oneof(KEY_IDS, fc.constant("missing"))),
    fc.array(TEXT, { maxLength: 2 }),
  );
  const nested = strict ? fc.constantFrom("<port name='p'/>") : fc.constantFrom("<graph><node id='in'/></graph>", "<port name='p'/>");
  const node = element(
    strict ? fc.constant("node") : fc.constantFrom("node", "node", "port"),
    must("id", IDS),
    fc.array(fc.oneof({ arbitrary: data, weight: 4 }, { arbitrary: nested, weight: 1 }), { maxLength: 3 }),
  );
  const edge = element(
    strict ? fc.constant("edge") : fc.constantFrom("edge", "edge", "hyperedge"),
    concat(optional("id", IDS), must("source", IDS), must("target", IDS), optional("directed", fc.constantFrom("true", "false"))),
    fc.array(data, { maxLength: 3 }),
  );
  const graph = element(
    fc.constant("graph"),
    concat(optional("id", fc.constant("G")), optional("edgedefault", fc.constantFrom("directed", "undirected"))),
    fc.array(fc.oneof({ arbitrary: node, weight: 3 }, { arbitrary: edge, weight: 3 }, { arbitrary: data, weight: 2 }, { arbitrary: LITTER, weight: 1 }), { maxLength: 6 }),
  );
  const rootChild = fc.oneof({ arbitrary: key(KEY_IDS), weight: 3 }, { arbitrary: graph, weight: 2 }, { arbitrary: LITTER, weight: 1 });
  // Strict files declare every key (before or after the graph) and hold a graph.
  const children = strict
    ? fc.tuple(fc.array(rootChild, { maxLength: 4 }), graph, fc.tuple(...KEY_ID_LIST.map((id) => key(fc.constant(id)))), fc.array(fc.nat(), { minLength: 7, maxLength: 7 })).map(([kids, first, keys, at]) => {
        const all = [...kids, first];
        keys.forEach((declaration, i) => all.splice(at[i] % (all.length + 1), 0, declaration));
        return all;
      })
    : fc.array(rootChild, { maxLength: 7 });
  return fc
    .tuple(fc.constantFrom('<?xml version="1.0" encoding="UTF-8"?>\n', ""), strict ? fc.constantFrom("graphml", "y:graphml") : fc.constantFrom("graphml", "graphml", "graphml", "y:graphml", "gexf"), children, SPACE)
    .map(([head, root, kids, space]) => `${head}<${root} xmlns="http://graphml.graphdrawing.org/xmlns">${space}${kids.join(space)}</${root}>${space}`);
}
