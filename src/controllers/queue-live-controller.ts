import type { ReactiveController, ReactiveControllerHost } from 'lit';
import * as z from 'zod/mini';
import type { Clock } from '../core/time/index.js';
import { applyEvent } from '../core/queue/engine.js';
import { defaultBoardUnit, indexOrg, type OrgIndex } from '../core/queue/board-model.js';
import { callFromEvent, callsFromSnapshot, type AnnouncementMark } from '../core/queue/announcement-tracker.js';
import type { ConnectionState, DataSource, QueueMessage } from '../data/ports.js';
import { DataError, parseWith, toDataError } from '../data/errors.js';
import { OrgData } from '../data/schemas/org.js';
import { QueueEvent, QueueSnapshot, type Call } from '../data/schemas/queue.js';
import { sleep, systemClock } from '../data/adapters/http/runtime.js';

/** Where the last announced call is remembered across page reloads (default: `sessionStorage`). */
export interface MarkStore {
  get(key: string): string | null;
  set(key: string, value: string): void;
}

/** Settings of a {@link QueueLiveController}, read when needed so they can follow host properties. */
export interface QueueLiveOptions {
  /** Unit to follow; empty means the organisation's centre (first `centre` unit with counters). */
  unitId: () => string;
  /** Time and timers (default: the system clock). */
  clock?: () => Clock | undefined;
  /** Expected heartbeat interval of the stream, ms; 0 when the source sends none. */
  heartbeatMs: () => number;
  /** Interval of the periodic snapshot and organisation refresh, ms; 0 turns it off. */
  refreshMs: () => number;
  /** Store of the announcement mark; `null` keeps it in memory only. */
  markStore?: () => MarkStore | null | undefined;
  /** New calls to announce, oldest first (see core/queue/announcement-tracker). */
  onCalls?: (calls: Call[], from: 'event' | 'snapshot') => void;
  /** An inbound payload failed its schema (it was dropped; the last good state stays). */
  onRejected?: (error: DataError) => void;
  /** The connection state changed. */
  onConnection?: (state: LiveConnection) => void;
}

/** Connection of a live queue: the stream's state, or `idle` before a source is known. */
export type LiveConnection = ConnectionState | 'idle';

const Mark = z.object({ epoch: z.string().check(z.minLength(1), z.maxLength(200)), seq: z.int().check(z.nonnegative()) });

const sessionMarks = (): MarkStore | null => {
  try {
    const s = globalThis.sessionStorage;
    return s ? { get: (k) => s.getItem(k), set: (k, v) => s.setItem(k, v) } : null;
  } catch {
    return null;
  }
};

/**
 * A unit's live queue for a widget: loads the organisation (retrying with backoff), subscribes to
 * the queue, validates every inbound payload, folds events into the snapshot, resynchronises on a
 * gap, refreshes periodically, and decides which calls are new (exactly once per `epoch`/`seq`, also
 * across reloads). It keeps the last good state on any failure; what went wrong is exposed as state.
 */
export class QueueLiveController implements ReactiveController {
  /** The organisation, once loaded. */
  org?: OrgData;
  /** Lookups of {@link org}. */
  index?: OrgIndex;
  /** The unit followed (resolved from the organisation when none was given). */
  unitId?: string;
  /** The latest state of the queue. */
  snapshot?: QueueSnapshot;
  /** The stream's connection. */
  connection: LiveConnection = 'idle';
  /** Reconnect attempts since the last healthy connection. */
  attempt = 0;
  /** When the last snapshot, event or heartbeat arrived (epoch ms, the host's clock). */
  lastDataAt?: number;
  /** When the connection last stopped being live (epoch ms). */
  notLiveSince?: number;
  /** Payloads dropped because they failed their schema. */
  rejected = 0;
  /** The last such payload's error. */
  lastRejection?: DataError;
  /** The last other failure (organisation unavailable, unknown unit, network). */
  error?: DataError;
  /** Bumped on every change of the data above (cheap memoisation key for views). */
  version = 0;

