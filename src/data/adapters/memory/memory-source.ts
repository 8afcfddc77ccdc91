import * as z from 'zod/mini';
import type { Clock } from '../../../core/time/index.js';
import { parseIso } from '../../../core/time/index.js';
import { applyCommand, applyEvent, emptySnapshot, type QueueContext } from '../../../core/queue/engine.js';
import type { ConnectionState, DataSource, PeriodQuery, QueueMessage } from '../../ports.js';
import { DataError, parseOrThrow, parseWith, type DataErrorKind } from '../../errors.js';
import { OrgData } from '../../schemas/org.js';
import { Procedure } from '../../schemas/procedure.js';
import { QueueCommand, QueueEvent, QueueSnapshot, type QueueCommandResult } from '../../schemas/queue.js';
import { Rating } from '../../schemas/rating.js';
import { MAX_RATING_BATCH, type RatingBatchResponse, type RatingRejection } from '../../schemas/api.js';
import { CaseFile, type CasePublicStatus } from '../../schemas/case-file.js';
import { Petition } from '../../schemas/petition.js';
import { DossierCode } from '../../schemas/common.js';
import { systemClock } from '../http/runtime.js';

/** Settings and contents of a {@link MemorySource}. Every array is validated on construction. */
export interface MemorySourceOptions {
  org: OrgData;
  procedures?: Procedure[];
  cases?: CaseFile[];
  ratings?: Rating[];
  petitions?: Petition[];
  /** Starting queue state per unit; units without one start empty (counters open, no tickets). */
  snapshots?: QueueSnapshot[];
  /** Time for queue commands (default: the real clock). */
  clock?: Clock;
  /** UTC offset of the centre in minutes (default 420, Vietnam). */
  offsetMinutes?: number;
  /** Epoch of queue states created here (default `memory`). */
  epoch?: string;
  /** Case records per chunk of {@link MemorySource.cases} (default 2 000). */
  chunkSize?: number;
}

interface Subscriber {
  unitId: string;
  onMessage: (m: QueueMessage) => void;
  /** Set once the first snapshot went out; events before that are already part of it. */
  ready: boolean;
}

const MAX_ITEMS = 1_000_000;

/**
 * An in-memory {@link DataSource} built from plain arrays, for tests, stories and consumers' own
 * tests. It behaves like the HTTP contract: the queue runs the same engine as the reference server,
 * `subscribe` sends a snapshot first (again after every simulated reconnect) and then events,
 * refused commands reject (`not_found`, `http` 409 or 400), and `submitBatch` follows the contract's
 * idempotency rules. Drivers for stories and tests: {@link emit}, {@link setConnectionState},
 * {@link failNext}.
 */
export class MemorySource implements DataSource {
  readonly kind = 'memory';
  private readonly org_: OrgData;
  private readonly procedures_: Procedure[];
  private readonly cases_: CaseFile[];
  private readonly ratings_: Rating[];
  private readonly petitions_: Petition[];
  private readonly snapshots = new Map<string, QueueSnapshot>();
  private readonly subscribers = new Set<Subscriber>();
  private readonly ratingIds = new Set<string>();
  /** `unit|t|ticket` and `unit|d|dossier` keys of stored ratings (one rating per ticket/dossier). */
  private readonly ratedVisits = new Set<string>();
  private readonly failures: { kind: DataErrorKind; status?: number }[] = [];
  private readonly clock: Clock;
  private readonly offsetMinutes: number;
  private readonly epoch: string;
  private readonly chunkSize: number;
  private connection: ConnectionState = 'live';
  private attempt = 0;

