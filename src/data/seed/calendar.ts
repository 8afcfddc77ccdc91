import { DAY, HOUR, MINUTE, addWorkingDays, parseIso, toIso, type WorkCalendar } from '../../core/time/index.js';

/** A date given to the generator: epoch ms, an ISO date-time with offset, or a local `YYYY-MM-DD` (midnight). */
export type DateInput = number | string;

/** Resolves a {@link DateInput} to epoch ms. Throws RangeError for anything unparseable. */
export function resolveDate(input: DateInput, offsetMinutes: number): number {
  if (typeof input === 'number') {
    if (!Number.isFinite(input)) throw new RangeError(`not a finite time: ${input}`);
    return input;
  }
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(input);
  if (m) return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) - offsetMinutes * MINUTE;
  const t = parseIso(input);
  if (t === undefined || Number.isNaN(t)) throw new RangeError(`not an ISO date or date-time: "${input}"`);
  return t;
}

const TWO = Array.from({ length: 100 }, (_, i) => String(i).padStart(2, '0'));

// Office hours of a one-stop desk, as minutes of the local day: 07:30–11:30 and 13:30–17:00.
/** Desk opens, 07:30 (minute of the local day). */
export const MORNING_START = 450;
/** Lunch break starts, 11:30. */
export const MORNING_END = 690;
/** Desk reopens, 13:30. */
export const AFTERNOON_START = 810;
/** Desk closes, 17:00. */
export const AFTERNOON_END = 1020;
/** Office minutes per working day. */
export const OFFICE_MINUTES = MORNING_END - MORNING_START + AFTERNOON_END - AFTERNOON_START;

/** Minute of the day for an office minute (0 = 07:30, 240 = 13:30, 450 = 17:00). */
export function officeClock(officeMinute: number): number {
  return officeMinute < MORNING_END - MORNING_START ? MORNING_START + officeMinute : AFTERNOON_START + officeMinute - (MORNING_END - MORNING_START);
}

/** Office minutes elapsed at a minute of the day (clamped to 0 … {@link OFFICE_MINUTES}). */
export function officeIndex(minuteOfDay: number): number {
  if (minuteOfDay <= MORNING_START) return 0;
  if (minuteOfDay <= MORNING_END) return minuteOfDay - MORNING_START;
  if (minuteOfDay <= AFTERNOON_START) return MORNING_END - MORNING_START;
  if (minuteOfDay <= AFTERNOON_END) return MORNING_END - MORNING_START + minuteOfDay - AFTERNOON_START;
  return OFFICE_MINUTES;
}

/**
 * Local-day arithmetic for the generator, memoised: a year of dossiers asks for the same few hundred
 * days and deadlines tens of thousands of times. Days are numbered like `localDay` in core/time.
 */
export class SeedCalendar {
  readonly offsetMinutes: number;
  readonly calendar: WorkCalendar;
  private readonly offsetMs: number;
  private readonly holidays: ReadonlySet<string>;
  private readonly working = new Map<number, boolean>();
  private readonly keys = new Map<number, string>();
  private readonly due = new Map<number, number>();
  private readonly prefixes = new Map<number, string>();
  private readonly times: Array<string | undefined> = new Array<string | undefined>(86_400);
  private readonly suffix: string;

  constructor(offsetMinutes: number, holidays: readonly string[]) {
    this.offsetMinutes = offsetMinutes;
    this.offsetMs = offsetMinutes * MINUTE;
    this.holidays = new Set(holidays);
    this.calendar = { offsetMinutes, holidays: this.holidays };
    // Same offset text as toIso.
    this.suffix = toIso(0, offsetMinutes).slice(19);
  }

  /** Local day number of an instant. */
  dayOf(ms: number): number {
    return Math.floor((ms + this.offsetMs) / DAY);
  }

  /** Local midnight of a day, as epoch ms. */
  dayStart(day: number): number {
    return day * DAY - this.offsetMs;
  }

  /** `YYYY-MM-DD` of a day. */
  dateKey(day: number): string {
    let k = this.keys.get(day);
    if (k === undefined) {
      k = new Date(day * DAY).toISOString().slice(0, 10);
      this.keys.set(day, k);
    }
    return k;
  }

  /** ISO weekday, 1 (Monday) … 7 (Sunday). */
  weekday(day: number): number {
    return ((((day + 3) % 7) + 7) % 7) + 1;
  }

  /** Whether the day is a working day: Monday–Friday and not a holiday of the calendar. */
  isWorking(day: number): boolean {
    let w = this.working.get(day);
    if (w === undefined) {
      w = this.weekday(day) <= 5 && !this.holidays.has(this.dateKey(day));
      this.working.set(day, w);
    }
    return w;
  }

  /** The first working day strictly after `day`. */
  nextWorking(day: number): number {
    let d = day + 1;
    while (!this.isWorking(d)) d++;
    return d;
  }

  /** `day` itself when it is a working day, else the next one. */
  workingOnOrAfter(day: number): number {
    return this.isWorking(day) ? day : this.nextWorking(day);
  }

  /** The k-th working day after `day` (k = 0: `day` itself). */
  addWorking(day: number, k: number): number {
    let d = day;
    for (let i = 0; i < k; i++) d = this.nextWorking(d);
    return d;
  }

  /**
   * Appointment time for a dossier received at `receivedMs` with `days` working days: 17:00 local on the
   * day `addWorkingDays` (core/time) ends on.
   */
  dueAt(receivedMs: number, days: number): number {
    const key = this.dayOf(receivedMs) * 4096 + days;
    let v = this.due.get(key);
    if (v === undefined) {
      v = this.dayStart(this.dayOf(addWorkingDays(receivedMs, days, this.calendar))) + 17 * HOUR;
      this.due.set(key, v);
    }
    return v;
  }

  /**
   * Same text as `toIso(ms, offsetMinutes)`, faster for whole seconds: the date part is cached per day
   * and the time-and-offset part per second of the day, so a stamp costs one concatenation.
   */
  iso(ms: number): string {
    if (ms % 1000 !== 0) return toIso(ms, this.offsetMinutes);
    const local = ms + this.offsetMs;
    const day = Math.floor(local / DAY);
    const s = (local - day * DAY) / 1000;
    let prefix = this.prefixes.get(day);
    if (prefix === undefined) {
      prefix = `${this.dateKey(day)}T`;
      this.prefixes.set(day, prefix);
    }
    let time = this.times[s];
    if (time === undefined) {
      const h = Math.floor(s / 3600);
      const m = Math.floor((s - h * 3600) / 60);
      time = `${TWO[h]}:${TWO[m]}:${TWO[s - h * 3600 - m * 60]}${this.suffix}`;
      this.times[s] = time;
    }
    return prefix + time;
  }

  /** `YYMMDD` of a day, as in dossier codes. */
  yymmdd(day: number): string {
    const k = this.dateKey(day);
    return k.slice(2, 4) + k.slice(5, 7) + k.slice(8, 10);
  }

  /** `dd/MM/yyyy` of a day, as printed on Vietnamese forms. */
  ddmmyyyy(day: number): string {
    const k = this.dateKey(day);
    return `${k.slice(8, 10)}/${k.slice(5, 7)}/${k.slice(0, 4)}`;
  }
}
