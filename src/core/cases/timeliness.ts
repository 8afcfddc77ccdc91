import { addWorkingDays, localDay, parseIso, type WorkCalendar } from '../time/index.js';

/**
 * On-time rules for dossiers (DOMAIN §6.3, the Decision 766 technical note):
 * - processing ends at the first terminal-ish event, in priority order: processed (9) > returned (10) >
 *   stopped/refused (8/3) > withdrawn after acceptance (7);
 * - supplement periods are excluded; a dossier still waiting for a supplement ends at the request;
 * - more than one supplement request makes the dossier late;
 * - with no appointment date, the legal limit in working days from reception applies;
 * - dossiers still open are measured at `asOf` (period end, or now for the current period).
 */

/** Timeliness of a dossier: early (finished on a day before the appointment day), on time, late. */
export type Timeliness = 'early' | 'on_time' | 'late';

/** Numeric view of the fields the rules need (epoch ms; `undefined` when absent). */
export interface TimelinessInput {
  status: number;
  receivedAt: number;
  dueAt?: number | undefined;
  rescheduledDueAt?: number | undefined;
  legalDays?: number | undefined;
  processedAt?: number | undefined;
  returnedAt?: number | undefined;
  closedAt?: number | undefined;
  /** Supplement periods, as [requestedAt, completedAt | undefined]. */
  supplements: ReadonlyArray<readonly [number, number | undefined]>;
}

export interface TimelinessOptions {
  /** Instant open dossiers are measured at: the end of the reporting period, or now. */
  asOf: number;
  /** Working-day calendar, for dossiers with no appointment date. */
  calendar: WorkCalendar;
  /**
   * Which appointment counts when a dossier was rescheduled (Mẫu 04 apology): `original` (default: the
   * apology does not make a late dossier on time) or `rescheduled`.
   */
  reschedule?: 'original' | 'rescheduled';
}

export interface TimelinessResult {
  /** Whether processing has ended (at `asOf`). */
  finished: boolean;
  /** Processing end minus excluded supplement time (epoch ms); `asOf` based for open dossiers. */
  effectiveEnd: number;
  /** Deadline used (epoch ms). */
  deadline: number;
  /** Total excluded supplement time (ms). */
  supplementMs: number;
  /** Counted as on time (≤ deadline) for the national KPI. */
  onTime: boolean;
  /** early / on_time / late for display. Open dossiers that are not late yet are `on_time`. */
  timeliness: Timeliness;
  /** Why a dossier is late, when it is. */
  lateReason?: 'after_deadline' | 'multiple_supplements';
}

/** Terminal or "processing ended" statuses. */
export function processingEnd(c: Pick<TimelinessInput, 'status' | 'processedAt' | 'returnedAt' | 'closedAt'>): number | undefined {
  if (c.processedAt !== undefined) return c.processedAt;
  if (c.returnedAt !== undefined) return c.returnedAt;
  if (c.closedAt !== undefined && (c.status === 3 || c.status === 7 || c.status === 8)) return c.closedAt;
  return undefined;
}

/**
 * Evaluates one dossier against the on-time rules. Returns `undefined` for dossiers that never entered
 * processing (status 1 not yet received, or refused at the desk: 3), which the KPI leaves out.
 */
export function evaluateTimeliness(c: TimelinessInput, opts: TimelinessOptions): TimelinessResult | undefined {
  if (c.status === 1 || c.status === 3) return undefined;
  const off = opts.calendar.offsetMinutes;
  const end0 = processingEnd(c);
  // Events after asOf have not happened yet from the period's point of view.
  const finished = end0 !== undefined && end0 <= opts.asOf;
  const horizon = finished ? end0 : opts.asOf;
  let end = horizon;

  let supplementMs = 0;
  let waitingSince: number | undefined;
  for (const [req, done] of c.supplements) {
    if (req > end) continue;
    if (done === undefined || done > end) {
      waitingSince = waitingSince === undefined ? req : Math.min(waitingSince, req);
    } else supplementMs += done - req;
  }
  // Still waiting for the citizen: the request time counts as the end.
  if (waitingSince !== undefined) end = waitingSince;
  const effectiveEnd = end - supplementMs;

  const due = opts.reschedule === 'rescheduled' && c.rescheduledDueAt !== undefined ? c.rescheduledDueAt : c.dueAt;
  const deadline = due ?? addWorkingDays(c.receivedAt, c.legalDays ?? 0, opts.calendar);

  const supplementsRequested = c.supplements.filter(([req]) => req <= horizon).length;
  if (supplementsRequested > 1) {
    return { finished, effectiveEnd, deadline, supplementMs, onTime: false, timeliness: 'late', lateReason: 'multiple_supplements' };
  }
  if (effectiveEnd > deadline) {
    return { finished, effectiveEnd, deadline, supplementMs, onTime: false, timeliness: 'late', lateReason: 'after_deadline' };
  }
  const early = finished && localDay(effectiveEnd, off) < localDay(deadline, off);
  return { finished, effectiveEnd, deadline, supplementMs, onTime: true, timeliness: early ? 'early' : 'on_time' };
}

/** Wire-shaped fields of a case file that the rules read. */
export interface CaseTimingFields {
  status: number;
  receivedAt: string;
  dueAt?: string | null | undefined;
  rescheduledDueAt?: string | null | undefined;
  legalDays?: number | null | undefined;
  processedAt?: string | null | undefined;
  returnedAt?: string | null | undefined;
  closedAt?: string | null | undefined;
  supplements: ReadonlyArray<{ requestedAt: string; completedAt?: string | null | undefined }>;
}

/** Converts wire timestamps to the numeric input of {@link evaluateTimeliness}. */
export function timingInput(c: CaseTimingFields): TimelinessInput {
  return {
    status: c.status,
    receivedAt: parseIso(c.receivedAt) ?? NaN,
    dueAt: parseIso(c.dueAt),
    rescheduledDueAt: parseIso(c.rescheduledDueAt),
    legalDays: c.legalDays ?? undefined,
    processedAt: parseIso(c.processedAt),
    returnedAt: parseIso(c.returnedAt),
    closedAt: parseIso(c.closedAt),
    supplements: c.supplements.map((s) => [parseIso(s.requestedAt) ?? NaN, parseIso(s.completedAt)] as const),
  };
}

/** {@link evaluateTimeliness} on a wire-shaped case file. */
export function caseTimeliness(c: CaseTimingFields, opts: TimelinessOptions): TimelinessResult | undefined {
  return evaluateTimeliness(timingInput(c), opts);
}
