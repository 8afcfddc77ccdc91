import { parseIso, isWorkingDay, localDay, DAY, type WorkCalendar } from '../../core/time/index.js';
import { caseTimeliness, type Timeliness } from '../../core/cases/timeliness.js';
import type { CasePublicStatus } from '../../data/schemas/case-file.js';

/**
 * The lifecycle of one dossier as a citizen follows it (DOMAIN §6.1): what has happened, where it is
 * now, what is still to come. Pure: built from the public status and an instant.
 */

/** A stage of the lifecycle. */
export type StageKey = 'submitted' | 'received' | 'processing' | 'supplement' | 'fee' | 'processed' | 'returned' | 'refused' | 'withdrawn' | 'stopped';

/** One stage on the timeline. */
export interface Stage {
  key: StageKey;
  state: 'done' | 'current' | 'upcoming';
  /** When it happened (epoch ms), for done and current stages when known. */
  at?: number;
  /** For supplement and fee stages: when the citizen supplemented or paid. */
  resolvedAt?: number;
  /** For supplements: 1 for the first request, 2 for the second … */
  nth?: number;
  /** The stage ends the lifecycle (returned, refused, withdrawn, stopped). */
  final?: boolean;
}

const TERMINAL: Readonly<Record<number, StageKey>> = { 3: 'refused', 7: 'withdrawn', 8: 'stopped' };

/** The status a stage key stands for in the current-stage decision. */
function currentKey(status: number): StageKey {
  switch (status) {
    case 1: return 'submitted';
    case 2: return 'received';
    case 5: return 'supplement';
    case 6: return 'fee';
    case 9: return 'processed';
    case 10: return 'returned';
    case 3: return 'refused';
    case 7: return 'withdrawn';
    case 8: return 'stopped';
    default: return 'processing';
  }
}

/**
 * The timeline of a dossier: submission (online or postal dossiers only), reception, processing, each
 * supplement request, the financial obligation (when requested), result ready, result returned; a
 * refusal, withdrawal or stop ends it instead. Stages before the current one are done, the rest
 * upcoming; times come from the status history and the dated fields.
 */
export function buildTimeline(s: CasePublicStatus): Stage[] {
  const firstAt = (status: number) => {
    const h = s.history.find((x) => x.status === status);
    return h ? parseIso(h.at) : undefined;
  };
  const received = parseIso(s.receivedAt);
  const stages: Stage[] = [];
  const terminal = TERMINAL[s.status];
  // Refused at reception (3) never was received; a withdrawal (7) may come before reception too.
  const notYetReceived = s.status === 1 || s.status === 3 || (s.status === 7 && firstAt(2) === undefined && firstAt(4) === undefined);
  if (s.channel !== 1) stages.push({ key: 'submitted', state: 'done', ...at(firstAt(1) ?? (notYetReceived ? received : undefined)) });
  if (!(terminal && notYetReceived)) {
    stages.push({ key: 'received', state: 'done', ...at(notYetReceived ? undefined : firstAt(2) ?? received) });
    stages.push({ key: 'processing', state: 'done', ...at(firstAt(4)) });
  }
  const pauses: Stage[] = s.supplements.map((sup, i) => ({
    key: 'supplement' as const, state: 'done' as const, nth: i + 1, ...at(parseIso(sup.requestedAt)), ...(sup.completedAt ? { resolvedAt: parseIso(sup.completedAt)! } : {}),
  }));
  if (s.feeRequestedAt || s.status === 6) {
    pauses.push({ key: 'fee', state: 'done', ...at(parseIso(s.feeRequestedAt) ?? firstAt(6)), ...(s.feePaidAt ? { resolvedAt: parseIso(s.feePaidAt)! } : {}) });
  }
  // Supplement requests and the fee request in the order they happened.
  pauses.sort((a, b) => (a.at ?? Infinity) - (b.at ?? Infinity));
  stages.push(...pauses);
  if (terminal) {
    stages.push({ key: terminal, state: 'current', final: true, ...at(parseIso(s.closedAt) ?? firstAt(s.status)) });
  } else {
    stages.push({ key: 'processed', state: 'done', ...at(parseIso(s.processedAt) ?? firstAt(9)) });
    stages.push({ key: 'returned', state: 'done', final: true, ...at(parseIso(s.returnedAt) ?? firstAt(10)) });
  }
  // Everything up to the current stage is done; after it, upcoming. A supplement stage is current only
  // while its request is open (the last one, status 5).
  const key = currentKey(s.status);
  let current = -1;
  for (let i = stages.length - 1; i >= 0; i--) {
    if (stages[i]!.key === key) {
      current = i;
      break;
    }
  }
  if (current < 0) current = stages.findIndex((x) => x.key === 'processing');
  stages.forEach((x, i) => {
    x.state = i < current ? 'done' : i === current ? 'current' : 'upcoming';
    if (x.state === 'upcoming') {
      delete x.at;
      delete x.resolvedAt;
    }
  });
  return stages;
}

