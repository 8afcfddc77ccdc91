import type { CaseFile, CaseStatus } from '../schemas/case-file.js';
import type { Counter, OrgData, OrgUnit } from '../schemas/org.js';
import { DAY, HOUR, MINUTE, VN_HOLIDAYS } from '../../core/time/index.js';
import { createRng, weightedPicker, type Rng, type WeightedPicker } from './rng.js';
import {
  SeedCalendar, AFTERNOON_END, AFTERNOON_START, MORNING_END, MORNING_START, OFFICE_MINUTES, officeClock, officeIndex, resolveDate, type DateInput,
} from './calendar.js';
import { PROCEDURE_PROFILES, type ProcedureProfile } from './procedures.js';
import { halongOrg } from './org.js';

/**
 * Shares and rates of the dossier generator. They describe a well-run centre in line with Quảng Ninh's
 * published figures (DOMAIN §9: 99 %+ handled on time at the provincial centre, online share rising
 * fast); they are demo assumptions, not statistics of Hạ Long.
 */
export const CASE_RATES = {
  /** Share of dossiers received at the hub centre(s); the rest go to wards and communes by weight. */
  centreShare: 0.4,
  /** Online share (channel 2) of all dossiers at the start and at the end of the period, rising linearly. */
  onlineShareStart: 0.45,
  onlineShareEnd: 0.75,
  /** Share of postal submissions (channel 3) among non-online dossiers of procedures that accept post. */
  postalShare: 0.05,
  /** Online or postal dossiers refused at the desk (status 3). */
  refused: 0.006,
  /** Accepted dossiers withdrawn by the citizen (status 7). */
  withdrawn: 0.005,
  /** Accepted dossiers stopped with a refusal notice (status 8). */
  stopped: 0.005,
  /**
   * Dossiers drawn for one supplement request (status 5). A request needs room before the deadline, so
   * short same-day procedures skip some: about 8 % of dossiers end up with one.
   */
  oneSupplement: 0.09,
  /** Dossiers with two supplement requests (late by rule, DOMAIN §6.3). */
  twoSupplements: 0.01,
  /** Completed dossiers finished after their deadline. */
  lateAfterDeadline: 0.04,
  /** Late dossiers that got an apology and a new date (Mẫu 04). */
  rescheduleOfLate: 0.5,
  /** Online fee dossiers paid online; a third of counter fee dossiers pay by QR through the local gateway. */
  onlinePaymentOnline: 0.92,
  onlinePaymentCounter: 0.3,
} as const;

/** Options of {@link generateCases}. */
export interface CaseGenOptions {
  /** Seed string (default `hcc-halong`). */
  seed?: string;
  /** Organisation whose units receive dossiers (default {@link halongOrg}). */
  org?: OrgData;
  /** Start of the period, inclusive (default: one year before `to`). */
  from?: DateInput;
  /** End of the period, exclusive. The data is a snapshot at this instant: later events do not exist yet. */
  to: DateInput;
  /** Dossiers per 365 days (default 40,000); the period gets its pro-rata share. */
  casesPerYear?: number;
  /** UTC offset in minutes (default 420, Vietnam). */
  offsetMinutes?: number;
  /** Public holidays `YYYY-MM-DD` (default VN_HOLIDAYS, 2024–2027). */
  holidays?: readonly string[];
}

/**
 * A dossier as simulated, with times as epoch ms (`undefined` when absent). Internal to the generator.
 * Every field is set in the constructor so all instances share one shape.
 */
export class RawCase {
  code = '';
  status: CaseStatus = 2;
  submittedAt: number | undefined = undefined;
  dueAt: number | undefined = undefined;
  rescheduledDueAt: number | undefined = undefined;
  rescheduleNote: string | undefined = undefined;
  /** When the apology (Mẫu 04) was due at the latest: one day before the original appointment. */
  apologyAt: number | undefined = undefined;
  processedAt: number | undefined = undefined;
  returnedAt: number | undefined = undefined;
  closedAt: number | undefined = undefined;
  supplements: Array<[number, number | undefined]> = [];
  feeRequestedAt: number | undefined = undefined;
  feePaidAt: number | undefined = undefined;
  onlinePayment: 0 | 1 | 2 = 0;
  /** Queue ticket number of a counter visit (channel 1). */
  ticket: number | undefined = undefined;
  /** Status history, flattened: status, time, status, time … */
  history: number[] = [];

  constructor(
    readonly unitIndex: number,
    readonly unitId: string,
    readonly procedure: ProcedureProfile,
    readonly channel: 1 | 2 | 3,
    public receivedAt: number,
    public hasFee: boolean,
    readonly digitised: boolean,
    public eResult: boolean,
    readonly reusedData: boolean,
    readonly personalStore: boolean,
    readonly citizenData: boolean,
    readonly synced: boolean,
    public counterId: string | undefined,
    public officerId: string | undefined,
  ) {}

