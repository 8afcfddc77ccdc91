import { markSignature } from './fold.js';
import { tokenizeQuery, words, QUERY_FILLERS, type QueryToken, type Word } from './tokenize.js';
import { boundedDistance, typoBudget } from './distance.js';
import { VIETNAMESE_ALIASES, type AliasGroup } from './aliases.js';

/**
 * Vietnamese full-text search over a small catalogue (thousands of records): accent-insensitive,
 * typo-tolerant, ranked.
 *
 * Matching, per query word (folded): the same word; the same word with `i`/`y` swapped (`ky`/`ki`);
 * a word it begins (prefix: for the word being typed, codes, and finished words that are no word
 * themselves); a word within a small edit distance (typos, from 4 letters on; one missing letter in
 * three-letter words). Every non-filler query word must match (AND); when nothing
 * matches all of them, records missing one are shown, ranked after.
 *
 * Ranking: more query words matched first; then a score summing, per query word, its best field weight
 * (title before body) × match quality (whole word > `i`/`y` > prefix > typo) × diacritics agreement (a
 * word typed with marks prefers records with the same marks: "hộ" before "họ"); titles count more when
 * short and when the query words appear in them side by side and in order, most of all when the title
 * is exactly the query; then popularity ("common procedures first"), which also orders an empty query.
 */

/** A searchable field of the records. */
export interface SearchField<T> {
  /** Name used in hits and highlights. */
  name: string;
  /** Relative weight (title 10, body 1 is a good start). */
  weight: number;
  /** The field's text, or several texts (a list field). */
  get(item: T): string | readonly string[] | null | undefined;
  /**
   * A short field (title, code, keywords): one- and two-letter prefixes match only in head fields, so
   * the first keystrokes stay precise.
   */
  head?: boolean;
}

/** How to index records. */
export interface IndexOptions<T> {
  /** Stable id of a record. */
  id(item: T): string;
  /** At most 8 fields. The first is the title unless {@link titleField} says otherwise. */
  fields: readonly SearchField<T>[];
  /** Name of the title field (length and word order count there). Default: the first field. */
  titleField?: string;
  /** Popularity of a record (e.g. dossiers per year); higher ranks first among equals. */
  popularity?(item: T): number | null | undefined;
  /** Facets to filter and count by, e.g. `{ linhVuc: (p) => p.linh_vuc }`. */
  facets?: Readonly<Record<string, (item: T) => string | readonly string[] | null | undefined>>;
  /** Phrase groups that find each other (default {@link VIETNAMESE_ALIASES}). */
  aliases?: readonly AliasGroup[];
  /** Query filler words, folded (default {@link QUERY_FILLERS}). */
  fillers?: ReadonlySet<string>;
}

