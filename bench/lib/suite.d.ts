/**
 * Types of a benchmark suite (bench/suites/*.bench.mjs). Annotate a suite with
 * `/** @type {import('../lib/suite.js').Suite} *\/` for editor help. See bench/README.md.
 */

/** What a suite is told about the run. */
export interface RunContext {
  /** `--quick`: fewer runs, rate 1 only; suites may shrink their workloads too. */
  quick: boolean;
}

/** A value, or a function of the run context. */
export type PerRun<T> = T | ((ctx: RunContext) => T);

/** One side of a comparison: an export of a page entry. */
export interface Side {
  /** Key in `Suite.entries`. Defaults to the only entry, or `Figure.entry`. */
  entry?: string;
  /** Name of the exported function to call (kinds `time`, `value`, `longtasks`, `heap` with work). */
  fn?: string;
  /** Label in the report; defaults to `fn` or the entry key. */
  label?: string;
}

export type FigureKind = 'time' | 'ready' | 'longtasks' | 'heap' | 'size' | 'value';

export interface Target {
  /** Rate the target applies to; default every measured rate. */
  rate?: number;
  /** Ours' median must be at most / at least this (in the display unit). */
  max?: number;
  min?: number;
  /** ours/peer median ratio must be at most / at least this. */
  ratioMax?: number;
  ratioMin?: number;
}

export interface Figure {
  /** Short name, unique in the suite. */
  name: string;
  /**
   * - `time`: wall time of `await fn(state, params)` in the page (ms).
   * - `value`: `fn` returns the figure itself, e.g. items per second (`unit` says what it is).
   * - `longtasks`: total blocking time of long tasks while `fn` runs, or while the page loads if no `fn` (ms).
   * - `ready`: fresh page load until the entry is evaluated and its optional `ready()` resolved (ms).
   * - `heap`: JS heap after load (and after `fn`, if given) minus a blank page, after forced GC (bytes).
   * - `size`: gzip -9 size of the built entry, dependencies included (bytes).
   */
  kind: FigureKind;
  /** Default entry for both sides. */
  entry?: string;
  ours: Side | string;
  peer?: Side | string;
  /** Passed to the page's `setup(params)` and to every timed call. */
  params?: PerRun<unknown>;
  /** Display unit: `ms`, `s`, `B`, `KiB`, `MiB`, or free text for `value`. */
  unit?: string;
  /** Which direction is good; `lower` by default except for `value`. */
  better?: 'lower' | 'higher';
  /** Check on the warm-up that ours and peer return JSON-equal results. */
  sameResult?: boolean;
  /** Overrides `--runs` (e.g. for slow loads). */
  runs?: PerRun<number>;
  target?: Target | Target[];
  /** One sentence for the report: what is measured, on what input. */
  note?: string;
}

export interface Suite {
  /** Used by `--suite`; defaults to the file name without `.bench.mjs`. */
  name?: string;
  title: string;
  /** Page entries (TS/JS files, relative to the repository root), built in production mode. */
  entries: Record<string, string>;
  /**
   * Build the entries with code splitting, as a browser loads them: dynamic imports stay separate
   * chunks fetched when the page asks for them, and `size` counts the entry plus the chunks it imports
   * statically. Default `false`: one file per entry, dynamic imports inlined.
   */
  split?: boolean;
  figures: PerRun<Figure[]>;
}