  get fieldId(): string {
    return this.procedure.fieldId;
  }
}

/** One simulated day: the dossiers whose reception (or, for status 1, submission) falls on it. */
export interface RawDay {
  day: number;
  /** `YYYY-MM` of the day. */
  month: string;
  cases: RawCase[];
}

interface UnitPlan {
  index: number;
  unit: OrgUnit;
  code: string;
  procedures: WeightedPicker<ProcedureProfile>;
  counters: Map<string, WeightedPicker<Counter>>;
}

interface DayPlan {
  day: number;
  count: number;
}

/** Everything the day simulation needs, resolved once. Internal to the generator. */
export interface CasePlan {
  seed: string;
  org: OrgData;
  cal: SeedCalendar;
  from: number;
  to: number;
  /** Expected dossiers in the period (the extra pending day not included). */
  total: number;
  days: DayPlan[];
  hubs?: WeightedPicker<UnitPlan>;
  locals?: WeightedPicker<UnitPlan>;
  /** Share of dossiers of online-capable procedures in the expected mix. */
  onlineEligible: number;
  ticketBase: Map<string, number>;
  /** Agency code of each unit plan, by index. */
  unitCodes: string[];
}

const AGENCY = /^[A-Z]\d{2}(\.[A-Z0-9]{1,4}){0,4}$/;
const WEEKDAY_FACTOR = [1.18, 1.06, 1, 0.98, 0.86];
// Busier before Tết (January) and at the end of the year, quieter in the Tết month.
const MONTH_FACTOR = [1.12, 0.88, 1.02, 0.98, 1, 1, 1.04, 1.02, 0.96, 1, 1, 1.08];
const KIND_WEIGHT: Partial<Record<OrgUnit['kind'], number>> = { ward: 1, commune: 0.55, special_zone: 0.8, district: 1.2, city: 1.2 };
// Arrivals per half hour from 07:30: a morning peak around 09:00, a smaller one after lunch.
const COUNTER_SLOTS = [0.7, 1.2, 1.4, 1.5, 1.4, 1.2, 1, 0.6, 0.7, 1, 1.1, 1, 0.8, 0.6, 0.3];
// Officers clear the online inbox first thing in the morning, then steadily.
const ONLINE_SLOTS = [1.6, 1.4, 1.1, 1, 1, 1, 0.9, 0.7, 1, 1, 1, 0.9, 0.9, 0.8, 0.5];
const SLOT_INDEX = COUNTER_SLOTS.map((_, i) => i);
const counterSlots = weightedPicker(SLOT_INDEX, COUNTER_SLOTS);
const onlineSlots = weightedPicker(SLOT_INDEX, ONLINE_SLOTS);

const APOLOGY_REASONS = [
  'cần xác minh thêm thông tin với cơ quan có liên quan',
  'chờ kết quả tra cứu cơ sở dữ liệu chuyên ngành',
  'cơ quan phối hợp chưa có ý kiến trả lời',
  'hồ sơ phức tạp, cần thêm thời gian thẩm định',
];

const sec = (ms: number) => Math.floor(ms / 1000) * 1000;
const SEQ = Array.from({ length: 1000 }, (_, i) => String(i).padStart(4, '0'));