/** A built index. Treat as opaque; it keeps a small memo of recent query words. */
export interface SearchIndex<T> {
  readonly items: readonly T[];
  readonly ids: readonly string[];
  /** @internal */ readonly fieldNames: readonly string[];
  /** @internal */ readonly fieldWeights: Float64Array;
  /** @internal */ readonly headFields: readonly boolean[];
  /** @internal */ readonly titleField: number;
  /** @internal Sorted distinct folded words. */ readonly keys: readonly string[];
  /** @internal Folded word → its position in `keys`. */ readonly keyIndex: ReadonlyMap<string, number>;
  /** @internal Folded word with y→i → keys. */ readonly keysIY: ReadonlyMap<string, readonly number[]>;
  /** @internal Non-numeric keys by length, for the typo scan. */ readonly keysByLength: readonly (readonly number[])[];
  /** @internal Surface spellings per key. */ readonly keySurfaces: readonly (readonly number[])[];
  /** @internal */ readonly surfaces: readonly string[];
  /** @internal */ readonly surfaceMarks: readonly string[];
  /** @internal `doc << 4 | alias << 3 | field` per surface, in doc order. */ readonly postings: readonly Int32Array[];
  /** @internal The same, head fields only and no alias words. */ readonly headPostings: readonly Int32Array[];
  /** @internal Letter-set bit mask per key, for the typo scan's quick rejection. */ readonly keyLetters: Uint32Array;
  /** @internal Title words as key ids, per doc. */ readonly titleKeys: readonly Int32Array[];
  /** @internal Title length factor per doc. */ readonly titleNorm: Float64Array;
  /** @internal 0–1 popularity per doc. */ readonly popularity: Float64Array;
  /** @internal Raw popularity per doc (tie-break). */ readonly popularityRaw: Float64Array;
  /** @internal Folded title per doc (tie-break). */ readonly sortKeys: readonly string[];
  /** @internal */ readonly facetNames: readonly string[];
  /** @internal Distinct values per facet. */ readonly facetDict: readonly (readonly string[])[];
  /** @internal Per facet, CSR offsets into {@link facetIds} per doc (n + 1 entries). */ readonly facetStart: readonly Int32Array[];
  /** @internal Per facet, value ids of every doc, concatenated. */ readonly facetIds: readonly Int32Array[];
  /** @internal Alias groups as phrases of words. */ readonly aliases: readonly (readonly (readonly Word[])[])[];
  /** @internal */ readonly fillers: ReadonlySet<string>;
  /** @internal */ readonly memo: Map<string, Candidate[]>;
  /** @internal Per-doc scratch arrays reused by every search (cleared before they are read). */ readonly scratch: Scratch;
}

/** @internal */
export interface Scratch {
  best: Float64Array;
  total: Float64Array;
  final: Float64Array;
  covered: Int32Array;
  seen: Uint8Array;
  titleMasks: Int32Array;
}

/** @internal A vocabulary spelling matching a query word, and how well. */
export interface Candidate {
  surface: number;
  key: number;
  /** Match quality × diacritics agreement, 0–1. */
  quality: number;
  kind: MatchKind;
}

/** How a record word matched a query word (`alias`: an abbreviation or full name of the same group). */
export type MatchKind = 'exact' | 'variant' | 'prefix' | 'typo' | 'alias';

const QUALITY: Record<MatchKind, number> = { exact: 1, variant: 0.9, alias: 1, prefix: 0.75, typo: 0.5 };
/** Weight of a match whose diacritics disagree with a marked query word. */
const MARKS_DISAGREE = 0.6;
const MEMO_SIZE = 512;
/** Posting flag: an alias marker, not a word of the text (kept out of head-only matching). */
const ALIAS = 8;

const iy = (s: string) => s.replace(/y/g, 'i');
const toList = (v: string | readonly string[] | null | undefined): readonly string[] => (v == null ? [] : typeof v === 'string' ? [v] : v);

/**
 * Builds the index: every field's words are folded once here. `O(total text)`; an empty list gives an
 * empty index that finds nothing.
 */