  constructor(options: MemorySourceOptions) {
    this.org_ = parseOrThrow(OrgData, options.org, 'MemorySource org');
    this.procedures_ = parseOrThrow(z.array(Procedure).check(z.maxLength(MAX_ITEMS)), options.procedures ?? [], 'MemorySource procedures');
    // Kept in the reference server's order: by time, then by code or id.
    this.cases_ = byTime(parseOrThrow(z.array(CaseFile).check(z.maxLength(MAX_ITEMS)), options.cases ?? [], 'MemorySource cases'), (c) => c.receivedAt, (c) => c.code);
    this.petitions_ = byTime(parseOrThrow(z.array(Petition).check(z.maxLength(MAX_ITEMS)), options.petitions ?? [], 'MemorySource petitions'), (p) => p.receivedAt, (p) => p.id);
    this.ratings_ = [];
    for (const r of parseOrThrow(z.array(Rating).check(z.maxLength(MAX_ITEMS)), options.ratings ?? [], 'MemorySource ratings')) this.store(r);
    for (const s of parseOrThrow(z.array(QueueSnapshot).check(z.maxLength(5000)), options.snapshots ?? [], 'MemorySource snapshots')) this.snapshots.set(s.unitId, s);
    this.clock = options.clock ?? systemClock;
    this.offsetMinutes = options.offsetMinutes ?? 420;
    this.epoch = options.epoch ?? 'memory';
    this.chunkSize = Math.max(1, options.chunkSize ?? 2_000);
  }

  // ── Drivers ────────────────────────────────────────────────────────────────

  /**
   * Folds a queue event into its unit's state (events at or below the current `seq` are ignored,
   * as the engine does) and sends it to live subscribers of that unit. Throws a `schema` DataError
   * for an invalid event: a broken fixture should fail the test that uses it.
   */
  emit(event: QueueEvent): void {
    const e = parseOrThrow(QueueEvent, event, 'MemorySource.emit');
    const before = this.queueOf(e.unitId);
    const after = applyEvent(before, e);
    if (after === before) return;
    this.snapshots.set(e.unitId, after);
    this.broadcast(e.unitId, [e]);
  }

  /**
   * Simulates the stream's connection. Every subscriber gets a `state` message; while not `live`
   * no events are delivered, and going back to `live` sends a fresh snapshot first, as a server
   * does on every reconnect.
   */
  setConnectionState(state: ConnectionState): void {
    const was = this.connection;
    this.connection = state;
    this.attempt = state === 'live' ? 0 : this.attempt + 1;
    for (const sub of this.subscribers) {
      sub.onMessage({ type: 'state', state, attempt: this.attempt });
      if (state === 'live' && was !== 'live') this.sendSnapshot(sub);
    }
  }

  /**
   * Makes the next `times` request calls (everything but `subscribe`) reject with a DataError of
   * `kind`. `http` defaults to status 500 and `not_found` to 404.
   */
  failNext(kind: DataErrorKind, options: { times?: number; status?: number } = {}): void {
    const status = options.status ?? (kind === 'http' ? 500 : kind === 'not_found' ? 404 : undefined);
    for (let i = 0; i < (options.times ?? 1); i++) this.failures.push(status === undefined ? { kind } : { kind, status });
  }

  /** Current state of the connection simulated by {@link setConnectionState}. */
  get connectionState(): ConnectionState {
    return this.connection;
  }

  // ── Ports ──────────────────────────────────────────────────────────────────

  /** The organisation given to the constructor. */
  async org(signal?: AbortSignal): Promise<OrgData> {
    this.gate('org', signal);
    return this.org_;
  }

  /** Every procedure given to the constructor. */
  async procedures(signal?: AbortSignal): Promise<Procedure[]> {
    this.gate('procedures', signal);
    return [...this.procedures_];
  }

  /** One procedure by code; `not_found` when unknown. */
  async procedure(code: string, signal?: AbortSignal): Promise<Procedure> {
    this.gate('procedure', signal);
    const p = this.procedures_.find((x) => x.ma_thu_tuc === code);
    if (!p) throw new DataError('not_found', `Unknown procedure ${code}`, { status: 404, source: 'memory:procedure' });
    return p;
  }

  /** The unit's queue state; `not_found` for a unit that is not in the organisation. */
  async snapshot(unitId: string, signal?: AbortSignal): Promise<QueueSnapshot> {
    this.gate('snapshot', signal);
    return this.queueOf(unitId);
  }

