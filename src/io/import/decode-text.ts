/**
 * Bytes to text, refusing what cannot be read rather than guessing: a UTF-8 or UTF-16
 * byte-order mark decides; otherwise an XML declaration's `encoding` (ISO-8859-1,
 * windows-1252... anything TextDecoder knows); otherwise UTF-8, strictly (an invalid
 * sequence is a typed `encoding` problem, never replacement characters in the data).
 */
import type { ImportProblem } from "../import-error";

export type DecodeResult = { readonly ok: true; readonly text: string } | { readonly ok: false; readonly problem: ImportProblem };

function decoderFor(label: string): TextDecoder | undefined {
  try {
    return new TextDecoder(label, { fatal: true });
  } catch {
    return undefined;
  }
}

/** The `encoding` of an XML declaration in the first bytes, when they are ASCII-compatible. */
function declaredEncoding(bytes: Uint8Array): string | undefined {
  const head = String.fromCharCode(...bytes.subarray(0, 200));
  const match = /^<\?xml[^>]*?\sencoding\s*=\s*["']([A-Za-z0-9._-]+)["']/.exec(head);
  return match?.[1];
}

export function decodeText(bytes: Uint8Array, file: string, maxBytes: number): DecodeResult {
  const refuse = (kind: ImportProblem["kind"], message: string): DecodeResult => ({ ok: false, problem: { kind, file, message } });
  if (bytes.length > maxBytes) return refuse("too-large", `the file is ${bytes.length.toLocaleString("en-US")} bytes; the limit is ${maxBytes.toLocaleString("en-US")}`);
  let label = "utf-8";
  let start = 0;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) start = 3;
  else if (bytes[0] === 0xff && bytes[1] === 0xfe) [label, start] = ["utf-16le", 2];
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) [label, start] = ["utf-16be", 2];
  else {
    const declared = declaredEncoding(bytes);
    if (declared !== undefined && !/^utf-?8$/i.test(declared)) {
      if (/^utf-?16/i.test(declared)) return refuse("encoding", `the file declares ${declared} but has no byte-order mark; save it as UTF-8`);
      if (decoderFor(declared) === undefined) return refuse("encoding", `the declared encoding '${declared}' is not supported; save the file as UTF-8`);
      label = declared;
    }
  }
  const decoder = decoderFor(label);
  if (decoder === undefined) return refuse("encoding", `cannot decode ${label} here`);
  try {
    return { ok: true, text: decoder.decode(bytes.subarray(start)) };
  } catch {
    return refuse("encoding", `the file is not valid ${label === "utf-8" ? "UTF-8" : label} text (is it a binary file, or saved in another encoding?)`);
  }
}