export function buildIndex<T>(items: readonly T[], options: IndexOptions<T>): SearchIndex<T> {
  const fields = options.fields.slice(0, 8);
  const titleField = Math.max(0, options.titleField ? fields.findIndex((f) => f.name === options.titleField) : 0);
  const aliasGroups = (options.aliases ?? VIETNAMESE_ALIASES).map((g) => g.map((phrase) => words(phrase)).filter((p) => p.length > 0));
  const aliasIndex = phraseStarts(aliasGroups);

  const surfaceIds = new Map<string, number>();
  const surfaces: string[] = [];
  const surfaceKeyStr: string[] = [];
  const postingLists: number[][] = [];
  const titleWords: Word[][] = [];
  const n = items.length;
  const surfaceOf = (w: Word): number => {
    let id = surfaceIds.get(w.surface);
    if (id === undefined) {
      id = surfaces.length;
      surfaceIds.set(w.surface, id);
      surfaces.push(w.surface);
      surfaceKeyStr.push(w.folded);
      postingLists.push([]);
    }
    return id;
  };

  for (let d = 0; d < n; d++) {
    const item = items[d]!;
    const seen = new Set<number>();
    fields.forEach((field, f) => {
      const list = toList(field.get(item));
      const fieldWords: Word[] = [];
      for (const text of list) if (text) fieldWords.push(...words(text));
      if (f === titleField) titleWords.push(fieldWords);
      const add = (w: Word) => {
        const s = surfaceOf(w);
        // Postings are appended doc by doc, so a duplicate can only be this doc's.
        const key = s * 8 + f;
        if (seen.has(key)) return;
        seen.add(key);
        postingLists[s]!.push((d << 4) | f);
      };
      for (const w of fieldWords) add(w);
      for (const w of aliasMarkers(fieldWords, aliasIndex)) {
        const s = surfaceOf(w);
        if (seen.has(s * 8 + f)) continue;
        seen.add(s * 8 + f);
        postingLists[s]!.push((d << 4) | ALIAS | f);
      }
    });
    if (titleWords.length <= d) titleWords.push([]);
  }

  const keys = [...new Set(surfaceKeyStr)].sort();
  const keyIndex = new Map(keys.map((k, i) => [k, i] as const));
  const keySurfaces: number[][] = keys.map(() => []);
  surfaceKeyStr.forEach((k, s) => keySurfaces[keyIndex.get(k)!]!.push(s));
  const keysIY = new Map<string, number[]>();
  const keysByLength: number[][] = [];
  keys.forEach((k, i) => {
    const v = iy(k);
    let l = keysIY.get(v);
    if (!l) keysIY.set(v, (l = []));
    l.push(i);
    if (!/^[\d.]/.test(k) && k.charCodeAt(0) !== 1) (keysByLength[k.length] ??= []).push(i);
  });
  for (let i = 0; i < keysByLength.length; i++) keysByLength[i] ??= [];

  const popularityRaw = new Float64Array(n);
  let maxPop = 0;
  for (let d = 0; d < n; d++) {
    const p = Number(options.popularity?.(items[d]!) ?? 0);
    popularityRaw[d] = Number.isFinite(p) && p > 0 ? p : 0;
    if (popularityRaw[d]! > maxPop) maxPop = popularityRaw[d]!;
  }
  const popularity = new Float64Array(n);
  if (maxPop > 0) for (let d = 0; d < n; d++) popularity[d] = Math.log1p(popularityRaw[d]!) / Math.log1p(maxPop);

  const titleNorm = new Float64Array(n);
  const titleKeys: Int32Array[] = [];
  const sortKeys: string[] = [];
  for (let d = 0; d < n; d++) {
    const tw = titleWords[d] ?? [];
    titleNorm[d] = 1 / (1 + 0.03 * tw.length);
    titleKeys.push(Int32Array.from(tw, (w) => keyIndex.get(w.folded)!));
    sortKeys.push(tw.map((w) => w.folded).join(' '));
  }

  const facetNames = Object.keys(options.facets ?? {});
  const facetDict: string[][] = [];
  const facetStart: Int32Array[] = [];
  const facetIds: Int32Array[] = [];
  for (const name of facetNames) {
    const get = options.facets![name]!;
    const dict = new Map<string, number>();
    const start = new Int32Array(n + 1);
    const ids: number[] = [];
    for (let d = 0; d < n; d++) {
      start[d] = ids.length;
      for (const v of new Set(toList(get(items[d]!)))) {
        if (v === '') continue;
        let id = dict.get(v);
        if (id === undefined) dict.set(v, (id = dict.size));
        ids.push(id);
      }
    }
    start[n] = ids.length;
    facetDict.push([...dict.keys()]);
    facetStart.push(start);
    facetIds.push(Int32Array.from(ids));
  }
  const longestTitle = titleKeys.reduce((m, t) => Math.max(m, t.length), 0);

  return {
    items,
    ids: items.map((item) => options.id(item)),
    fieldNames: fields.map((f) => f.name),
    fieldWeights: Float64Array.from(fields, (f) => f.weight),
    headFields: fields.map((f) => Boolean(f.head)),
    titleField,
    keys,
    keyIndex,
    keysIY,
    keysByLength,
    keySurfaces,
    surfaces,
    surfaceMarks: surfaces.map((s) => markSignature(s)),
    postings: postingLists.map((l) => Int32Array.from(l)),
    headPostings: postingLists.map((l) => Int32Array.from(l.filter((p) => fields[p & 7]!.head && !(p & ALIAS)))),
    keyLetters: Uint32Array.from(keys, letterMask),
    titleKeys,
    titleNorm,
    popularity,
    popularityRaw,
    sortKeys,
    facetNames,
    facetDict,
    facetStart,
    facetIds,
    aliases: aliasGroups,
    fillers: options.fillers ?? QUERY_FILLERS,
    memo: new Map(),
    scratch: {
      best: new Float64Array(n), total: new Float64Array(n), final: new Float64Array(n), covered: new Int32Array(n), seen: new Uint8Array(n),
      titleMasks: new Int32Array(longestTitle),
    },
  };
}

