/**
 * Reading one JSON string literal (RFC 8259 section 7) from a text at an offset. Shared by
 * the parser and by the location table, which re-reads object keys on demand instead of
 * storing them.
 */

export interface StringRead {
  readonly value: string;
  /** Offset just after the closing quote. */
  readonly end: number;
}

/** Why a string literal is malformed, and where. */
export interface StringFault {
  readonly offset: number;
  readonly message: string;
}

const QUOTE = 34;
const BACKSLASH = 92;

const SIMPLE_ESCAPES: Readonly<Record<string, string>> = {
  '"': '"',
  "\\": "\\",
  "/": "/",
  b: "\b",
  f: "\f",
  n: "\n",
  r: "\r",
  t: "\t",
};

function hexValue(code: number): number {
  if (code >= 48 && code <= 57) return code - 48;
  if (code >= 65 && code <= 70) return code - 55;
  if (code >= 97 && code <= 102) return code - 87;
  return -1;
}

/**
 * Reads the string literal whose opening quote is at `start`. Returns the decoded value,
 * or a fault. The common case (no escape) is one scan and one slice.
 */
export function readJsonString(text: string, start: number): StringRead | StringFault {
  let i = start + 1;
  let chunkStart = i;
  let decoded = "";
  for (;;) {
    if (i >= text.length) return { offset: start, message: "unterminated string (missing closing '\"')" };
    const code = text.charCodeAt(i);
    if (code === QUOTE) return { value: decoded + text.slice(chunkStart, i), end: i + 1 };
    if (code < 0x20) {
      return {
        offset: i,
        message: code === 10 ? "line break inside a string (write \\n, or close the string)" : "control character inside a string (escape it)",
      };
    }
    if (code !== BACKSLASH) {
      i++;
      continue;
    }
    decoded += text.slice(chunkStart, i);
    const escape = text[i + 1];
    if (escape === "u") {
      let unit = 0;
      for (let k = 2; k < 6; k++) {
        const digit = hexValue(text.charCodeAt(i + k));
        if (digit < 0) return { offset: i, message: "bad \\u escape: expected 4 hexadecimal digits" };
        unit = unit * 16 + digit;
      }
      decoded += String.fromCharCode(unit);
      i += 6;
    } else if (escape !== undefined && Object.prototype.hasOwnProperty.call(SIMPLE_ESCAPES, escape)) {
      decoded += SIMPLE_ESCAPES[escape];
      i += 2;
    } else {
      return { offset: i, message: `bad escape '\\${escape ?? ""}' (allowed: \\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX)` };
    }
    chunkStart = i;
  }
}

export function isStringFault(read: StringRead | StringFault): read is StringFault {
  return (read as StringFault).message !== undefined;
}
