import type { Clock } from '../../src/core/time/index.js';

/**
 * An injected {@link Clock} that only moves when a test says so. Timers fire in time order during
 * {@link ManualClock.advance}; a timer set by a firing timer fires in the same advance when due.
 */
export class ManualClock implements Clock {
  private t: number;
  private seq = 0;
  private readonly timers = new Map<number, { at: number; fn: () => void; order: number }>();

  constructor(start = Date.parse('2026-03-02T01:00:00Z')) {
    this.t = start;
  }

  now(): number {
    return this.t;
  }

  setTimeout(fn: () => void, ms: number): unknown {
    const id = ++this.seq;
    this.timers.set(id, { at: this.t + Math.max(0, ms), fn, order: id });
    return id;
  }

  clearTimeout(handle: unknown): void {
    if (typeof handle === 'number') this.timers.delete(handle);
  }

  /** Timers still pending. */
  get pending(): number {
    return this.timers.size;
  }

  /** Moves time forward by `ms`, firing every timer that comes due, in order. */
  advance(ms: number): void {
    const end = this.t + ms;
    for (;;) {
      let next: [number, { at: number; fn: () => void; order: number }] | undefined;
      for (const e of this.timers) if (e[1].at <= end && (!next || e[1].at < next[1].at || (e[1].at === next[1].at && e[1].order < next[1].order))) next = e;
      if (!next) break;
      this.timers.delete(next[0]);
      this.t = Math.max(this.t, next[1].at);
      next[1].fn();
    }
    this.t = end;
  }

  /** Moves to the next timer and fires it (and any due at the same time); returns false when none is left. */
  step(): boolean {
    let at = Infinity;
    for (const e of this.timers.values()) at = Math.min(at, e.at);
    if (at === Infinity) return false;
    this.advance(at - this.t);
    return true;
  }
}
