import type { CaseFile } from '../../data/schemas/case-file.js';
import { addWorkingDays, localDay, type WorkCalendar } from '../time/index.js';
import type { Timeliness, TimelinessResult } from '../cases/timeliness.js';
import { dayFromCivil } from './periods.js';

/**
 * Columnar, typed-array form of case records (hồ sơ) for aggregation over a million dossiers.
 *
 * Each record is a row index `i`. Ids are dictionary-encoded (small integers with the string tables
 * alongside); instants are whole seconds since 1970-01-01 UTC in `Uint32Array`s (valid until 2106),
 * {@link NONE} when absent. Everything the on-time rules of `core/cases/timeliness.ts` read is kept,
 * precomputed at ingest where it does not depend on the reporting period:
 * - `end`: the processing end, by the rules' priority (processed 9 > returned 10 > refused/stopped/
 *   withdrawn 3/8/7);
 * - `due`: the appointment date, or when there is none the legal deadline (`legalDays` working days
 *   after reception in the builder's calendar, flagged {@link CASE_FLAG.legalDeadline});
 * - rescheduled appointments (rare) and supplement periods (a minority, sometimes several per dossier)
 *   in sparse side tables sorted by row, so open dossiers can be measured exactly at any period end;
 * - for dossiers whose processing has ended, the result of the rules at that end (`finish`) and the
 *   resolution time, which no later period end changes: queries only evaluate dossiers still open.
 *
 * Memory: 39 bytes per record in the dense columns plus 8 bytes per rescheduled dossier and 12 bytes per
 * supplement request. Sub-second parts of time stamps are dropped at ingest (the contract's time stamps
 * are whole seconds; a dossier is never judged on milliseconds).
 *
 * The object holds only typed arrays, numbers and string arrays, so it is structured-cloneable and its
 * buffers ({@link caseColumnsTransferables}) move to and from a Worker without copying.
 */
export interface CaseColumns {
  /** Number of records. */
  readonly length: number;
  /** UTC offset of the centre (minutes) used for local days and legal deadlines. */
  readonly offsetMinutes: number;
  /** Working days (ISO weekdays) of the calendar the legal deadlines were computed with. */
  readonly workDays: readonly number[];
  /** Holidays (`YYYY-MM-DD`) of that calendar. */
  readonly holidays: readonly string[];
  /** Dictionaries: index → id. Index 0 is `''` (unknown / none) in each. */
  readonly units: readonly string[];
  readonly fields: readonly string[];
  readonly procedures: readonly string[];
  readonly officers: readonly string[];
  /** Agency prefixes of dossier codes (`H49.50.13`). */
  readonly agencies: readonly string[];
  readonly unit: Uint16Array;
  readonly field: Uint16Array;
  readonly procedure: Uint16Array;
  readonly officer: Uint16Array;
  readonly agency: Uint16Array;
  /** Reception day and daily sequence of the dossier code (`days since 2000-01-01 × 10 000 + seq`), {@link NONE} if unparseable. */
  readonly codeKey: Uint32Array;
  /** Status code 1–10. */
  readonly status: Uint8Array;
  /** Channel 1 direct, 2 online, 3 postal. */
  readonly channel: Uint8Array;
  /** {@link CASE_FLAG} bits. */
  readonly flags: Uint16Array;
  /** Reception (start of the legal clock), seconds. */
  readonly received: Uint32Array;
  /** Processing end, seconds, or {@link NONE}. */
  readonly end: Uint32Array;
  /** Appointment or legal deadline, seconds (whole second; `.999` implied when flagged legal). */
  readonly due: Uint32Array;
  /** Rows with a rescheduled appointment (ascending) and that appointment, seconds. */
  readonly reschedRow: Uint32Array;
  readonly reschedAt: Uint32Array;
  /** Supplement requests: row (ascending), requested and completed (or {@link NONE}) seconds; by request time within a row. */
  readonly supRow: Uint32Array;
  readonly supRequested: Uint32Array;
  readonly supCompleted: Uint32Array;
  /**
   * The on-time evaluation of a dossier once its processing has ended (it no longer depends on the
   * period): bits 0–1 code with the original appointment, 2–3 with the rescheduled one (0 early,
   * 1 on time, 2 late, 3 late by several supplement requests), 4–5 supplement requests before the end
   * (3 = three or more). 0 for dossiers without a processing end (never read).
   */
  readonly finish: Uint8Array;
  /** Resolution time of a dossier ended with a result: effective end − reception, seconds; {@link NONE} otherwise. */
  readonly resolution: Uint32Array;
  /** The same in working days of the calendar (days after the reception day up to the end day); 0xffff otherwise. */
  readonly resolutionDays: Uint16Array;
  /**
   * Per record, the attributes no period changes as {@link PROFILE} bits. Bits 0–6 and 7–12 never
   * combine in one counter, so a query counts each part in a small per-group histogram: two
   * increments per dossier instead of one per attribute.
   */
  readonly profile: Uint16Array;
  /** Records the builder refused (malformed); they are not in the columns. */
  readonly rejected: number;
}

