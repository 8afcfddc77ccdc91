import type { CaseColumns } from '../core/kpi/columns.js';
import type { KpiOrgContext, KpiQuery, KpiResult, PetitionRow, RatingRow, TicketRow } from '../core/kpi/engine.js';
import type { ProcedureFact } from '../core/kpi/procedures.js';
import type { RatingFeedback, PetitionFeedback } from '../core/kpi/feedback.js';
import type { CaseInput } from '../core/kpi/columns.js';
import type { PeriodQuery } from '../data/ports.js';
import { DataError, isDataError, type DataErrorKind } from '../data/errors.js';

/**
 * Messages between {@link KpiWorkerClient} (main thread) and the KPI worker. Everything is
 * structured-cloneable; column buffers travel as transferables. Every request carries an `id`; the
 * worker answers with exactly one `ok` or `error` of that id, and `progress` messages before it.
 */

/** A working-day calendar as plain data. */
export interface CalendarData {
  offsetMinutes: number;
  workDays?: number[];
  holidays?: string[];
}

/** Ratings, petitions, tickets, catalogue facts and org context held next to the columns. */
export interface KpiSideData {
  procedures?: ProcedureFact[];
  ratings?: (RatingRow & RatingFeedback)[];
  petitions?: (PetitionRow & PetitionFeedback)[];
  tickets?: TicketRow[];
  org?: KpiOrgContext;
}

/** Where the worker fetches case records itself. */
export interface HttpCaseSource {
  /** API base, e.g. `http://127.0.0.1:8787/api/v1`. */
  api: string;
  query: PeriodQuery;
  /**
   * An NDJSON document of case records to read instead of `{api}/cases.ndjson` (a static export, a
   * CDN file, a `blob:` URL). Ratings, petitions, catalogue and org still come from `api`, unless
   * `sideData` is false.
   */
  url?: string;
  /** Fetch ratings, petitions, catalogue and org from `api` too (default true). */
  sideData?: boolean;
  /**
   * `fields` (default): NDJSON lines go straight into the columns builder, which checks every field it
   * keeps (ids, status and channel codes, time stamps, flags) and refuses malformed records.
   * `schema`: every record is validated against the full `CaseFile` zod schema first (slower).
   */
  validate?: 'fields' | 'schema';
  /** Records per progress step (default 2 000). */
  chunkSize?: number;
}

export type KpiRequest =
  | { id: number; type: 'load'; columns: CaseColumns }
  | { id: number; type: 'set'; data: KpiSideData }
  | { id: number; type: 'begin'; calendar: CalendarData }
  | { id: number; type: 'append'; cases: CaseInput[] }
  | { id: number; type: 'end' }
  | { id: number; type: 'ingest-http'; source: HttpCaseSource; calendar: CalendarData }
  | { id: number; type: 'query'; query: KpiQuery }
  | { id: number; type: 'export' }
  | { id: number; type: 'info' }
  | { id: number; type: 'cancel'; target: number };

/** What the host holds. */
export interface KpiInfo {
  records: number;
  rejected: number;
  /** Bytes of the column buffers. */
  bytes: number;
  ratings: number;
  petitions: number;
  tickets: number;
  procedures: number;
}

/** Result of an ingest or append session. */
export interface IngestSummary {
  records: number;
  rejected: number;
  /** First refusal reasons, for a status line. */
  rejections: { position: number; code: string | undefined; reason: string }[];
  /** Bytes read from the network (HTTP ingest). */
  bytes?: number;
  ms: number;
}

/** A DataError as plain data. */
export interface ErrorData {
  name: string;
  kind?: DataErrorKind;
  message: string;
  status?: number;
  source?: string;
}

export type KpiResponse =
  | { id: number; type: 'ok'; value?: KpiResult | IngestSummary | KpiInfo | CaseColumns | null }
  | { id: number; type: 'progress'; records: number; bytes?: number }
  | { id: number; type: 'error'; error: ErrorData };

/** Serialises anything thrown into {@link ErrorData}. */
export function errorData(e: unknown): ErrorData {
  if (isDataError(e)) {
    const out: ErrorData = { name: 'DataError', kind: e.kind, message: e.message };
    if (e.status !== undefined) out.status = e.status;
    if (e.source !== undefined) out.source = e.source;
    return out;
  }
  if (e instanceof Error) return { name: e.name, message: e.message };
  return { name: 'Error', message: String(e) };
}

/** Rebuilds an error thrown on the other side: a {@link DataError} when it was one, else an Error of the same name. */
export function errorFromData(d: ErrorData): Error {
  if (d.name === 'DataError' && d.kind) {
    return new DataError(d.kind, d.message, { ...(d.status !== undefined ? { status: d.status } : {}), ...(d.source !== undefined ? { source: d.source } : {}) });
  }
  const e = d.name === 'RangeError' ? new RangeError(d.message) : d.name === 'TypeError' ? new TypeError(d.message) : new Error(d.message);
  if (e.name !== d.name) e.name = d.name;
  return e;
}