/** Resolves options into a {@link CasePlan}. Throws RangeError on bad dates, volumes or an org with no usable unit. */
export function planCases(ctx: CaseGenOptions): CasePlan {
  const seed = ctx.seed ?? 'hcc-halong';
  const offset = ctx.offsetMinutes ?? 420;
  const org = ctx.org ?? halongOrg();
  const cal = new SeedCalendar(offset, ctx.holidays ?? VN_HOLIDAYS);
  const to = resolveDate(ctx.to, offset);
  const from = ctx.from === undefined ? oneYearBefore(to, offset) : resolveDate(ctx.from, offset);
  if (!(from < to)) throw new RangeError('generateCases(): `from` must be before `to`');
  if (to - from > 5 * 366 * DAY) throw new RangeError('generateCases(): the period is limited to five years');
  const perYear = ctx.casesPerYear ?? 40_000;
  if (!Number.isFinite(perYear) || perYear < 0 || perYear > 2_000_000) throw new RangeError('generateCases(): casesPerYear must be between 0 and 2,000,000');

  const fieldIds = new Set(org.fields.map((f) => f.id));
  const ticketBase = new Map(org.fields.map((f) => [f.id, f.ticketBase ?? 1]));
  const countersByUnit = new Map<string, Counter[]>();
  for (const c of org.counters) {
    let list = countersByUnit.get(c.unitId);
    if (!list) countersByUnit.set(c.unitId, (list = []));
    list.push(c);
  }
  const hasHub = org.units.some((u) => u.kind === 'centre' && countersByUnit.has(u.id));
  const hubs: UnitPlan[] = [];
  const locals: UnitPlan[] = [];
  const hubWeights: number[] = [];
  const localWeights: number[] = [];
  let eligibleHub = 0;
  let eligibleLocal = 0;
  for (const unit of org.units) {
    const counters = countersByUnit.get(unit.id);
    if (!counters) continue;
    const isHub = unit.kind === 'centre';
    const served = new Set(counters.flatMap((c) => c.fieldIds).filter((f) => fieldIds.has(f)));
    const procs = PROCEDURE_PROFILES.filter((p) => served.has(p.fieldId) && (!p.centreOnly || isHub || !hasHub));
    if (procs.length === 0) continue;
    if (!unit.code || !AGENCY.test(unit.code)) throw new RangeError(`generateCases(): unit "${unit.id}" needs an agency code like H49.26.01 for dossier codes`);
    const byField = new Map<string, WeightedPicker<Counter>>();
    for (const f of served) {
      const list = counters.filter((c) => c.fieldIds.includes(f));
      // A general counter (priority, online help) takes a few dossiers of every field.
      byField.set(f, weightedPicker(list, list.map((c) => (c.fieldIds.length > 5 ? 0.15 : 1))));
    }
    const plan: UnitPlan = { index: hubs.length + locals.length, unit, code: unit.code, procedures: weightedPicker(procs, procs.map((p) => p.popularity)), counters: byField };
    const total = procs.reduce((s, p) => s + p.popularity, 0);
    const eligible = procs.reduce((s, p) => s + (p.online ? p.popularity : 0), 0) / total;
    const weight = (KIND_WEIGHT[unit.kind] ?? 0.8) * createRng(`${seed}|unit-weight|${unit.id}`).logNormal(0, 0.35);
    if (isHub) { hubs.push(plan); hubWeights.push(weight); eligibleHub += weight * eligible; }
    else { locals.push(plan); localWeights.push(weight); eligibleLocal += weight * eligible; }
  }
  if (hubs.length + locals.length === 0) throw new RangeError('generateCases(): no unit has a counter serving a catalogue field');
  const hubW = hubWeights.reduce((s, w) => s + w, 0);
  const localW = localWeights.reduce((s, w) => s + w, 0);
  const hubShare = locals.length === 0 ? 1 : hubs.length === 0 ? 0 : CASE_RATES.centreShare;
  const onlineEligible = (hubs.length ? hubShare * (eligibleHub / hubW) : 0) + (locals.length ? (1 - hubShare) * (eligibleLocal / localW) : 0);

  // Daily volumes: weekday and month shape with a little noise, scaled to the period's share of a year.
  const volume = createRng(`${seed}|volume`);
  const firstDay = cal.dayOf(from);
  const lastDay = cal.dayOf(to - 1);
  const weights: Array<[number, number]> = [];
  for (let d = firstDay; d <= lastDay; d++) {
    if (!cal.isWorking(d)) continue;
    const month = Number(cal.dateKey(d).slice(5, 7)) - 1;
    // A day cut by `from` or `to` keeps its full weight: dossiers outside the period are dropped later.
    weights.push([d, WEEKDAY_FACTOR[cal.weekday(d) - 1]! * MONTH_FACTOR[month]! * volume.logNormal(0, 0.12)]);
  }
  const total = Math.round((perYear * (to - from)) / (365 * DAY));
  const sumW = weights.reduce((s, [, w]) => s + w, 0);
  const days: DayPlan[] = [];
  let cum = 0;
  let placed = 0;
  for (const [day, w] of weights) {
    cum += (total * w) / sumW;
    const upto = Math.round(cum);
    days.push({ day, count: upto - placed });
    placed = upto;
  }
  // The next working day's online dossiers were partly submitted before `to`: they are the pending ones (status 1).
  const pendingDay = cal.nextWorking(lastDay);
  const meanDay = weights.length ? total / weights.length : 0;
  days.push({ day: pendingDay, count: Math.round(meanDay * WEEKDAY_FACTOR[cal.weekday(pendingDay) - 1]!) });

  return {
    seed, org, cal, from, to, total, days,
    ...(hubs.length ? { hubs: weightedPicker(hubs, hubWeights) } : {}),
    ...(locals.length ? { locals: weightedPicker(locals, localWeights) } : {}),
    onlineEligible,
    ticketBase,
    unitCodes: [...hubs, ...locals].sort((a, b) => a.index - b.index).map((u) => u.code),
  };
}

