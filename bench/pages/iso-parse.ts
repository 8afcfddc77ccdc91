/**
 * Bench page: parsing ISO 8601 time stamps as they arrive on the wire (case files, ratings, queue
 * events), with the library's `parseIso` and with the platform's `Date.parse`.
 */
import { parseIso } from '../../src/core/time/index.js';

export interface Params {
  /** How many strings to parse per call. */
  n: number;
  /** Seed of the generator, so every run parses the same strings. */
  seed?: number;
}

export interface State {
  strings: string[];
}

const OFFSETS = ['+07:00', '+07:00', '+07:00', 'Z', '-05:00', '+05:30'];

/**
 * `n` time stamps between 2020 and 2030 in the shapes the HTTP contract carries: mostly `+07:00`,
 * some `Z` and other offsets, a third with milliseconds.
 */
export function setup({ n, seed = 766 }: Params): State {
  let x = seed >>> 0 || 1;
  const next = () => {
    // xorshift32: deterministic, no Math.random, cheap next to the parsing being measured.
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    return x;
  };
  const p2 = (v: number) => String(v).padStart(2, '0');
  const strings = new Array<string>(n);
  for (let i = 0; i < n; i++) {
    const r = next();
    const year = 2020 + (r % 11);
    const month = 1 + ((r >>> 4) % 12);
    const day = 1 + ((r >>> 8) % 28);
    const hour = (r >>> 13) % 24;
    const minute = (r >>> 18) % 60;
    const second = next() % 60;
    const ms = i % 3 === 0 ? `.${String(next() % 1000).padStart(3, '0')}` : '';
    const off = OFFSETS[i % OFFSETS.length]!;
    strings[i] = `${year}-${p2(month)}-${p2(day)}T${p2(hour)}:${p2(minute)}:${p2(second)}${ms}${off}`;
  }
  return { strings };
}

/** Order-sensitive checksum of the parsed instants, equal for both parsers when they agree on every string. */
function checksum(strings: readonly string[], parse: (s: string) => number | undefined): { n: number; checksum: number; invalid: number } {
  let h = 0;
  let invalid = 0;
  for (let i = 0; i < strings.length; i++) {
    const v = parse(strings[i]!);
    if (v === undefined || Number.isNaN(v)) {
      invalid++;
      continue;
    }
    h = (h * 31 + (v % 1_000_003)) % 2_147_483_647;
  }
  return { n: strings.length, checksum: h, invalid };
}

/** Timed: the library's parser. */
export function parseIsoAll(state: State): ReturnType<typeof checksum> {
  return checksum(state.strings, parseIso);
}

/** Timed: the platform's parser. */
export function dateParseAll(state: State): ReturnType<typeof checksum> {
  return checksum(state.strings, Date.parse);
}