/** Bit set of the letters of a folded word (a–z, digits as one bit, anything else hashed to 4 bits). */
function letterMask(word: string): number {
  let m = 0;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    m |= c >= 97 && c <= 122 ? 1 << (c - 97) : c >= 48 && c <= 57 ? 1 << 26 : 1 << (27 + (c % 5));
  }
  return m >>> 0;
}

function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (((x + (x >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/** The marker word of alias group `g`: not a word of any text, never a prefix or typo of one. */
const marker = (g: number): string => `\u0001${g}`;

/** Alias phrases by their first folded word, for one pass over a field. */
type PhraseStarts = ReadonlyMap<string, readonly { g: number; phrase: readonly Word[] }[]>;

function phraseStarts(groups: readonly (readonly (readonly Word[])[])[]): PhraseStarts {
  const m = new Map<string, { g: number; phrase: readonly Word[] }[]>();
  groups.forEach((group, g) => {
    for (const phrase of group) {
      const first = phrase[0]!.folded;
      let l = m.get(first);
      if (!l) m.set(first, (l = []));
      l.push({ g, phrase });
    }
  });
  return m;
}

/** Marker words for the alias groups one of whose phrases the field contains. */
function aliasMarkers(fieldWords: readonly Word[], starts: PhraseStarts): Word[] {
  if (starts.size === 0 || fieldWords.length === 0) return [];
  const found = new Set<number>();
  for (let i = 0; i < fieldWords.length; i++) {
    const candidates = starts.get(fieldWords[i]!.folded);
    if (!candidates) continue;
    outer: for (const { g, phrase } of candidates) {
      if (found.has(g) || i + phrase.length > fieldWords.length) continue;
      for (let k = 1; k < phrase.length; k++) if (fieldWords[i + k]!.folded !== phrase[k]!.folded) continue outer;
      found.add(g);
    }
  }
  return [...found].map((g) => ({ folded: marker(g), surface: marker(g) }));
}

/**
 * Replaces every alias phrase in the query (longest first, not overlapping) by its group's marker word,
 * so "sổ đỏ" finds records containing "giấy chứng nhận quyền sử dụng đất" and the other way round, as a
 * unit rather than word by word.
 */
function withAliasMarkers(tokens: QueryToken[], groups: readonly (readonly (readonly Word[])[])[]): QueryToken[] {
  if (groups.length === 0 || tokens.length === 0) return tokens;
  const phrases: { g: number; words: readonly Word[] }[] = [];
  groups.forEach((group, g) => group.forEach((words) => phrases.push({ g, words })));
  phrases.sort((a, b) => b.words.length - a.words.length);
  const taken = new Array<number>(tokens.length).fill(-1);
  for (const { g, words: phrase } of phrases) {
    let at = phraseAt(tokens, phrase, 0);
    while (at >= 0) {
      let free = true;
      for (let k = 0; k < phrase.length; k++) if (taken[at + k] !== -1) free = false;
      if (free) for (let k = 0; k < phrase.length; k++) taken[at + k] = k === 0 ? g : -2;
      at = phraseAt(tokens, phrase, at + 1);
    }
  }
  if (taken.every((t) => t === -1)) return tokens;
  const out: QueryToken[] = [];
  tokens.forEach((t, i) => {
    const g = taken[i]!;
    if (g === -1) out.push(t);
    else if (g >= 0) out.push({ ...t, folded: marker(g), surface: marker(g), marked: false, marks: '', numeric: false, partial: false, optional: false });
  });
  return out;
}

/** First index ≥ `from` where the words of `phrase` start in `ws` (compared folded), or −1. */
export function phraseAt(ws: readonly { folded: string }[], phrase: readonly { folded: string }[], from: number): number {
  outer: for (let i = from; i + phrase.length <= ws.length; i++) {
    for (let k = 0; k < phrase.length; k++) if (ws[i + k]!.folded !== phrase[k]!.folded) continue outer;
    return i;
  }
  return -1;
}

/** Options of one search. */
export interface SearchOptions {
  /** Hits to return (default 20). `total` still counts every match. */
  limit?: number;
  /** Hits to skip, for "show more" (default 0). */
  offset?: number;
  /** Facet filters: a record passes when, for every named facet, one of its values is listed. Empty lists are ignored. */
  filters?: Readonly<Record<string, readonly string[] | undefined>>;
}

/** One matching record. */
export interface SearchHit<T> {
  item: T;
  id: string;
  /** Position in the indexed list. */
  index: number;
  score: number;
  /** Required query words this record matched. */
  matched: number;
}

/** What a search found. */
export interface SearchResult<T> {
  /** Every record that matched (and passed the filters). */
  total: number;
  /** The requested page of hits, best first. */
  hits: SearchHit<T>[];
  /** The query's words as typed (for {@link highlight}; abbreviations are not yet replaced by their groups). */
  query: QueryToken[];
  /** Required query words, an abbreviation phrase counting as one (fillers excluded). */
  required: number;
  /** True when no record matched every word and the hits miss one. */
  relaxed: boolean;
  /** Per facet, the number of matches per value under the query and the other facets' filters. */
  facets: Record<string, Record<string, number>>;
}

/**
 * @internal Candidate spellings for one query word, memoised per index. Typo neighbours are looked for
 * when `typos` is true, or when the word is not in the vocabulary (and, being typed, begins no word).
 */
export function candidatesFor<T>(index: SearchIndex<T>, q: QueryToken, typos = false): Candidate[] {
  const memoKey = `${q.surface}|${q.partial ? 1 : 0}|${typos ? 1 : 0}`;
  const hit = index.memo.get(memoKey);
  if (hit) {
    // Refresh recency.
    index.memo.delete(memoKey);
    index.memo.set(memoKey, hit);
    return hit;
  }
  const out: Candidate[] = [];
  const seenKeys = new Set<number>();
  const push = (key: number, kind: MatchKind, factor = 1) => {
    if (seenKeys.has(key)) return;
    seenKeys.add(key);
    for (const s of index.keySurfaces[key]!) {
      let agree = true;
      if (q.marked) {
        const surface = index.surfaces[s]!;
        agree = kind === 'prefix' ? surface.startsWith(q.surface) || index.surfaceMarks[s] === q.marks : index.surfaceMarks[s] === q.marks;
      }
      out.push({ surface: s, key, kind, quality: QUALITY[kind] * factor * (agree ? 1 : MARKS_DISAGREE) });
    }
  };
  const word = q.folded;
  const exact = index.keyIndex.get(word);
  if (exact !== undefined) push(exact, word.charCodeAt(0) === 1 ? 'alias' : 'exact');
  if (word.charCodeAt(0) === 1) return remember(index, memoKey, out);
  if (!q.numeric) for (const k of index.keysIY.get(iy(word)) ?? []) push(k, 'variant');
  // Prefixes: binary search for the first key ≥ word, then walk while it still starts with word.
  let lo = 0;
  let hi = index.keys.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (index.keys[mid]! < word) lo = mid + 1;
    else hi = mid;
  }
  // A finished word (a space typed after it) is a whole syllable: it begins other words only when it is
  // no word itself ("phe" typed for "phép"), or for codes.
  const complete = !q.partial && !q.numeric && out.length > 0;
  for (let k = lo; !complete && k < index.keys.length && index.keys[k]!.startsWith(word); k++) {
    const key = index.keys[k]!;
    // Longer completions of a short prefix are less likely what is meant.
    push(k, 'prefix', (q.partial ? 1 : 0.8) * (0.85 + (0.15 * word.length) / key.length));
  }
  if (!q.numeric && (typos || out.length === 0)) {
    const budget = typoBudget(word.length);
    // A three-letter word may be missing one letter ("dag" → "dang"); other edits are too ambiguous.
    const lengths = budget > 0 ? range(word.length - budget, word.length + budget) : word.length === 3 ? [4] : [];
    const max = Math.max(budget, 1);
    const mask = letterMask(word);
    // A word that is itself in the vocabulary is less likely a typo: its neighbours rank lower.
    const known = exact === undefined ? 1 : 0.7;
    for (const len of lengths) {
      for (const k of index.keysByLength[len] ?? []) {
        // Each edit changes the letter set by at most two letters.
        if (popcount(mask ^ index.keyLetters[k]!) > 2 * max || seenKeys.has(k)) continue;
        const d = boundedDistance(word, index.keys[k]!, max);
        if (d <= max && d > 0) push(k, 'typo', (d === 1 ? 1 : 0.7) * known);
      }
    }
  }
  return remember(index, memoKey, out);
}

function remember<T>(index: SearchIndex<T>, key: string, value: Candidate[]): Candidate[] {
  if (index.memo.size >= MEMO_SIZE) index.memo.delete(index.memo.keys().next().value!);
  index.memo.set(key, value);
  return value;
}

function range(a: number, b: number): number[] {
  const out: number[] = [];
  for (let i = Math.max(1, a); i <= b; i++) out.push(i);
  return out;
}

/**
 * Searches the index. An empty query (or one with no words) lists every record passing the filters,
 * most popular first. Never throws; an empty index gives `total: 0`.
 *
 * Words that are in the vocabulary are first matched without typo neighbours (a real word is rarely a
 * typo, and this keeps results tight); only when no record matches every word are typo neighbours of
 * every word added, and only when that still finds nothing are records missing one word shown.
 */
export function search<T>(index: SearchIndex<T>, query: string, options: SearchOptions = {}): SearchResult<T> {
  const limit = Math.max(0, options.limit ?? 20);
  const offset = Math.max(0, options.offset ?? 0);
  const n = index.items.length;
  const typed = tokenizeQuery(query, index.fillers);
  const tokens = withAliasMarkers(typed, index.aliases);
  let required = 0;
  for (const t of tokens) if (!t.optional) required++;
  const { total, final, covered } = index.scratch;

  let docs: number[] = [];
  let relaxed = false;
  if (tokens.length === 0) {
    for (let d = 0; d < n; d++) {
      docs.push(d);
      total[d] = 0;
      covered[d] = 0;
    }
  } else {
    let touched = collect(index, tokens, false);
    for (const d of touched) if (covered[d]! >= required) docs.push(d);
    if (docs.length === 0) {
      touched = collect(index, tokens, true);
      for (const d of touched) if (covered[d]! >= required) docs.push(d);
    }
    if (docs.length === 0 && required >= 2) {
      relaxed = true;
      for (const d of touched) if (covered[d]! >= required - 1) docs.push(d);
    }
    if (tokens.length >= 2) {
      const keyMasks = queryKeyMasks(index, tokens, relaxed || docs.length === 0);
      for (const d of docs) total[d]! *= titleOrderFactor(index.titleKeys[d]!, keyMasks, tokens.length, index.scratch.titleMasks);
    } else {
      const keyMasks = queryKeyMasks(index, tokens, false);
      for (const d of docs) {
        const tk = index.titleKeys[d]!;
        if (tk.length === 1 && (keyMasks.get(tk[0]!) ?? 0) & 1) total[d]! *= 1.25;
      }
    }
  }

  const { passing, facets } = filterAndCount(index, docs, options.filters);
  docs = passing;
  const popularity = index.popularity;
  if (tokens.length === 0) for (const d of docs) final[d] = popularity[d]!;
  else for (const d of docs) final[d] = total[d]! * (1 + 0.3 * popularity[d]!);
  const byCoverage = tokens.length > 0;
  const raw = index.popularityRaw;
  const sortKeys = index.sortKeys;
  const cmp = (a: number, b: number): number =>
    (byCoverage ? covered[b]! - covered[a]! : 0) ||
    final[b]! - final[a]! ||
    raw[b]! - raw[a]! ||
    (sortKeys[a]! < sortKeys[b]! ? -1 : sortKeys[a]! > sortKeys[b]! ? 1 : 0) ||
    a - b;
  const page = topK(docs, offset + limit, cmp).slice(offset);
  return {
    total: docs.length,
    hits: page.map((d) => ({ item: index.items[d]!, id: index.ids[d]!, index: d, score: final[d]!, matched: byCoverage ? covered[d]! : 0 })),
    query: typed,
    required,
    relaxed,
    facets,
  };
}

/**
 * Scores every record against every query word into `scratch.total` and `scratch.covered`; returns the
 * records touched. Per word, a record keeps its best field × quality.
 */
function collect<T>(index: SearchIndex<T>, tokens: readonly QueryToken[], typos: boolean): number[] {
  const { best, total, covered, seen } = index.scratch;
  const touched: number[] = [];
  const local: number[] = [];
  const weights = index.fieldWeights;
  const titleField = index.titleField;
  const titleNorm = index.titleNorm;
  for (const q of tokens) {
    const headOnly = q.folded.length <= 2 && q.partial && !q.numeric;
    const lists = headOnly ? index.headPostings : index.postings;
    local.length = 0;
    for (const c of candidatesFor(index, q, typos)) {
      const list = lists[c.surface]!;
      const quality = c.quality;
      for (let i = 0; i < list.length; i++) {
        const p = list[i]!;
        const f = p & 7;
        const d = p >>> 4;
        const s = quality * weights[f]! * (f === titleField ? titleNorm[d]! : 1);
        if (s > best[d]!) {
          if (best[d] === 0) local.push(d);
          best[d] = s;
        }
      }
    }
    for (const d of local) {
      if (seen[d] === 0) {
        seen[d] = 1;
        touched.push(d);
        total[d] = 0;
        covered[d] = 0;
      }
      total[d]! += best[d]!;
      if (!q.optional) covered[d]!++;
      best[d] = 0;
    }
  }
  for (const d of touched) seen[d] = 0;
  return touched;
}

/** Per vocabulary key, the bit set of the query words it matched (for word order in titles). */
function queryKeyMasks<T>(index: SearchIndex<T>, tokens: readonly QueryToken[], typos: boolean): Map<number, number> {
  const masks = new Map<number, number>();
  tokens.forEach((q, qi) => {
    if (qi > 30) return;
    for (const c of candidatesFor(index, q, typos)) masks.set(c.key, (masks.get(c.key) ?? 0) | (1 << qi));
  });
  return masks;
}

/** Applies facet filters to `docs` and counts each facet's values under the other facets' filters. */
function filterAndCount<T>(index: SearchIndex<T>, docs: readonly number[], filters: SearchOptions['filters']): { passing: number[]; facets: Record<string, Record<string, number>> } {
  const nf = index.facetNames.length;
  const wanted: (Uint8Array | undefined)[] = index.facetNames.map((name, f) => {
    const want = filters?.[name];
    if (!want || want.length === 0) return undefined;
    const flags = new Uint8Array(index.facetDict[f]!.length);
    const dict = index.facetDict[f]!;
    for (const v of want) {
      const id = dict.indexOf(v);
      if (id >= 0) flags[id] = 1;
    }
    return flags;
  });
  const counts = index.facetDict.map((dict) => new Int32Array(dict.length));
  const starts = index.facetStart;
  const idsOf = index.facetIds;
  const passing: number[] = [];
  const pass = new Uint8Array(nf);
  for (let k = 0; k < docs.length; k++) {
    const d = docs[k]!;
    let fails = 0;
    for (let f = 0; f < nf; f++) {
      const flags = wanted[f];
      let ok = 1;
      if (flags) {
        ok = 0;
        const ids = idsOf[f]!;
        const st = starts[f]!;
        for (let i = st[d]!, e = st[d + 1]!; i < e; i++) if (flags[ids[i]!]) ok = 1;
      }
      pass[f] = ok;
      if (!ok) fails++;
    }
    if (fails === 0) passing.push(d);
    if (fails > 1) continue;
    for (let f = 0; f < nf; f++) {
      // Counts for facet f ignore f's own filter, so its other values show what choosing them would give.
      if (fails === 1 && pass[f]) continue;
      const ids = idsOf[f]!;
      const st = starts[f]!;
      const c = counts[f]!;
      for (let i = st[d]!, e = st[d + 1]!; i < e; i++) c[ids[i]!]!++;
    }
  }
  const facets: Record<string, Record<string, number>> = {};
  index.facetNames.forEach((name, f) => {
    const out: Record<string, number> = {};
    const c = counts[f]!;
    index.facetDict[f]!.forEach((v, id) => {
      if (c[id]! > 0) out[v] = c[id]!;
    });
    facets[name] = out;
  });
  return { passing, facets };
}

/** 1 + bonus for adjacent in-order pairs of query words in the title, + more for an exact title. */
function titleOrderFactor(title: Int32Array, keyMasks: ReadonlyMap<number, number>, nq: number, masks: Int32Array): number {
  if (title.length === 0) return 1;
  for (let p = 0; p < title.length; p++) masks[p] = keyMasks.get(title[p]!) ?? 0;
  let pairs = 0;
  const pairLimit = Math.min(nq - 1, 30);
  for (let i = 0; i < pairLimit; i++) {
    const a = 1 << i;
    const b = 1 << (i + 1);
    for (let p = 0; p + 1 < title.length; p++) {
      if (masks[p]! & a && masks[p + 1]! & b) {
        pairs++;
        break;
      }
    }
  }
  let factor = 1 + (0.5 * pairs) / Math.max(1, nq - 1);
  if (title.length === nq) {
    let exact = true;
    for (let p = 0; p < nq && exact; p++) exact = (masks[p]! & (1 << p)) !== 0;
    if (exact) factor *= 1.25;
  }
  return factor;
}

/** The `k` best of `docs` under `cmp`, sorted; a full sort for small inputs, a bounded insertion otherwise. */
function topK(docs: number[], k: number, cmp: (a: number, b: number) => number): number[] {
  if (k <= 0) return [];
  if (docs.length <= k * 4 || docs.length < 64) return docs.sort(cmp).slice(0, k);
  const out: number[] = [];
  for (const d of docs) {
    if (out.length === k && cmp(d, out[k - 1]!) >= 0) continue;
    let lo = 0;
    let hi = out.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (cmp(out[mid]!, d) <= 0) lo = mid + 1;
      else hi = mid;
    }
    out.splice(lo, 0, d);
    if (out.length > k) out.pop();
  }
  return out;
}
