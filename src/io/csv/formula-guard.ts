/**
 * Spreadsheet formula injection guard for text cells (OWASP, "CSV Injection"): a cell that
 * starts with = + - @ tab or CR is run as a formula by Excel, LibreOffice and Google
 * Sheets, so a label like `=HYPERLINK("http://evil", "click")` would become a live link.
 * Such cells are written with a leading apostrophe, which spreadsheets read as "this is
 * text" and do not display.
 *
 * Reversible, so CSV round trips are exact: a cell that already starts with an apostrophe
 * gets one more. Reading strips one apostrophe when the next character is one of the
 * guarded ones (or an apostrophe). Only text columns are guarded; numbers such as -5 in a
 * numeric column are written as they are.
 */

const GUARDED = new Set(["=", "+", "-", "@", "\t", "\r", "'"]);

export function guardCell(text: string): string {
  return text.length > 0 && GUARDED.has(text[0]) ? `'${text}` : text;
}

export function unguardCell(text: string): string {
  return text.length > 1 && text[0] === "'" && GUARDED.has(text[1]) ? text.slice(1) : text;
}
