import type { OrgData } from '../../schemas/org.js';
import { QueueSnapshot, QueueEvent, type QueueCommand, type QueueCommandResult } from '../../schemas/queue.js';
import { applyCommand, applyEvent, emptySnapshot, type QueueContext } from '../../../core/queue/engine.js';
import { simulateTick } from '../../../core/queue/simulator.js';
import type { Clock } from '../../../core/time/index.js';
import { DataError, toDataError } from '../../errors.js';
import type { QueueMessage } from '../../ports.js';
import type { LocalStore } from './store.js';

/** Heartbeat interval of the local queue (same as the HTTP contract's default). */
export const LOCAL_HEARTBEAT_MS = 15_000;

/** A command's result; refusals carry the engine's reason code. */
export type LocalCommandResult = QueueCommandResult & { code?: 'not_found' | 'conflict' | 'invalid' };

type ChannelMessage = { type: 'events'; events: QueueEvent[] } | { type: 'reset' };

/**
 * One unit's queue kept in IndexedDB and shared by every tab of the origin: commands run under a Web
 * Lock (read, apply with the queue engine, write), and the resulting events go to the other tabs over a
 * BroadcastChannel. A hall screen and a counter console opened in two tabs therefore see the same queue.
 */
export class LocalQueue {
  private readonly key: string;
  private readonly lockName: string;

  constructor(
    private readonly store: LocalStore,
    readonly unitId: string,
    private readonly org: () => Promise<OrgData>,
    private readonly clock: Clock,
    private readonly offsetMinutes: number,
  ) {
    this.key = `hcc:v1:queue:${unitId}`;
    this.lockName = `hcc-queue:${store.dbName}:${unitId}`;
  }

  private channel(): BroadcastChannel {
    return new BroadcastChannel(`hcc-queue:${this.store.dbName}:${this.unitId}`);
  }

  private async ctx(): Promise<QueueContext> {
    return { now: this.clock.now(), offsetMinutes: this.offsetMinutes, org: await this.org() };
  }

  /** The stored snapshot, or a fresh one for the unit. */
  async snapshot(): Promise<QueueSnapshot> {
    const stored = await this.store.read(this.key, QueueSnapshot);
    if (stored) return stored;
    const ctx = await this.ctx();
    if (!ctx.org.counters.some((c) => c.unitId === this.unitId)) throw new DataError('not_found', `No counters for unit ${this.unitId}`, { source: this.key });
    return emptySnapshot(this.unitId, crypto.randomUUID(), ctx);
  }

  private async withLock<T>(fn: () => Promise<T>): Promise<T> {
    if (typeof navigator !== 'undefined' && navigator.locks) return navigator.locks.request(this.lockName, fn);
    return fn();
  }

  /** Applies commands atomically across tabs and broadcasts the events. */
  async commands(cmds: QueueCommand[]): Promise<LocalCommandResult[]> {
    if (!cmds.length) return [];
    return this.withLock(async () => {
      let s = await this.snapshot();
      const results: LocalCommandResult[] = [];
      const all: QueueEvent[] = [];
      for (const cmd of cmds) {
        const r = applyCommand(s, cmd, await this.ctx());
        if (r.ok) {
          s = r.snapshot;
          all.push(...r.events);
          results.push({ ok: true, events: r.events });
        } else results.push({ ok: false, events: [], code: r.code, message: r.message });
      }
      if (all.length) {
        await this.store.write(this.key, s);
        const ch = this.channel();
        ch.postMessage({ type: 'events', events: all } satisfies ChannelMessage);
        ch.close();
      }
      return results;
    });
  }

  /** Replaces the queue with an empty one of a new epoch (e.g. after restoring a backup). */
  async reset(): Promise<void> {
    await this.withLock(async () => {
      await this.store.remove(this.key);
      const ch = this.channel();
      ch.postMessage({ type: 'reset' } satisfies ChannelMessage);
      ch.close();
    });
  }

  /** Snapshot first, then events from any tab, heartbeats; resyncs on a gap. */
  subscribe(onMessage: (m: QueueMessage) => void, signal: AbortSignal): void {
    if (signal.aborted) return;
    const ch = this.channel();
    let last: QueueSnapshot | undefined;
    let buffered: QueueEvent[] = [];
    const resync = async () => {
      try {
        const snap = await this.snapshot();
        if (signal.aborted) return;
        last = snap;
        onMessage({ type: 'state', state: 'live', attempt: 0 });
        onMessage({ type: 'snapshot', snapshot: snap });
        const pending = buffered.filter((e) => e.seq > snap.seq);
        buffered = [];
        for (const e of pending) deliver(e);
      } catch (e) {
        if (!signal.aborted) onMessage({ type: 'error', error: toDataError(e, this.key) });
      }
    };
    const deliver = (e: QueueEvent) => {
      if (!last) {
        buffered.push(e);
        return;
      }
      if (e.seq <= last.seq) return;
      if (e.seq !== last.seq + 1) {
        last = undefined;
        buffered.push(e);
        void resync();
        return;
      }
      last = applyEvent(last, e);
      onMessage({ type: 'event', event: e });
    };
    ch.onmessage = (m: MessageEvent<ChannelMessage>) => {
      if (m.data.type === 'reset') {
        last = undefined;
        void resync();
        return;
      }
      for (const e of m.data.events) deliver(e);
    };
    let hb: unknown;
    const beat = () => {
      if (signal.aborted) return;
      if (last) onMessage({ type: 'heartbeat', at: new Date(this.clock.now()).toISOString(), seq: last.seq });
      hb = this.clock.setTimeout(beat, LOCAL_HEARTBEAT_MS);
    };
    hb = this.clock.setTimeout(beat, LOCAL_HEARTBEAT_MS);
    onMessage({ type: 'state', state: 'connecting', attempt: 0 });
    void resync();
    signal.addEventListener('abort', () => {
      ch.close();
      this.clock.clearTimeout(hb);
    }, { once: true });
  }

  /**
   * Runs the simulator while `signal` is not aborted. Only one tab simulates a unit at a time (Web Lock);
   * when it closes, another tab takes over.
   */
  simulate(signal: AbortSignal, opts: { tickMs?: number; intensity?: number; rng?: () => number } = {}): void {
    const tickMs = opts.tickMs ?? 1000;
    const rng = opts.rng ?? Math.random;
    const loop = () =>
      new Promise<void>((resolve) => {
        let last = this.clock.now();
        let timer: unknown;
        const tick = async () => {
          if (signal.aborted) return resolve();
          const now = this.clock.now();
          try {
            const s = await this.snapshot();
            const ctx = await this.ctx();
            await this.commands(simulateTick(s, { ...ctx, rng, dtMs: now - last, intensity: opts.intensity ?? 1 }));
          } catch {
            // A failed tick (storage busy) is retried on the next one.
          }
          last = now;
          timer = this.clock.setTimeout(() => void tick(), tickMs);
        };
        signal.addEventListener('abort', () => {
          this.clock.clearTimeout(timer);
          resolve();
        }, { once: true });
        void tick();
      });
    if (typeof navigator !== 'undefined' && navigator.locks) {
      void navigator.locks.request(`hcc-sim:${this.store.dbName}:${this.unitId}`, { signal }, loop).catch(() => undefined);
    } else void loop();
  }
}
