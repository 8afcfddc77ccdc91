import { formatDate, formatTime } from '../core/format/index.js';
import {
  dayOf, dayStart, nextUnitStartDay, parsePeriod, periodOf, previousPeriod, toInstant, unitStartDay,
  type Period, type TimeUnit,
} from '../core/kpi/periods.js';
import { DAY, VN_TIME_ZONE } from '../core/time/index.js';

/**
 * Reporting periods as the KPI elements' `period`, `from` and `to` attributes name them, resolved
 * against the current time. Pure: time and offset are arguments.
 */

/** Relative period names, resolved against "now" (so a wall left running rolls over by itself). */
export const RELATIVE_PERIODS = [
  'today', 'yesterday', 'this-week', 'last-week', 'this-month', 'last-month', 'this-quarter', 'last-quarter',
  'this-year', 'last-year', 'last-7-days', 'last-30-days', 'last-90-days', 'last-12-months',
] as const;
/** A relative period name. */
export type RelativePeriod = (typeof RELATIVE_PERIODS)[number];

/** What an element's attributes say about the period. */
export interface PeriodSpec {
  /** A relative name ({@link RELATIVE_PERIODS}) or a named period: `2026`, `2026-Q2`, `2026-03`, `2026-W10`, `2026-03-04`. */
  period?: string | undefined;
  /**
   * Start: a date `YYYY-MM-DD` (local midnight) or an ISO date-time. With `to`, overrides `period`.
   */
  from?: string | undefined;
  /** End: a date `YYYY-MM-DD` is **inclusive** (the whole day counts); an ISO date-time is exclusive. */
  to?: string | undefined;
}

/** A period resolved against now. */
export interface ResolvedPeriod extends Period {
  /** The calendar unit when the period is exactly one (a month, a quarter …). */
  unit?: TimeUnit;
  /** Whether now falls inside it (open dossiers are measured now, not at its end). */
  current: boolean;
  /** The instant open dossiers are measured at: the end, or now for a current period. */
  asOf: number;
  /**
   * The period to compare with: the previous one of the same unit (or length); for a current period
   * only its first part, as long as the elapsed part of this one, so month-to-date is compared with the
   * same days of last month, never with a whole month.
   */
  previous: Period;
  /** Whether {@link previous} is cut to the elapsed part. */
  previousPartial: boolean;
  /** The calendar unit of the history shown in sparklines and trend charts, and how far back it goes. */
  history: { unit: TimeUnit; from: number };
}

/** How many units of history sparklines and trend charts show: 30 days, 12 weeks, 12 months, 8 quarters, 5 years. */
export const HISTORY_LENGTH: Readonly<Record<TimeUnit, number>> = { day: 30, week: 12, month: 12, quarter: 8, year: 5 };

/** Start of a history of {@link HISTORY_LENGTH} `unit`s ending with the one that contains `at`. */
export function historyStart(at: number, unit: TimeUnit, offsetMinutes: number): number {
  let start = unitStartDay(dayOf(at, offsetMinutes), unit);
  for (let i = 1; i < HISTORY_LENGTH[unit]; i++) start = unitStartDay(start - 1, unit);
  return dayStart(start, offsetMinutes);
}

/** Order of the calendar units, finest first. */
export const UNIT_ORDER: Readonly<Record<TimeUnit, number>> = { day: 0, week: 1, month: 2, quarter: 3, year: 4 };

function relative(name: RelativePeriod, now: number, offset: number): (Period & { unit?: TimeUnit }) | undefined {
  const today = dayOf(now, offset);
  const whole = (unit: TimeUnit, back: number) => {
    let start = unitStartDay(today, unit);
    for (let i = 0; i < back; i++) start = unitStartDay(start - 1, unit);
    return { from: dayStart(start, offset), to: dayStart(nextUnitStartDay(start, unit), offset), unit };
  };
  const lastDays = (n: number) => ({ from: dayStart(today - n + 1, offset), to: dayStart(today + 1, offset) });
  switch (name) {
    case 'today': return whole('day', 0);
    case 'yesterday': return whole('day', 1);
    case 'this-week': return whole('week', 0);
    case 'last-week': return whole('week', 1);
    case 'this-month': return whole('month', 0);
    case 'last-month': return whole('month', 1);
    case 'this-quarter': return whole('quarter', 0);
    case 'last-quarter': return whole('quarter', 1);
    case 'this-year': return whole('year', 0);
    case 'last-year': return whole('year', 1);
    case 'last-7-days': return lastDays(7);
    case 'last-30-days': return lastDays(30);
    case 'last-90-days': return lastDays(90);
    case 'last-12-months': {
      const start = unitStartDay(today, 'month');
      let s = start;
      for (let i = 0; i < 11; i++) s = unitStartDay(s - 1, 'month');
      return { from: dayStart(s, offset), to: dayStart(nextUnitStartDay(start, 'month'), offset) };
    }
  }
}

