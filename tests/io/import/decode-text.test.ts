import { describe, expect, it } from "vitest";
import { decodeText } from "../../../src/io/import/decode-text";

const bytes = (...values: number[]) => new Uint8Array(values);
const ascii = (text: string) => new TextEncoder().encode(text);

describe("decodeText", () => {
  it("reads UTF-8 (with or without a byte-order mark) and UTF-16 with one", () => {
    expect(decodeText(ascii("héllo"), "f", 100)).toEqual({ ok: true, text: "héllo" });
    expect(decodeText(bytes(0xef, 0xbb, 0xbf, 0x61), "f", 100)).toEqual({ ok: true, text: "a" });
    expect(decodeText(bytes(0xff, 0xfe, 0x61, 0x00, 0x62, 0x00), "f", 100)).toEqual({ ok: true, text: "ab" });
    expect(decodeText(bytes(0xfe, 0xff, 0x00, 0x61), "f", 100)).toEqual({ ok: true, text: "a" });
  });

  it("honours an XML declaration's single-byte encoding", () => {
    const latin1 = new Uint8Array([...ascii(`<?xml version="1.0" encoding="ISO-8859-1"?><a>`), 0xe9, ...ascii("</a>")]);
    const result = decodeText(latin1, "f", 1000);
    expect(result.ok && result.text.endsWith("<a>é</a>")).toBe(true);
  });

  it("refuses invalid UTF-8, unknown encodings, UTF-16 without a mark, and oversized input", () => {
    expect(decodeText(bytes(0x61, 0xff, 0x62), "f", 100)).toMatchObject({ ok: false, problem: { kind: "encoding", file: "f" } });
    expect(decodeText(ascii(`<?xml version="1.0" encoding="x-klingon"?><a/>`), "f", 100)).toMatchObject({ ok: false, problem: { kind: "encoding" } });
    expect(decodeText(ascii(`<?xml version="1.0" encoding="UTF-16"?><a/>`), "f", 100)).toMatchObject({ ok: false, problem: { kind: "encoding" } });
    expect(decodeText(ascii("x".repeat(20)), "f", 10)).toMatchObject({ ok: false, problem: { kind: "too-large" } });
  });
});
