/**
 * Time helpers. Every function takes the time zone (or its offset) as an argument; nothing reads the
 * machine's zone or clock.
 */

/** The zone of every Vietnamese centre (UTC+7, no daylight saving). Passed in, never assumed. */
export const VN_TIME_ZONE = 'Asia/Ho_Chi_Minh';
export const MINUTE = 60_000;
export const HOUR = 3_600_000;
export const DAY = 86_400_000;

/** A source of time and timers, injected into everything that waits. */
export interface Clock {
  now(): number;
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

const offsetCache = new Map<string, number>();

/**
 * Offset of `timeZone` from UTC in minutes at instant `atMs` (e.g. 420 for Asia/Ho_Chi_Minh).
 * Cached per zone and hour, so it is cheap in loops.
 */
export function zoneOffsetMinutes(timeZone: string, atMs: number): number {
  const hourKey = `${timeZone}|${Math.floor(atMs / HOUR)}`;
  const hit = offsetCache.get(hourKey);
  if (hit !== undefined) return hit;
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric',
  }).formatToParts(atMs);
  const get = (t: string) => Number(parts.find((p) => p.type === t)?.value ?? 0);
  const asUtc = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  const off = Math.round((asUtc - Math.floor(atMs / 1000) * 1000) / MINUTE);
  if (offsetCache.size > 10_000) offsetCache.clear();
  offsetCache.set(hourKey, off);
  return off;
}

const d2 = (s: string, i: number) => (s.charCodeAt(i) - 48) * 10 + (s.charCodeAt(i + 1) - 48);

/**
 * Parses an ISO 8601 date-time to epoch ms. Fast path for `YYYY-MM-DDTHH:mm:ss[.sss](Z|±HH:mm)`,
 * falling back to `Date.parse`. Returns NaN for unparseable input, `undefined` for null/undefined.
 */
export function parseIso(s: string | null | undefined): number | undefined {
  if (s == null) return undefined;
  const n = s.length;
  if (n >= 20 && s.charCodeAt(4) === 45 && s.charCodeAt(7) === 45 && s.charCodeAt(10) === 84 && s.charCodeAt(13) === 58 && s.charCodeAt(16) === 58) {
    const year = d2(s, 0) * 100 + d2(s, 2);
    let i = 19;
    let ms = 0;
    if (s.charCodeAt(i) === 46) {
      let scale = 100;
      i++;
      while (i < n) {
        const c = s.charCodeAt(i);
        if (c < 48 || c > 57) break;
        ms += (c - 48) * scale;
        scale /= 10;
        i++;
      }
      ms = Math.floor(ms);
    }
    let off: number;
    const c = s.charCodeAt(i);
    if (c === 90 && i === n - 1) off = 0;
    else if ((c === 43 || c === 45) && i === n - 6 && s.charCodeAt(i + 3) === 58) off = (c === 45 ? -1 : 1) * (d2(s, i + 1) * 60 + d2(s, i + 4));
    else return Date.parse(s);
    const t = Date.UTC(year, d2(s, 5) - 1, d2(s, 8), d2(s, 11), d2(s, 14), d2(s, 17), ms) - off * MINUTE;
    return Number.isNaN(t) ? Date.parse(s) : t;
  }
  return Date.parse(s);
}

/** Formats epoch ms as ISO 8601 with the given offset, e.g. `2026-03-04T08:15:00+07:00`. */
export function toIso(epochMs: number, offsetMinutes: number): string {
  const d = new Date(epochMs + offsetMinutes * MINUTE);
  const p = (v: number, w = 2) => String(v).padStart(w, '0');
  const sign = offsetMinutes < 0 ? '-' : '+';
  const a = Math.abs(offsetMinutes);
  const off = offsetMinutes === 0 ? 'Z' : `${sign}${p(Math.floor(a / 60))}:${p(a % 60)}`;
  const msPart = d.getUTCMilliseconds() ? `.${p(d.getUTCMilliseconds(), 3)}` : '';
  return `${p(d.getUTCFullYear(), 4)}-${p(d.getUTCMonth() + 1)}-${p(d.getUTCDate())}T${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())}${msPart}${off}`;
}

/** Local calendar day number (days since 1970-01-01 in local time). */
export function localDay(epochMs: number, offsetMinutes: number): number {
  return Math.floor((epochMs + offsetMinutes * MINUTE) / DAY);
}

