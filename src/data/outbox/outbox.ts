/**
 * The rating outbox: every rating is written to IndexedDB before the tablet says "thank you", then
 * delivered in batches to a {@link RatingSinkPort}, exactly once, across reloads, power cuts and days
 * offline.
 *
 * ## Exactly once
 *
 * Each rating carries a client-made UUID (`Rating.id`), which is its idempotency key end to end:
 *
 * 1. `add` commits the rating to IndexedDB with strict durability, then resolves. Until then the
 *    rating is not acknowledged and the caller keeps it (the tablet shows an error, not "thank you").
 * 2. One sender at a time (Web Locks, or a BroadcastChannel election) reads the oldest entries and
 *    submits them. The server stores new ids in one transaction and answers them as `accepted`;
 *    ids it already has are answered as `duplicates` and not stored again.
 * 3. Only after that answer are the delivered entries deleted locally.
 *
 * A crash, reload or lost response between the server's commit (2) and the local delete (3) leaves
 * the entries in the outbox; the next sync resends them and the server answers `duplicates`, which
 * count as delivered. So a rating may travel more than once but is stored once (at least once
 * delivery + idempotent receiver = exactly once effect). Nothing is deleted without the server's
 * answer for its id, so a rating is never lost either.
 *
 * ## Failures
 *
 * - A rating the server refuses for good (`rejected`, or a whole-batch 4xx) becomes a dead letter
 *   (`hcc:v1:dead:{id}`) with the reason; it can be retried or discarded by a person.
 * - Network errors, `offline`, 5xx, 408, 429, unreadable answers and local storage errors are
 *   retried with exponential backoff and full jitter; 413 halves the batch.
 * - A stored entry that fails the `Rating` schema (corruption, an older build) is moved to
 *   `hcc:quarantine:{key}` with its raw value, reported, and never sent.
 *
 * @module
 */
import * as z from 'zod/mini';
import type { Clock } from '../../core/time/index.js';
import { parseIso } from '../../core/time/index.js';
import { DataError, parseWith, toDataError, type DataErrorKind } from '../errors.js';
import type { RatingSinkPort } from '../ports.js';
// Type-only from api.ts: its value imports would build every payload schema (cases, petitions …).
import type { RatingBatchResponse, RatingRejection } from '../schemas/api.js';
import { MAX_RATING_BATCH, Rating } from '../schemas/rating.js';
import {
  DEAD_PREFIX,
  OUTBOX_PREFIX,
  OutboxStore,
  deadKey,
  outboxKey,
  quarantineKey,
  storageError,
  type StoredCounts,
} from './store.js';
import { createWriterLock, type WriterLock } from './writer-lock.js';

/** Name of the BroadcastChannel that keeps outbox state consistent across tabs. */
export const OUTBOX_CHANNEL = 'hcc-outbox';
/** Default IndexedDB database of the outbox. */
export const DEFAULT_OUTBOX_DB = 'hcc-widgets-outbox';

/** Backoff settings in milliseconds: the first retry waits up to `baseMs`, later ones up to `maxMs`. */
export interface OutboxBackoff {
  baseMs: number;
  maxMs: number;
}

/** Options of {@link RatingOutbox}. */
export interface RatingOutboxOptions {
  /** Where ratings go, or a factory called before the first send (for lazily loaded adapters). */
  sink: RatingSinkPort | (() => Promise<RatingSinkPort>);
  /** IndexedDB database name; default `hcc-widgets-outbox`. */
  dbName?: string;
  /** Time and timers; default the system clock. */
  clock?: Clock;
  /** Uniform random numbers in [0, 1) for backoff jitter; default `Math.random`. */
  rng?: () => number;
  /** Ratings per request, 1–500; default 100. */
  batchSize?: number;
  /** Retry delays; default `{ baseMs: 1000, maxMs: 300000 }`. */
  backoff?: OutboxBackoff;
  /** Web Locks name of the single sender; default `hcc-outbox:{dbName}`. */
  lockName?: string;
  /** Period of the background sync timer in ms; default 60000. */
  intervalMs?: number;
  /** A send that has not answered after this many ms is abandoned and retried; default 60000. */
  submitTimeoutMs?: number;
}

