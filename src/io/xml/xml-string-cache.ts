/**
 * The names and short attribute values the pull reader reads from one file, each kept once.
 * A graph file uses a few dozen names and repeats most short values ("true", "road", an
 * attribute id); remembering them means a string read a million times is one string, not
 * a million. Strings are keyed by a hash the reader computes while it scans them anyway:
 * hash = (Math.imul(hash, 31) + code) | 0 over their character codes, from 0.
 */

/** How many distinct strings are remembered; past the limit strings are simply sliced. */
const STRING_CACHE_SIZE = 4096;

export class StringCache {
  private readonly strings = new Map<number, string>();

  constructor(private readonly source: string) {}

  /** source[start, end), from the cache when it holds it; `hash` is of those characters (see the header). */
  slice(start: number, end: number, hash: number): string {
    const key = (Math.imul(hash, 31) + (end - start)) | 0;
    const known = this.strings.get(key);
    if (known !== undefined && known.length === end - start && this.source.startsWith(known, start)) return known;
    const fresh = this.source.slice(start, end);
    if (known === undefined && this.strings.size < STRING_CACHE_SIZE) this.strings.set(key, fresh);
    return fresh;
  }
}