function oneYearBefore(to: number, offset: number): number {
  const local = new Date(to + offset * MINUTE);
  const y = local.getUTCFullYear() - 1;
  const m = local.getUTCMonth();
  // 29 February has no twin in a common year: use 28 February.
  const d = Math.min(local.getUTCDate(), new Date(Date.UTC(y, m + 1, 0)).getUTCDate());
  const msOfDay = to + offset * MINUTE - Date.UTC(local.getUTCFullYear(), m, local.getUTCDate());
  return Date.UTC(y, m, d) + msOfDay - offset * MINUTE;
}

/** A random office-hours instant on `day`, within [lo, hi] when given; undefined when the window has no office time. */
function officeTime(rng: Rng, cal: SeedCalendar, day: number, lo?: number, hi?: number): number | undefined {
  const start = cal.dayStart(day);
  const a = lo !== undefined && lo > start ? officeIndex((lo - start) / MINUTE) : 0;
  const b = hi !== undefined && hi < start + DAY ? officeIndex((hi - start) / MINUTE) : OFFICE_MINUTES;
  if (!(b > a)) return undefined;
  let t = start + Math.floor(officeClock(a + rng.float() * (b - a)) * 60) * 1000;
  if (lo !== undefined && t <= lo) t = sec(lo) + 1000;
  if (hi !== undefined && t > hi) return undefined;
  return t;
}

/** `ms` if it falls in office hours of a working day, else a few minutes after the next opening. */
function toOffice(rng: Rng, cal: SeedCalendar, ms: number): number {
  const day = cal.dayOf(ms);
  const minute = (ms - cal.dayStart(day)) / MINUTE;
  if (cal.isWorking(day)) {
    if ((minute >= MORNING_START && minute < MORNING_END) || (minute >= AFTERNOON_START && minute < AFTERNOON_END)) return sec(ms);
    if (minute < MORNING_START) return cal.dayStart(day) + (MORNING_START + rng.int(0, 20)) * MINUTE;
    if (minute < AFTERNOON_START) return cal.dayStart(day) + (AFTERNOON_START + rng.int(0, 20)) * MINUTE;
  }
  return cal.dayStart(cal.nextWorking(day)) + (MORNING_START + rng.int(0, 20)) * MINUTE;
}

/** An office instant in (lo, hi], biased towards the earliest working days; undefined when none fits. */
function earlyWithin(rng: Rng, cal: SeedCalendar, lo: number, hi: number): number | undefined {
  if (!(hi > lo)) return undefined;
  const candidates: number[] = [];
  for (let d = cal.dayOf(lo), end = cal.dayOf(hi); d <= end && candidates.length < 90; d++) if (cal.isWorking(d)) candidates.push(d);
  if (candidates.length === 0) return undefined;
  const u = rng.float();
  for (let i = Math.floor(u * u * candidates.length); i < candidates.length; i++) {
    const t = officeTime(rng, cal, candidates[i]!, lo, hi);
    if (t !== undefined) return t;
  }
  return undefined;
}

/**
 * Submission time of an online dossier received at `receivedAt`. The desk works its inbox in office
 * hours, so a dossier taken early in the day was mostly sent while the desk was closed (evening, night,
 * weekend, holiday); later ones were mostly sent earlier the same day.
 */
function onlineSubmission(rng: Rng, cal: SeedCalendar, day: number, receivedAt: number): number {
  const opening = cal.dayStart(day) + MORNING_START * MINUTE;
  const elapsed = officeIndex((receivedAt - cal.dayStart(day)) / MINUTE);
  if (!rng.chance(elapsed < 60 ? 0.85 : elapsed < 120 ? 0.5 : 0.12)) {
    const sent = receivedAt - sec(Math.max(2 * MINUTE, rng.logNormalMedian(75 * MINUTE, 0.9)));
    if (sent >= opening) return sent;
  }
  let prev = day - 1;
  while (!cal.isWorking(prev)) prev--;
  const close = cal.dayStart(prev) + AFTERNOON_END * MINUTE;
  return sec(close + rng.float() * (opening - close - 1000));
}

function push(h: number[], status: number, at: number): void {
  h.push(status, at);
}