/** Snapshot of the outbox, the same in every tab of the origin (counts come from IndexedDB). */
export interface OutboxState {
  /** Ratings stored and not yet delivered. */
  pending: number;
  /** Ratings the server refused for good. */
  deadLetters: number;
  /** Stored entries that failed their schema and are kept aside. */
  quarantined: number;
  /** Whether some tab is sending right now. */
  syncing: boolean;
  /** Epoch ms of the last successful send. */
  lastSyncAt?: number;
  /** Why the last send failed; cleared by the next success. */
  lastError?: DataError;
  /** Epoch ms of the next retry after a failure. */
  nextRetryAt?: number;
  /** Answer of `navigator.storage.persist()`, once asked. */
  persisted?: boolean;
}

/** Why a rating became a dead letter: the server's rejection code, or `http` for a whole-batch 4xx. */
export type DeadLetterCode = RatingRejection['code'] | 'http';

/** A rating the server refused for good, with the reason. */
export interface DeadLetter {
  id: string;
  rating: Rating;
  reason: string;
  code: DeadLetterCode;
  /** HTTP status of a whole-batch refusal. */
  status?: number;
  /** Epoch ms when it was refused. */
  at: number;
}

/** Detail of the `stored` event. */
export interface OutboxStoredDetail {
  id: string;
}
/** Detail of the `synced` event: ids now known to the server (`ids` = accepted + duplicates). */
export interface OutboxSyncedDetail {
  ids: string[];
  accepted: string[];
  duplicates: string[];
}
/** Detail of the `rejected` event. */
export interface OutboxRejectedDetail {
  deadLetters: DeadLetter[];
}
/** Detail of the `quarantined` event: original keys and why their values were set aside. */
export interface OutboxQuarantinedDetail {
  entries: { key: string; reason: string }[];
}

/** Events of {@link RatingOutbox}, all `CustomEvent`s. */
export interface RatingOutboxEventMap {
  stored: CustomEvent<OutboxStoredDetail>;
  synced: CustomEvent<OutboxSyncedDetail>;
  rejected: CustomEvent<OutboxRejectedDetail>;
  quarantined: CustomEvent<OutboxQuarantinedDetail>;
  state: CustomEvent<OutboxState>;
}

/** Listener of {@link RatingOutbox.subscribe}. */
export type OutboxListener = (state: OutboxState) => void;

const DeadLetterRecord = z.object({
  rating: Rating,
  reason: z.string(),
  code: z.enum(['schema', 'duplicate-ticket', 'unknown-unit', 'policy', 'other', 'http']),
  status: z.optional(z.int()),
  at: z.number(),
});

/** A serialisable DataError, for the BroadcastChannel. */
interface ErrorWire {
  kind: DataErrorKind;
  message: string;
  status?: number;
  source?: string;
}

/** Fields only the sending tab knows; `null` clears a field in other tabs. */
interface SharedWire {
  syncing?: boolean;
  lastSyncAt?: number | null;
  lastError?: ErrorWire | null;
  nextRetryAt?: number | null;
  persisted?: boolean;
}

type ChannelMessage =
  | { db: string; from: string; type: 'changed'; shared: SharedWire }
  | { db: string; from: string; type: 'idle' };

type Trigger = 'start' | 'add' | 'online' | 'visible' | 'timer' | 'retry' | 'manual' | 'peer';

const defaultClock: Clock = {
  now: () => Date.now(),
  setTimeout: (fn, ms) => globalThis.setTimeout(fn, ms),
  clearTimeout: (h) => globalThis.clearTimeout(h as ReturnType<typeof globalThis.setTimeout>),
};

/** Why a send stopped: go on with the next batch, wait for a retry, or stop (closed / empty). */
type Step = 'next' | 'wait' | 'done';

/**
 * IndexedDB-first outbox of citizen ratings with batched, idempotent delivery to a
 * {@link RatingSinkPort}; see the module documentation for the exactly-once design.
 *
 * Sends in the background after every `add`, on `online`, when the page becomes visible, on a
 * periodic timer, and on {@link syncNow}. One tab sends at a time; all tabs see the same state.
 *
 * Events: `stored`, `synced`, `rejected`, `quarantined`, `state` (see {@link RatingOutboxEventMap}).
 *
 * @example
 * const outbox = new RatingOutbox({ sink: () => import('./http.js').then((m) => m.sink) });
 * await outbox.add(rating); // resolved: stored on disk, safe to say "thank you"
 */
