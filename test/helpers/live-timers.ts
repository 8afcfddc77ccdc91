/**
 * Live timers of the test page, for long-run tests: wraps `setTimeout`, `setInterval`,
 * `requestAnimationFrame` and `requestIdleCallback` (and their cancel functions) so that every timer
 * set after {@link installTimerCensus} is counted until it fires (timeouts, frames, idle callbacks)
 * or is cancelled. A count that grows from day to day is a timer leak: something re-arms without
 * clearing, or keeps a timer of an element that is gone. Install it before the code under test runs
 * (import this module first); timers set earlier are not seen.
 *
 * Timers of the test harness are counted apart (`harness`), not in `total`: the test runner's
 * server commands (`executeServerCommand`) and open-wc's `waitUntil` each leave a timer of their own
 * running for a while after they resolve. They are told by where they were set (the stack), which
 * is therefore read for every timer. With `trace`, {@link liveTimerSites} groups the live timers by
 * call site.
 */

/** Live timers by kind. */
export interface LiveTimers {
  timeouts: number;
  intervals: number;
  frames: number;
  idle: number;
  total: number;
  /** Timers of the test harness (not in `total`). */
  harness: number;
}

interface Entry {
  kind: 'timeout' | 'interval' | 'frame' | 'idle';
  harness: boolean;
  site?: string;
}

/** `setTimeout` and `setInterval` share one id space; frames and idle callbacks have their own. */
const timers = new Map<number, Entry>();
const frames = new Map<number, Entry>();
const idles = new Map<number, Entry>();
let installed = false;
let tracing = false;

/** Scripts of the test runner and of open-wc's helpers. */
const HARNESS = /\/__web-dev-server__|\/node_modules\/@web\/|\/node_modules\/@open-wc\//;

function entry(kind: Entry['kind']): Entry {
  // Skip the Error line and the wrapper's own frame.
  const stack = (new Error().stack ?? '').split('\n').slice(3, 7).map((l) => l.trim());
  const e: Entry = { kind, harness: HARNESS.test(stack[0] ?? '') };
  if (tracing) e.site = stack.join(' ← ');
  return e;
}

/** Wraps the page's timer functions (once per page). `trace` records where each timer was set. */
export function installTimerCensus(options: { trace?: boolean } = {}): void {
  tracing = options.trace ?? tracing;
  if (installed) return;
  installed = true;
  const g = globalThis as typeof globalThis & Record<string, unknown>;
  type SetTimer = (handler: TimerHandler, timeout?: number, ...args: unknown[]) => number;
  const setT = g.setTimeout.bind(g) as SetTimer;
  const clearT = g.clearTimeout.bind(g) as (id?: number) => void;
  const setI = g.setInterval.bind(g) as SetTimer;
  const clearI = g.clearInterval.bind(g) as (id?: number) => void;

  g.setTimeout = ((handler: TimerHandler, timeout?: number, ...args: unknown[]) => {
    if (typeof handler !== 'function') return setT(handler, timeout, ...args);
    let id = 0;
    const fire = (...a: unknown[]) => {
      timers.delete(id);
      (handler as (...x: unknown[]) => void)(...a);
    };
    id = setT(fire, timeout, ...args);
    timers.set(id, entry('timeout'));
    return id;
  }) as typeof setTimeout;
  g.setInterval = ((handler: TimerHandler, timeout?: number, ...args: unknown[]) => {
    const id = setI(handler, timeout, ...args);
    timers.set(id, entry('interval'));
    return id;
  }) as typeof setInterval;
  // Either clear function clears either kind of timer (one id space, as in browsers).
  g.clearTimeout = ((id?: number) => {
    if (id !== undefined) timers.delete(id);
    clearT(id);
  }) as typeof clearTimeout;
  g.clearInterval = ((id?: number) => {
    if (id !== undefined) timers.delete(id);
    clearI(id);
  }) as typeof clearInterval;

  if (typeof g.requestAnimationFrame === 'function') {
    const raf = g.requestAnimationFrame.bind(g);
    const caf = g.cancelAnimationFrame.bind(g);
    g.requestAnimationFrame = ((cb: FrameRequestCallback) => {
      let id = 0;
      id = raf((t) => {
        frames.delete(id);
        cb(t);
      });
      frames.set(id, entry('frame'));
      return id;
    }) as typeof requestAnimationFrame;
    g.cancelAnimationFrame = ((id: number) => {
      frames.delete(id);
      caf(id);
    }) as typeof cancelAnimationFrame;
  }
  if (typeof g.requestIdleCallback === 'function') {
    const ric = g.requestIdleCallback.bind(g);
    const cic = g.cancelIdleCallback.bind(g);
    g.requestIdleCallback = ((cb: IdleRequestCallback, opts?: IdleRequestOptions) => {
      let id = 0;
      id = ric((d) => {
        idles.delete(id);
        cb(d);
      }, opts);
      idles.set(id, entry('idle'));
      return id;
    }) as typeof requestIdleCallback;
    g.cancelIdleCallback = ((id: number) => {
      idles.delete(id);
      cic(id);
    }) as typeof cancelIdleCallback;
  }
}

/** Timers set since {@link installTimerCensus} that have neither fired nor been cancelled. */
export function liveTimers(): LiveTimers {
  const n: LiveTimers = { timeouts: 0, intervals: 0, frames: 0, idle: 0, total: 0, harness: 0 };
  for (const map of [timers, frames, idles]) {
    for (const e of map.values()) {
      if (e.harness) {
        n.harness++;
        continue;
      }
      n.total++;
      if (e.kind === 'timeout') n.timeouts++;
      else if (e.kind === 'interval') n.intervals++;
      else if (e.kind === 'frame') n.frames++;
      else n.idle++;
    }
  }
  return n;
}

/** With `trace` on: live timers grouped by where they were set, most first. */
export function liveTimerSites(limit = 10): [string, number][] {
  const count = new Map<string, number>();
  for (const map of [timers, frames, idles]) {
    for (const e of map.values()) {
      const k = `${e.harness ? 'harness ' : ''}${e.kind} ${e.site ?? '(untraced)'}`;
      count.set(k, (count.get(k) ?? 0) + 1);
    }
  }
  return [...count].sort((a, b) => b[1] - a[1]).slice(0, limit);
}

installTimerCensus();