/**
 * Bits of a profile (see {@link CaseColumns.profile}): bits 0–6 are the channel, fee and result part,
 * 7–12 the data-reuse part, 13 whether processing ended with a result.
 */
export const PROFILE = {
  /** Bits 0–1: channel 1–3. */
  channel: 3,
  hasFee: 1 << 2,
  /** Fee paid online (DVCQG or local gateway). */
  paid: 1 << 3,
  paperResult: 1 << 4,
  eResult: 1 << 5,
  digitised: 1 << 6,
  reusedData: 1 << 7,
  personalStore: 1 << 8,
  citizenData: 1 << 9,
  synced: 1 << 10,
  rescheduled: 1 << 11,
  withSupplement: 1 << 12,
  endWithResult: 1 << 13,
} as const;

/** Marks an absent instant in the time columns. */
export const NONE = 0xffffffff;

/** Bits of {@link CaseColumns.flags}. */
export const CASE_FLAG = {
  hasFee: 1 << 0,
  /** Paid online through Cổng DVCQG (DuocThanhToanTrucTuyen = 1). */
  paidDvcqg: 1 << 1,
  /** Paid online through the local payment gateway (= 2). */
  paidLocal: 1 << 2,
  digitised: 1 << 3,
  eResult: 1 << 4,
  paperResult: 1 << 5,
  reusedData: 1 << 6,
  personalStore: 1 << 7,
  citizenData: 1 << 8,
  synced: 1 << 9,
  /** `due` is a legal deadline (the end of a working day, 23:59:59.999 local), not an appointment. */
  legalDeadline: 1 << 10,
  /** Processing ended with a result (processed or returned), not by refusal, stop or withdrawal. */
  endWithResult: 1 << 11,
} as const;

/** The case-file fields the columns keep (a {@link CaseFile} qualifies). */
export type CaseInput = Pick<
  CaseFile,
  | 'code' | 'procedureCode' | 'unitId' | 'fieldId' | 'channel' | 'status' | 'receivedAt' | 'dueAt' | 'legalDays'
  | 'rescheduledDueAt' | 'processedAt' | 'returnedAt' | 'closedAt' | 'supplements' | 'hasFee' | 'onlinePayment'
  | 'digitised' | 'eResult' | 'paperResult' | 'reusedData' | 'personalStore' | 'citizenData' | 'synced' | 'officerId'
>;

/** Why the builder refused a record. */
export interface CaseRejection {
  /** Position of the record among everything appended (0-based). */
  position: number;
  code: string | undefined;
  reason: string;
}

/** Settings of a {@link CaseColumnsBuilder}. */
export interface CaseColumnsOptions {
  /** The centre's working-day calendar, for legal deadlines of dossiers without an appointment date. */
  calendar: WorkCalendar;
  /** Initial capacity in records (grows by doubling). */
  capacity?: number;
}

const DAY_2000 = dayFromCivil(2000, 1, 1);
/** Room for the dossier-key of {@link joinKey}: codeKey < 2^29 (≈ 100 years of days × 10 000). */
const KEY_SPAN = 2 ** 29;

/**
 * Splits a dossier code `AGENCY-YYMMDD-NNNN` (Circular 01/2018 Art. 19) into its agency prefix and a
 * numeric key `days since 2000-01-01 × 10 000 + NNNN`. `undefined` when the code has another shape.
 */
export function splitDossierCode(code: string): { agency: string; key: number } | undefined {
  const key = dossierKey(code);
  return key < 0 ? undefined : { agency: code.slice(0, code.length - 12), key };
}