/** Simulates one dossier's whole life from its reception on `day`. */
function simulateCase(p: CasePlan, rng: Rng, day: number, position: number): RawCase {
  const cal = p.cal;
  const R = CASE_RATES;
  const useHub = p.hubs !== undefined && (p.locals === undefined || rng.chance(R.centreShare));
  const unit = (useHub ? p.hubs! : p.locals!).pick(rng);
  const proc = unit.procedures.pick(rng);
  const counter = unit.counters.get(proc.fieldId)!.pick(rng);
  const officerId = counter.officerIds?.length ? rng.pick(counter.officerIds) : undefined;

  const onlineTarget = R.onlineShareStart + (R.onlineShareEnd - R.onlineShareStart) * position;
  let channel: 1 | 2 | 3 = 1;
  if (proc.online && rng.chance(Math.min(0.98, onlineTarget / p.onlineEligible))) channel = 2;
  else if (proc.postal && rng.chance(R.postalShare)) channel = 3;
  const online = channel === 2;

  const slot = (online ? onlineSlots : counterSlots).pick(rng);
  const receivedAt = cal.dayStart(day) + Math.floor(officeClock((slot + rng.float()) * 30) * 60) * 1000;
  const minuteOfDay = (receivedAt - cal.dayStart(day)) / MINUTE;
  const history: number[] = [];

  const submittedAt = channel === 2 ? onlineSubmission(rng, cal, day, receivedAt) : channel === 3
    ? receivedAt - sec(Math.min(5 * DAY, Math.max(6 * HOUR, rng.logNormalMedian(36 * HOUR, 0.5))))
    : undefined;
  if (submittedAt !== undefined) push(history, 1, submittedAt);

  const raw = new RawCase(
    unit.index, unit.unit.id, proc, channel, receivedAt,
    rng.chance(proc.feeShare),
    rng.chance(online ? 0.97 : 0.7),
    rng.chance(online ? 0.9 : 0.5),
    rng.chance(online ? 0.3 : 0.17),
    rng.chance(online ? 0.12 : 0.02),
    rng.chance(online ? 0.8 : 0.3),
    rng.chance(0.98),
    counter.id,
    officerId,
  );
  raw.submittedAt = submittedAt;
  raw.history = history;

  // Refused at the desk: the dossier was never received, so its reception time is the submission time.
  if (channel !== 1 && rng.chance(R.refused)) {
    push(history, 3, receivedAt);
    raw.receivedAt = submittedAt!;
    raw.closedAt = receivedAt;
    raw.hasFee = false;
    raw.eResult = false;
    return raw;
  }
  push(history, 2, receivedAt);
  // NĐ 61 Art. 18: dossiers received after 15:00 are handed over, and counted, from the next working day.
  const after15 = minuteOfDay >= 900;
  const dueAt = cal.dueAt(receivedAt, proc.legalDays + (after15 ? 1 : 0));
  raw.dueAt = dueAt;

  let cursor = receivedAt;
  if (raw.hasFee) {
    const feeRequestedAt = receivedAt + sec(rng.int(online ? 0 : 1, online ? 20 : 8) * MINUTE + rng.int(0, 59) * 1000);
    const lag = Math.min(10 * DAY, Math.max(MINUTE, rng.logNormalMedian(online ? 2 * HOUR : 12 * MINUTE, online ? 1.2 : 0.6)));
    const feePaidAt = feeRequestedAt + sec(lag);
    push(history, 6, feeRequestedAt);
    raw.feeRequestedAt = feeRequestedAt;
    raw.feePaidAt = feePaidAt;
    cursor = feePaidAt;
    raw.onlinePayment = online
      ? rng.chance(R.onlinePaymentOnline) ? (rng.chance(0.6) ? 1 : 2) : 0
      : rng.chance(R.onlinePaymentCounter) ? 2 : 0;
  }
  let procStart = toOffice(rng, cal, cursor + sec(rng.int(5, 45) * MINUTE));
  if (after15 && cal.dayOf(procStart) === day) procStart = toOffice(rng, cal, cal.dayStart(cal.nextWorking(day)) + MORNING_START * MINUTE);
  push(history, 4, procStart);

  const r = rng.float();
  const outcome = r < R.withdrawn ? 7 : r < R.withdrawn + R.stopped ? 8 : 9;
  const nSup = rng.chance(R.twoSupplements) ? 2 : rng.chance(R.oneSupplement / (1 - R.twoSupplements)) ? 1 : 0;
  const late = outcome === 9 && nSup < 2 && rng.chance(R.lateAfterDeadline);

  let last = procStart;
  let pausedMs = 0;
  const supCount = outcome === 8 ? 0 : outcome === 7 ? Math.min(1, nSup) : nSup;
  for (let i = 0; i < supCount; i++) {
    // NĐ 61 Art. 19.4: a supplement is requested within three working days of reception, and before the
    // (paused) deadline, or it would make the dossier late on its own.
    const deadline = dueAt + pausedMs - 30 * MINUTE;
    const req = earlyWithin(rng, cal, last + 10 * MINUTE, Math.min(deadline, cal.dayStart(cal.addWorking(cal.workingOnOrAfter(cal.dayOf(last)), 3))));
    if (req === undefined) break;
    const waitDays = Math.min(25, Math.round(rng.logNormalMedian(2, 0.8)));
    const compDay = cal.addWorking(cal.dayOf(req), waitDays);
    const comp = officeTime(rng, cal, compDay, req + 30 * MINUTE) ?? officeTime(rng, cal, cal.nextWorking(compDay))!;
    push(history, 5, req);
    if (outcome === 7) {
      // Withdrawn while the supplement was pending.
      const closedAt = officeTime(rng, cal, cal.dayOf(req + (comp - req) * (0.2 + 0.6 * rng.float())), req + 10 * MINUTE, comp) ?? req + 15 * MINUTE;
      raw.supplements.push([req, undefined]);
      push(history, 7, closedAt);
      raw.closedAt = closedAt;
      raw.eResult = false;
      return raw;
    }
    raw.supplements.push([req, comp]);
    push(history, 4, comp);
    pausedMs += comp - req;
    last = comp;
  }

  if (outcome === 7 || outcome === 8) {
    const closedAt = earlyWithin(rng, cal, procStart + 10 * MINUTE, dueAt) ?? procStart + 30 * MINUTE;
    push(history, outcome, closedAt);
    raw.closedAt = closedAt;
    raw.eResult = false;
    return raw;
  }

  const lo = last + 20 * MINUTE;
  let processedAt: number | undefined;
  if (!late) processedAt = earlyWithin(rng, cal, lo, dueAt + pausedMs);
  if (processedAt === undefined) {
    const base = Math.max(dueAt + pausedMs, lo);
    const lateDays = 1 + Math.min(15, Math.floor(rng.logNormalMedian(1.2, 0.8)));
    processedAt = late ? officeTime(rng, cal, cal.addWorking(cal.dayOf(base), lateDays))! : toOffice(rng, cal, lo);
  }
  push(history, 9, processedAt);
  raw.processedAt = processedAt;

  let returnedAt: number;
  if (online && raw.eResult) returnedAt = processedAt + sec(rng.int(1, 30) * MINUTE);
  else {
    const wait = rng.chance(0.55) ? 0 : Math.min(40, 1 + Math.floor(rng.logNormalMedian(1, 1)));
    const d = cal.addWorking(cal.workingOnOrAfter(cal.dayOf(processedAt)), wait);
    returnedAt = officeTime(rng, cal, d, processedAt + 10 * MINUTE) ?? officeTime(rng, cal, cal.nextWorking(d))!;
  }
  push(history, 10, returnedAt);
  raw.returnedAt = returnedAt;

  if (processedAt - pausedMs > dueAt && rng.chance(R.rescheduleOfLate)) {
    // Mẫu 04: the apology goes out at the latest one day before the appointment, with one new date.
    let newDay = cal.addWorking(cal.workingOnOrAfter(cal.dayOf(processedAt)), rng.chance(0.5) ? 0 : 1);
    if (cal.dayStart(newDay) + 17 * HOUR < processedAt) newDay = cal.nextWorking(newDay);
    raw.rescheduledDueAt = cal.dayStart(newDay) + 17 * HOUR;
    raw.apologyAt = Math.max(receivedAt, dueAt - DAY);
    raw.rescheduleNote =
      `Xin lỗi ông/bà vì hồ sơ chưa được giải quyết đúng hẹn do ${rng.pick(APOLOGY_REASONS)}. ` +
      `Hẹn trả kết quả vào ngày ${cal.ddmmyyyy(newDay)} (Phiếu xin lỗi và hẹn lại ngày trả kết quả, Mẫu 04).`;
  }
  return raw;
}

