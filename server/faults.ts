import { randomInt } from 'node:crypto';
import type { FaultConfig } from './admin-schemas.js';
import { mulberry32, seedNumber } from './rng.js';

/** What happens to one request. */
export type FaultAction = 'drop' | 'dropAfter' | 'fail500' | 'timeout' | 'malformed';
const ACTIONS: readonly FaultAction[] = ['drop', 'dropAfter', 'fail500', 'timeout', 'malformed'];

/** The fault decision for one request. */
export interface FaultDecision {
  delayMs: number;
  action: FaultAction | null;
}

/**
 * Fault injection for the reference server. Decisions come from a seeded generator, so the same seed
 * and the same sequence of requests give the same faults.
 */
export class FaultInjector {
  private config: FaultConfig = {};
  private pattern: RegExp | null = null;
  private rng: () => number = Math.random;
  private seedUsed = 0;
  /** How often each fault was applied since the last configuration. */
  counts: Record<FaultAction | 'delayed', number> = { drop: 0, dropAfter: 0, fail500: 0, timeout: 0, malformed: 0, delayed: 0 };

  /** Replaces the configuration (`{}` clears it). Throws an Error with a readable message when invalid. */
  configure(config: FaultConfig): { seed: number } {
    const sum = ACTIONS.reduce((s, a) => s + (config[a] ?? 0), 0);
    if (sum > 1 + 1e-9) throw new Error(`drop + dropAfter + fail500 + timeout + malformed must not exceed 1 (got ${sum})`);
    const [lo, hi] = config.delayMs ?? [0, 0];
    if (lo > hi) throw new Error(`delayMs: minimum ${lo} is above maximum ${hi}`);
    let pattern: RegExp | null = null;
    if (config.paths !== undefined) {
      try {
        pattern = new RegExp(config.paths);
      } catch (e) {
        throw new Error(`paths: not a valid regular expression: ${(e as Error).message}`, { cause: e });
      }
    }
    this.config = config;
    this.pattern = pattern;
    this.seedUsed = config.seed !== undefined ? seedNumber(config.seed) : randomInt(2 ** 31);
    this.rng = mulberry32(this.seedUsed);
    this.counts = { drop: 0, dropAfter: 0, fail500: 0, timeout: 0, malformed: 0, delayed: 0 };
    return { seed: this.seedUsed };
  }

  /** The active configuration and the seed in use. */
  state(): { config: FaultConfig; seed: number; counts: FaultInjector['counts'] } {
    return { config: this.config, seed: this.seedUsed, counts: { ...this.counts } };
  }

  /** Whether any fault is configured. */
  get active(): boolean {
    return ACTIONS.some((a) => (this.config[a] ?? 0) > 0) || (this.config.delayMs?.[1] ?? 0) > 0;
  }

  /** Decides the fate of a request to `target` (path and query string). */
  decide(target: string): FaultDecision {
    if (!this.active || (this.pattern && !this.pattern.test(target))) return { delayMs: 0, action: null };
    const [lo, hi] = this.config.delayMs ?? [0, 0];
    // Always draw both numbers, so the sequence of decisions depends only on the sequence of requests.
    const d = this.rng();
    const r = this.rng();
    const delayMs = hi > 0 ? Math.round(lo + d * (hi - lo)) : 0;
    if (delayMs > 0) this.counts.delayed++;
    let acc = 0;
    for (const a of ACTIONS) {
      acc += this.config[a] ?? 0;
      if (r < acc) {
        this.counts[a]++;
        return { delayMs, action: a };
      }
    }
    return { delayMs, action: null };
  }
}
