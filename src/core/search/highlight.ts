import { foldWithOffsets } from './fold.js';
import { tokenize, tokenizeQuery, words, wordSpans, type QueryToken } from './tokenize.js';
import { boundedDistance, typoBudget } from './distance.js';
import { VIETNAMESE_ALIASES, type AliasGroup } from './aliases.js';

/** A half-open range `[start, end)` of UTF-16 offsets in the original text. */
export type Range = readonly [start: number, end: number];

/** A piece of text to render, marked or not. */
export interface Segment {
  text: string;
  mark: boolean;
}

/** Options of {@link highlight}. */
export interface HighlightOptions {
  /** Phrase groups that find each other, as given to the index (default {@link VIETNAMESE_ALIASES}). */
  aliases?: readonly AliasGroup[];
}

const iy = (s: string) => s.replace(/y/g, 'i');

/**
 * Where the words of `query` occur in `text`, by the same rules the search engine matches with (whole
 * word, `i`/`y` variant, prefix, small typo, alias phrase). Prefix matches mark only the typed part
 * ("khai s" marks "s" of "sinh"); typo matches are marked only for a query word the text does not
 * contain as such. Ranges are offsets into `text` as given (NFC or NFD), sorted and
 * merged; no match gives `[]`.
 */
export function highlight(text: string, query: string | readonly QueryToken[], options: HighlightOptions = {}): Range[] {
  const q = typeof query === 'string' ? tokenizeQuery(query) : query;
  if (q.length === 0 || text === '') return [];
  const { folded, starts } = foldWithOffsets(text);
  const out: [number, number][] = [];
  const spans = wordSpans(folded);
  const found: { w: string; i: number }[] = [];
  for (let k = 0; k < spans.length; k += 2) found.push({ w: folded.slice(spans[k]!, spans[k + 1]!), i: spans[k]! });
  // A query word found as such (or as a prefix) in this text marks no look-alikes: "tich" marks "tịch", not "trích".
  // Finished words mark other words they begin only when the text does not contain them as words.
  const whole = q.map((t) => found.some(({ w }) => w === t.folded || (!t.numeric && iy(w) === iy(t.folded))));
  const prefixOk = q.map((t, ti) => t.partial || t.numeric || !whole[ti]);
  const direct = q.map((t, ti) => whole[ti] || (prefixOk[ti] && found.some(({ w }) => w.startsWith(t.folded))));
  for (const { w, i } of found) {
    let end = -1;
    q.forEach((t, ti) => {
      const qw = t.folded;
      if (w === qw || (!t.numeric && iy(w) === iy(qw))) end = Math.max(end, i + w.length);
      else if (prefixOk[ti] && w.startsWith(qw)) end = Math.max(end, i + qw.length);
      else if (!direct[ti] && !t.numeric && !/^[\d.]+$/.test(w)) {
        const budget = typoBudget(qw.length);
        const max = budget > 0 ? budget : qw.length === 3 && w.length === 4 ? 1 : 0;
        if (max > 0 && boundedDistance(qw, w, max) <= max) end = Math.max(end, i + w.length);
      }
    });
    if (end > i) out.push([starts[i]!, starts[end]!]);
  }
  const groups = options.aliases ?? VIETNAMESE_ALIASES;
  if (groups.length > 0) {
    const textTokens = tokenize(text);
    const queryWords = q.map((t) => t.folded);
    for (const group of groups) {
      const phrases = group.map((p) => words(p).map((w) => w.folded)).filter((p) => p.length > 0);
      const asked = phrases.map((p) => indexOfSequence(queryWords, p) >= 0);
      if (!asked.some(Boolean)) continue;
      phrases.forEach((phrase, pi) => {
        // A phrase the query itself contains is already marked word by word.
        if (asked[pi]) return;
        const textWords = textTokens.map((t) => t.folded);
        let from = 0;
        for (;;) {
          const at = indexOfSequence(textWords, phrase, from);
          if (at < 0) break;
          out.push([textTokens[at]!.start, textTokens[at + phrase.length - 1]!.end]);
          from = at + 1;
        }
      });
    }
  }
  return mergeRanges(out);
}

function indexOfSequence(hay: readonly string[], needle: readonly string[], from = 0): number {
  outer: for (let i = from; i + needle.length <= hay.length; i++) {
    for (let k = 0; k < needle.length; k++) if (hay[i + k] !== needle[k]) continue outer;
    return i;
  }
  return -1;
}

/** Sorts ranges and merges overlapping or touching ones. */
export function mergeRanges(ranges: readonly Range[]): Range[] {
  const sorted = [...ranges].filter(([a, b]) => b > a).sort((x, y) => x[0] - y[0] || x[1] - y[1]);
  const out: [number, number][] = [];
  for (const [a, b] of sorted) {
    const last = out[out.length - 1];
    if (last && a <= last[1]) last[1] = Math.max(last[1], b);
    else out.push([a, b]);
  }
  return out;
}

/** Cuts `text` into marked and unmarked segments along `ranges` (sorted, non-overlapping). */
export function segments(text: string, ranges: readonly Range[]): Segment[] {
  const out: Segment[] = [];
  let at = 0;
  for (const [a, b] of ranges) {
    const s = Math.max(at, Math.min(a, text.length));
    const e = Math.min(b, text.length);
    if (s > at) out.push({ text: text.slice(at, s), mark: false });
    if (e > s) out.push({ text: text.slice(s, e), mark: true });
    at = Math.max(at, e);
  }
  if (at < text.length) out.push({ text: text.slice(at), mark: false });
  return out;
}

/** A window of a long text around its first match. */
export interface Snippet {
  text: string;
  ranges: Range[];
  /** Text was cut before / after the window. */
  before: boolean;
  after: boolean;
}

/**
 * A window of at most `maxLength` characters of `text` around the first range, cut at spaces, with the
 * ranges moved into the window. No ranges gives the start of the text.
 */
export function snippet(text: string, ranges: readonly Range[], maxLength = 160): Snippet {
  if (text.length <= maxLength) return { text, ranges: [...ranges], before: false, after: false };
  const first = ranges[0]?.[0] ?? 0;
  let start = Math.max(0, first - Math.floor(maxLength / 3));
  if (start > 0) {
    const space = text.indexOf(' ', start);
    start = space >= 0 && space < first ? space + 1 : start;
  }
  let end = Math.min(text.length, start + maxLength);
  if (end < text.length) {
    const space = text.lastIndexOf(' ', end);
    if (space > start + maxLength / 2) end = space;
  }
  const inside: Range[] = [];
  for (const [a, b] of ranges) {
    if (b <= start || a >= end) continue;
    inside.push([Math.max(a, start) - start, Math.min(b, end) - start]);
  }
  return { text: text.slice(start, end), ranges: inside, before: start > 0, after: end < text.length };
}
