/**
 * Shared by the search bench pages: the synthetic 2,000-procedure catalogue, the typing simulation
 * (every prefix of each query, as typed one key at a time), per-keystroke timing and recall on the
 * labelled query set. Each page plugs in one engine as a `(query) => titles` function.
 */
import { syntheticCatalogue, LABELLED_QUERIES, type SyntheticProcedure } from './search-catalogue.js';

/** Parameters every search figure passes. */
export interface Params {
  /** Procedures in the synthetic catalogue. */
  procedures: number;
  /** `p50` or `p95` for latency figures; `1` or `5` (rank cut-off) for recall figures. */
  stat?: 'p50' | 'p95';
  k?: number;
  /** Labelled queries typed key by key for latency (the first n; all are used for recall). */
  typed?: number;
}

/** An engine under test: titles of the best hits for a query, best first. */
export type Engine = (query: string, limit: number) => string[];

/** What `setup` keeps for the timed calls. */
export interface State {
  catalogue: SyntheticProcedure[];
  engine: Engine;
  /** Called before every timed repetition; an engine with a query memo clears it here. */
  reset: () => void;
}

/** Builds the catalogue and lets the page build its engine over it. */
export function makeState(params: Params, build: (catalogue: SyntheticProcedure[]) => { engine: Engine; reset?: () => void }): State {
  const catalogue = syntheticCatalogue(params.procedures);
  const { engine, reset = () => {} } = build(catalogue);
  return { catalogue, engine, reset };
}

/**
 * Every prefix of `typed` labelled queries spread evenly over the set (so every kind is typed), as a
 * user produces them one key at a time.
 */
export function keystrokes(typed: number): string[] {
  const n = Math.max(1, Math.min(typed, LABELLED_QUERIES.length));
  const out: string[] = [];
  for (let k = 0; k < n; k++) {
    const { q } = LABELLED_QUERIES[Math.floor((k * LABELLED_QUERIES.length) / n)]!;
    for (let i = 1; i <= q.length; i++) out.push(q.slice(0, i));
  }
  return out;
}

/** Rebuilds the engine over the catalogue (index build time); returns the catalogue size. */
export function rebuild(state: State, rebuildEngine: (catalogue: State['catalogue']) => unknown): number {
  if (!rebuildEngine(state.catalogue)) throw new Error('build failed');
  return state.catalogue.length;
}

/**
 * Latency per keystroke (ms): each prefix is searched repeatedly until at least 2 ms have passed (at
 * most 200 times) and the mean taken, because `performance.now()` is coarse (100 µs) in a page
 * without cross-origin isolation. The engine's memo is reset before every repetition, so every
 * repetition pays for every word of the query as if typed for the first time (the pessimistic case for
 * an engine that remembers earlier words). Returns the requested percentile.
 */
export function keystrokeLatency(state: State, params: Params): { value: number; keystrokes: number } {
  const samples: number[] = [];
  for (const prefix of keystrokes(params.typed ?? LABELLED_QUERIES.length)) {
    let reps = 0;
    let sink = 0;
    const t0 = performance.now();
    let t: number;
    do {
      state.reset();
      sink += state.engine(prefix, 20).length;
      reps++;
      t = performance.now();
    } while (t - t0 < 2 && reps < 200);
    if (sink < 0) throw new Error('unreachable');
    samples.push((t - t0) / reps);
  }
  samples.sort((a, b) => a - b);
  const q = params.stat === 'p50' ? 0.5 : 0.95;
  const value = samples[Math.min(samples.length - 1, Math.floor(q * samples.length))]!;
  return { value, keystrokes: samples.length };
}

/** Share (0–100 %) of labelled queries whose wanted procedure is among the first `k` hits. */
export function recall(state: State, params: Params): { value: number; missed: string[] } {
  const k = params.k ?? 5;
  const missed: string[] = [];
  for (const { q, want } of LABELLED_QUERIES) if (!state.engine(q, k).slice(0, k).includes(want)) missed.push(q);
  return { value: (100 * (LABELLED_QUERIES.length - missed.length)) / LABELLED_QUERIES.length, missed };
}