  private source?: DataSource;
  private sourceSignal?: AbortSignal;
  private run?: AbortController;
  private mark?: AnnouncementMark;
  private refreshTimer: unknown;
  private refreshClock?: Clock;
  private resyncing = false;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement, private readonly options: QueueLiveOptions) {
    host.addController(this);
  }

  private get clock(): Clock {
    return this.options.clock?.() ?? systemClock;
  }

  hostDisconnected(): void {
    this.stop();
  }

  /** Follows the queue of `source` until `signal` aborts (from DataSourceController) or the host disconnects. */
  connect(source: DataSource, signal: AbortSignal): void {
    this.source = source;
    this.sourceSignal = signal;
    this.restart();
  }

  /** Starts again on the same source (the unit changed). */
  restart(): void {
    this.stop();
    const source = this.source;
    const outer = this.sourceSignal;
    if (!source || !outer || outer.aborted || !this.host.isConnected) return;
    const run = (this.run = new AbortController());
    const signal = AbortSignal.any([outer, run.signal]);
    void this.start(source, signal);
  }

  /** Stops the subscription and the refresh timer. The last state stays for display. */
  stop(): void {
    this.run?.abort();
    this.run = undefined;
    this.refreshClock?.clearTimeout(this.refreshTimer);
    this.refreshClock = undefined;
    this.refreshTimer = undefined;
  }

  /**
   * Whether the data on screen is stale: no message for two heartbeat intervals (plus a little
   * tolerance), or, for a source without heartbeats, not live for 30 s.
   */
  stale(now: number): boolean {
    if (this.lastDataAt === undefined) return false;
    const hb = this.options.heartbeatMs();
    if (hb > 0) return now - this.lastDataAt > 2 * hb + Math.min(hb / 2, 2000);
    return this.connection !== 'live' && this.notLiveSince !== undefined && now - this.notLiveSince > 30_000;
  }

  private changed(): void {
    this.version++;
    this.host.requestUpdate();
  }

  private async start(source: DataSource, signal: AbortSignal): Promise<void> {
    const org = await this.loadOrg(source, signal);
    if (!org || signal.aborted) return;
    const wanted = this.options.unitId().trim();
    const unitId = wanted || defaultBoardUnit(org);
    if (!unitId || !org.units.some((u) => u.id === unitId)) {
      this.error = new DataError('not_found', `No queue for unit "${wanted || '(centre)'}"`, { source: `${source.kind}:org` });
      this.changed();
      return;
    }
    if (unitId !== this.unitId) {
      this.snapshot = undefined;
      this.mark = this.readMark(unitId);
    }
    this.unitId = unitId;
    this.changed();
    source.subscribe(unitId, (m) => this.onMessage(m, source, unitId, signal), signal);
    this.scheduleRefresh(source, unitId, signal);
  }

  private async loadOrg(source: DataSource, signal: AbortSignal): Promise<OrgData | undefined> {
    for (let attempt = 0; !signal.aborted; attempt++) {
      try {
        const raw = await source.org(signal);
        const parsed = parseWith(OrgData, raw, `${source.kind}:org`);
        if (!parsed.ok) throw parsed.error;
        if (this.org !== parsed.value) {
          this.org = parsed.value;
          this.index = indexOrg(parsed.value);
        }
        if (this.error?.source === `${source.kind}:org`) this.error = undefined;
        return parsed.value;
      } catch (e) {
        if (signal.aborted) return undefined;
        const err = toDataError(e, `${source.kind}:org`);
        if (err.kind === 'schema') this.reject(err);
        else this.error = err;
        this.changed();
        // The last good organisation is enough to carry on with.
        if (this.org) return this.org;
        await sleep(Math.min(30_000, 1000 * 2 ** attempt), this.clock, signal);
      }
    }
    return undefined;
  }

  private reject(error: DataError): void {
    this.rejected++;
    this.lastRejection = error;
    this.options.onRejected?.(error);
  }

  private onMessage(m: QueueMessage, source: DataSource, unitId: string, signal: AbortSignal): void {
    if (signal.aborted) return;
    const now = this.clock.now();
    switch (m.type) {
      case 'state': {
        const was = this.connection;
        this.connection = m.state;
        this.attempt = m.attempt;
        if (m.state !== 'live' && was === 'live') this.notLiveSince = now;
        if (m.state === 'live') this.notLiveSince = undefined;
        else this.notLiveSince ??= now;
        if (was !== m.state) this.options.onConnection?.(m.state);
        this.changed();
        return;
      }
      case 'error':
        if (m.error.kind === 'schema') this.reject(m.error);
        else this.error = m.error;
        this.changed();
        return;
      case 'heartbeat':
        this.lastDataAt = now;
        // A heartbeat ahead of our state means events went missing: fetch the whole state.
        if (this.snapshot && m.seq > this.snapshot.seq) void this.resync(source, unitId, signal);
        this.changed();
        return;
      case 'snapshot': {
        const parsed = parseWith(QueueSnapshot, m.snapshot, `${source.kind}:queue/${unitId} snapshot`);
        if (!parsed.ok) {
          this.reject(parsed.error);
          this.changed();
          return;
        }
        this.lastDataAt = now;
        this.acceptSnapshot(parsed.value, now);
        return;
      }
      case 'event': {
        const parsed = parseWith(QueueEvent, m.event, `${source.kind}:queue/${unitId} event`);
        if (!parsed.ok) {
          this.reject(parsed.error);
          this.changed();
          return;
        }
        this.lastDataAt = now;
        const e = parsed.value;
        const s = this.snapshot;
        if (!s || e.unitId !== s.unitId || e.seq <= s.seq) {
          this.changed();
          return;
        }
        if (e.seq > s.seq + 1) void this.resync(source, unitId, signal);
        this.snapshot = applyEvent(s, e);
        const r = callFromEvent(this.mark, e);
        this.mark = r.mark;
        if (r.call) {
          this.writeMark();
          this.options.onCalls?.([r.call], 'event');
        }
        this.changed();
        return;
      }
    }
  }

  private acceptSnapshot(s: QueueSnapshot, now: number): void {
    this.snapshot = s;
    const d = callsFromSnapshot(this.mark, s, { now });
    this.mark = d.mark;
    this.writeMark();
    if (d.calls.length) this.options.onCalls?.(d.calls, 'snapshot');
    this.changed();
  }

  /** Fetches the whole state (after a gap, or periodically); kept only when it is not behind the stream. */
  private async resync(source: DataSource, unitId: string, signal: AbortSignal): Promise<void> {
    if (this.resyncing) return;
    this.resyncing = true;
    try {
      const raw = await source.snapshot(unitId, signal);
      if (signal.aborted) return;
      const parsed = parseWith(QueueSnapshot, raw, `${source.kind}:queue/${unitId} snapshot`);
      if (!parsed.ok) {
        this.reject(parsed.error);
        this.changed();
        return;
      }
      const cur = this.snapshot;
      // Another epoch is left to the stream, whose own snapshot starts the new baseline.
      if (cur && (parsed.value.epoch !== cur.epoch || parsed.value.seq < cur.seq)) return;
      this.acceptSnapshot(parsed.value, this.clock.now());
    } catch (e) {
      if (!signal.aborted) {
        const err = toDataError(e, `${source.kind}:queue/${unitId} snapshot`);
        if (err.kind === 'schema') this.reject(err);
        else if (err.kind !== 'aborted') this.error = err;
        this.changed();
      }
    } finally {
      this.resyncing = false;
    }
  }

  private scheduleRefresh(source: DataSource, unitId: string, signal: AbortSignal): void {
    const ms = this.options.refreshMs();
    if (!(ms > 0) || signal.aborted) return;
    const clock = this.clock;
    this.refreshClock?.clearTimeout(this.refreshTimer);
    this.refreshClock = clock;
    this.refreshTimer = clock.setTimeout(() => {
      if (signal.aborted) return;
      void (async () => {
        await this.loadOrgOnce(source, signal);
        await this.resync(source, unitId, signal);
        this.scheduleRefresh(source, unitId, signal);
      })();
    }, ms);
  }

  /** One attempt at reloading the organisation (renamed counters, new services); keeps the old one on failure. */
  private async loadOrgOnce(source: DataSource, signal: AbortSignal): Promise<void> {
    try {
      const raw = await source.org(signal);
      const parsed = parseWith(OrgData, raw, `${source.kind}:org`);
      if (!parsed.ok) return this.reject(parsed.error);
      if (JSON.stringify(parsed.value) !== JSON.stringify(this.org)) {
        this.org = parsed.value;
        this.index = indexOrg(parsed.value);
        this.changed();
      }
    } catch {
      // The periodic refresh retries at its next turn; the stream state says whether we are connected.
    }
  }

  private markKey(unitId: string): string {
    return `hcc:v1:queue-board:mark:${unitId}`;
  }

  private store(): MarkStore | null {
    const v = this.options.markStore?.();
    return v === undefined ? sessionMarks() : v;
  }

  private readMark(unitId: string): AnnouncementMark | undefined {
    try {
      const raw = this.store()?.get(this.markKey(unitId));
      if (!raw) return undefined;
      const parsed = Mark.safeParse(JSON.parse(raw));
      return parsed.success ? parsed.data : undefined;
    } catch {
      return undefined;
    }
  }

  private writeMark(): void {
    if (!this.mark || !this.unitId) return;
    try {
      this.store()?.set(this.markKey(this.unitId), JSON.stringify(this.mark));
    } catch {
      // Storage full or disabled: the mark stays in memory, which covers reconnects.
    }
  }
}