/** Whether `s` names a relative period. */
export function isRelativePeriod(s: string): s is RelativePeriod {
  return (RELATIVE_PERIODS as readonly string[]).includes(s);
}

/** The default period of the KPI elements: the current month. */
export const DEFAULT_PERIOD: RelativePeriod = 'this-month';

/**
 * Resolves a spec at `now` (epoch ms) in a centre at UTC offset `offsetMinutes`. Returns `undefined`
 * for a spec that names no period (unknown name, unparseable or reversed dates).
 */
export function resolvePeriod(spec: PeriodSpec, now: number, offsetMinutes = 420): ResolvedPeriod | undefined {
  let base: (Period & { unit?: TimeUnit }) | undefined;
  const from = spec.from?.trim();
  const to = spec.to?.trim();
  if (from && to) {
    const f = toInstant(from, offsetMinutes);
    let t = toInstant(to, offsetMinutes);
    if (t !== undefined && /^\d{4}-\d{2}-\d{2}$/.test(to)) t = parsePeriod(to, offsetMinutes)?.to;
    if (f === undefined || t === undefined || !(t > f)) return undefined;
    base = { from: f, to: t };
  } else {
    const name = (spec.period?.trim() || DEFAULT_PERIOD).toLowerCase();
    if (isRelativePeriod(name)) base = relative(name, now, offsetMinutes);
    else {
      const p = parsePeriod(name.toUpperCase(), offsetMinutes);
      if (p) base = p;
    }
  }
  if (!base) return undefined;
  const current = now >= base.from && now < base.to;
  const asOf = Math.min(base.to, Math.max(base.from, now));
  const full = previousPeriod(base, offsetMinutes, base.unit);
  let previous = full;
  let previousPartial = false;
  if (current) {
    previous = { from: full.from, to: Math.min(full.to, full.from + (now - base.from)) };
    previousPartial = previous.to < full.to;
  }
  const history = historyOf(base, offsetMinutes);
  const out: ResolvedPeriod = { from: base.from, to: base.to, current, asOf, previous, previousPartial, history };
  if (base.unit) out.unit = base.unit;
  return out;
}

function historyOf(p: Period & { unit?: TimeUnit }, offset: number): { unit: TimeUnit; from: number } {
  if (p.unit) return { unit: p.unit, from: historyStart(p.from, p.unit, offset) };
  // A free range: its own buckets, about 7 to 31 of them.
  const days = (p.to - p.from) / DAY;
  const unit: TimeUnit = days <= 31 ? 'day' : days <= 200 ? 'week' : days <= 1000 ? 'month' : 'quarter';
  return { unit, from: periodOf(p.from, unit, offset).from };
}

/**
 * The range of data to load for a period: from the start of the month holding the earliest instant
 * needed (history, previous period) to the period's end. Month-aligned, so elements showing the same
 * period with different histories still share one load.
 */
export function fetchRange(p: ResolvedPeriod, offsetMinutes = 420, options: { history?: boolean; previous?: boolean; from?: number } = {}): Period {
  let from = Math.min(p.from, options.from ?? p.from);
  if (options.previous !== false) from = Math.min(from, p.previous.from);
  if (options.history !== false) from = Math.min(from, p.history.from);
  return { from: periodOf(from, 'month', offsetMinutes).from, to: p.to };
}

const two = (n: number) => String(n).padStart(2, '0');

/** A period for people: `Tháng 03/2026`, `Quý 1/2026`, `Năm 2026`, `Tuần 10/2026`, `04/03/2026`, or a date range. */
export function periodLabel(p: ResolvedPeriod, lang: string, offsetMinutes = 420): string {
  const vi = lang !== 'en';
  const day = (t: number) => formatDate(t, lang, VN_TIME_ZONE);
  const local = new Date(p.from + offsetMinutes * 60_000);
  const y = local.getUTCFullYear();
  const m = local.getUTCMonth() + 1;
  switch (p.unit) {
    case 'day': return day(p.from);
    case 'month': return vi ? `Tháng ${two(m)}/${y}` : `${two(m)}/${y}`;
    case 'quarter': return vi ? `Quý ${Math.floor((m - 1) / 3) + 1}/${y}` : `Q${Math.floor((m - 1) / 3) + 1} ${y}`;
    case 'year': return vi ? `Năm ${y}` : `${y}`;
    case 'week': return `${day(p.from)} – ${day(p.to - 1)}`;
    default: return `${day(p.from)} – ${day(p.to - 1)}`;
  }
}

/** "so far" text of a current period: `đến 14:05 27/11/2026` / `to 14:05 27/11/2026`. */
export function asOfLabel(p: ResolvedPeriod, lang: string): string {
  const at = `${formatTime(p.asOf, lang, VN_TIME_ZONE)} ${formatDate(p.asOf, lang, VN_TIME_ZONE)}`;
  return lang === 'en' ? `to ${at}` : `đến ${at}`;
}
