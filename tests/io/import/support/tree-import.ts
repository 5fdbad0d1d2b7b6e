/**
 * TEST-ONLY oracle: a GEXF or GraphML import the way importFiles did it before streaming
 * (decode, parse the whole tree, walk it into a RawGraph, then the same build and
 * validation), for the equivalence test and the A/B benchmark.
 */
import { DEFAULT_IMPORT_OPTIONS, detectFormat, importFiles, importReadGraph, type ImportFile, type ImportOptions } from "../../../../src/io/import/import-files";
import { decodeText } from "../../../../src/io/import/decode-text";
import { failure, type ImportResult } from "../../../../src/io/import/import-result";
import type { ReadResult } from "../../../../src/io/import/raw-graph";
import type { XmlOptions } from "../../../../src/io/xml/xml-pull-reader";
import { parseXml } from "../../xml/support/tree-parse-xml";
import { readGexf } from "./tree-read-gexf";
import { readGraphml } from "./tree-read-graphml";

/** The tree path's ReadResult (parse problems, or the reader's result). */
export function readByTree(text: string, file: string, format: "gexf" | "graphml", options: Partial<XmlOptions> = {}): ReadResult {
  const parsed = parseXml(text, file, options);
  if (!parsed.ok) return { ok: false, problems: parsed.problems };
  return format === "gexf" ? readGexf(parsed.document, file) : readGraphml(parsed.document, file);
}

/** importFiles([file]) for one GEXF or GraphML file, by the tree path (a file detected as another format goes to importFiles). */
export function importXmlByTree(file: ImportFile, options: Partial<ImportOptions> = {}): ImportResult {
  const settings = { ...DEFAULT_IMPORT_OPTIONS, ...options };
  const decoded = decodeText(file.bytes, file.name, settings.maxBytes);
  if (!decoded.ok) return failure(undefined, [decoded.problem]);
  const format = detectFormat(file.name, decoded.text);
  if (format !== "gexf" && format !== "graphml") return importFiles([file], options); // not XML: one path only
  const limits = { maxChars: settings.maxBytes, maxDepth: settings.maxDepth, maxElements: settings.maxElements };
  const parsed = parseXml(decoded.text, file.name, limits);
  if (!parsed.ok) return failure(format, parsed.problems);
  return importReadGraph(format === "gexf" ? readGexf(parsed.document, file.name) : readGraphml(parsed.document, file.name), format);
}
