/**
 * Writing XML: escaping and a tiny element builder. Every label and description goes
 * through these escapes, so `<img src=x onerror=alert(1)>` is written as text.
 */

// Characters XML 1.0 cannot carry at all (C0 controls other than tab, LF, CR; lone
// surrogates; U+FFFE/U+FFFF) are dropped rather than written as invalid references.
// eslint-disable-next-line no-control-regex
const INVALID_XML_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

function escapeMarkup(value: string): string {
  return value.replace(INVALID_XML_CHARS, "").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** Element content. A CR is written as a reference: a literal one would be read as LF. */
export function escapeXmlText(value: string): string {
  return escapeMarkup(value).replace(/\r/g, "&#13;");
}

/** Attribute values. Tabs and line breaks become references: literal ones read as spaces. */
export function escapeXmlAttribute(value: string): string {
  return escapeMarkup(value)
    .replace(/"/g, "&quot;")
    .replace(/\t/g, "&#9;")
    .replace(/\n/g, "&#10;")
    .replace(/\r/g, "&#13;");
}

export type XmlAttributes = Readonly<Record<string, string | number | boolean | undefined>>;

/** `<name a="1" b="2">` (or `/>` when `selfClose`); undefined attributes are left out. */
export function openTag(name: string, attributes: XmlAttributes = {}, selfClose = false): string {
  const parts = Object.entries(attributes)
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => ` ${key}="${escapeXmlAttribute(String(value))}"`);
  return `<${name}${parts.join("")}${selfClose ? "/>" : ">"}`;
}

export function element(name: string, attributes: XmlAttributes = {}, text?: string): string {
  return text === undefined ? openTag(name, attributes, true) : `${openTag(name, attributes)}${escapeXmlText(text)}</${name}>`;
}