/**
 * Cuts a simulated life at `asOf`: events at or after it have not happened. Returns undefined when
 * nothing had happened yet.
 */
function truncate(raw: RawCase, asOf: number): RawCase | undefined {
  const h = raw.history;
  let n = 0;
  while (n < h.length && h[n + 1]! < asOf) n += 2;
  if (n === 0) return undefined;
  if (n < h.length) raw.history = h.slice(0, n);
  raw.status = raw.history[n - 2] as CaseStatus;
  if (raw.status === 1) {
    // Submitted but not yet received: no reception, no appointment, nobody assigned.
    raw.receivedAt = raw.submittedAt!;
    raw.dueAt = undefined;
    raw.officerId = undefined;
    raw.counterId = undefined;
  }
  const before = (t: number | undefined) => (t !== undefined && t < asOf ? t : undefined);
  raw.processedAt = before(raw.processedAt);
  raw.returnedAt = before(raw.returnedAt);
  raw.closedAt = before(raw.closedAt);
  raw.feeRequestedAt = before(raw.feeRequestedAt);
  raw.feePaidAt = before(raw.feePaidAt);
  if (raw.feePaidAt === undefined) raw.onlinePayment = 0;
  if (raw.processedAt === undefined) raw.eResult = false;
  if (raw.supplements.length) raw.supplements = raw.supplements.filter(([req]) => req < asOf).map(([req, done]) => [req, before(done)]);
  if (raw.apologyAt === undefined || raw.apologyAt >= asOf) {
    raw.rescheduledDueAt = undefined;
    raw.rescheduleNote = undefined;
    raw.apologyAt = undefined;
  }
  return raw;
}

