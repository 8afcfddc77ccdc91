import type { Clock } from '../../../core/time/index.js';

/** The real clock: `Date.now` and the global timers. Adapters take a {@link Clock} so tests can replace it. */
export const systemClock: Clock = {
  now: () => Date.now(),
  setTimeout: (fn, ms) => globalThis.setTimeout(fn, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof globalThis.setTimeout>),
};

/**
 * Whether the device has a network, and changes of it. The browser version reads `navigator.onLine`
 * and the window's `online`/`offline` events; `online: false` is reliable, `true` only means "maybe".
 */
export interface Connectivity {
  readonly online: boolean;
  /** Calls `onChange` on every change; returns the unsubscribe function. */
  subscribe(onChange: (online: boolean) => void): () => void;
}

/** {@link Connectivity} of the current browser context (always online where `navigator` is missing). */
export const browserConnectivity: Connectivity = {
  get online() {
    return typeof navigator === 'undefined' || navigator.onLine !== false;
  },
  subscribe(onChange) {
    if (typeof globalThis.addEventListener !== 'function') return () => {};
    const on = () => onChange(true);
    const off = () => onChange(false);
    globalThis.addEventListener('online', on);
    globalThis.addEventListener('offline', off);
    return () => {
      globalThis.removeEventListener('online', on);
      globalThis.removeEventListener('offline', off);
    };
  },
};

/** Exponential backoff settings, in milliseconds. */
export interface BackoffOptions {
  /** Delay ceiling before the first retry (attempt 1). */
  baseMs: number;
  /** Largest delay ceiling. */
  maxMs: number;
}

/**
 * Exponential backoff with full jitter: a uniform delay in `[0, min(maxMs, baseMs · 2^(attempt−1)))`
 * milliseconds. Full jitter spreads the retries of many clients that failed together (a server
 * restart drops every kiosk at once) instead of letting them return in lockstep.
 */
export function fullJitter(attempt: number, opts: BackoffOptions, rng: () => number): number {
  return Math.floor(rng() * backoffCeiling(attempt, opts));
}

/**
 * Exponential backoff with "equal" jitter: half of the ceiling plus a uniform random half, so the
 * delay grows from `baseMs / 2` towards `maxMs` and never collapses to zero.
 */
export function equalJitter(attempt: number, opts: BackoffOptions, rng: () => number): number {
  const ceiling = backoffCeiling(attempt, opts);
  return Math.floor(ceiling / 2 + (rng() * ceiling) / 2);
}

/** `min(maxMs, baseMs · 2^(attempt−1))` for attempt ≥ 1, in milliseconds. */
export function backoffCeiling(attempt: number, opts: BackoffOptions): number {
  const exp = Math.min(Math.max(0, attempt - 1), 30);
  return Math.min(opts.maxMs, opts.baseMs * 2 ** exp);
}

/**
 * Waits `ms` on `clock`. Resolves `true` when the time has passed and `false` as soon as `signal`
 * aborts, so callers decide what an abort means without a try/catch.
 */
export function sleep(ms: number, clock: Clock, signal?: AbortSignal): Promise<boolean> {
  return new Promise((resolve) => {
    if (signal?.aborted) return resolve(false);
    const onAbort = () => {
      clock.clearTimeout(handle);
      resolve(false);
    };
    const handle = clock.setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve(true);
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
