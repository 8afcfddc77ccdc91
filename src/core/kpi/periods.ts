import { DAY, MINUTE, parseIso } from '../time/index.js';

/**
 * Reporting periods in a centre's local time (a fixed UTC offset: Vietnam has no daylight saving).
 * A period is half-open, `[from, to)`, in epoch milliseconds.
 */

/** Calendar units the KPI screens group by. Weeks are ISO weeks (Monday first). */
export type TimeUnit = 'day' | 'week' | 'month' | 'quarter' | 'year';

/** A half-open interval `[from, to)` of epoch milliseconds. */
export interface Period {
  from: number;
  to: number;
}

/** One time bucket of a period: its key (`2026-03`, `2026-Q1` …) and its part of the period. */
export interface TimeBucket extends Period {
  key: string;
}

const TIME_UNITS: readonly TimeUnit[] = ['day', 'week', 'month', 'quarter', 'year'];

/** Whether `s` names a calendar unit. */
export function isTimeUnit(s: string): s is TimeUnit {
  return (TIME_UNITS as readonly string[]).includes(s);
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** Local day number (days since 1970-01-01 local) → `[year, month 1–12, day 1–31]`. */
export function civilFromDay(day: number): [number, number, number] {
  const d = new Date(day * DAY);
  return [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()];
}

/** `[year, month 1–12, day]` → local day number. Months and days outside their range roll over. */
export function dayFromCivil(year: number, month: number, day: number): number {
  return Math.floor(Date.UTC(year, month - 1, day) / DAY);
}

/** The local day number on which the `unit` containing local day `day` starts. */
export function unitStartDay(day: number, unit: TimeUnit): number {
  if (unit === 'day') return day;
  if (unit === 'week') return day - ((((day + 3) % 7) + 7) % 7);
  const [y, m] = civilFromDay(day);
  if (unit === 'month') return dayFromCivil(y, m, 1);
  if (unit === 'quarter') return dayFromCivil(y, Math.floor((m - 1) / 3) * 3 + 1, 1);
  return dayFromCivil(y, 1, 1);
}

/** The local day number on which the `unit` after the one starting at `startDay` starts. */
export function nextUnitStartDay(startDay: number, unit: TimeUnit): number {
  if (unit === 'day') return startDay + 1;
  if (unit === 'week') return startDay + 7;
  const [y, m] = civilFromDay(startDay);
  if (unit === 'month') return dayFromCivil(y, m + 1, 1);
  if (unit === 'quarter') return dayFromCivil(y, m + 3, 1);
  return dayFromCivil(y + 1, 1, 1);
}

/** Key of the `unit` containing local day `day`: `2026-03-04`, `2026-W10`, `2026-03`, `2026-Q1`, `2026`. */
export function unitKeyOfDay(day: number, unit: TimeUnit): string {
  if (unit === 'week') {
    // The ISO week-year is the year of the week's Thursday.
    const monday = unitStartDay(day, 'week');
    const [wy] = civilFromDay(monday + 3);
    const week = Math.floor((monday + 3 - dayFromCivil(wy, 1, 1)) / 7) + 1;
    return `${wy}-W${pad(week)}`;
  }
  const [y, m, d] = civilFromDay(day);
  if (unit === 'day') return `${y}-${pad(m)}-${pad(d)}`;
  if (unit === 'month') return `${y}-${pad(m)}`;
  if (unit === 'quarter') return `${y}-Q${Math.floor((m - 1) / 3) + 1}`;
  return String(y);
}

/** Local day number of an instant. */
export function dayOf(epochMs: number, offsetMinutes: number): number {
  return Math.floor((epochMs + offsetMinutes * MINUTE) / DAY);
}

/** Epoch ms of local midnight starting local day `day`. */
export function dayStart(day: number, offsetMinutes: number): number {
  return day * DAY - offsetMinutes * MINUTE;
}

/** Key of the `unit` containing the instant, e.g. `periodKey(t, 'quarter', 420)` → `2026-Q1`. */
export function periodKey(epochMs: number, unit: TimeUnit, offsetMinutes: number): string {
  return unitKeyOfDay(dayOf(epochMs, offsetMinutes), unit);
}

/** The whole `unit` containing the instant. */
export function periodOf(epochMs: number, unit: TimeUnit, offsetMinutes: number): Period {
  const start = unitStartDay(dayOf(epochMs, offsetMinutes), unit);
  return { from: dayStart(start, offsetMinutes), to: dayStart(nextUnitStartDay(start, unit), offsetMinutes) };
}

const PERIOD_RE = /^(\d{4})(?:-(?:(\d{2})(?:-(\d{2}))?|Q([1-4])|W(\d{2})))?$/;

/**
 * Parses a period name in local time: `2026` (year), `2026-Q2` (quarter), `2026-03` (month),
 * `2026-W10` (ISO week), `2026-03-04` (day). Returns the period and its unit, or `undefined` for
 * anything else (including impossible dates such as `2026-02-30`).
 */
export function parsePeriod(spec: string, offsetMinutes: number): (Period & { unit: TimeUnit }) | undefined {
  const m = PERIOD_RE.exec(spec.trim());
  if (!m) return undefined;
  const y = Number(m[1]);
  let startDay: number;
  let unit: TimeUnit;
  if (m[4] !== undefined) {
    unit = 'quarter';
    startDay = dayFromCivil(y, (Number(m[4]) - 1) * 3 + 1, 1);
  } else if (m[5] !== undefined) {
    unit = 'week';
    const w = Number(m[5]);
    // Week 1 is the week containing 4 January.
    const week1 = unitStartDay(dayFromCivil(y, 1, 4), 'week');
    startDay = week1 + (w - 1) * 7;
    if (w < 1 || unitKeyOfDay(startDay, 'week') !== `${y}-W${pad(w)}`) return undefined;
  } else if (m[3] !== undefined) {
    unit = 'day';
    startDay = dayFromCivil(y, Number(m[2]), Number(m[3]));
    if (unitKeyOfDay(startDay, 'day') !== spec.trim()) return undefined;
  } else if (m[2] !== undefined) {
    unit = 'month';
    const mo = Number(m[2]);
    if (mo < 1 || mo > 12) return undefined;
    startDay = dayFromCivil(y, mo, 1);
  } else {
    unit = 'year';
    startDay = dayFromCivil(y, 1, 1);
  }
  return { from: dayStart(startDay, offsetMinutes), to: dayStart(nextUnitStartDay(startDay, unit), offsetMinutes), unit };
}

/**
 * An instant given as epoch ms or as an ISO string. A date-only string (`2026-03-01`) means local
 * midnight at `offsetMinutes`. Returns `undefined` for unparseable input.
 */
export function toInstant(value: number | string, offsetMinutes: number): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) {
    const p = parsePeriod(value, offsetMinutes);
    return p?.from;
  }
  const t = parseIso(value);
  return t !== undefined && Number.isFinite(t) ? t : undefined;
}

