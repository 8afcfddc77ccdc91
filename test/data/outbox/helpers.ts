import { createStore, type UseStore } from 'idb-keyval';
import type { Clock } from '../../../src/core/time/index.js';
import { DataError } from '../../../src/data/errors.js';
import type { RatingSinkPort } from '../../../src/data/ports.js';
import type { RatingBatchResponse, RatingRejection } from '../../../src/data/schemas/api.js';
import type { Rating } from '../../../src/data/schemas/rating.js';

/**
 * A clock whose time moves only when the test says so. Timers fire in time order on `advance`.
 * The outbox takes a Clock precisely so that backoff can be checked without waiting for it.
 */
export class FakeClock implements Clock {
  private t: number;
  private seq = 0;
  private readonly timers = new Map<number, { at: number; fn: () => void }>();

  constructor(start = Date.UTC(2026, 2, 4, 1, 0, 0)) {
    this.t = start;
  }

  now(): number {
    return this.t;
  }

  setTimeout(fn: () => void, ms: number): unknown {
    const id = ++this.seq;
    this.timers.set(id, { at: this.t + Math.max(0, ms), fn });
    return id;
  }

  clearTimeout(handle: unknown): void {
    this.timers.delete(handle as number);
  }

  /** Timers still waiting. */
  get pending(): number {
    return this.timers.size;
  }

  /** Moves time forward by `ms`, firing every timer due on the way. */
  advance(ms: number): void {
    const end = this.t + ms;
    for (;;) {
      let next: [number, { at: number; fn: () => void }] | undefined;
      for (const e of this.timers) if (e[1].at <= end && (!next || e[1].at < next[1].at)) next = e;
      if (!next) break;
      this.timers.delete(next[0]);
      this.t = next[1].at;
      next[1].fn();
    }
    this.t = end;
  }
}

let dbCounter = 0;
/** A database name no other test uses. */
export function uniqueDb(label: string): string {
  return `hcc-test-outbox-${label}-${Date.now().toString(36)}-${++dbCounter}-${Math.random().toString(36).slice(2, 8)}`;
}

/** Deletes a test database (after the outboxes on it are closed). */
export function deleteDb(name: string): Promise<void> {
  return new Promise((resolve) => {
    const r = indexedDB.deleteDatabase(name);
    r.onsuccess = r.onerror = r.onblocked = () => resolve();
  });
}

/** The outbox's idb-keyval store, opened the way a second page would open it. */
export function rawStore(dbName: string): UseStore {
  return createStore(dbName, 'kv');
}

/** A valid rating; `i` makes the id, ticket and time unique and increasing. */
export function makeRating(i: number, over: Partial<Rating> = {}): Rating {
  const hex = i.toString(16).padStart(12, '0');
  const at = new Date(Date.UTC(2026, 2, 4, 1, 0, 0) + i * 1000).toISOString();
  return {
    id: `6f1c2a9e-4b7d-4c1e-9a3f-${hex}`,
    createdAt: at,
    unitId: 'hl-hcc',
    counterId: 'q01',
    ticket: `A${1000 + i}`,
    scale: 3,
    level: i % 3 === 0 ? 'dissatisfied' : 'very_satisfied',
    reasons: i % 3 === 0 ? ['slow'] : [],
    lang: 'vi',
    deviceId: 'tablet-01',
    ...over,
  };
}

/**
 * Stands in for the reference server's `POST /ratings/batch` in unit tests (the real server is used
 * in test/integration/outbox): stores by id, answers known ids as duplicates, and refuses a second
 * rating for a ticket already rated, as the HTTP contract says.
 */
export class LocalRatingServer implements RatingSinkPort {
  readonly stored = new Map<string, Rating>();
  private readonly tickets = new Map<string, string>();
  /** Every batch received, as arrays of ids. */
  readonly batches: string[][] = [];
  /** Ids received again after they were stored. */
  readonly resent: string[] = [];
  /** Called before a batch is handled; throw from it to fail the request. */
  before: ((ratings: Rating[]) => void | Promise<void>) | undefined;

  async submitBatch(ratings: Rating[]): Promise<RatingBatchResponse> {
    this.batches.push(ratings.map((r) => r.id));
    await this.before?.(ratings);
    const out: RatingBatchResponse = { accepted: [], duplicates: [], rejected: [] };
    for (const r of ratings) {
      if (this.stored.has(r.id)) {
        this.resent.push(r.id);
        out.duplicates.push(r.id);
        continue;
      }
      const ticketKey = r.ticket ? `${r.unitId}|${r.ticket}` : undefined;
      if (ticketKey && this.tickets.has(ticketKey)) {
        const rej: RatingRejection = { id: r.id, code: 'duplicate-ticket', reason: `Ticket ${r.ticket} was already rated` };
        out.rejected.push(rej);
        continue;
      }
      this.stored.set(r.id, r);
      if (ticketKey) this.tickets.set(ticketKey, r.id);
      out.accepted.push(r.id);
    }
    return out;
  }

  /** Forgets a ticket, as if an operator cleared a wrong rating on the server. */
  releaseTicket(unitId: string, ticket: string): void {
    this.tickets.delete(`${unitId}|${ticket}`);
  }
}

/** An HTTP failure as the HTTP adapter reports it. */
export function httpError(status: number): DataError {
  return new DataError('http', `HTTP ${status}`, { status, source: '/api/v1/ratings/batch' });
}