function at(ms: number | undefined): { at?: number } {
  return ms === undefined || Number.isNaN(ms) ? {} : { at: ms };
}

/** The citizen-facing verdict on timing. */
export interface TimingVerdict {
  /** `early` / `on_time` / `late` by the national rules (the original appointment counts), or `none` when there is no appointment or nothing to judge. */
  timeliness: Timeliness | 'none';
  /** Processing has ended (result ready or returned). */
  finished: boolean;
  /** The appointment on the receipt (epoch ms). */
  dueAt?: number;
  /** The new appointment after an apology, if any. */
  rescheduledDueAt?: number;
  /** When processing ended, for finished dossiers. */
  endedAt?: number;
  /** Working days from now until the appointment in force (0 on the day itself), for open dossiers not late. */
  workingDaysLeft?: number;
  /** The clock is stopped because the dossier waits for a supplement. */
  paused: boolean;
}

/**
 * Early / on time / late for a citizen, with `core/cases/timeliness` (the original appointment
 * counts, as for the national KPI; a new appointment after an apology is shown beside it). Refused,
 * withdrawn and stopped dossiers, and those without an appointment, get `none`.
 */
export function timingVerdict(s: CasePublicStatus, now: number, calendar: WorkCalendar): TimingVerdict {
  const dueAt = parseIso(s.dueAt);
  const rescheduledDueAt = parseIso(s.rescheduledDueAt);
  const base = { ...(dueAt !== undefined ? { dueAt } : {}), ...(rescheduledDueAt !== undefined ? { rescheduledDueAt } : {}), paused: s.status === 5 };
  if (dueAt === undefined || s.status === 1 || s.status === 3 || s.status === 7 || s.status === 8) return { timeliness: 'none', finished: false, ...base };
  const r = caseTimeliness({ ...s, legalDays: null }, { asOf: now, calendar, reschedule: 'original' });
  if (!r) return { timeliness: 'none', finished: false, ...base };
  const out: TimingVerdict = { timeliness: r.timeliness, finished: r.finished, ...base };
  if (r.finished) out.endedAt = r.effectiveEnd + r.supplementMs;
  else if (r.timeliness !== 'late' || rescheduledDueAt !== undefined) {
    const target = rescheduledDueAt ?? dueAt;
    if (target >= now) out.workingDaysLeft = workingDaysBetween(now, target, calendar);
  }
  return out;
}

/** Working days after the day of `from` up to and including the day of `to` (0 when the same day). */
export function workingDaysBetween(from: number, to: number, calendar: WorkCalendar): number {
  const off = calendar.offsetMinutes;
  let n = 0;
  for (let d = localDay(from, off) + 1; d <= localDay(to, off); d++) {
    if (isWorkingDay(d * DAY - off * 60_000 + 12 * 3_600_000, calendar)) n++;
  }
  return n;
}