  /**
   * Sends `connecting`, then (when the simulated connection is live) `live` and the unit's snapshot
   * on a later microtask, then every event for the unit until `signal` aborts.
   */
  subscribe(unitId: string, onMessage: (m: QueueMessage) => void, signal: AbortSignal): void {
    if (signal.aborted) return;
    const sub: Subscriber = { unitId, onMessage: (m) => { if (!signal.aborted) onMessage(m); }, ready: false };
    this.subscribers.add(sub);
    signal.addEventListener('abort', () => this.subscribers.delete(sub), { once: true });
    queueMicrotask(() => {
      if (signal.aborted) return;
      sub.onMessage({ type: 'state', state: 'connecting', attempt: 0 });
      if (!this.org_.units.some((u) => u.id === unitId)) {
        sub.onMessage({ type: 'error', error: new DataError('not_found', `Unknown unit ${unitId}`, { status: 404, source: `memory:queue/${unitId}` }) });
        return;
      }
      sub.onMessage({ type: 'state', state: this.connection, attempt: this.attempt });
      if (this.connection === 'live') this.sendSnapshot(sub);
    });
  }

  /**
   * Runs a command through the queue engine at the clock's time and sends its events to subscribers.
   * Rejects with `http` 400 for an invalid command, `not_found` for an unknown counter or service,
   * `http` 409 when the command is not allowed now (e.g. the counter is paused).
   */
  async command(cmd: QueueCommand, signal?: AbortSignal): Promise<QueueCommandResult> {
    this.gate('command', signal);
    const parsed = parseWith(QueueCommand, cmd, 'memory:queue/commands');
    if (!parsed.ok) throw new DataError('http', parsed.error.message, { status: 400, source: 'memory:queue/commands', ...(parsed.error.issues ? { issues: parsed.error.issues } : {}) });
    const c = parsed.value;
    const unitId = c.type === 'issue' ? c.unitId : this.org_.counters.find((x) => x.id === c.counterId)?.unitId;
    if (unitId === undefined) throw new DataError('not_found', `Unknown counter ${'counterId' in c ? c.counterId : ''}`, { status: 404, source: 'memory:queue/commands' });
    const ctx: QueueContext = { now: this.clock.now(), offsetMinutes: this.offsetMinutes, org: this.org_ };
    const outcome = applyCommand(this.queueOf(unitId), c, ctx);
    if (!outcome.ok) {
      const status = outcome.code === 'not_found' ? 404 : outcome.code === 'conflict' ? 409 : 400;
      throw new DataError(outcome.code === 'not_found' ? 'not_found' : 'http', outcome.message, { status, source: 'memory:queue/commands' });
    }
    this.snapshots.set(unitId, outcome.snapshot);
    this.broadcast(unitId, outcome.events);
    return { ok: true, events: outcome.events };
  }

  /**
   * Stores ratings per the contract: each validated on its own (`rejected`, code `schema`); a known
   * id is a duplicate, not stored again; another rating for an already rated ticket or dossier of the
   * same unit is rejected (`duplicate-ticket`). More than 500 rejects the whole batch (`http` 400).
   */
  async submitBatch(ratings: Rating[], signal?: AbortSignal): Promise<RatingBatchResponse> {
    this.gate('submitBatch', signal);
    if (ratings.length > MAX_RATING_BATCH) throw new DataError('http', `A batch holds at most ${MAX_RATING_BATCH} ratings`, { status: 400, source: 'memory:ratings/batch' });
    const out: RatingBatchResponse = { accepted: [], duplicates: [], rejected: [] };
    ratings.forEach((input, index) => {
      const rawId = (input as { id?: unknown } | null)?.id;
      const id = typeof rawId === 'string' ? rawId.slice(0, 200) : `#${index}`;
      const parsed = parseWith(Rating, input, `memory:ratings/batch [${index}]`);
      if (!parsed.ok) return out.rejected.push(rejection(id, 'schema', parsed.error.message));
      const r = parsed.value;
      if (this.ratingIds.has(r.id)) return out.duplicates.push(r.id);
      if (this.visitKeys(r).some((k) => this.ratedVisits.has(k))) return out.rejected.push(rejection(r.id, 'duplicate-ticket', 'This ticket or dossier has already been rated'));
      this.store(r);
      return out.accepted.push(r.id);
    });
    return out;
  }

