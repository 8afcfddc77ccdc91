import type { OrgData } from './schemas/org.js';
import type { Procedure } from './schemas/procedure.js';
import type { QueueSnapshot, QueueEvent, QueueCommand, QueueCommandResult } from './schemas/queue.js';
import type { Rating } from './schemas/rating.js';
import type { RatingBatchResponse } from './schemas/api.js';
import type { CaseFile, CasePublicStatus } from './schemas/case-file.js';
import type { Petition } from './schemas/petition.js';
import type { DataError } from './errors.js';

/**
 * Ports: the small interfaces widgets and controllers depend on. Every method takes an optional
 * AbortSignal and rejects only with {@link DataError}.
 */

/** Organisation tree, fields, counters and officers. */
export interface OrgPort {
  org(signal?: AbortSignal): Promise<OrgData>;
}

/** The procedure catalogue. */
export interface ProcedurePort {
  /** Every procedure in the catalogue (search indexes are built from this). */
  procedures(signal?: AbortSignal): Promise<Procedure[]>;
  /** One procedure by national code; rejects with `not_found` when unknown. */
  procedure(code: string, signal?: AbortSignal): Promise<Procedure>;
}

/** Live connection state of a stream. */
export type ConnectionState = 'connecting' | 'live' | 'reconnecting' | 'offline';

/** What a queue subscription delivers, in order: on every (re)connect a full snapshot first, then events. */
export type QueueMessage =
  | { type: 'snapshot'; snapshot: QueueSnapshot }
  | { type: 'event'; event: QueueEvent }
  | { type: 'heartbeat'; at: string; seq: number }
  | { type: 'state'; state: ConnectionState; attempt: number; retryInMs?: number }
  | { type: 'error'; error: DataError };

/** A unit's live queue. */
export interface QueuePort {
  snapshot(unitId: string, signal?: AbortSignal): Promise<QueueSnapshot>;
  /**
   * Streams the queue until `signal` aborts. Never rejects: failures arrive as `error` and `state`
   * messages and the port reconnects by itself.
   */
  subscribe(unitId: string, onMessage: (m: QueueMessage) => void, signal: AbortSignal): void;
  /** Applies an officer's command (counter console). */
  command(cmd: QueueCommand, signal?: AbortSignal): Promise<QueueCommandResult>;
}

/** Where the outbox delivers ratings. Must be idempotent by rating id. */
export interface RatingSinkPort {
  submitBatch(ratings: Rating[], signal?: AbortSignal): Promise<RatingBatchResponse>;
}

/** A period and optional unit filter; `from` inclusive, `to` exclusive, ISO date-times. */
export interface PeriodQuery {
  from: string;
  to: string;
  unitId?: string;
}

/** Stored ratings, for KPIs. */
export interface RatingQueryPort {
  ratings(query: PeriodQuery, signal?: AbortSignal): Promise<Rating[]>;
}

/** Case records (hồ sơ). */
export interface CasePort {
  /** Case records received in the period (or still open in it), delivered in chunks so large sets never sit in one array. */
  cases(query: PeriodQuery, signal?: AbortSignal): AsyncIterable<CaseFile[]>;
  /** What a citizen may see about one dossier; rejects with `not_found` when unknown. */
  caseStatus(code: string, signal?: AbortSignal): Promise<CasePublicStatus>;
}

/** Petitions (PAKN). */
export interface PetitionPort {
  petitions(query: PeriodQuery, signal?: AbortSignal): Promise<Petition[]>;
}

/** Everything a widget may ask of a back end. Sources implement all of it, or a subset composed with another source. */
export interface DataSource extends OrgPort, ProcedurePort, QueuePort, RatingSinkPort, RatingQueryPort, CasePort, PetitionPort {
  /** Short name for logs and status lines: `local`, `http`, `memory`, `static+local` … */
  readonly kind: string;
}