export class RatingOutbox extends EventTarget {
  private readonly store: OutboxStore;
  private readonly clock: Clock;
  private readonly rng: () => number;
  private readonly backoff: OutboxBackoff;
  private readonly intervalMs: number;
  private readonly submitTimeoutMs: number;
  private readonly sinkOption: RatingSinkPort | (() => Promise<RatingSinkPort>);
  private sinkPromise: Promise<RatingSinkPort> | undefined;
  private readonly lock: WriterLock;
  private readonly channel: BroadcastChannel | undefined;
  private readonly instanceId = crypto.randomUUID();
  private readonly abort = new AbortController();
  private readonly listeners = new Set<OutboxListener>();
  private readonly cleanups: (() => void)[] = [];

  private st: OutboxState = { pending: 0, deadLetters: 0, quarantined: 0, syncing: false };
  private batchLimit: number;
  private attempt = 0;
  private retryTimer: unknown;
  private periodicTimer: unknown;
  private running = false;
  private again = false;
  private againForced = false;
  private readonly idleWaiters: (() => void)[] = [];
  private wantSync = false;
  private closed = false;
  private refreshing: Promise<void> | undefined;
  private refreshAgain = false;
  private persistAsked: Promise<boolean> | undefined;

  /** Resolves when the first state (counts from IndexedDB) is known. */
  readonly ready: Promise<void>;

  constructor(options: RatingOutboxOptions) {
    super();
    const dbName = options.dbName ?? DEFAULT_OUTBOX_DB;
    this.store = new OutboxStore(dbName);
    this.clock = options.clock ?? defaultClock;
    this.rng = options.rng ?? Math.random;
    this.backoff = options.backoff ?? { baseMs: 1000, maxMs: 300_000 };
    this.intervalMs = options.intervalMs ?? 60_000;
    this.submitTimeoutMs = options.submitTimeoutMs ?? 60_000;
    this.sinkOption = options.sink;
    this.batchLimit = Math.max(1, Math.min(MAX_RATING_BATCH, Math.floor(options.batchSize ?? 100)));

    const locks = typeof navigator !== 'undefined' ? (navigator.locks as LockManager | undefined) : undefined;
    this.lock = createWriterLock(options.lockName ?? `hcc-outbox:${dbName}`, OUTBOX_CHANNEL, this.clock, locks);

    if (typeof BroadcastChannel === 'function') {
      const ch = new BroadcastChannel(OUTBOX_CHANNEL);
      ch.onmessage = (ev: MessageEvent<ChannelMessage>) => this.onChannel(ev.data);
      this.channel = ch;
    }
    this.listen(globalThis, 'online', () => this.trigger('online', true));
    if (typeof document !== 'undefined') {
      this.listen(document, 'visibilitychange', () => {
        if (document.visibilityState === 'visible') this.trigger('visible');
      });
    }
    this.armPeriodic();
    this.ready = this.refresh();
    // Ratings left by an earlier page (reload, power cut) are sent without waiting for a new one.
    void this.ready.then(() => this.trigger('start'));
  }

  /** Current state. */
  get state(): OutboxState {
    return this.st;
  }

  /**
   * Validates `rating` and stores it. Resolves only once IndexedDB committed it; from then on it
   * survives reloads and power loss and will be delivered. Rejects with a DataError and stores
   * nothing when the rating fails the schema (`schema`), the device is full (`quota`) or storage is
   * unavailable (`storage`, e.g. private mode); entries stored earlier are never touched.
   */
  async add(rating: Rating): Promise<void> {
    const parsed = parseWith(Rating, rating, 'outbox.add');
    if (!parsed.ok) throw parsed.error;
    const r = parsed.value;
    const createdAt = parseIso(r.createdAt);
    const key = outboxKey(createdAt !== undefined && Number.isFinite(createdAt) ? createdAt : this.clock.now(), r.id);
    await this.store.put(key, r, `outbox.add ${r.id}`);
    this.emit('stored', { id: r.id });
    this.changed({});
    this.trigger('add');
  }

