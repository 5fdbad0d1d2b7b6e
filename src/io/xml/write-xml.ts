/**
 * Writing XML: escaping and a tiny element builder. Every label and description goes
 * through these escapes, so `<img src=x onerror=alert(1)>` is written as text.
 */

// Characters XML 1.0 cannot carry at all (C0 controls other than tab, LF, CR; lone
// surrogates; U+FFFE/U+FFFF) are dropped rather than written as invalid references.
// eslint-disable-next-line no-control-regex
const INVALID_XML_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

// Anything that needs escaping or dropping; most values (ids, numbers) have none, and skip
// the replacement chain.
// eslint-disable-next-line no-control-regex
const NEEDS_WORK = /[&<>"\u0000-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/;

function escapeMarkup(value: string): string {
  return value.replace(INVALID_XML_CHARS, "").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** Element content. A CR is written as a reference: a literal one would be read as LF. */
export function escapeXmlText(value: string): string {
  if (!NEEDS_WORK.test(value)) return value;
  return escapeMarkup(value).replace(/\r/g, "&#13;");
}

/** Attribute values. Tabs and line breaks become references: literal ones read as spaces. */
export function escapeXmlAttribute(value: string): string {
  if (!NEEDS_WORK.test(value)) return value;
  return escapeMarkup(value)
    .replace(/"/g, "&quot;")
    .replace(/\t/g, "&#9;")
    .replace(/\n/g, "&#10;")
    .replace(/\r/g, "&#13;");
}

export type XmlAttributes = Readonly<Record<string, string | number | boolean | undefined>>;

/** `<name a="1" b="2">` (or `/>` when `selfClose`); undefined attributes are left out. */
export function openTag(name: string, attributes: XmlAttributes = {}, selfClose = false): string {
  let tag = `<${name}`;
  for (const key in attributes) {
    const value = attributes[key];
    if (value !== undefined) tag += ` ${key}="${escapeXmlAttribute(String(value))}"`;
  }
  return tag + (selfClose ? "/>" : ">");
}

export function element(name: string, attributes: XmlAttributes = {}, text?: string): string {
  return text === undefined ? openTag(name, attributes, true) : `${openTag(name, attributes)}${escapeXmlText(text)}</${name}>`;
}