/** The numeric key of {@link splitDossierCode}, or -1; allocation-free for the ingest loop. */
function dossierKey(code: string): number {
  const a = code.length - 12;
  if (a <= 0 || code.charCodeAt(a) !== 45 || code.charCodeAt(a + 7) !== 45) return -1;
  const d = (k: number) => code.charCodeAt(a + k) - 48;
  let seq = 0;
  for (let k = 8; k < 12; k++) {
    const x = d(k);
    if (x < 0 || x > 9) return -1;
    seq = seq * 10 + x;
  }
  for (let k = 1; k < 7; k++) {
    const x = d(k);
    if (x < 0 || x > 9) return -1;
  }
  const mm = d(3) * 10 + d(4);
  const dd = d(5) * 10 + d(6);
  if (mm < 1 || mm > 12 || dd < 1 || dd > 31) return -1;
  return (dayFromCivil(2000 + d(1) * 10 + d(2), mm, dd) - DAY_2000) * 10_000 + seq;
}

/** A number identifying a dossier code within some columns (agency index and code key), for joins. */
export function joinKey(agencyIndex: number, codeKey: number): number {
  return agencyIndex * KEY_SPAN + codeKey;
}

class Dict {
  readonly list: string[] = [''];
  private readonly map = new Map<string, number>([['', 0]]);
  index(s: string): number {
    let i = this.map.get(s);
    if (i === undefined) {
      if (this.list.length > 0xffff) return -1;
      i = this.list.length;
      this.list.push(s);
      this.map.set(s, i);
    }
    return i;
  }
}

type Growable = Uint8Array | Uint16Array | Uint32Array;

function grow<T extends Growable>(a: T, size: number): T {
  const next = new (a.constructor as new (n: number) => T)(size);
  next.set(a);
  return next;
}

const seconds = (ms: number): number => Math.floor(ms / 1000);

const two = (s: string, i: number) => (s.charCodeAt(i) - 48) * 10 + (s.charCodeAt(i + 1) - 48);
const digit = (s: string, i: number) => {
  const d = s.charCodeAt(i) - 48;
  return d >= 0 && d <= 9;
};