  /**
   * Sends now, ignoring a running backoff. Resolves when this tab has finished its attempt (or at
   * once when another tab is sending); the result is in {@link state}.
   */
  async syncNow(): Promise<void> {
    this.trigger('manual', true);
    await this.idle();
  }

  /** Registers `listener`, calls it with the current state and on every change; returns the unsubscribe function. */
  subscribe(listener: OutboxListener): () => void {
    this.listeners.add(listener);
    listener(this.st);
    return () => {
      this.listeners.delete(listener);
    };
  }

  /**
   * Asks the browser once to keep this origin's storage under pressure (`navigator.storage.persist()`);
   * the answer lands in `state.persisted`. Unpersisted storage can be evicted (Safari after 7 days
   * without use, Chrome when the disk is low), so kiosks should call this on setup.
   */
  requestPersistence(): Promise<boolean> {
    this.persistAsked ??= (async () => {
      const storage = typeof navigator !== 'undefined' ? navigator.storage : undefined;
      let persisted = false;
      try {
        if (storage?.persisted) persisted = await storage.persisted();
        if (!persisted && storage?.persist) persisted = await storage.persist();
      } catch {
        persisted = false;
      }
      this.patch({ persisted });
      this.post({ persisted });
      return persisted;
    })();
    return this.persistAsked;
  }

  /** Storage usage and quota of the origin in bytes, when the browser tells. */
  async estimate(): Promise<{ usage?: number; quota?: number }> {
    const storage = typeof navigator !== 'undefined' ? navigator.storage : undefined;
    if (!storage?.estimate) return {};
    const e = await storage.estimate();
    const out: { usage?: number; quota?: number } = {};
    if (e.usage !== undefined) out.usage = e.usage;
    if (e.quota !== undefined) out.quota = e.quota;
    return out;
  }

  /** Up to `limit` pending ratings, oldest first. Entries failing the schema are left for the sender to quarantine. */
  async pendingItems(limit = 100): Promise<Rating[]> {
    const entries = await this.store.readRange(OUTBOX_PREFIX, Math.max(1, limit), 'outbox.pendingItems');
    const out: Rating[] = [];
    for (const [key, value] of entries) {
      const p = parseWith(Rating, value, key);
      if (p.ok) out.push(p.value);
    }
    return out;
  }

  /** Every dead letter, oldest refusal first. Corrupt dead-letter records are quarantined. */
  async deadLetters(): Promise<DeadLetter[]> {
    const entries = await this.store.readRange(DEAD_PREFIX, undefined, 'outbox.deadLetters');
    const out: DeadLetter[] = [];
    const bad: { key: string; value: unknown; reason: string }[] = [];
    for (const [key, value] of entries) {
      const p = parseWith(DeadLetterRecord, value, key);
      if (!p.ok) {
        bad.push({ key, value, reason: p.error.message });
        continue;
      }
      const d: DeadLetter = { id: p.value.rating.id, rating: p.value.rating, reason: p.value.reason, code: p.value.code, at: p.value.at };
      if (p.value.status !== undefined) d.status = p.value.status;
      out.push(d);
    }
    if (bad.length) await this.quarantine(bad);
    return out.sort((a, b) => a.at - b.at);
  }

  /**
   * Puts dead letter `id` back into the outbox and sends at once (after the cause was fixed on the
   * server). Rejects with `not_found` when there is no such dead letter.
   */
  async retryDeadLetter(id: string): Promise<void> {
    const d = await this.readDeadLetter(id);
    const createdAt = parseIso(d.rating.createdAt);
    const key = outboxKey(createdAt !== undefined && Number.isFinite(createdAt) ? createdAt : this.clock.now(), d.rating.id);
    await this.store.move([[key, d.rating]], [deadKey(id)], `outbox.retryDeadLetter ${id}`);
    this.changed({});
    this.trigger('manual', true);
  }

