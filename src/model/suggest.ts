/**
 * "Did you mean ...?" for misspelt ids and property names.
 *
 * Algorithm: Levenshtein edit distance (Wagner-Fischer dynamic programming, two rows),
 * with an early exit once a row exceeds the threshold. Candidates are scanned up to a cap
 * so that an error message never costs O(N) on a million-id collection.
 */

const MAX_CANDIDATES_SCANNED = 20_000;

/** Edit distance between a and b, or `limit + 1` as soon as it is known to exceed `limit`. */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMinimum = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      const value = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
      current.push(value);
      if (value < rowMinimum) rowMinimum = value;
    }
    if (rowMinimum > limit) return limit + 1;
    previous = current;
  }
  return previous[b.length];
}

/** The closest candidate within a small distance (about a third of the word), if any, for words of 4+ characters. */
export function closest(word: string, candidates: Iterable<string>): string | undefined {
  // Short codes (CN, US, MX) are all near each other: a suggestion would be noise.
  if (word.length < 4) return undefined;
  const limit = Math.max(1, Math.min(3, Math.floor(word.length / 3)));
  let best: string | undefined;
  let bestDistance = limit + 1;
  let scanned = 0;
  for (const candidate of candidates) {
    if (++scanned > MAX_CANDIDATES_SCANNED) break;
    const distance = editDistance(word, candidate, limit);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

/** " (did you mean 'x'?)" or "". */
export function didYouMean(word: string, candidates: Iterable<string>): string {
  const suggestion = closest(word, candidates);
  return suggestion === undefined || suggestion === word ? "" : ` (did you mean '${suggestion}'?)`;
}