/** Days from 1970-01-01 to a proleptic Gregorian date (Howard Hinnant's days_from_civil). */
function daysFromCivil(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
/** Positions of the digits in `YYYY-MM-DDTHH:mm:ss`. */
const DIGITS_AT = [0, 1, 2, 3, 5, 6, 8, 9, 11, 12, 14, 15, 17, 18];

/**
 * Whole seconds since 1970 of an ISO 8601 date-time `YYYY-MM-DDTHH:mm:ss[.fff](Z|±HH:mm)` (the
 * contract's format), or NaN. Unlike `parseIso` it refuses impossible fields (month 13, 30 February,
 * hour 25) instead of rolling them over, and it allocates nothing: ingest parses millions of these.
 * Fractions of a second are dropped (floor), as everywhere in the columns.
 */
export function isoSeconds(s: string): number {
  if (typeof s !== 'string') return NaN;
  const n = s.length;
  if (n < 20 || s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45 || s.charCodeAt(10) !== 84 || s.charCodeAt(13) !== 58 || s.charCodeAt(16) !== 58) return NaN;
  for (let k = 0; k < DIGITS_AT.length; k++) if (!digit(s, DIGITS_AT[k] as number)) return NaN;
  const y = two(s, 0) * 100 + two(s, 2);
  const mo = two(s, 5);
  const d = two(s, 8);
  const h = two(s, 11);
  const mi = two(s, 14);
  const sec = two(s, 17);
  if (mo < 1 || mo > 12 || d < 1 || h > 23 || mi > 59 || sec > 59) return NaN;
  const leap = y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
  if (d > (mo === 2 && leap ? 29 : (MONTH_DAYS[mo - 1] as number))) return NaN;
  let i = 19;
  if (s.charCodeAt(i) === 46) {
    i++;
    const start = i;
    while (i < n && digit(s, i)) i++;
    if (i === start) return NaN;
  }
  let off: number;
  const c = s.charCodeAt(i);
  if (c === 90 && i === n - 1) off = 0;
  else if ((c === 43 || c === 45) && i === n - 6 && s.charCodeAt(i + 3) === 58 && digit(s, i + 1) && digit(s, i + 2) && digit(s, i + 4) && digit(s, i + 5)) {
    off = (c === 45 ? -1 : 1) * (two(s, i + 1) * 60 + two(s, i + 4));
  } else return NaN;
  return daysFromCivil(y, mo, d) * 86_400 + h * 3600 + mi * 60 + sec - off * 60;
}

/** {@link isoSeconds} in epoch ms (whole seconds), for the builder's arithmetic. */
function strictIso(s: string): number {
  return isoSeconds(s) * 1000;
}

/** An optional time stamp: `undefined` when absent, NaN when malformed or outside the Uint32 seconds range. */
function stamp(v: string | null | undefined): number | undefined {
  if (v == null) return undefined;
  const t = strictIso(v);
  return validSeconds(seconds(t)) ? t : NaN;
}
const validSeconds = (s: number): boolean => Number.isFinite(s) && s >= 0 && s < NONE;

/**
 * Builds {@link CaseColumns} from case records appended in chunks (as `CasePort.cases()` yields them),
 * then {@link seal}s them into exact-size buffers. Malformed records (missing ids, unknown status or
 * channel, unparseable time stamps, more than 65 535 distinct ids of a kind) are counted and skipped,
 * never guessed; the first few reasons are kept in {@link rejections}.
 */
export class CaseColumnsBuilder {
  private n = 0;
  private cap: number;
  private unit: Uint16Array;
  private field: Uint16Array;
  private procedure: Uint16Array;
  private officer: Uint16Array;
  private agency: Uint16Array;
  private codeKey: Uint32Array;
  private status: Uint8Array;
  private channel: Uint8Array;
  private flags: Uint16Array;
  private received: Uint32Array;
  private end: Uint32Array;
  private due: Uint32Array;
  private finish: Uint8Array;
  private resolution: Uint32Array;
  private resolutionDays: Uint16Array;
  private readonly workDayCache = new Map<number, boolean>();
  private profile: Uint16Array;
  private lastAgency: string | undefined;
  private lastAgencyIndex = 0;
  private reschedRow = new Uint32Array(64);
  private reschedAt = new Uint32Array(64);
  private nResched = 0;
  private supRow = new Uint32Array(256);
  private supRequested = new Uint32Array(256);
  private supCompleted = new Uint32Array(256);
  private nSup = 0;
  private readonly dicts = { unit: new Dict(), field: new Dict(), procedure: new Dict(), officer: new Dict(), agency: new Dict() };
  private readonly calendar: WorkCalendar;
  private readonly legalCache = new Map<number, number>();
  private position = 0;
  private rejectedCount = 0;
  /** The first 20 refusals, for error reports. */
  readonly rejections: CaseRejection[] = [];

  constructor(options: CaseColumnsOptions) {
    const h = options.calendar.holidays;
    // One Set for all legal deadlines instead of one per call.
    this.calendar = { ...options.calendar, holidays: h instanceof Set ? h : new Set(h ?? []) };
    this.cap = Math.max(16, options.capacity ?? 1024);
    this.unit = new Uint16Array(this.cap);
    this.field = new Uint16Array(this.cap);
    this.procedure = new Uint16Array(this.cap);
    this.officer = new Uint16Array(this.cap);
    this.agency = new Uint16Array(this.cap);
    this.codeKey = new Uint32Array(this.cap);
    this.status = new Uint8Array(this.cap);
    this.channel = new Uint8Array(this.cap);
    this.flags = new Uint16Array(this.cap);
    this.received = new Uint32Array(this.cap);
    this.end = new Uint32Array(this.cap);
    this.due = new Uint32Array(this.cap);
    this.finish = new Uint8Array(this.cap);
    this.resolution = new Uint32Array(this.cap);
    this.resolutionDays = new Uint16Array(this.cap);
    this.profile = new Uint16Array(this.cap);
  }

  /** Records appended so far. */
  get length(): number {
    return this.n;
  }

  /** Records refused so far. */
  get rejected(): number {
    return this.rejectedCount;
  }

  private reject(c: Partial<CaseInput> | null | undefined, reason: string): void {
    this.rejectedCount++;
    if (this.rejections.length < 20) {
      const code = c && typeof c.code === 'string' ? c.code : undefined;
      this.rejections.push({ position: this.position, code, reason });
    }
  }

  private ensure(): void {
    if (this.n < this.cap) return;
    const cap = this.cap * 2;
    this.unit = grow(this.unit, cap);
    this.field = grow(this.field, cap);
    this.procedure = grow(this.procedure, cap);
    this.officer = grow(this.officer, cap);
    this.agency = grow(this.agency, cap);
    this.codeKey = grow(this.codeKey, cap);
    this.status = grow(this.status, cap);
    this.channel = grow(this.channel, cap);
    this.flags = grow(this.flags, cap);
    this.received = grow(this.received, cap);
    this.end = grow(this.end, cap);
    this.due = grow(this.due, cap);
    this.finish = grow(this.finish, cap);
    this.resolution = grow(this.resolution, cap);
    this.resolutionDays = grow(this.resolutionDays, cap);
    this.profile = grow(this.profile, cap);
    this.cap = cap;
  }

  private legalDeadline(receivedMs: number, legalDays: number): number {
    const n = Math.ceil(Math.max(0, legalDays));
    if (n >= 8192) return addWorkingDays(receivedMs, n, this.calendar);
    const key = localDay(receivedMs, this.calendar.offsetMinutes) * 8192 + n;
    let v = this.legalCache.get(key);
    if (v === undefined) {
      v = addWorkingDays(receivedMs, n, this.calendar);
      this.legalCache.set(key, v);
    }
    return v;
  }

  /** Appends records; returns how many were kept. */
  append(cases: Iterable<CaseInput>): number {
    let kept = 0;
    for (const c of cases) {
      if (this.appendOne(c)) kept++;
    }
    return kept;
  }

  /** Appends one record; `false` when it was refused (see {@link rejections}). */
  appendOne(c: CaseInput): boolean {
    const ok = this.add(c);
    this.position++;
    return ok;
  }

  private add(c: CaseInput): boolean {
    if (c === null || typeof c !== 'object') return this.reject(c, 'not-an-object'), false;
    const { status, channel } = c;
    if (typeof c.code !== 'string' || typeof c.unitId !== 'string' || c.unitId === '' || typeof c.fieldId !== 'string' || c.fieldId === '' || typeof c.procedureCode !== 'string' || c.procedureCode === '')
      return this.reject(c, 'missing-id'), false;
    if (!(status >= 1 && status <= 10 && (status | 0) === status)) return this.reject(c, 'status'), false;
    if (!(channel >= 1 && channel <= 3 && (channel | 0) === channel)) return this.reject(c, 'channel'), false;
    const receivedMs = strictIso(c.receivedAt);
    if (!validSeconds(seconds(receivedMs))) return this.reject(c, 'receivedAt'), false;
    const processedAt = stamp(c.processedAt);
    const returnedAt = stamp(c.returnedAt);
    const closedAt = stamp(c.closedAt);
    const dueAt = stamp(c.dueAt);
    const rescheduledAt = stamp(c.rescheduledDueAt);
    if (processedAt !== processedAt || returnedAt !== returnedAt || closedAt !== closedAt || dueAt !== dueAt || rescheduledAt !== rescheduledAt) return this.reject(c, 'time'), false;
    const legalDays = c.legalDays;
    if (legalDays != null && !(typeof legalDays === 'number' && legalDays >= 0 && Number.isFinite(legalDays))) return this.reject(c, 'legalDays'), false;
    const sups = c.supplements;
    if (!Array.isArray(sups)) return this.reject(c, 'supplements'), false;
    let periods: [number, number][] | undefined;
    for (const s of sups) {
      const req = stamp(s?.requestedAt);
      const done = stamp(s?.completedAt);
      if (req === undefined || req !== req || done !== done) return this.reject(c, 'supplements'), false;
      (periods ??= []).push([seconds(req), done === undefined ? NONE : seconds(done)]);
    }
    const pay = c.onlinePayment;
    if (pay !== 0 && pay !== 1 && pay !== 2) return this.reject(c, 'onlinePayment'), false;

    const unit = this.dicts.unit.index(c.unitId);
    const field = this.dicts.field.index(c.fieldId);
    const procedure = this.dicts.procedure.index(c.procedureCode);
    const officer = typeof c.officerId === 'string' ? this.dicts.officer.index(c.officerId) : 0;
    const key = dossierKey(c.code);
    let agency = 0;
    if (key >= 0) {
      // Consecutive dossiers mostly share their agency prefix: compare before slicing a new string.
      const len = c.code.length - 12;
      const last = this.lastAgency;
      if (last !== undefined && last.length === len && c.code.startsWith(last)) agency = this.lastAgencyIndex;
      else {
        this.lastAgency = c.code.slice(0, len);
        agency = this.lastAgencyIndex = this.dicts.agency.index(this.lastAgency);
      }
    }
    if (unit < 0 || field < 0 || procedure < 0 || officer < 0 || agency < 0) return this.reject(c, 'dictionary-full'), false;

    this.ensure();
    const i = this.n;
    this.unit[i] = unit;
    this.field[i] = field;
    this.procedure[i] = procedure;
    this.officer[i] = officer;
    this.agency[i] = agency;
    this.codeKey[i] = key >= 0 ? key : NONE;
    this.status[i] = status;
    this.channel[i] = channel;
    this.received[i] = seconds(receivedMs);

    // Processing end, in the priority order of core/cases/timeliness.ts `processingEnd`.
    let end: number | undefined;
    let withResult = false;
    if (processedAt !== undefined) {
      end = processedAt;
      withResult = true;
    } else if (returnedAt !== undefined) {
      end = returnedAt;
      withResult = true;
    } else if (closedAt !== undefined && (status === 3 || status === 7 || status === 8)) end = closedAt;
    this.end[i] = end === undefined ? NONE : seconds(end);

    let flags = 0;
    if (dueAt !== undefined) this.due[i] = seconds(dueAt);
    else {
      this.due[i] = seconds(this.legalDeadline(receivedMs, legalDays ?? 0));
      flags |= CASE_FLAG.legalDeadline;
    }
    if (withResult) flags |= CASE_FLAG.endWithResult;
    if (c.hasFee === true) flags |= CASE_FLAG.hasFee;
    if (pay === 1) flags |= CASE_FLAG.paidDvcqg;
    else if (pay === 2) flags |= CASE_FLAG.paidLocal;
    if (c.digitised === true) flags |= CASE_FLAG.digitised;
    if (c.eResult === true) flags |= CASE_FLAG.eResult;
    if (c.paperResult === true) flags |= CASE_FLAG.paperResult;
    if (c.reusedData === true) flags |= CASE_FLAG.reusedData;
    if (c.personalStore === true) flags |= CASE_FLAG.personalStore;
    if (c.citizenData === true) flags |= CASE_FLAG.citizenData;
    if (c.synced === true) flags |= CASE_FLAG.synced;
    this.flags[i] = flags;

    if (rescheduledAt !== undefined) {
      if (this.nResched === this.reschedRow.length) {
        this.reschedRow = grow(this.reschedRow, this.nResched * 2);
        this.reschedAt = grow(this.reschedAt, this.nResched * 2);
      }
      this.reschedRow[this.nResched] = i;
      this.reschedAt[this.nResched++] = seconds(rescheduledAt);
    }
    if (periods !== undefined) {
      // The rules only need "requested before the horizon" counts and sums, so the order is free; by
      // request time it lets readers stop at the first request after the horizon.
      if (periods.length > 1) periods.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
      for (const [req, done] of periods) {
        if (this.nSup === this.supRow.length) {
          const cap = this.nSup * 2;
          this.supRow = grow(this.supRow, cap);
          this.supRequested = grow(this.supRequested, cap);
          this.supCompleted = grow(this.supCompleted, cap);
        }
        this.supRow[this.nSup] = i;
        this.supRequested[this.nSup] = req;
        this.supCompleted[this.nSup++] = done;
      }
    }
    this.precomputeFinish(i, periods);
    const bits =
      channel |
      (c.hasFee === true ? PROFILE.hasFee : 0) |
      (c.hasFee === true && pay !== 0 ? PROFILE.paid : 0) |
      (flags & CASE_FLAG.paperResult ? PROFILE.paperResult : 0) |
      (flags & CASE_FLAG.eResult ? PROFILE.eResult : 0) |
      (flags & CASE_FLAG.digitised ? PROFILE.digitised : 0) |
      (flags & CASE_FLAG.reusedData ? PROFILE.reusedData : 0) |
      (flags & CASE_FLAG.personalStore ? PROFILE.personalStore : 0) |
      (flags & CASE_FLAG.citizenData ? PROFILE.citizenData : 0) |
      (flags & CASE_FLAG.synced ? PROFILE.synced : 0) |
      (rescheduledAt !== undefined ? PROFILE.rescheduled : 0) |
      (periods !== undefined ? PROFILE.withSupplement : 0) |
      (flags & CASE_FLAG.endWithResult ? PROFILE.endWithResult : 0);
    this.profile[i] = bits;
    this.n++;
    return true;
  }

  /** Whether a local day is a working day of the calendar (cached: ingest meets the same days over and over). */
  private isWorkDay(day: number): boolean {
    let w = this.workDayCache.get(day);
    if (w === undefined) {
      const cal = this.calendar;
      const t = day * 86_400_000 - cal.offsetMinutes * 60_000;
      w = (cal.workDays ?? [1, 2, 3, 4, 5]).includes(((((day + 3) % 7) + 7) % 7) + 1) && !(cal.holidays as ReadonlySet<string>).has(new Date(t + cal.offsetMinutes * 60_000).toISOString().slice(0, 10));
      this.workDayCache.set(day, w);
    }
    return w;
  }

  /** The rules of core/cases/timeliness.ts at the processing end of row `i` (see {@link CaseColumns.finish}). */
  private precomputeFinish(i: number, periods: readonly [number, number][] | undefined): void {
    const e = this.end[i] as number;
    this.resolution[i] = NONE;
    this.resolutionDays[i] = 0xffff;
    this.finish[i] = 0;
    if (e === NONE) return;
    const horizon = e * 1000;
    let supMs = 0;
    let waitingSince = Infinity;
    let requested = 0;
    for (const [req, done] of periods ?? []) {
      if (req * 1000 > horizon) break;
      requested++;
      if (done === NONE || done * 1000 > horizon) waitingSince = Math.min(waitingSince, req * 1000);
      else supMs += (done - req) * 1000;
    }
    const effEnd = (waitingSince !== Infinity ? waitingSince : horizon) - supMs;
    const offMs = this.calendar.offsetMinutes * 60_000;
    const flags = this.flags[i] as number;
    const code = (deadline: number): number => {
      if (requested > 1) return 3;
      if (effEnd > deadline) return 2;
      return Math.floor((effEnd + offMs) / 86_400_000) < Math.floor((deadline + offMs) / 86_400_000) ? 0 : 1;
    };
    const original = (this.due[i] as number) * 1000 + (flags & CASE_FLAG.legalDeadline ? 999 : 0);
    const r = this.nResched > 0 && this.reschedRow[this.nResched - 1] === i ? (this.reschedAt[this.nResched - 1] as number) * 1000 : original;
    this.finish[i] = code(original) | (code(r) << 2) | (Math.min(requested, 3) << 4);
    if (flags & CASE_FLAG.endWithResult) {
      const recvMs = (this.received[i] as number) * 1000;
      this.resolution[i] = Math.max(0, Math.round((effEnd - recvMs) / 1000));
      const from = Math.floor((recvMs + offMs) / 86_400_000);
      const to = Math.floor((effEnd + offMs) / 86_400_000);
      let wd = 0;
      for (let d = from + 1; d <= to; d++) if (this.isWorkDay(d)) wd++;
      this.resolutionDays[i] = Math.min(wd, 0xfffe);
    }
  }

  /**
   * Returns the columns in exact-size buffers. The builder can keep appending afterwards; later seals
   * include everything appended so far.
   */
  seal(): CaseColumns {
    const n = this.n;
    const cal = this.calendar;
    return {
      length: n,
      offsetMinutes: cal.offsetMinutes,
      workDays: [...(cal.workDays ?? [1, 2, 3, 4, 5])],
      holidays: [...(cal.holidays as ReadonlySet<string>)].sort(),
      units: [...this.dicts.unit.list],
      fields: [...this.dicts.field.list],
      procedures: [...this.dicts.procedure.list],
      officers: [...this.dicts.officer.list],
      agencies: [...this.dicts.agency.list],
      unit: this.unit.slice(0, n),
      field: this.field.slice(0, n),
      procedure: this.procedure.slice(0, n),
      officer: this.officer.slice(0, n),
      agency: this.agency.slice(0, n),
      codeKey: this.codeKey.slice(0, n),
      status: this.status.slice(0, n),
      channel: this.channel.slice(0, n),
      flags: this.flags.slice(0, n),
      received: this.received.slice(0, n),
      end: this.end.slice(0, n),
      due: this.due.slice(0, n),
      finish: this.finish.slice(0, n),
      resolution: this.resolution.slice(0, n),
      resolutionDays: this.resolutionDays.slice(0, n),
      profile: this.profile.slice(0, n),
      reschedRow: this.reschedRow.slice(0, this.nResched),
      reschedAt: this.reschedAt.slice(0, this.nResched),
      supRow: this.supRow.slice(0, this.nSup),
      supRequested: this.supRequested.slice(0, this.nSup),
      supCompleted: this.supCompleted.slice(0, this.nSup),
      rejected: this.rejectedCount,
    };
  }
}

/** Builds sealed columns from records in one call. */
export function caseColumns(cases: Iterable<CaseInput>, options: CaseColumnsOptions): CaseColumns {
  const b = new CaseColumnsBuilder(options);
  b.append(cases);
  return b.seal();
}

const TYPED_KEYS = [
  'unit', 'field', 'procedure', 'officer', 'agency', 'codeKey', 'status', 'channel', 'flags', 'received', 'end', 'due',
  'finish', 'resolution', 'resolutionDays', 'profile', 'reschedRow', 'reschedAt', 'supRow', 'supRequested', 'supCompleted',
] as const;

/** The buffers of the columns, for `postMessage(columns, transferables)` (the sender's copy becomes unusable). */
export function caseColumnsTransferables(c: CaseColumns): ArrayBuffer[] {
  const out: ArrayBuffer[] = [];
  for (const k of TYPED_KEYS) {
    const buf = c[k].buffer;
    if (buf instanceof ArrayBuffer && !out.includes(buf)) out.push(buf);
  }
  return out;
}

/** Bytes held by the typed arrays of the columns (dictionaries not included). */
export function caseColumnsBytes(c: CaseColumns): number {
  let b = 0;
  for (const k of TYPED_KEYS) b += c[k].byteLength;
  return b;
}

/** First index `j` in the ascending array with `a[j] >= v`. */
export function lowerBound(a: Uint32Array, v: number): number {
  let lo = 0;
  let hi = a.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((a[mid] as number) < v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Options of {@link columnTimeliness}. */
export interface ColumnTimelinessOptions {
  /** Instant open dossiers are measured at (epoch ms). */
  asOf: number;
  /** Which appointment counts for a rescheduled dossier (default `original`), as in `evaluateTimeliness`. */
  reschedule?: 'original' | 'rescheduled';
}

/**
 * The on-time evaluation of row `i`, with exactly the result of `evaluateTimeliness` on the record it
 * came from (whole-second time stamps): the same processing end, supplement exclusion, multiple-
 * supplement rule, deadline and early/on-time/late classification. `undefined` for dossiers that never
 * entered processing (status 1 or 3). Times in the result are epoch ms.
 */
export function columnTimeliness(c: CaseColumns, i: number, opts: ColumnTimelinessOptions): TimelinessResult | undefined {
  const st = c.status[i] as number;
  if (st === 1 || st === 3) return undefined;
  const asOf = opts.asOf;
  const e = c.end[i] as number;
  const finished = e !== NONE && e * 1000 <= asOf;
  const horizon = finished ? e * 1000 : asOf;
  let supplementMs = 0;
  let waitingSince = Infinity;
  let requested = 0;
  for (let s = lowerBound(c.supRow, i); s < c.supRow.length && c.supRow[s] === i; s++) {
    const req = (c.supRequested[s] as number) * 1000;
    if (req > horizon) break;
    requested++;
    const d = c.supCompleted[s] as number;
    if (d === NONE || d * 1000 > horizon) waitingSince = Math.min(waitingSince, req);
    else supplementMs += d * 1000 - req;
  }
  const effectiveEnd = (waitingSince !== Infinity ? waitingSince : horizon) - supplementMs;
  let deadline = (c.due[i] as number) * 1000 + ((c.flags[i] as number) & CASE_FLAG.legalDeadline ? 999 : 0);
  if (opts.reschedule === 'rescheduled') {
    const r = lowerBound(c.reschedRow, i);
    if (c.reschedRow[r] === i) deadline = (c.reschedAt[r] as number) * 1000;
  }
  const base = { finished, effectiveEnd, deadline, supplementMs };
  if (requested > 1) return { ...base, onTime: false, timeliness: 'late', lateReason: 'multiple_supplements' };
  if (effectiveEnd > deadline) return { ...base, onTime: false, timeliness: 'late', lateReason: 'after_deadline' };
  const off = c.offsetMinutes;
  const timeliness: Timeliness = finished && localDay(effectiveEnd, off) < localDay(deadline, off) ? 'early' : 'on_time';
  return { ...base, onTime: true, timeliness };
}