  /** Deletes dead letter `id` for good. Rejects with `not_found` when there is no such dead letter. */
  async discardDeadLetter(id: string): Promise<void> {
    await this.readDeadLetter(id);
    await this.store.move([], [deadKey(id)], `outbox.discardDeadLetter ${id}`);
    this.changed({});
  }

  /**
   * Stops timers, listeners and channels, abandons a send in flight (its ratings stay stored and are
   * resent by the next outbox on this database) and closes the database connection.
   */
  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.clock.clearTimeout(this.retryTimer);
    this.clock.clearTimeout(this.periodicTimer);
    this.retryTimer = undefined;
    this.periodicTimer = undefined;
    for (const off of this.cleanups.splice(0)) off();
    this.abort.abort();
    this.lock.close();
    this.channel?.close();
    this.listeners.clear();
    this.store.close();
  }

  // ---------------------------------------------------------------------------------------------
  // Sending

  /**
   * Starts a send unless one runs in this context (then it runs once more) or a backoff is waiting
   * (unless `force`).
   */
  private trigger(_why: Trigger, force = false): void {
    if (this.closed) return;
    if (!force && this.st.nextRetryAt !== undefined && this.st.nextRetryAt > this.clock.now()) return;
    if (force && this.st.nextRetryAt !== undefined) {
      this.clock.clearTimeout(this.retryTimer);
      this.retryTimer = undefined;
    }
    // Set before asking for the lock: a peer's `idle` message arriving at any later time re-triggers.
    this.wantSync = true;
    if (this.running) {
      this.again = true;
      if (force) this.againForced = true;
      return;
    }
    void this.runExclusive();
  }

  private async runExclusive(): Promise<void> {
    this.running = true;
    try {
      for (;;) {
        this.again = false;
        this.againForced = false;
        let held = false;
        try {
          held = await this.lock.run(async () => {
            this.wantSync = false;
            await this.drain();
          });
        } catch (e) {
          this.patch({ lastError: toDataError(e, 'outbox.lock') });
        }
        if (held) this.postIdle();
        // Refused: the holder's `idle` message wakes us. Waiting for a retry: its timer does.
        if (!held || !this.again || this.closed) break;
        if (!this.againForced && this.st.nextRetryAt !== undefined && this.st.nextRetryAt > this.clock.now()) break;
      }
    } finally {
      this.running = false;
      for (const w of this.idleWaiters.splice(0)) w();
    }
  }

  private idle(): Promise<void> {
    if (!this.running) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  /** Sends batches until the outbox is empty, a retry is scheduled, or the outbox closes. */
  private async drain(): Promise<void> {
    // This is the attempt a pending retry was waiting for.
    this.clock.clearTimeout(this.retryTimer);
    this.retryTimer = undefined;
    this.patch({ syncing: true, nextRetryAt: undefined });
    this.post({ syncing: true, nextRetryAt: null });
    try {
      for (;;) {
        if (this.closed) return;
        let step: Step;
        try {
          step = await this.sendOneBatch();
        } catch (e) {
          // Our own storage failed mid-send: nothing is lost (entries move only in whole transactions).
          if (this.closed) return;
          this.scheduleRetry(storageError(e, 'outbox.sync'));
          return;
        }
        if (step !== 'next') return;
      }
    } finally {
      if (!this.closed) {
        this.patch({ syncing: false });
        this.post({ syncing: false });
        void this.refresh();
      }
    }
  }

  private async sendOneBatch(): Promise<Step> {
    const entries = await this.store.readRange(OUTBOX_PREFIX, this.batchLimit, 'outbox.sync');
    if (entries.length === 0) return 'done';

    const batch: Rating[] = [];
    const keysById = new Map<string, string[]>();
    const bad: { key: string; value: unknown; reason: string }[] = [];
    for (const [key, value] of entries) {
      const p = parseWith(Rating, value, key);
      if (!p.ok) {
        bad.push({ key, value, reason: p.error.message });
        continue;
      }
      const keys = keysById.get(p.value.id);
      if (keys) keys.push(key);
      else {
        keysById.set(p.value.id, [key]);
        batch.push(p.value);
      }
    }
    if (bad.length) await this.quarantine(bad);
    if (batch.length === 0) return 'next';

    let res: RatingBatchResponse;
    try {
      res = await this.submit(batch);
    } catch (e) {
      if (this.closed) return 'done';
      const err = toDataError(e, 'outbox.sync');
      if (err.status === 413) {
        if (batch.length > 1) {
          this.batchLimit = Math.max(1, Math.floor(batch.length / 2));
          return 'next';
        }
        await this.bury(batch, keysById, () => ({ reason: `Too large for the server (413): ${err.message}`, code: 'http', status: 413 }));
        return 'next';
      }
      if (isRetryable(err)) {
        this.scheduleRetry(err);
        return 'wait';
      }
      await this.bury(batch, keysById, () => {
        const r: { reason: string; code: DeadLetterCode; status?: number } = { reason: err.message, code: 'http' };
        if (err.status !== undefined) r.status = err.status;
        return r;
      });
      // The server answered on purpose: it is reachable, so the backoff starts over.
      this.attempt = 0;
      this.patch({ lastError: err });
      this.post({ lastError: wireError(err) });
      return 'next';
    }

    const inBatch = (id: string) => keysById.has(id);
    const accepted = res.accepted.filter(inBatch);
    const duplicates = res.duplicates.filter(inBatch);
    const delivered = new Set([...accepted, ...duplicates]);
    const rejections = new Map<string, RatingRejection>();
    for (const rej of res.rejected) if (inBatch(rej.id) && !delivered.has(rej.id)) rejections.set(rej.id, rej);

    const deliveredKeys = [...delivered].flatMap((id) => keysById.get(id) ?? []);
    await this.store.deleteMany(deliveredKeys, 'outbox.sync');
    const refused = batch.filter((r) => rejections.has(r.id));
    if (refused.length) {
      await this.bury(refused, keysById, (r) => {
        const rej = rejections.get(r.id);
        return { reason: rej?.reason ?? 'rejected', code: rej?.code ?? 'other' };
      });
    }
    if (delivered.size === 0 && refused.length === 0) {
      // An answer that settles none of the ratings would make us resend the same batch forever.
      this.scheduleRetry(new DataError('schema', 'The server answered none of the ratings sent', { source: 'outbox.sync' }));
      return 'wait';
    }
    if (delivered.size) this.emit('synced', { ids: [...delivered], accepted, duplicates });
    this.attempt = 0;
    const now = this.clock.now();
    this.patch({ lastSyncAt: now, lastError: undefined, nextRetryAt: undefined });
    this.post({ lastSyncAt: now, lastError: null, nextRetryAt: null });
    void this.refresh();
    return 'next';
  }

  /** Submits with a timeout, so a sink that never answers cannot hold the lock forever. */
  private async submit(batch: Rating[]): Promise<RatingBatchResponse> {
    const sink = await this.sink();
    const ctrl = new AbortController();
    const onClose = () => ctrl.abort();
    this.abort.signal.addEventListener('abort', onClose, { once: true });
    let timer: unknown;
    const timeout = new Promise<never>((_, reject) => {
      timer = this.clock.setTimeout(() => {
        ctrl.abort();
        reject(new DataError('network', `No answer within ${this.submitTimeoutMs} ms`, { source: 'outbox.sync' }));
      }, this.submitTimeoutMs);
    });
    try {
      return await Promise.race([sink.submitBatch(batch, ctrl.signal), timeout]);
    } finally {
      this.clock.clearTimeout(timer);
      this.abort.signal.removeEventListener('abort', onClose);
    }
  }

  private sink(): Promise<RatingSinkPort> {
    const option = this.sinkOption;
    if (typeof option !== 'function') return Promise.resolve(option);
    if (!this.sinkPromise) {
      const p = Promise.resolve().then(option);
      this.sinkPromise = p;
      // A factory that failed (offline while loading the adapter) is asked again next time.
      p.catch(() => {
        if (this.sinkPromise === p) this.sinkPromise = undefined;
      });
    }
    return this.sinkPromise;
  }

  private scheduleRetry(err: DataError): void {
    if (this.closed) return;
    this.attempt++;
    const ceiling = Math.min(this.backoff.maxMs, this.backoff.baseMs * 2 ** Math.min(this.attempt - 1, 30));
    // Full jitter: kiosks that failed together (server restart) come back spread out, not in lockstep.
    const delay = Math.floor(this.rng() * ceiling);
    const at = this.clock.now() + delay;
    this.clock.clearTimeout(this.retryTimer);
    this.retryTimer = this.clock.setTimeout(() => {
      this.retryTimer = undefined;
      this.trigger('retry', true);
    }, delay);
    this.patch({ lastError: err, nextRetryAt: at });
    this.post({ lastError: wireError(err), nextRetryAt: at });
  }

  private armPeriodic(): void {
    if (this.closed || !(this.intervalMs > 0)) return;
    this.periodicTimer = this.clock.setTimeout(() => {
      this.periodicTimer = undefined;
      this.trigger('timer');
      this.armPeriodic();
    }, this.intervalMs);
  }

  /** Moves ratings to dead letters, in one transaction, and reports them. */
  private async bury(
    ratings: Rating[],
    keysById: Map<string, string[]>,
    why: (r: Rating) => { reason: string; code: DeadLetterCode; status?: number },
  ): Promise<void> {
    const at = this.clock.now();
    const letters: DeadLetter[] = ratings.map((r) => ({ id: r.id, rating: r, ...why(r), at }));
    const puts: [string, unknown][] = letters.map((d) => {
      const rec: z.infer<typeof DeadLetterRecord> = { rating: d.rating, reason: d.reason.slice(0, 2000), code: d.code, at: d.at };
      if (d.status !== undefined) rec.status = d.status;
      return [deadKey(d.id), rec];
    });
    const deletes = ratings.flatMap((r) => keysById.get(r.id) ?? []);
    await this.store.move(puts, deletes, 'outbox.deadLetter');
    this.emit('rejected', { deadLetters: letters });
    this.changed({});
  }

  /** Moves corrupt entries aside with their raw value, in one transaction, and reports them. */
  private async quarantine(bad: { key: string; value: unknown; reason: string }[]): Promise<void> {
    const at = this.clock.now();
    await this.store.move(
      bad.map((b): [string, unknown] => [quarantineKey(b.key), { key: b.key, value: b.value, reason: b.reason, at }]),
      bad.map((b) => b.key),
      'outbox.quarantine',
    );
    this.emit('quarantined', { entries: bad.map((b) => ({ key: b.key, reason: b.reason })) });
    this.changed({});
  }

  private async readDeadLetter(id: string): Promise<z.infer<typeof DeadLetterRecord>> {
    const key = deadKey(id);
    const value = await this.store.get(key, `outbox.deadLetter ${id}`);
    if (value === undefined) throw new DataError('not_found', `No dead letter ${id}`, { source: key, status: 404 });
    const p = parseWith(DeadLetterRecord, value, key);
    if (!p.ok) {
      await this.quarantine([{ key, value, reason: p.error.message }]);
      throw p.error;
    }
    return p.value;
  }

  // ---------------------------------------------------------------------------------------------
  // State

  /** Re-reads the counts from IndexedDB; calls made while one runs are folded into one more read. */
  private refresh(): Promise<void> {
    if (this.refreshing) {
      this.refreshAgain = true;
      return this.refreshing;
    }
    const run = async () => {
      do {
        this.refreshAgain = false;
        if (this.closed) return;
        let counts: StoredCounts;
        try {
          counts = await this.store.counts('outbox.state');
        } catch (e) {
          if (this.closed) return;
          this.patch({ lastError: storageError(e, 'outbox.state') });
          return;
        }
        this.patch(counts);
      } while (this.refreshAgain);
    };
    this.refreshing = run().finally(() => {
      this.refreshing = undefined;
    });
    return this.refreshing;
  }

  /** Local change of stored data: recount here, tell the other tabs. */
  private changed(shared: SharedWire): void {
    void this.refresh();
    this.post(shared);
  }

  private patch(p: Partial<OutboxState>): void {
    if (this.closed) return;
    const next: OutboxState = { ...this.st };
    let dirty = false;
    for (const [k, v] of Object.entries(p) as [keyof OutboxState, unknown][]) {
      if (next[k] === v) continue;
      dirty = true;
      if (v === undefined) delete next[k];
      else (next as unknown as Record<string, unknown>)[k] = v;
    }
    if (!dirty) return;
    this.st = next;
    this.emit('state', next);
    for (const l of [...this.listeners]) l(next);
  }

  private post(shared: SharedWire): void {
    this.send({ db: this.store.dbName, from: this.instanceId, type: 'changed', shared });
  }

  private postIdle(): void {
    this.send({ db: this.store.dbName, from: this.instanceId, type: 'idle' });
  }

  private send(m: ChannelMessage): void {
    if (this.closed || !this.channel) return;
    try {
      this.channel.postMessage(m);
    } catch {
      // A closed channel only happens while shutting down.
    }
  }

  private onChannel(m: ChannelMessage): void {
    if (this.closed || !m || m.db !== this.store.dbName || m.from === this.instanceId) return;
    if (m.type === 'idle') {
      // The sender finished; if we were refused the lock meanwhile, our ratings may still wait.
      if (this.wantSync) this.trigger('peer');
      return;
    }
    const s = m.shared;
    const p: Partial<OutboxState> = {};
    if (s.syncing !== undefined && !this.running) p.syncing = s.syncing;
    if (s.lastSyncAt !== undefined) p.lastSyncAt = s.lastSyncAt ?? undefined;
    if (s.lastError !== undefined) p.lastError = s.lastError ? fromWire(s.lastError) : undefined;
    if (s.nextRetryAt !== undefined) p.nextRetryAt = s.nextRetryAt ?? undefined;
    if (s.persisted !== undefined) p.persisted = s.persisted;
    this.patch(p);
    void this.refresh();
  }

  private emit<K extends keyof RatingOutboxEventMap>(type: K, detail: RatingOutboxEventMap[K]['detail']): void {
    if (this.closed) return;
    this.dispatchEvent(new CustomEvent(type, { detail }));
  }

  private listen(target: EventTarget | undefined, type: string, fn: () => void): void {
    if (!target || typeof target.addEventListener !== 'function') return;
    target.addEventListener(type, fn);
    this.cleanups.push(() => target.removeEventListener(type, fn));
  }
}