/** Local midnight (as epoch ms) of the day containing `epochMs`. */
export function startOfLocalDay(epochMs: number, offsetMinutes: number): number {
  return localDay(epochMs, offsetMinutes) * DAY - offsetMinutes * MINUTE;
}

/** `YYYY-MM-DD` of the local day containing `epochMs`. */
export function localDateKey(epochMs: number, offsetMinutes: number): string {
  return new Date(localDay(epochMs, offsetMinutes) * DAY).toISOString().slice(0, 10);
}

/** ISO weekday 1 (Monday) … 7 (Sunday) of the local day. */
export function localWeekday(epochMs: number, offsetMinutes: number): number {
  // 1970-01-01 was a Thursday (4).
  return ((((localDay(epochMs, offsetMinutes) + 3) % 7) + 7) % 7) + 1;
}

/** Working-day calendar of a centre. */
export interface WorkCalendar {
  /** UTC offset of the centre in minutes (420 for Vietnam). */
  offsetMinutes: number;
  /** ISO weekdays that are working days; Monday–Friday by default. */
  workDays?: readonly number[];
  /** Public holidays and compensatory days off, `YYYY-MM-DD`. */
  holidays?: ReadonlySet<string> | readonly string[];
}

function holidaySet(cal: WorkCalendar): ReadonlySet<string> {
  const h = cal.holidays;
  if (!h) return new Set();
  return h instanceof Set ? h : new Set(h as readonly string[]);
}

/** Whether the local day containing `epochMs` is a working day. */
export function isWorkingDay(epochMs: number, cal: WorkCalendar): boolean {
  const wd = localWeekday(epochMs, cal.offsetMinutes);
  if (!(cal.workDays ?? [1, 2, 3, 4, 5]).includes(wd)) return false;
  return !holidaySet(cal).has(localDateKey(epochMs, cal.offsetMinutes));
}

/**
 * Deadline `n` working days after `startMs`: the end (23:59:59.999 local) of the n-th working day
 * after the start day. `n = 0` is the end of the start day. Fractions round up to whole days.
 */
export function addWorkingDays(startMs: number, n: number, cal: WorkCalendar): number {
  const whole = Math.ceil(Math.max(0, n));
  let day = startOfLocalDay(startMs, cal.offsetMinutes);
  let left = whole;
  const holidays = holidaySet(cal);
  const workDays = cal.workDays ?? [1, 2, 3, 4, 5];
  const isWork = (ms: number) => workDays.includes(localWeekday(ms, cal.offsetMinutes)) && !holidays.has(localDateKey(ms, cal.offsetMinutes));
  while (left > 0) {
    day += DAY;
    if (isWork(day)) left--;
  }
  return day + DAY - 1;
}

/** Vietnamese public holidays (solar-calendar ones plus Tết and Hùng Kings' days), as `YYYY-MM-DD`, for 2024–2027. */
export const VN_HOLIDAYS: readonly string[] = [
  // 2024
  '2024-01-01', '2024-02-08', '2024-02-09', '2024-02-10', '2024-02-11', '2024-02-12', '2024-02-13', '2024-02-14',
  '2024-04-18', '2024-04-29', '2024-04-30', '2024-05-01', '2024-09-02', '2024-09-03',
  // 2025
  '2025-01-01', '2025-01-25', '2025-01-26', '2025-01-27', '2025-01-28', '2025-01-29', '2025-01-30', '2025-01-31', '2025-02-01', '2025-02-02',
  '2025-04-07', '2025-04-30', '2025-05-01', '2025-05-02', '2025-09-01', '2025-09-02',
  // 2026
  '2026-01-01', '2026-02-14', '2026-02-15', '2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20', '2026-02-21', '2026-02-22',
  '2026-04-26', '2026-04-27', '2026-04-30', '2026-05-01', '2026-09-01', '2026-09-02',
  // 2027
  '2027-01-01', '2027-02-04', '2027-02-05', '2027-02-06', '2027-02-07', '2027-02-08', '2027-02-09', '2027-02-10', '2027-02-11', '2027-02-12',
  '2027-04-16', '2027-04-30', '2027-05-01', '2027-09-01', '2027-09-02',
];
