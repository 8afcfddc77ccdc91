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

/**
 * A word: digits joined by dots (`1.001193`, `1.000.000`), or a run of letters, digits and combining
 * marks. Used on folded text by {@link tokenize} and on original text by {@link words}, which therefore
 * find the same words.
 */
const WORD = /\p{N}+(?:\.\p{N}+)+|[\p{L}\p{N}\p{M}]+/gu;

/**
 * Splits `text` into words on anything that is not a letter or a digit. A `.` between two digits stays
 * inside the word, so procedure codes (`1.001193`) and numbers (`1.000.000`) are single tokens.
 * Offsets refer to `text` as given (NFC or NFD). Empty text gives no tokens.
 */
export function tokenize(text: string): Token[] {
  const { folded, starts } = foldWithOffsets(text);
  const out: Token[] = [];
  for (const m of folded.matchAll(WORD)) {
    const i = m.index;
    const j = i + m[0].length;
    const start = starts[i]!;
    const end = starts[j]!;
    out.push({ folded: m[0], surface: text.slice(start, end).normalize('NFC').toLowerCase(), start, end, index: out.length });
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
 * regular-expression pass over the original text, each distinct spelling folded once). For indexing.
 */
export function words(text: string): Word[] {
  const out: Word[] = [];
  for (const m of text.matchAll(WORD)) {
    // A combining mark with no base letter before it folds to nothing; tokenize() never sees it.
    const raw = m[0].replace(/^\p{M}+/u, '');
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