// Typed addEventListener/removeEventListener for the outbox's events.
export interface RatingOutbox {
  addEventListener<K extends keyof RatingOutboxEventMap>(
    type: K,
    listener: (ev: RatingOutboxEventMap[K]) => void,
    options?: boolean | AddEventListenerOptions,
  ): void;
  addEventListener(type: string, listener: EventListenerOrEventListenerObject | null, options?: boolean | AddEventListenerOptions): void;
  removeEventListener<K extends keyof RatingOutboxEventMap>(
    type: K,
    listener: (ev: RatingOutboxEventMap[K]) => void,
    options?: boolean | EventListenerOptions,
  ): void;
  removeEventListener(type: string, listener: EventListenerOrEventListenerObject | null, options?: boolean | EventListenerOptions): void;
}

/**
 * Whether a failed send should be retried later rather than dead-lettered: network and offline
 * errors, 5xx, 408, 429, an unreadable answer (a captive portal's HTML page, a proxy error) and
 * local storage trouble. Only a deliberate 4xx from the server condemns a batch.
 */
export function isRetryable(err: DataError): boolean {
  if (err.retryable) return true;
  // An unattended tablet whose credentials expired must keep its ratings until someone fixes the
  // credentials, not bury every rating it holds.
  if (err.kind === 'http' && (err.status === 401 || err.status === 403)) return true;
  return err.kind === 'schema' || err.kind === 'aborted' || err.kind === 'storage' || err.kind === 'quota';
}

function wireError(e: DataError): ErrorWire {
  const w: ErrorWire = { kind: e.kind, message: e.message };
  if (e.status !== undefined) w.status = e.status;
  if (e.source !== undefined) w.source = e.source;
  return w;
}

function fromWire(w: ErrorWire): DataError {
  const init: { status?: number; source?: string } = {};
  if (w.status !== undefined) init.status = w.status;
  if (w.source !== undefined) init.source = w.source;
  return new DataError(w.kind, w.message, init);
}
