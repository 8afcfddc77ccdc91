import { foldVietnamese, foldWithOffsets, markSignature } from './fold.js';

/** One word of a text, in folded and in original form, with its place in the original. */
export interface Token {
  /** Folded form (`ho`), the matching key. */
  folded: string;
  /** Original spelling, NFC and lower case (`hộ`), for exact-diacritic matching. */
  surface: string;
  /** UTF-16 offset of the word in the original text. */
  start: number;
  /** UTF-16 offset just after the word in the original text. */
  end: number;
  /** Position among the text's tokens (0-based). */
  index: number;
}

const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;
const DIGIT = /\p{N}/u;

function isMarkCode(c: number): boolean {
  return (c >= 0x0300 && c <= 0x036f) || (c >= 0x1ab0 && c <= 0x1aff) || (c >= 0x1dc0 && c <= 0x1dff) || (c >= 0x20d0 && c <= 0x20ff) || (c >= 0xfe20 && c <= 0xfe2f);
}

/** Length (1 or 2 UTF-16 units) of the word character at `i`, or 0 when it is none. */
function wordCharAt(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (c < 0x80) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) ? 1 : 0;
  // Latin-1 letters and Latin Extended (× and ÷ excepted), combining marks, Vietnamese precomposed letters.
  if ((c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) || (c >= 0x300 && c <= 0x36f) || (c >= 0x1e00 && c <= 0x1eff)) return 1;
  const wide = c >= 0xd800 && c <= 0xdbff && i + 1 < s.length ? 2 : 1;
  return WORD_CHAR.test(s.slice(i, i + wide)) ? wide : 0;
}

function digitAt(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (c >= 48 && c <= 57) return 1;
  if (c < 0x80) return 0;
  const wide = c >= 0xd800 && c <= 0xdbff && i + 1 < s.length ? 2 : 1;
  return DIGIT.test(s.slice(i, i + wide)) ? wide : 0;
}

/**
 * Spans `[start, end)` of the words of `s`: digits joined by dots (`1.001193`, `1.000.000`), or a run
 * of letters, digits and combining marks. One pass, no regular expression for Vietnamese text.
 * Used on folded text by {@link tokenize} and on original text by {@link words}, so both find the same
 * words.
 */
export function wordSpans(s: string): number[] {
  const out: number[] = [];
  const n = s.length;
  let i = 0;
  while (i < n) {
    const w = wordCharAt(s, i);
    if (w === 0) {
      i++;
      continue;
    }
    let j = i;
    // Digits followed by at least one ".digits" group form a number token on their own.
    let d = digitAt(s, j);
    if (d > 0) {
      while (j < n && (d = digitAt(s, j)) > 0) j += d;
      let groups = 0;
      while (j + 1 < n && s.charCodeAt(j) === 46 && digitAt(s, j + 1) > 0) {
        j++;
        while (j < n && (d = digitAt(s, j)) > 0) j += d;
        groups++;
      }
      if (groups > 0) {
        out.push(i, j);
        i = j;
        continue;
      }
      j = i;
    }
    let k: number;
    while (j < n && (k = wordCharAt(s, j)) > 0) j += k;
    out.push(i, j);
    i = j;
  }
  return out;
}

/**
 * Splits `text` into words on anything that is not a letter or a digit. A `.` between two digits stays
 * inside the word, so procedure codes (`1.001193`) and numbers (`1.000.000`) are single tokens.
 * Offsets refer to `text` as given (NFC or NFD). Empty text gives no tokens.
 */
export function tokenize(text: string): Token[] {
  const { folded, starts } = foldWithOffsets(text);
  const out: Token[] = [];
  const spans = wordSpans(folded);
  for (let k = 0; k < spans.length; k += 2) {
    const i = spans[k]!;
    const j = spans[k + 1]!;
    const start = starts[i]!;
    const end = starts[j]!;
    out.push({ folded: folded.slice(i, j), surface: text.slice(start, end).normalize('NFC').toLowerCase(), start, end, index: out.length });
  }
  return out;
}

/** A word of {@link words}: folded and surface forms only. */
export interface Word {
  folded: string;
  surface: string;
}

const wordCache = new Map<string, Word>();

/**
 * The words of `text` without offsets: the same sequence as {@link tokenize} gives, found faster (one
 * pass over the original text, each distinct spelling folded once). For indexing.
 */
export function words(text: string): Word[] {
  const out: Word[] = [];
  const spans = wordSpans(text);
  for (let k = 0; k < spans.length; k += 2) {
    let i = spans[k]!;
    const j = spans[k + 1]!;
    // A combining mark with no base letter before it folds to nothing; tokenize() never sees it.
    while (i < j && isMarkCode(text.charCodeAt(i))) i++;
    if (i === j) continue;
    const raw = text.slice(i, j);
    let w = wordCache.get(raw);
    if (!w) {
      const folded = foldVietnamese(raw);
      w = { folded, surface: raw.normalize('NFC').toLowerCase() };
      if (wordCache.size > 50_000) wordCache.clear();
      wordCache.set(raw, w);
    }
    if (w.folded !== '') out.push(w);
  }
  return out;
}

/** Words of a query, with what the matcher needs to know about each. */
export interface QueryToken extends Token {
  /** The word carries marks, so matching words with the same marks rank first. */
  marked: boolean;
  /** {@link markSignature} of the word. */
  marks: string;
  /** All digits (and dots): matched exactly or as a prefix, never fuzzily. */
  numeric: boolean;
  /** Still being typed (the last word, with no space after it): prefix matches rank as well as whole words. */
  partial: boolean;
  /** A filler word ("thủ tục", "làm", "như thế nào"): counted when it matches but not required. */
  optional: boolean;
}

/**
 * Query words that add nothing to what is being looked for ("how do I", "procedure for"). They still
 * score when a record contains them, but a record does not need them to match. Folded forms.
 */
export const QUERY_FILLERS: ReadonlySet<string> = new Set([
  'thu', 'tuc', 'lam', 'cach', 'nhu', 'nao', 'o', 'dau', 'gi', 'muon', 'toi', 'minh', 'xin', 'hoi',
  'bao', 'nhieu', 'lau', 'va', 'cua', 'cho', 'de', 'nhung', 've', 'la', 'thi', 'ma', 'khi', 'nguoi',
]);

/**
 * Tokenises a query: NFC or NFD, any case, with or without diacritics. Filler words are marked optional
 * when the query has at least one other word.
 */
export function tokenizeQuery(query: string, fillers: ReadonlySet<string> = QUERY_FILLERS): QueryToken[] {
  const tokens = tokenize(query);
  const last = tokens.length - 1;
  const trailingWord = last >= 0 && tokens[last]!.end === query.length;
  let allFillers = true;
  for (const t of tokens) if (!fillers.has(t.folded)) allFillers = false;
  const out: QueryToken[] = [];
  for (let i = 0; i <= last; i++) {
    const t = tokens[i]!;
    const marks = markSignature(t.surface);
    out.push({
      folded: t.folded,
      surface: t.surface,
      start: t.start,
      end: t.end,
      index: t.index,
      marked: marks !== '',
      marks,
      numeric: NUMERIC.test(t.folded),
      partial: trailingWord && i === last,
      optional: !allFillers && fillers.has(t.folded),
    });
  }
  return out;
}

const NUMERIC = /^[\d.]+$/;