/**
 * Simulates the plan day by day. Dossier codes carry a per-unit daily sequence (Circular 01/2018 Art. 19)
 * that continues across days for dossiers dated earlier (a pending online dossier is dated by its
 * submission).
 */
export function* simulateDays(p: CasePlan): Generator<RawDay> {
  const cal = p.cal;
  const seqs = new Map<number, number>();
  const codes = p.unitCodes;
  const span = p.to - p.from;
  let month = '';
  for (const { day, count } of p.days) {
    // The pending day after the period only adds dossiers submitted inside it: they join the last month.
    if (p.cal.dayStart(day) < p.to || month === '') month = cal.dateKey(day).slice(0, 7);
    const rng = createRng(`${p.seed}|cases|${cal.dateKey(day)}`);
    const position = Math.min(1, Math.max(0, (cal.dayStart(day) + 12 * HOUR - p.from) / span));
    const kept: RawCase[] = [];
    for (let i = 0; i < count; i++) {
      const raw = simulateCase(p, rng, day, position);
      if (deskTime(raw) < p.from) continue;
      const cut = truncate(raw, p.to);
      if (cut) kept.push(cut);
    }
    kept.sort((a, b) => a.receivedAt - b.receivedAt);
    for (const c of kept) {
      const codeDay = cal.dayOf(c.receivedAt);
      const key = codeDay * 65536 + c.unitIndex;
      const seq = (seqs.get(key) ?? 0) + 1;
      if (seq > 9999) throw new RangeError(`generateCases(): more than 9999 dossiers for ${c.unitId} on ${cal.dateKey(codeDay)}`);
      seqs.set(key, seq);
      c.code = `${codes[c.unitIndex]!}-${cal.yymmdd(codeDay)}-${SEQ[seq] ?? String(seq).padStart(4, '0')}`;
    }
    assignTickets(rng, kept, p.ticketBase);
    yield { day, month, cases: kept };
  }
}

/** When the desk received (2) or refused (3) the dossier. */
function deskTime(raw: RawCase): number {
  const h = raw.history;
  for (let i = 0; i < h.length; i += 2) if (h[i] === 2 || h[i] === 3) return h[i + 1]!;
  return raw.receivedAt;
}

/** Queue ticket numbers of counter visits: per unit and field, in arrival order, with gaps for visits that filed nothing. */
function assignTickets(rng: Rng, cases: readonly RawCase[], ticketBase: ReadonlyMap<string, number>): void {
  const next = new Map<string, number>();
  for (const c of cases) {
    if (c.channel !== 1 || c.status === 1) continue;
    const key = c.unitId + '|' + c.fieldId;
    const n = (next.get(key) ?? 0) + 1 + (rng.chance(0.2) ? rng.int(1, 2) : 0);
    next.set(key, n);
    c.ticket = (ticketBase.get(c.fieldId) ?? 1) + n - 1;
  }
}

/** Converts a simulated dossier to the wire shape, every optional field present (null when absent). */
export function toCaseFile(c: RawCase, cal: SeedCalendar): CaseFile {
  const iso = (t: number | undefined) => (t === undefined ? null : cal.iso(t));
  const history: CaseFile['history'] = [];
  for (let i = 0; i < c.history.length; i += 2) history.push({ status: c.history[i] as CaseStatus, at: cal.iso(c.history[i + 1]!) });
  return {
    code: c.code,
    procedureCode: c.procedure.code,
    unitId: c.unitId,
    fieldId: c.fieldId,
    channel: c.channel,
    status: c.status,
    submittedAt: iso(c.submittedAt),
    receivedAt: cal.iso(c.receivedAt),
    dueAt: iso(c.dueAt),
    legalDays: c.procedure.legalDays,
    rescheduledDueAt: iso(c.rescheduledDueAt),
    rescheduleNote: c.rescheduleNote ?? null,
    processedAt: iso(c.processedAt),
    returnedAt: iso(c.returnedAt),
    closedAt: iso(c.closedAt),
    supplements: c.supplements.map(([req, done]) => ({ requestedAt: cal.iso(req), completedAt: iso(done) })),
    feeRequestedAt: iso(c.feeRequestedAt),
    feePaidAt: iso(c.feePaidAt),
    hasFee: c.hasFee,
    onlinePayment: c.onlinePayment,
    digitised: c.digitised,
    eResult: c.eResult,
    paperResult: c.procedure.paperResult,
    reusedData: c.reusedData,
    personalStore: c.personalStore,
    citizenData: c.citizenData,
    synced: c.synced,
    officerId: c.officerId ?? null,
    history,
  };
}

