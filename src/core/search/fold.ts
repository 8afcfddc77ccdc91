/**
 * Vietnamese folding: lower case, no tone or vowel marks, `đ` → `d`.
 *
 * Folding works one character cluster (a base code point and the combining marks after it) at a time,
 * so text typed as NFC (precomposed, most keyboards) and NFD (decomposed, some macOS and older Windows
 * input) folds to the same string, and every folded character remembers where it came from in the
 * original. A match range on the folded text therefore maps straight back to the original text for
 * highlighting, whatever its normalisation form.
 */

/** Result of {@link foldWithOffsets}: the folded text and, per folded character, its place in the original. */
export interface FoldedText {
  /** The folded text. */
  folded: string;
  /**
   * `starts[i]` is the UTF-16 offset in the original text of the cluster that produced folded character
   * `i`; `starts[folded.length]` is the original length. A folded range `[a, b)` is `[starts[a], starts[b])`
   * in the original.
   */
  starts: Uint32Array;
}

/** Whether a UTF-16 unit is a combining mark that belongs to the previous base character. */
function isCombining(c: number): boolean {
  return (c >= 0x0300 && c <= 0x036f) || (c >= 0x1ab0 && c <= 0x1aff) || (c >= 0x1dc0 && c <= 0x1dff) || (c >= 0x20d0 && c <= 0x20ff) || (c >= 0xfe20 && c <= 0xfe2f);
}

const ASCII = /^[ -~\t\n\r]*$/;
const MARKS = /[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]/g;
/** Folded form of non-ASCII clusters; a pure memo (same input, same output), bounded. */
const clusterCache = new Map<string, string>();

/** Folds one cluster (base character plus its combining marks). */
function foldCluster(cluster: string): string {
  let out = clusterCache.get(cluster);
  if (out !== undefined) return out;
  // Lower-casing can itself produce marks (U+0130 İ → i + U+0307), so strip after lower-casing too.
  out = cluster.normalize('NFD').replace(MARKS, '').toLowerCase().replace(MARKS, '').replace(/đ/g, 'd');
  if (clusterCache.size > 4096) clusterCache.clear();
  clusterCache.set(cluster, out);
  return out;
}

/**
 * Folds `text` and records, for every folded character, the offset of the original cluster it came from.
 * Vietnamese and other Latin letters fold to exactly one character each; a lone combining mark with no
 * base folds to nothing.
 */
export function foldWithOffsets(text: string): FoldedText {
  const n = text.length;
  if (ASCII.test(text)) {
    const starts = new Uint32Array(n + 1);
    for (let i = 0; i <= n; i++) starts[i] = i;
    return { folded: text.toLowerCase(), starts };
  }
  let folded = '';
  const starts: number[] = [];
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    // Fast path: ASCII not followed by a combining mark.
    if (c < 0x80 && (i + 1 >= n || !isCombining(text.charCodeAt(i + 1)))) {
      folded += c >= 65 && c <= 90 ? String.fromCharCode(c + 32) : text[i];
      starts.push(i);
      i++;
      continue;
    }
    let j = i + (c >= 0xd800 && c <= 0xdbff && i + 1 < n ? 2 : 1);
    while (j < n && isCombining(text.charCodeAt(j))) j++;
    const f = foldCluster(text.slice(i, j));
    for (let k = 0; k < f.length; k++) starts.push(i);
    folded += f;
    i = j;
  }
  starts.push(n);
  return { folded, starts: Uint32Array.from(starts) };
}

/**
 * Folds Vietnamese text for matching: `foldVietnamese('Đăng ký Hộ tịch')` → `'dang ky ho tich'`.
 * Idempotent; NFC and NFD input give the same result; for Vietnamese and Latin text the result is as
 * long as `text.normalize('NFC')`.
 */
export function foldVietnamese(text: string): string {
  return foldWithOffsets(text).folded;
}

/**
 * The marks of a word in reading order (tone and vowel marks, and `đ` as a mark), independent of where
 * old- or new-style spelling puts the tone: `hoà` and `hòa` have the same signature, `hộ` and `họ` do not.
 * Empty for a word without marks.
 */
export function markSignature(word: string): string {
  if (ASCII.test(word)) return '';
  let sig = '';
  for (const ch of word.normalize('NFD')) {
    const c = ch.charCodeAt(0);
    if (isCombining(c)) sig += ch;
    else if (ch === 'đ' || ch === 'Đ') sig += 'đ';
  }
  return sig;
}

/** Whether `text` carries any tone or vowel mark, or `đ`. */
export function hasMarks(text: string): boolean {
  return markSignature(text) !== '';
}
