/**
 * Bounded edit distance (optimal string alignment: insertions, deletions, substitutions and swaps of two
 * neighbouring letters each cost 1), for typo tolerance on folded words.
 *
 * Returns the distance when it is at most `max`, otherwise `max + 1`; gives up as soon as every cell of a
 * row exceeds `max`, so comparing a short query word with thousands of vocabulary words stays cheap.
 */
export function boundedDistance(a: string, b: string, max: number): number {
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > max) return max + 1;
  if (la === 0 || lb === 0) return Math.max(la, lb) <= max ? Math.max(la, lb) : max + 1;
  // Three rolling rows: two back (for swaps), previous, current.
  let prev2 = new Array<number>(lb + 1);
  let prev = new Array<number>(lb + 1);
  let cur = new Array<number>(lb + 1);
  for (let j = 0; j <= lb; j++) prev[j] = j;
  for (let i = 1; i <= la; i++) {
    cur[0] = i;
    let rowMin = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= lb; j++) {
      const cb = b.charCodeAt(j - 1);
      let d = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (ca === cb ? 0 : 1));
      if (i > 1 && j > 1 && ca === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === cb) d = Math.min(d, prev2[j - 2]! + 1);
      cur[j] = d;
      if (d < rowMin) rowMin = d;
    }
    if (rowMin > max) return max + 1;
    const t = prev2;
    prev2 = prev;
    prev = cur;
    cur = t;
  }
  const d = prev[lb]!;
  return d <= max ? d : max + 1;
}

/**
 * How many typos a folded query word of this length may carry: none up to 3 letters (too many short
 * Vietnamese syllables are one edit apart), one for 4–7, two from 8 on.
 */
export function typoBudget(length: number): number {
  return length < 4 ? 0 : length < 8 ? 1 : 2;
}