/**
 * The buckets of `unit` covering `period`, clipped to it: the first and last may be partial (their
 * key is still the whole unit's). Empty for an empty period.
 */
export function timeBuckets(period: Period, unit: TimeUnit, offsetMinutes: number): TimeBucket[] {
  const out: TimeBucket[] = [];
  if (!(period.to > period.from)) return out;
  let start = unitStartDay(dayOf(period.from, offsetMinutes), unit);
  for (;;) {
    const next = nextUnitStartDay(start, unit);
    const from = Math.max(period.from, dayStart(start, offsetMinutes));
    const to = Math.min(period.to, dayStart(next, offsetMinutes));
    if (from >= period.to) break;
    out.push({ key: unitKeyOfDay(start, unit), from, to });
    start = next;
  }
  return out;
}

/**
 * The period before `period`, for "trend vs previous period". When `period` is exactly a run of whole
 * `unit`s (e.g. a month, or Q1–Q2), it is the same number of units before it (so February follows
 * January's length, not March's); otherwise the same length immediately before.
 */
export function previousPeriod(period: Period, offsetMinutes: number, unit?: TimeUnit): Period {
  if (unit) {
    const buckets = timeBuckets(period, unit, offsetMinutes);
    const first = buckets[0];
    const last = buckets[buckets.length - 1];
    const aligned = first && last && periodOf(first.from, unit, offsetMinutes).from === period.from && periodOf(last.from, unit, offsetMinutes).to === period.to;
    if (aligned) {
      let start = unitStartDay(dayOf(period.from, offsetMinutes), unit);
      // Walk back as many units as the period spans.
      for (let i = 0; i < buckets.length; i++) start = unitStartDay(start - 1, unit);
      return { from: dayStart(start, offsetMinutes), to: period.from };
    }
  }
  return { from: period.from - (period.to - period.from), to: period.from };
}
