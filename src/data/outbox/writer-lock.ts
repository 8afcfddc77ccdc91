import type { Clock } from '../../core/time/index.js';

/**
 * Who may send the outbox: one context at a time across tabs, iframes and workers of the origin.
 * `run` never waits for another holder: it runs `fn` and resolves `true`, or resolves `false` at
 * once when someone else holds the right to send.
 */
export interface WriterLock {
  run(fn: () => Promise<void>): Promise<boolean>;
  close(): void;
}

/** {@link WriterLock} on the Web Locks API (`ifAvailable`, released by the browser when a page dies). */
export class WebLocksWriterLock implements WriterLock {
  constructor(
    private readonly locks: LockManager,
    private readonly name: string,
  ) {}

  run(fn: () => Promise<void>): Promise<boolean> {
    return this.locks.request(this.name, { ifAvailable: true }, async (lock) => {
      if (!lock) return false;
      await fn();
      return true;
    });
  }

  close(): void {}
}

type ElectionMessage =
  | { t: 'claim'; lock: string; from: string; ts: number }
  | { t: 'held'; lock: string; from: string };

/**
 * {@link WriterLock} for browsers without Web Locks: an election over a BroadcastChannel. A
 * candidate announces a claim and listens for `windowMs`; it loses if the current holder answers
 * `held`, if a competing claim is earlier (time, then id), or if it saw another claim less than
 * `windowMs` before its own. The holder answers every claim while it sends.
 *
 * Unlike Web Locks, a holder that dies silently is not detected; its claim simply stops being
 * answered, so the next candidate wins. Two holders at once can only happen if a message takes
 * longer than `windowMs`; the server's idempotency by rating id then turns the double send into
 * duplicates, never into double-stored ratings.
 */
export class ChannelWriterLock implements WriterLock {
  private readonly channel: BroadcastChannel;
  private readonly id = crypto.randomUUID();
  private state: 'idle' | 'claiming' | 'held' = 'idle';
  private claimTs = 0;
  private lost = false;
  /** When (on our clock) we last saw another context's claim while not claiming ourselves. */
  private foreignClaimAt = Number.NEGATIVE_INFINITY;
  private timer: unknown;
  private settle: (() => void) | undefined;

  constructor(
    private readonly name: string,
    channelName: string,
    private readonly clock: Clock,
    private readonly windowMs = 100,
  ) {
    this.channel = new BroadcastChannel(channelName);
    this.channel.onmessage = (ev: MessageEvent<ElectionMessage>) => this.onMessage(ev.data);
  }

  async run(fn: () => Promise<void>): Promise<boolean> {
    if (this.state !== 'idle') return false;
    // A claim seen moments ago is still being decided, or already won: it came first.
    if (this.clock.now() - this.foreignClaimAt < this.windowMs) return false;
    this.state = 'claiming';
    this.lost = false;
    this.claimTs = this.clock.now();
    this.post({ t: 'claim', lock: this.name, from: this.id, ts: this.claimTs });
    await new Promise<void>((resolve) => {
      this.settle = resolve;
      this.timer = this.clock.setTimeout(resolve, this.windowMs);
    });
    this.settle = undefined;
    if (this.lost || this.state !== 'claiming') {
      if (this.state === 'claiming') this.state = 'idle';
      return false;
    }
    this.state = 'held';
    try {
      await fn();
    } finally {
      if (this.state === 'held') this.state = 'idle';
    }
    return true;
  }

  close(): void {
    this.clock.clearTimeout(this.timer);
    this.state = 'idle';
    this.lost = true;
    this.settle?.();
    this.channel.close();
  }

  private onMessage(m: ElectionMessage): void {
    if (!m || m.lock !== this.name || m.from === this.id) return;
    if (m.t === 'held') {
      if (this.state === 'claiming') this.lost = true;
      return;
    }
    if (this.state === 'held') {
      this.post({ t: 'held', lock: this.name, from: this.id });
    } else if (this.state === 'claiming') {
      // Both candidates see both claims and agree on the same winner.
      if (m.ts < this.claimTs || (m.ts === this.claimTs && m.from < this.id)) this.lost = true;
    } else {
      this.foreignClaimAt = this.clock.now();
    }
  }

  private post(m: ElectionMessage): void {
    try {
      this.channel.postMessage(m);
    } catch {
      // Closed channel: this context is shutting down and sends nothing anyway.
    }
  }
}

/** {@link WriterLock} of one context, where neither Web Locks nor BroadcastChannel exist. */
export class LocalWriterLock implements WriterLock {
  private held = false;

  async run(fn: () => Promise<void>): Promise<boolean> {
    if (this.held) return false;
    this.held = true;
    try {
      await fn();
    } finally {
      this.held = false;
    }
    return true;
  }

  close(): void {}
}

/** The Web Locks lock when the browser has it, the BroadcastChannel election otherwise. */
export function createWriterLock(name: string, channelName: string, clock: Clock, locks: LockManager | undefined): WriterLock {
  if (locks) return new WebLocksWriterLock(locks, name);
  if (typeof BroadcastChannel === 'function') return new ChannelWriterLock(name, channelName, clock);
  return new LocalWriterLock();
}