/**
 * One period of dossiers (`CaseFile`), in chunks of one calendar month of reception, oldest first.
 * Each iteration of the returned iterable regenerates the same data.
 *
 * Volumes: `casesPerYear` (default 40,000) pro rata over the period's working days (Mon–Fri without
 * VN_HOLIDAYS), Mondays busiest and Fridays quietest, more before Tết; arrivals follow a daily curve
 * with a peak around 09:00 (07:30–11:30 and 13:30–17:00). About 40 % of dossiers go to the centre, the
 * rest to wards and communes by a seeded weight (wards heavier than communes); procedures by their
 * `luot_thuc_hien`.
 *
 * Patterns ({@link CASE_RATES}):
 * - channel: online (2) rises linearly from ≈45 % to ≈75 % of dossiers over the period; ≈5 % of other
 *   dossiers of procedures that accept post come by post (3); online/postal submission precedes reception.
 * - timeliness (Circular rules of core/cases/timeliness): ≈95 % on time, most of them early; ≈4 % late
 *   after the deadline, ≈1 % late by a second supplement; half of the late ones carry a rescheduled date
 *   and an apology note (Mẫu 04).
 * - ≈8 % one supplement request, ≈1 % two, requested within three working days and answered days later;
 *   the paused time is excluded, so the completion moves by it.
 * - ≈0.6 % of online/postal dossiers refused at the desk (3), ≈0.5 % withdrawn (7), ≈0.5 % stopped (8).
 * - fee procedures raise a financial obligation (6) after reception; online fee dossiers mostly pay online
 *   (DVCQG 1 or local gateway 2), some counter ones by QR (2).
 * - flags: digitised ≈85 %, eResult ≈70 % of processed dossiers, reusedData ≈25 %, personalStore ≈8 %,
 *   citizenData ≈60 %, synced ≈98 %; online dossiers score higher on each.
 * - appointment `dueAt`: `legalDays` working days after reception (one more after 15:00, NĐ 61 Art. 18)
 *   through `addWorkingDays`, at 17:00 local.
 * - snapshot at `to`: later events are cut, so recent dossiers are still open (2, 4, 5, 6, 9) and online
 *   dossiers submitted before `to` but not yet received are status 1.
 * - codes `{agency}-{YYMMDD}-{NNNN}` with a per-unit daily sequence; times are ISO with the offset
 *   (`+07:00`), whole seconds.
 */
export function generateCases(ctx: CaseGenOptions): Iterable<CaseFile[]> {
  return casesFromPlan(planCases(ctx));
}

/**
 * The dossiers of a plan in month chunks; each iteration regenerates them (see {@link generateCases}).
 * `simulated`, the days of an earlier `simulateDays(plan)` pass, spares the first iteration the
 * simulation; it is released once used, and later iterations simulate again (with the same result).
 */
export function casesFromPlan(plan: CasePlan, simulated?: RawDay[]): Iterable<CaseFile[]> {
  let days = simulated;
  return {
    [Symbol.iterator]: () => {
      const source = days ?? simulateDays(plan);
      days = undefined;
      return caseChunks(plan, source);
    },
  };
}

function* caseChunks(plan: CasePlan, days: Iterable<RawDay>): Generator<CaseFile[]> {
  let month = '';
  let chunk: CaseFile[] = [];
  for (const d of days) {
    if (d.month !== month && chunk.length) {
      yield chunk;
      chunk = [];
    }
    month = d.month;
    for (const c of d.cases) chunk.push(toCaseFile(c, plan.cal));
  }
  if (chunk.length) yield chunk;
}

/** All dossiers of {@link generateCases} in one array. */
export function generateAllCases(ctx: CaseGenOptions): CaseFile[] {
  const out: CaseFile[] = [];
  for (const chunk of generateCases(ctx)) for (const c of chunk) out.push(c);
  return out;
}