  /** Stored ratings created in `[from, to)`, oldest first; `unitId` covers the unit and the units below it. */
  async ratings(query: PeriodQuery, signal?: AbortSignal): Promise<Rating[]> {
    this.gate('ratings', signal);
    const inPeriod = period(query);
    const units = this.unitFilter(query.unitId);
    return this.ratings_
      .filter((r) => (!units || units.has(r.unitId)) && inPeriod(parseIso(r.createdAt)))
      .sort((a, b) => (parseIso(a.createdAt) ?? 0) - (parseIso(b.createdAt) ?? 0) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  }

  /**
   * Case records received before `to` and not finished before `from` (received in the period, or
   * still open in it), in reception order and in chunks; `unitId` covers the unit and the units below it.
   */
  cases(query: PeriodQuery, signal?: AbortSignal): AsyncIterable<CaseFile[]> {
    const self = this;
    return {
      async *[Symbol.asyncIterator]() {
        self.gate('cases', signal);
        const units = self.unitFilter(query.unitId);
        const from = parseIso(query.from) ?? -Infinity;
        const to = parseIso(query.to) ?? Infinity;
        let chunk: CaseFile[] = [];
        for (const c of self.cases_) {
          if (units && !units.has(c.unitId)) continue;
          const received = parseIso(c.receivedAt) ?? 0;
          if (received >= to) continue;
          const end = Math.max(parseIso(c.processedAt) ?? -Infinity, parseIso(c.returnedAt) ?? -Infinity, parseIso(c.closedAt) ?? -Infinity);
          if (received < from && end !== -Infinity && end < from) continue;
          chunk.push(c);
          if (chunk.length >= self.chunkSize) {
            yield chunk;
            chunk = [];
            if (signal?.aborted) throw new DataError('aborted', 'Aborted: memory:cases', { source: 'memory:cases' });
          }
        }
        if (chunk.length > 0) yield chunk;
      },
    };
  }

  /** What a citizen may see of a dossier; `http` 400 for a malformed code, `not_found` when unknown. */
  async caseStatus(code: string, signal?: AbortSignal): Promise<CasePublicStatus> {
    this.gate('caseStatus', signal);
    if (!DossierCode.safeParse(code).success) throw new DataError('http', `Malformed dossier code ${code}`, { status: 400, source: 'memory:cases/status' });
    const c = this.cases_.find((x) => x.code === code);
    if (!c) throw new DataError('not_found', `Unknown dossier ${code}`, { status: 404, source: 'memory:cases/status' });
    const procedureName = this.procedures_.find((p) => p.ma_thu_tuc === c.procedureCode)?.ten_thu_tuc;
    const unitName = this.org_.units.find((u) => u.id === c.unitId)?.name;
    return {
      code: c.code, procedureCode: c.procedureCode, unitId: c.unitId, channel: c.channel, status: c.status, receivedAt: c.receivedAt,
      ...(procedureName !== undefined ? { procedureName } : {}),
      ...(unitName !== undefined ? { unitName } : {}),
      dueAt: c.dueAt ?? null, rescheduledDueAt: c.rescheduledDueAt ?? null, rescheduleNote: c.rescheduleNote ?? null,
      processedAt: c.processedAt ?? null, returnedAt: c.returnedAt ?? null, closedAt: c.closedAt ?? null,
      supplements: c.supplements, feeRequestedAt: c.feeRequestedAt ?? null, feePaidAt: c.feePaidAt ?? null, history: c.history,
    };
  }

  /** Petitions received in `[from, to)`, oldest first; `unitId` covers the unit and the units below it. */
  async petitions(query: PeriodQuery, signal?: AbortSignal): Promise<Petition[]> {
    this.gate('petitions', signal);
    const inPeriod = period(query);
    const units = this.unitFilter(query.unitId);
    return this.petitions_.filter((p) => (!units || units.has(p.unitId)) && inPeriod(parseIso(p.receivedAt)));
  }

  // ── Internals ──────────────────────────────────────────────────────────────

  /** Rejects an aborted call, or one {@link failNext} asked to fail. */
  private gate(name: string, signal?: AbortSignal): void {
    if (signal?.aborted) throw new DataError('aborted', `Aborted: memory:${name}`, { source: `memory:${name}` });
    const f = this.failures.shift();
    if (f) throw new DataError(f.kind, `Injected ${f.kind} failure: memory:${name}`, { source: `memory:${name}`, ...(f.status !== undefined ? { status: f.status } : {}) });
  }

  /** The unit and every unit below it, as the server's `unitId` filter; `not_found` for an unknown unit. */
  private unitFilter(unitId: string | undefined): Set<string> | undefined {
    if (unitId === undefined) return undefined;
    if (!this.org_.units.some((u) => u.id === unitId)) throw new DataError('not_found', `Unknown unit ${unitId}`, { status: 404, source: 'memory:query' });
    const out = new Set([unitId]);
    for (let grew = true; grew; ) {
      grew = false;
      for (const u of this.org_.units) {
        if (u.parentId != null && out.has(u.parentId) && !out.has(u.id)) {
          out.add(u.id);
          grew = true;
        }
      }
    }
    return out;
  }

  private queueOf(unitId: string): QueueSnapshot {
    const s = this.snapshots.get(unitId);
    if (s) return s;
    if (!this.org_.units.some((u) => u.id === unitId)) throw new DataError('not_found', `Unknown unit ${unitId}`, { status: 404, source: `memory:queue/${unitId}` });
    const empty = emptySnapshot(unitId, this.epoch, { now: this.clock.now(), offsetMinutes: this.offsetMinutes, org: this.org_ });
    this.snapshots.set(unitId, empty);
    return empty;
  }

  private sendSnapshot(sub: Subscriber): void {
    sub.ready = true;
    sub.onMessage({ type: 'snapshot', snapshot: this.queueOf(sub.unitId) });
  }

  private broadcast(unitId: string, events: readonly QueueEvent[]): void {
    if (this.connection !== 'live') return;
    for (const sub of this.subscribers) {
      if (sub.unitId !== unitId || !sub.ready) continue;
      for (const event of events) sub.onMessage({ type: 'event', event });
    }
  }

  private visitKeys(r: Rating): string[] {
    const keys: string[] = [];
    if (r.ticket) keys.push(`${r.unitId}|t|${r.ticket}`);
    if (r.dossierCode) keys.push(`${r.unitId}|d|${r.dossierCode}`);
    return keys;
  }

  private store(r: Rating): void {
    if (this.ratingIds.has(r.id)) return;
    this.ratingIds.add(r.id);
    for (const k of this.visitKeys(r)) this.ratedVisits.add(k);
    this.ratings_.push(r);
  }
}

function rejection(id: string, code: RatingRejection['code'], reason: string): RatingRejection {
  return { id, code, reason: reason.slice(0, 500) };
}

function byTime<T>(items: T[], time: (x: T) => string, key: (x: T) => string): T[] {
  return items
    .map((x) => ({ x, t: parseIso(time(x)) ?? 0, k: key(x) }))
    .sort((a, b) => a.t - b.t || (a.k < b.k ? -1 : a.k > b.k ? 1 : 0))
    .map((e) => e.x);
}

/** `[from, to)` test on epoch ms. */
function period(q: PeriodQuery): (t: number | undefined) => boolean {
  const from = parseIso(q.from) ?? -Infinity;
  const to = parseIso(q.to) ?? Infinity;
  return (t) => t !== undefined && t >= from && t < to;
}
