import { quantileSorted } from 'd3-array';
import type { CapThucHien } from '../../data/schemas/procedure.js';
import type { OrgData } from '../../data/schemas/org.js';
import type { Rating } from '../../data/schemas/rating.js';
import type { Petition } from '../../data/schemas/petition.js';
import type { Ticket } from '../../data/schemas/queue.js';
import { DAY, localDateKey, localWeekday, parseIso } from '../time/index.js';
import { CASE_FLAG, NONE, type CaseColumns } from './columns.js';
import { FEEDBACK_FLAG, NO_ANSWER, answerOf, type CaseFeedback } from './feedback.js';
import type { ProcedureFact } from './procedures.js';
import { dayOf, isTimeUnit, parsePeriod, timeBuckets, toInstant, type TimeBucket, type TimeUnit } from './periods.js';
import { ratio, roundHalfUp } from './round.js';
import { GROUPS_766, score766, type Config766, type Inputs766, type Score766 } from './rules-766.js';
import { NO_POINTS, aggregateTt01, onlinePoints, packedDossierPoints, petitionPoints, type Tt01Config, type Tt01Id, type Tt01Score } from './tt01.js';
import type { KpiFamily, MetricId } from './metrics.js';

/**
 * The KPI engine: one pass over the case columns (and over ratings, petitions and queue tickets) per
 * query, grouped by up to two dimensions, into counters from which every metric, the Decision 766
 * scorecard and the Circular 01/2018 score of each group are derived. Results are plain JSON, so the
 * same query gives deep-equal results in a Worker and on the main thread.
 *
 * Period attribution (documented choices):
 * - dossier metrics and the 766 index use the dossiers **received** in the period (the portal's
 *   denominators are "hồ sơ tiếp nhận"), measured at the period's end (or `now` for the current one):
 *   a dossier still open then is on time if its deadline has not passed, late if it has;
 * - `resolved…` metrics and Circular 01 use the dossiers whose processing **ended** in the period
 *   (the citizen evaluates when the result is returned);
 * - ratings by creation time, petitions by reception (measured at the period's end), tickets by issue.
 * With a time dimension each bucket is its own period (a March dossier still open on 31 March is
 * measured on 31 March in the March bucket); the total is measured at the end of the whole period.
 */

/** Dimensions a query can group by. */
export type GroupDim = 'unit' | 'field' | 'procedure' | 'officer' | 'channel' | 'counter' | 'service' | TimeUnit;

/** A rating as the engine reads it. */
export type RatingRow = Pick<Rating, 'createdAt' | 'unitId' | 'level'> & Partial<Pick<Rating, 'counterId' | 'procedureCode' | 'officerId'>>;
/** A petition as the engine reads it. */
export type PetitionRow = Pick<Petition, 'receivedAt' | 'dueAt' | 'unitId' | 'status' | 'topic' | 'reopened'> & Partial<Pick<Petition, 'handledAt' | 'verdict' | 'procedureCode'>>;
/** A queue ticket as the engine reads it. */
export type TicketRow = Pick<Ticket, 'unitId' | 'serviceId' | 'status' | 'issuedAt'> & Partial<Pick<Ticket, 'counterId' | 'calledAt' | 'startedAt' | 'endedAt'>>;

/** Everything a query can read. Each part is optional; families without their data are left out. */
export interface KpiData {
  cases?: CaseColumns;
  /** Ratings and petitions joined to `cases` (from `attachFeedback`). */
  feedback?: CaseFeedback;
  /** The procedure catalogue's facts (from `procedureFacts`). */
  procedures?: readonly ProcedureFact[];
  ratings?: readonly RatingRow[];
  petitions?: readonly PetitionRow[];
  tickets?: readonly TicketRow[];
  /** Organisation context (from {@link kpiOrgContext}). */
  org?: KpiOrgContext;
}

/** What the engine needs to know about the organisation. */
export interface KpiOrgContext {
  /** Level of government of a unit, for the catalogue scope of per-unit 766 sub-indicators. */
  unitLevels?: Readonly<Record<string, CapThucHien>>;
  /** Names of fields by id, matched with the catalogue's lĩnh vực. */
  fieldNames?: Readonly<Record<string, string>>;
  /** Officer at each counter, for queue KPIs by officer. */
  counterOfficers?: Readonly<Record<string, string>>;
}

/**
 * Organisation context from org data: wards, communes and special zones carry out "Cấp Xã"
 * procedures, cities and districts "Cấp Huyện", the province and its departments "Cấp Tỉnh"; a
 * centre serves every level (no restriction). A counter's officer is the first of its `officerIds`;
 * `onDuty` (counter id → officer id, e.g. from a queue snapshot's counter states) takes precedence.
 */
export function kpiOrgContext(org: OrgData, onDuty?: Readonly<Record<string, string>>): KpiOrgContext {
  const levelOf: Partial<Record<string, CapThucHien>> = {
    ward: 'Cấp Xã', commune: 'Cấp Xã', special_zone: 'Cấp Xã', city: 'Cấp Huyện', district: 'Cấp Huyện', province: 'Cấp Tỉnh', department: 'Cấp Tỉnh',
  };
  const unitLevels: Record<string, CapThucHien> = {};
  for (const u of org.units) {
    const l = levelOf[u.kind];
    if (l) unitLevels[u.id] = l;
  }
  const fieldNames: Record<string, string> = {};
  for (const f of org.fields) fieldNames[f.id] = f.name;
  const counterOfficers: Record<string, string> = {};
  for (const c of org.counters) {
    const o = onDuty?.[c.id] ?? c.officerIds?.[0];
    if (o) counterOfficers[c.id] = o;
  }
  return { unitLevels, fieldNames, counterOfficers };
}

/** A KPI query. */
export interface KpiQuery {
  /** Start (inclusive) and end (exclusive): epoch ms, ISO date-time, or a local date `YYYY-MM-DD`. */
  from?: number | string;
  to?: number | string;
  /** Alternatively a named period: `2026`, `2026-Q2`, `2026-03`, `2026-W10`, `2026-03-04`. */
  period?: string;
  /** The current instant, for a period that has not ended (default: the period's end). */
  now?: number | string;
  /** Up to two dimensions, e.g. `['unit', 'month']`. */
  groupBy?: readonly GroupDim[];
  /** Keep only these units (already expanded to sub-units by the caller). */
  unitIds?: readonly string[];
  fieldIds?: readonly string[];
  procedureCodes?: readonly string[];
  /** Families to compute (default: every family whose data is present). */
  families?: readonly KpiFamily[];
  /** Compute resolution-time percentiles (costs memory on large sets; default false). */
  percentiles?: boolean;
  /** Which appointment counts for rescheduled dossiers (default `original`). */
  reschedule?: 'original' | 'rescheduled';
  rules766?: Config766;
  tt01?: Tt01Config;
  /** UTC offset for periods when there are no case columns to take it from (default 420). */
  offsetMinutes?: number;
}

/** One group of a result. `key` holds the group's value of each dimension (`''` = unknown). */
export interface KpiGroup {
  key: Partial<Record<GroupDim, string>>;
  /** Metric values; a metric without data is absent (never NaN). */
  values: Partial<Record<MetricId, number>>;
  score766?: Score766;
  tt01?: Tt01Score;
}

/** The answer to a query: plain data. */
export interface KpiResult {
  /** The resolved period and the instant open dossiers of the total were measured at. */
  from: number;
  to: number;
  asOf: number;
  groupBy: GroupDim[];
  /** Time buckets when grouped by time. */
  buckets?: TimeBucket[];
  /** One per key seen (every time bucket for each key seen), sorted by key. */
  groups: KpiGroup[];
  /** The whole period, ungrouped. */
  total: KpiGroup;
  /** Families computed, and families asked for that could not be computed with this grouping or data. */
  families: KpiFamily[];
  skipped: KpiFamily[];
}

// ---------------------------------------------------------------------------------------------
// Case counters

const C = {
  SUBMITTED: 0, REFUSED: 1, AWAITING: 2, RECEIVED: 3,
  EARLY: 4, ON_TIME: 5, LATE: 6, LATE_MULTI: 7, FINISHED: 8, OPEN: 9, OPEN_LATE: 10,
  DIRECT: 11, ONLINE: 12, POSTAL: 13, ONLINE_766: 14, ONLINE_LATE: 15,
  HAS_FEE: 16, PAID_ONLINE: 17, PAPER: 18, PAPER_E: 19, DIGITISED: 20, DIGITISED_766: 21,
  REUSED: 22, PERSONAL: 23, CITIZEN: 24, SYNCED: 25, RESCHEDULED: 26, WITH_SUPPLEMENT: 27,
  FLAGGED: 28, UNSATISFIED: 29,
  RES_COUNT: 30, RES_SECONDS: 31, RES_WORKDAYS: 32,
  RESOLVED: 33, RESOLVED_EARLY: 34, RESOLVED_ON_TIME: 35, RESOLVED_LATE: 36,
  TT_N: 37,
  /** Σ points of per-dossier indicators 1, 2, 3, 4, 6, 7 (at +0 … +5), then their counts (at +6 … +11). */
  TT_SUM: 38,
  TT_CNT: 44,
  K: 50,
} as const;

const TT_SLOTS: readonly Tt01Id[] = ['1', '2', '3', '4', '6', '7'];
const TT_SLOT_NUMBERS: readonly number[] = TT_SLOTS.map(Number);

function inc(a: Float64Array, k: number): void {
  a[k] = (a[k] as number) + 1;
}
function add(a: Float64Array, k: number, v: number): void {
  a[k] = (a[k] as number) + v;
}

/** Bits of a group's per-procedure set (766 procedure-level sub-indicators). */
const P = { DOSSIER: 1, FEE: 2, PAID: 4, ONLINE: 8, CITIZEN: 16 } as const;

interface CaseGroup {
  c: Float64Array;
  /** Per procedure (column dictionary index) {@link P} bits. */
  proc?: Uint8Array;
  /** Resolution times (days), for percentiles. */
  res?: number[];
}

interface RatingGroup {
  n: number;
  levels: Record<string, number>;
}

interface PetitionGroup {
  n: number;
  onTime: number;
  open: number;
  overdue: number;
  bad: number;
  staff: number;
  regulation: number;
}

interface QueueGroup {
  issued: number;
  served: number;
  noShow: number;
  skipped: number;
  transferred: number;
  waiting: number;
  waits: number[];
  services: number[];
}

interface GroupAcc {
  key: Partial<Record<GroupDim, string>>;
  cases?: CaseGroup;
  ratings?: RatingGroup;
  petitions?: PetitionGroup;
  queue?: QueueGroup;
}

const CASE_DIMS: ReadonlySet<string> = new Set(['unit', 'field', 'procedure', 'officer', 'channel']);
const RATING_DIMS: ReadonlySet<string> = new Set(['unit', 'field', 'procedure', 'officer', 'counter']);
const PETITION_DIMS: ReadonlySet<string> = new Set(['unit', 'field', 'procedure']);
const QUEUE_DIMS: ReadonlySet<string> = new Set(['unit', 'field', 'counter', 'service', 'officer']);

interface Normalized {
  from: number;
  to: number;
  now: number;
  asOf: number;
  offset: number;
  dims: GroupDim[];
  timeDim: TimeUnit | undefined;
  buckets: TimeBucket[] | undefined;
}

function normalize(q: KpiQuery, offset: number): Normalized {
  let from: number | undefined;
  let to: number | undefined;
  if (q.period !== undefined) {
    const p = parsePeriod(q.period, offset);
    if (!p) throw new RangeError(`Unknown period "${q.period}"`);
    from = p.from;
    to = p.to;
  }
  if (q.from !== undefined) from = toInstant(q.from, offset);
  if (q.to !== undefined) to = toInstant(q.to, offset);
  if (from === undefined || to === undefined) throw new RangeError('A KPI query needs `period` or both `from` and `to`');
  if (!(to >= from)) throw new RangeError('A KPI query needs `to` ≥ `from`');
  const now = q.now !== undefined ? toInstant(q.now, offset) : to;
  if (now === undefined) throw new RangeError('Unparseable `now`');
  const dims = [...(q.groupBy ?? [])];
  if (dims.length > 2) throw new RangeError('A KPI query groups by at most two dimensions');
  if (new Set(dims).size !== dims.length) throw new RangeError('A dimension appears twice in `groupBy`');
  const timeDims = dims.filter(isTimeUnit);
  if (timeDims.length > 1) throw new RangeError('A KPI query groups by at most one time unit');
  const timeDim = timeDims[0];
  return {
    from, to, now, asOf: Math.min(to, now), offset, dims, timeDim,
    buckets: timeDim ? timeBuckets({ from, to }, timeDim, offset) : undefined,
  };
}

const keyString = (dims: readonly GroupDim[], key: Partial<Record<GroupDim, string>>) => dims.map((d) => key[d] ?? '').join('\u0000');

/** Bucket index of an instant within the normalized period, or -1. */
function bucketIndex(nq: Normalized, t: number): number {
  const b = nq.buckets;
  if (!b) return -1;
  let lo = 0;
  let hi = b.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const x = b[mid] as TimeBucket;
    if (t < x.from) hi = mid - 1;
    else if (t >= x.to) lo = mid + 1;
    else return mid;
  }
  return -1;
}

// ---------------------------------------------------------------------------------------------
// Cases: the typed-array pass

interface CasePass {
  groups: Map<string, GroupAcc>;
  total: CaseGroup;
}

function casePass(cols: CaseColumns, fb: CaseFeedback | undefined, facts: readonly ProcedureFact[] | undefined, q: KpiQuery, nq: Normalized, with766: boolean, withTt01: boolean): CasePass {
  const K = C.K;
  const n = cols.length;
  const nProc = cols.procedures.length;
  const percentiles = q.percentiles === true;
  const rescheduled = q.reschedule === 'rescheduled';
  const tt = q.tt01;
  const preferAnswers = tt?.citizenAnswers !== 'ignore';
  const lateAttitude = tt?.lateAttitude ?? 1;
  const boardPoint = tt?.noticeBoards !== false;

  const mask = (dict: readonly string[], wanted: readonly string[] | undefined): Uint8Array | undefined => {
    if (!wanted) return undefined;
    const set = new Set(wanted);
    return Uint8Array.from(dict, (s) => (set.has(s) ? 1 : 0));
  };
  const unitOk = mask(cols.units, q.unitIds);
  const fieldOk = mask(cols.fields, q.fieldIds);
  const procOk = mask(cols.procedures, q.procedureCodes);

  // Publication of each procedure for Circular 01 indicator 6: 0 unknown, 1 missing or incomplete, 2 complete.
  const publication = new Uint8Array(nProc);
  if (facts) {
    publication.fill(1);
    const idx = new Map(cols.procedures.map((p, i) => [p, i]));
    for (const f of facts) {
      const i = idx.get(f.code);
      if (i !== undefined && f.complete) publication[i] = 2;
    }
  }

  // Dimensions → value index per row.
  type Dim = { size: number; of: 'unit' | 'field' | 'procedure' | 'officer' | 'channel' | 'time'; label: (v: number) => string };
  const dims: Dim[] = nq.dims.map((d): Dim => {
    switch (d) {
      case 'unit': return { size: cols.units.length, of: 'unit', label: (v) => cols.units[v] ?? '' };
      case 'field': return { size: cols.fields.length, of: 'field', label: (v) => cols.fields[v] ?? '' };
      case 'procedure': return { size: cols.procedures.length, of: 'procedure', label: (v) => cols.procedures[v] ?? '' };
      case 'officer': return { size: cols.officers.length, of: 'officer', label: (v) => cols.officers[v] ?? '' };
      case 'channel': return { size: 4, of: 'channel', label: (v) => String(v) };
      default: return { size: nq.buckets?.length ?? 0, of: 'time', label: (v) => nq.buckets?.[v]?.key ?? '' };
    }
  });
  const d0 = dims[0];
  const d1 = dims[1];
  const sizeB = d1 ? d1.size : 1;
  const slots = new Int32Array(Math.max(1, (d0 ? d0.size : 1) * sizeB)).fill(-1);
  let groupsCap = 64;
  let acc = new Float64Array(groupsCap * K);
  let procBits = with766 ? new Uint8Array(groupsCap * nProc) : new Uint8Array(0);
  const res: number[][] = [];
  const slotKeys: number[] = [];
  let nGroups = 0;
  const total = new Float64Array(K);
  const totalProc = new Uint8Array(with766 ? nProc : 0);
  const totalRes: number[] = [];

  // Local day → bucket, and each bucket's measuring instant.
  const offSec = nq.offset * 60;
  const day0 = dayOf(nq.from, nq.offset);
  const dayN = dayOf(Math.max(nq.from, nq.to - 1), nq.offset) + 1;
  const dayBucket = new Int32Array(Math.max(0, dayN - day0)).fill(-1);
  const bucketAsOf: number[] = [];
  if (nq.buckets) {
    nq.buckets.forEach((b, bi) => {
      bucketAsOf.push(Math.min(b.to, nq.now));
      for (let d = dayOf(b.from, nq.offset); d <= dayOf(b.to - 1, nq.offset); d++) dayBucket[d - day0] = bi;
    });
  }

  // Working-day prefix counts over the days the pass can meet.
  const wdBase = day0 - 1;
  const wdEnd = dayOf(nq.asOf, nq.offset) + 2;
  const wdPrefix = new Int32Array(Math.max(1, wdEnd - wdBase));
  {
    const workDays = new Set(cols.workDays);
    const holidays = new Set(cols.holidays);
    for (let d = 1; d < wdPrefix.length; d++) {
      const t = (wdBase + d) * DAY - nq.offset * 60_000;
      const work = workDays.has(localWeekday(t, nq.offset)) && !holidays.has(localDateKey(t, nq.offset));
      wdPrefix[d] = (wdPrefix[d - 1] as number) + (work ? 1 : 0);
    }
  }
  const workingDays = (fromDay: number, toDay: number): number => {
    if (toDay <= fromDay) return 0;
    const a = Math.min(Math.max(fromDay - wdBase, 0), wdPrefix.length - 1);
    const b = Math.min(Math.max(toDay - wdBase, 0), wdPrefix.length - 1);
    return (wdPrefix[b] as number) - (wdPrefix[a] as number);
  };

  const groupOf = (v0: number, v1: number): number => {
    const s = v0 * sizeB + v1;
    let g = slots[s] as number;
    if (g < 0) {
      g = nGroups++;
      slots[s] = g;
      slotKeys.push(s);
      if (g >= groupsCap) {
        groupsCap *= 2;
        const next = new Float64Array(groupsCap * K);
        next.set(acc);
        acc = next;
        if (with766) {
          const nb = new Uint8Array(groupsCap * nProc);
          nb.set(procBits);
          procBits = nb;
        }
      }
      if (percentiles) res.push([]);
    }
    return g;
  };
  const dimValue = (d: Dim, i: number, bucket: number): number => {
    switch (d.of) {
      case 'unit': return cols.unit[i] as number;
      case 'field': return cols.field[i] as number;
      case 'procedure': return cols.procedure[i] as number;
      case 'officer': return cols.officer[i] as number;
      case 'channel': return cols.channel[i] as number;
      default: return bucket;
    }
  };

  const { status, channel, flags, received, end, due, supRow, supRequested, supCompleted, reschedRow, reschedAt, procedure } = cols;
  const nSup = supRow.length;
  const nResched = reschedRow.length;
  const fbRow = fb?.row;
  const nFb = fbRow?.length ?? 0;
  let sc = 0;
  let rc = 0;
  let fc = 0;

  // Scratch of the last evaluation.
  let evFinished = false;
  let evEffEnd = 0;
  let evRequested = 0;
  /** The rules of core/cases/timeliness.ts on row i at `asOf`: 0 early, 1 on time, 2 late, 3 late (several supplements). */
  const evaluate = (i: number, s0: number, asOf: number, deadline: number, e: number): number => {
    const finished = e !== NONE && e * 1000 <= asOf;
    const horizon = finished ? e * 1000 : asOf;
    let supMs = 0;
    let waitingSince = Infinity;
    let requested = 0;
    for (let s = s0; s < nSup && supRow[s] === i; s++) {
      const req = (supRequested[s] as number) * 1000;
      if (req > horizon) break;
      requested++;
      const d = supCompleted[s] as number;
      if (d === NONE || d * 1000 > horizon) {
        if (req < waitingSince) waitingSince = req;
      } else supMs += d * 1000 - req;
    }
    const effEnd = (waitingSince !== Infinity ? waitingSince : horizon) - supMs;
    evFinished = finished;
    evEffEnd = effEnd;
    evRequested = requested;
    if (requested > 1) return 3;
    if (effEnd > deadline) return 2;
    if (finished && Math.floor((effEnd + offSec * 1000) / DAY) < Math.floor((deadline + offSec * 1000) / DAY)) return 0;
    return 1;
  };

  const addCohort = (a: Float64Array, base: number, bits: Uint8Array, bitsBase: number, resList: number[] | undefined, i: number, st: number, code: number, fl: number, fbFlags: number, resched: boolean, s0: number) => {
    inc(a, base + C.SUBMITTED);
    if (st === 3) {
      inc(a, base + C.REFUSED);
      return;
    }
    if (st === 1) {
      inc(a, base + C.AWAITING);
      return;
    }
    inc(a, base + C.RECEIVED);
    const late = code >= 2;
    if (code === 0) inc(a, base + C.EARLY);
    else if (code === 1) inc(a, base + C.ON_TIME);
    else {
      inc(a, base + C.LATE);
      if (code === 3) inc(a, base + C.LATE_MULTI);
    }
    if (evFinished) inc(a, base + C.FINISHED);
    else {
      inc(a, base + C.OPEN);
      if (late) inc(a, base + C.OPEN_LATE);
    }
    const ch = channel[i] as number;
    const paper = (fl & CASE_FLAG.paperResult) !== 0;
    const eRes = (fl & CASE_FLAG.eResult) !== 0;
    if (ch === 2) {
      inc(a, base + C.ONLINE);
      if (!paper || eRes) inc(a, base + C.ONLINE_766);
      if (late) inc(a, base + C.ONLINE_LATE);
    } else if (ch === 3) inc(a, base + C.POSTAL);
    else inc(a, base + C.DIRECT);
    const fee = (fl & CASE_FLAG.hasFee) !== 0;
    const paid = (fl & (CASE_FLAG.paidDvcqg | CASE_FLAG.paidLocal)) !== 0;
    if (fee) {
      inc(a, base + C.HAS_FEE);
      if (paid) inc(a, base + C.PAID_ONLINE);
    }
    if (paper) {
      inc(a, base + C.PAPER);
      if (eRes) inc(a, base + C.PAPER_E);
    }
    if (fl & CASE_FLAG.digitised) {
      inc(a, base + C.DIGITISED);
      if (!paper || eRes) inc(a, base + C.DIGITISED_766);
    }
    if (fl & CASE_FLAG.reusedData) inc(a, base + C.REUSED);
    if (fl & CASE_FLAG.personalStore) inc(a, base + C.PERSONAL);
    if (fl & CASE_FLAG.citizenData) inc(a, base + C.CITIZEN);
    if (fl & CASE_FLAG.synced) inc(a, base + C.SYNCED);
    if (resched) inc(a, base + C.RESCHEDULED);
    if (s0 < nSup && supRow[s0] === i) inc(a, base + C.WITH_SUPPLEMENT);
    const flagged = (fbFlags & (FEEDBACK_FLAG.petition | FEEDBACK_FLAG.dislike)) !== 0;
    if (flagged) inc(a, base + C.FLAGGED);
    if (flagged || late) inc(a, base + C.UNSATISFIED);
    if (evFinished && (fl & CASE_FLAG.endWithResult)) {
      const recvMs = (received[i] as number) * 1000;
      const secs = Math.max(0, (evEffEnd - recvMs) / 1000);
      inc(a, base + C.RES_COUNT);
      add(a, base + C.RES_SECONDS, secs);
      add(a, base + C.RES_WORKDAYS, workingDays(Math.floor((recvMs + offSec * 1000) / DAY), Math.floor((evEffEnd + offSec * 1000) / DAY)));
      if (resList) resList.push(secs / 86_400);
    }
    if (bits.length > 0) {
      let b = P.DOSSIER;
      if (fee) b |= P.FEE;
      if (paid) b |= P.PAID;
      if (ch === 2) b |= P.ONLINE;
      if (fl & CASE_FLAG.citizenData) b |= P.CITIZEN;
      const k = bitsBase + (procedure[i] as number);
      bits[k] = (bits[k] as number) | b;
    }
  };

  const addResolved = (a: Float64Array, base: number, i: number, code: number, requested: number, fbFlags: number, answers: number) => {
    inc(a, base + C.RESOLVED);
    if (code === 0) inc(a, base + C.RESOLVED_EARLY);
    else if (code === 1) inc(a, base + C.RESOLVED_ON_TIME);
    else inc(a, base + C.RESOLVED_LATE);
    if (!withTt01) return;
    inc(a, base + C.TT_N);
    const packed = packedDossierPoints(code === 0 ? 0 : code === 1 ? 1 : 2, requested, channel[i] as number, publication[procedure[i] as number] as 0 | 1 | 2, (fbFlags & FEEDBACK_FLAG.staffComplaint) !== 0, boardPoint, lateAttitude);
    for (let k = 0; k < 6; k++) {
      let p = (packed >>> (3 * k)) & 7;
      if (preferAnswers && answers !== 0) {
        const ans = answerOf(answers, TT_SLOT_NUMBERS[k] as number);
        if (ans !== NO_ANSWER) p = ans;
      }
      if (p !== NO_POINTS) {
        add(a, base + C.TT_SUM + k, p);
        inc(a, base + C.TT_CNT + k);
      }
    }
  };

  const totalAsOf = nq.asOf;
  const fromMs = nq.from;
  const toMs = nq.to;
  const nowMs = nq.now;
  const hasTime = nq.timeDim !== undefined;
  for (let i = 0; i < n; i++) {
    while (sc < nSup && (supRow[sc] as number) < i) sc++;
    while (rc < nResched && (reschedRow[rc] as number) < i) rc++;
    if (fbRow) while (fc < nFb && (fbRow[fc] as number) < i) fc++;
    if (unitOk && !unitOk[cols.unit[i] as number]) continue;
    if (fieldOk && !fieldOk[cols.field[i] as number]) continue;
    if (procOk && !procOk[procedure[i] as number]) continue;
    const recvMs = (received[i] as number) * 1000;
    const e = end[i] as number;
    const st = status[i] as number;
    const inCohort = recvMs >= fromMs && recvMs < toMs && recvMs <= nowMs;
    const eMs = e === NONE ? Infinity : e * 1000;
    const inResolved = st !== 1 && st !== 3 && eMs >= fromMs && eMs < toMs && eMs <= nowMs;
    if (!inCohort && !inResolved) continue;
    const fl = flags[i] as number;
    const hasResched = rc < nResched && reschedRow[rc] === i;
    const deadline = rescheduled && hasResched ? (reschedAt[rc] as number) * 1000 : (due[i] as number) * 1000 + (fl & CASE_FLAG.legalDeadline ? 999 : 0);
    const onFb = fbRow !== undefined && fc < nFb && fbRow[fc] === i;
    const fbFlags = onFb ? (fb!.flags[fc] as number) : 0;
    const answers = onFb ? (fb!.answers[fc] as number) : 0;
    const s0 = sc;
    if (inCohort) {
      let bucket = -1;
      let asOf = totalAsOf;
      if (hasTime) {
        bucket = dayBucket[Math.floor(((received[i] as number) + offSec) / 86_400) - day0] as number;
        asOf = bucketAsOf[bucket] as number;
      }
      const g = groupOf(d0 ? dimValue(d0, i, bucket) : 0, d1 ? dimValue(d1, i, bucket) : 0);
      const live = st !== 1 && st !== 3;
      let code = live ? evaluate(i, s0, asOf, deadline, e) : 0;
      addCohort(acc, g * K, procBits, g * nProc, percentiles ? res[g] : undefined, i, st, code, fl, fbFlags, hasResched, s0);
      // Finished by the bucket's end means the same result at the total's later end.
      if (live && asOf !== totalAsOf && !(e !== NONE && eMs <= asOf)) code = evaluate(i, s0, totalAsOf, deadline, e);
      addCohort(total, 0, totalProc, 0, percentiles ? totalRes : undefined, i, st, code, fl, fbFlags, hasResched, s0);
    }
    if (inResolved) {
      const code = evaluate(i, s0, eMs, deadline, e);
      const requested = evRequested;
      const bucket = hasTime ? (dayBucket[Math.floor((e + offSec) / 86_400) - day0] as number) : -1;
      const g = groupOf(d0 ? dimValue(d0, i, bucket) : 0, d1 ? dimValue(d1, i, bucket) : 0);
      addResolved(acc, g * K, i, code, requested, fbFlags, answers);
      addResolved(total, 0, i, code, requested, fbFlags, answers);
    }
  }

  const groups = new Map<string, GroupAcc>();
  for (let g = 0; g < nGroups; g++) {
    const s = slotKeys[g] as number;
    const v0 = Math.floor(s / sizeB);
    const v1 = s % sizeB;
    const key: Partial<Record<GroupDim, string>> = {};
    if (d0) key[nq.dims[0] as GroupDim] = d0.label(v0);
    if (d1) key[nq.dims[1] as GroupDim] = d1.label(v1);
    const cg: CaseGroup = { c: acc.slice(g * K, (g + 1) * K) };
    if (with766) cg.proc = procBits.slice(g * nProc, (g + 1) * nProc);
    if (percentiles) cg.res = res[g] ?? [];
    groups.set(keyString(nq.dims, key), { key, cases: cg });
  }
  const totalGroup: CaseGroup = { c: total };
  if (with766) totalGroup.proc = totalProc;
  if (percentiles) totalGroup.res = totalRes;
  return { groups, total: totalGroup };
}

// ---------------------------------------------------------------------------------------------
// Ratings, petitions, queue: row passes (these sets are small next to the dossiers)

type KeyFn = (dim: GroupDim) => string | undefined;

function groupKey(nq: Normalized, bucket: number, valueOf: KeyFn): Partial<Record<GroupDim, string>> | undefined {
  const key: Partial<Record<GroupDim, string>> = {};
  for (const d of nq.dims) {
    if (isTimeUnit(d)) {
      const b = nq.buckets?.[bucket];
      if (!b) return undefined;
      key[d] = b.key;
    } else {
      const v = valueOf(d);
      if (v === undefined) return undefined;
      key[d] = v;
    }
  }
  return key;
}

function accFor(groups: Map<string, GroupAcc>, nq: Normalized, key: Partial<Record<GroupDim, string>>): GroupAcc {
  const k = keyString(nq.dims, key);
  let g = groups.get(k);
  if (!g) groups.set(k, (g = { key }));
  return g;
}

const inPeriod = (nq: Normalized, t: number | undefined): t is number => t !== undefined && t >= nq.from && t < nq.to && t <= nq.now;

function emptyRatings(): RatingGroup {
  return { n: 0, levels: {} };
}
function addRating(g: RatingGroup, level: string): void {
  g.n++;
  g.levels[level] = (g.levels[level] ?? 0) + 1;
}

function emptyPetitions(): PetitionGroup {
  return { n: 0, onTime: 0, open: 0, overdue: 0, bad: 0, staff: 0, regulation: 0 };
}
function addPetition(g: PetitionGroup, p: PetitionRow, asOf: number): void {
  const due = parseIso(p.dueAt) ?? NaN;
  const handledAt = p.status !== 'open' ? parseIso(p.handledAt) : undefined;
  const handled = handledAt !== undefined && handledAt <= asOf;
  // Handled by the deadline, or still open and not yet due (a petition in progress within its time).
  const onTime = handled ? handledAt <= due : asOf <= due;
  g.n++;
  if (onTime) g.onTime++;
  if (!handled) {
    g.open++;
    if (asOf > due) g.overdue++;
  }
  if (p.verdict === 'dislike' || !onTime || p.reopened) g.bad++;
  if (p.topic === 'staff') g.staff++;
  else if (p.topic === 'regulation') g.regulation++;
}

function emptyQueue(): QueueGroup {
  return { issued: 0, served: 0, noShow: 0, skipped: 0, transferred: 0, waiting: 0, waits: [], services: [] };
}
function addTicket(g: QueueGroup, t: TicketRow, issued: number): void {
  g.issued++;
  if (t.status === 'served') g.served++;
  else if (t.status === 'no_show') g.noShow++;
  else if (t.status === 'skipped') g.skipped++;
  else if (t.status === 'transferred') g.transferred++;
  else if (t.status === 'waiting') g.waiting++;
  const called = parseIso(t.calledAt);
  if (called !== undefined && called >= issued) g.waits.push((called - issued) / 60_000);
  const started = parseIso(t.startedAt);
  const ended = parseIso(t.endedAt);
  if (t.status === 'served' && started !== undefined && ended !== undefined && ended >= started) g.services.push((ended - started) / 60_000);
}

// ---------------------------------------------------------------------------------------------
// Deriving values

const fold = (s: string) => s.normalize('NFC').trim().toLowerCase();

interface Scope {
  facts: readonly ProcedureFact[];
}

function set<T extends object>(o: T, k: keyof T, v: number | undefined): void {
  if (v !== undefined && Number.isFinite(v)) (o as Record<PropertyKey, number>)[k] = v;
}

function sortedQuantile(values: number[], p: number): number | undefined {
  if (values.length === 0) return undefined;
  return quantileSorted(values, p);
}

function caseValues(v: Partial<Record<MetricId, number>>, cg: CaseGroup): void {
  const c = cg.c;
  const R = c[C.RECEIVED] as number;
  const x = (k: number) => c[k] as number;
  set(v, 'submitted', x(C.SUBMITTED));
  set(v, 'received', R);
  set(v, 'refused', x(C.REFUSED));
  set(v, 'awaitingReception', x(C.AWAITING));
  set(v, 'early', x(C.EARLY));
  set(v, 'onTime', x(C.ON_TIME));
  set(v, 'late', x(C.LATE));
  set(v, 'lateMultipleSupplements', x(C.LATE_MULTI));
  set(v, 'finished', x(C.FINISHED));
  set(v, 'open', x(C.OPEN));
  set(v, 'openLate', x(C.OPEN_LATE));
  set(v, 'onTimeRate', ratio(x(C.EARLY) + x(C.ON_TIME), R));
  set(v, 'earlyRate', ratio(x(C.EARLY), R));
  set(v, 'lateRate', ratio(x(C.LATE), R));
  const RS = x(C.RESOLVED);
  set(v, 'resolved', RS);
  set(v, 'resolvedEarly', x(C.RESOLVED_EARLY));
  set(v, 'resolvedOnTime', x(C.RESOLVED_ON_TIME));
  set(v, 'resolvedLate', x(C.RESOLVED_LATE));
  set(v, 'resolvedOnTimeRate', ratio(x(C.RESOLVED_EARLY) + x(C.RESOLVED_ON_TIME), RS));
  set(v, 'direct', x(C.DIRECT));
  set(v, 'online', x(C.ONLINE));
  set(v, 'postal', x(C.POSTAL));
  set(v, 'directShare', ratio(x(C.DIRECT), R));
  set(v, 'onlineShare', ratio(x(C.ONLINE), R));
  set(v, 'postalShare', ratio(x(C.POSTAL), R));
  set(v, 'onlinePaymentShare', ratio(x(C.PAID_ONLINE), x(C.HAS_FEE)));
  set(v, 'digitisedShare', ratio(x(C.DIGITISED), R));
  set(v, 'eResultShare', ratio(x(C.PAPER_E), x(C.PAPER)));
  set(v, 'reusedDataShare', ratio(x(C.REUSED), R));
  set(v, 'personalStoreShare', ratio(x(C.PERSONAL), R));
  set(v, 'citizenDataShare', ratio(x(C.CITIZEN), R));
  set(v, 'syncRate', ratio(x(C.SYNCED), R));
  set(v, 'rescheduledShare', ratio(x(C.RESCHEDULED), R));
  set(v, 'supplementShare', ratio(x(C.WITH_SUPPLEMENT), R));
  const RC = x(C.RES_COUNT);
  set(v, 'avgResolutionDays', ratio(x(C.RES_SECONDS) / 86_400, RC));
  set(v, 'avgResolutionWorkingDays', ratio(x(C.RES_WORKDAYS), RC));
  if (cg.res) {
    const sorted = Float64Array.from(cg.res).sort();
    const arr = Array.from(sorted);
    set(v, 'p50ResolutionDays', sortedQuantile(arr, 0.5));
    set(v, 'p90ResolutionDays', sortedQuantile(arr, 0.9));
  }
}

function ratingValues(v: Partial<Record<MetricId, number>>, g: RatingGroup): void {
  const l = (k: string) => g.levels[k] ?? 0;
  const satisfied = l('very_satisfied') + l('satisfied');
  const dissatisfied = l('dissatisfied') + l('very_dissatisfied');
  set(v, 'ratings', g.n);
  set(v, 'satisfied', satisfied);
  set(v, 'dissatisfied', dissatisfied);
  set(v, 'satisfactionRate', ratio(satisfied, g.n));
  set(v, 'ratingsVerySatisfied', l('very_satisfied'));
  set(v, 'ratingsSatisfied', l('satisfied'));
  set(v, 'ratingsNeutral', l('neutral'));
  set(v, 'ratingsDissatisfied', l('dissatisfied'));
  set(v, 'ratingsVeryDissatisfied', l('very_dissatisfied'));
}

function petitionValues(v: Partial<Record<MetricId, number>>, g: PetitionGroup): void {
  set(v, 'petitions', g.n);
  set(v, 'petitionsOnTime', g.onTime);
  set(v, 'petitionOnTimeRate', ratio(g.onTime, g.n));
  set(v, 'petitionsOpen', g.open);
  set(v, 'petitionsOverdue', g.overdue);
  set(v, 'petitionSatisfactionRate', ratio(g.n - g.bad, g.n));
  set(v, 'petitionsStaff', g.staff);
  set(v, 'petitionsRegulation', g.regulation);
}

function queueValues(v: Partial<Record<MetricId, number>>, g: QueueGroup): void {
  set(v, 'tickets', g.issued);
  set(v, 'served', g.served);
  set(v, 'noShow', g.noShow);
  set(v, 'skipped', g.skipped);
  set(v, 'transferred', g.transferred);
  set(v, 'waiting', g.waiting);
  set(v, 'noShowRate', ratio(g.noShow, g.served + g.noShow + g.skipped));
  const waits = [...g.waits].sort((a, b) => a - b);
  const services = [...g.services].sort((a, b) => a - b);
  const mean = (a: number[]) => (a.length ? a.reduce((s, x) => s + x, 0) / a.length : undefined);
  set(v, 'avgWaitMinutes', mean(waits));
  set(v, 'p50WaitMinutes', sortedQuantile(waits, 0.5));
  set(v, 'p90WaitMinutes', sortedQuantile(waits, 0.9));
  set(v, 'maxWaitMinutes', waits[waits.length - 1]);
  set(v, 'avgServiceMinutes', mean(services));
  set(v, 'p50ServiceMinutes', sortedQuantile(services, 0.5));
  set(v, 'p90ServiceMinutes', sortedQuantile(services, 0.9));
}

function procedureCounts(cg: CaseGroup, procIndex: ReadonlyMap<string, number>, scope: Scope | undefined) {
  const bits = cg.proc ?? new Uint8Array(0);
  let feeProcs = 0;
  let paidProcs = 0;
  for (let p = 1; p < bits.length; p++) {
    const b = bits[p] as number;
    if (b & P.FEE) feeProcs++;
    if (b & P.PAID) paidProcs++;
  }
  if (!scope) return { feeProcs, paidProcs };
  const has = (f: ProcedureFact, bit: number) => {
    const i = procIndex.get(f.code);
    return i !== undefined && ((bits[i] as number) & bit) !== 0;
  };
  let complete = 0;
  let online = 0;
  let onlineUsed = 0;
  let fee = 0;
  let feeUsed = 0;
  let individual = 0;
  let individualCitizen = 0;
  for (const f of scope.facts) {
    if (f.complete) complete++;
    if (f.online) {
      online++;
      if (has(f, P.ONLINE)) onlineUsed++;
    }
    if (f.feeBearing) {
      fee++;
      if (has(f, P.DOSSIER)) feeUsed++;
    }
    if (f.forIndividuals) {
      individual++;
      if (has(f, P.CITIZEN)) individualCitizen++;
    }
  }
  return { feeProcs, paidProcs, scoped: { n: scope.facts.length, complete, online, onlineUsed, fee, feeUsed, individual, individualCitizen } };
}

function figures766(cg: CaseGroup | undefined, pg: PetitionGroup | undefined, procIndex: ReadonlyMap<string, number>, scope: Scope | undefined, overlap: 'union' | 'sum'): Inputs766 {
  const f: Inputs766 = {};
  if (cg) {
    const c = cg.c;
    const x = (k: number) => c[k] as number;
    const R = x(C.RECEIVED);
    f['DOSSIER_SYNC'] = { numerator: x(C.SYNCED), denominator: R };
    f['PROCESSING_ON_TIME'] = { numerator: x(C.EARLY) + x(C.ON_TIME), denominator: R };
    if (x(C.RES_COUNT) > 0) f['AVG_PROCESSING_DAYS'] = { value: x(C.RES_SECONDS) / 86_400 / x(C.RES_COUNT) };
    f['ONLINE_DOSSIER_SHARE'] = { numerator: R > 0 ? (x(C.ONLINE_766) * x(C.SYNCED)) / R : 0, denominator: R };
    f['ONLINE_PAYMENT_DOSSIER'] = { numerator: x(C.PAID_ONLINE), denominator: x(C.HAS_FEE) };
    f['ORIGINAL_RESULT_AVAILABLE'] = { numerator: x(C.PAPER_E), denominator: x(C.PAPER) };
    f['SO_HOA_GIAY_TO_GIAI_QUYET'] = { numerator: x(C.DIGITISED_766), denominator: R };
    f['REUSED_DIGITIZED_DATA'] = { numerator: x(C.REUSED), denominator: R };
    f['SYNCED_WITH_DVCQG_PERSONAL_STORAGE'] = { numerator: x(C.PERSONAL), denominator: R };
    f['CITIZEN_DATA_CONNECTED_DOSSIER'] = { numerator: x(C.CITIZEN), denominator: R };
    const unsatisfied = overlap === 'sum' ? Math.min(R, x(C.LATE) + x(C.FLAGGED)) : x(C.UNSATISFIED);
    f['DOSSIER_RECEIVING_SATISFACTION'] = { numerator: R - unsatisfied, denominator: R };
    const pc = procedureCounts(cg, procIndex, scope);
    f['ONLINE_PAYMENT_FORMALITY'] = { numerator: pc.paidProcs, denominator: pc.feeProcs };
    if (pc.scoped) {
      const s = pc.scoped;
      f['PUBLIC_CONTENT_FULL'] = { numerator: s.complete, denominator: s.n };
      f['ONLINE_SERVICE_PROVIDED'] = { numerator: s.online, denominator: s.n };
      f['ONLINE_SERVICE_USED'] = { numerator: s.onlineUsed, denominator: s.online };
      f['FEE_FORMALITY_WITH_DOSSIER'] = { numerator: s.feeUsed, denominator: s.fee };
      f['CITIZEN_DATA_CONNECTED_FORMALITY'] = { numerator: s.individualCitizen, denominator: s.individual };
    }
  }
  if (pg) {
    f['PETITION_PROCESSING_ON_TIME'] = { numerator: pg.onTime, denominator: pg.n };
    f['PETITION_HANDLING_SATISFACTION'] = { numerator: pg.n - pg.bad, denominator: pg.n };
    f['PETITION_CLASSIFICATION_TTHC'] = { numerator: pg.regulation, denominator: pg.n };
    f['PETITION_CLASSIFICATION_STAFF'] = { numerator: pg.staff, denominator: pg.n };
  }
  return f;
}

function tt01For(cg: CaseGroup, pg: PetitionGroup | undefined, scope: Scope | undefined, config: Tt01Config | undefined): Tt01Score {
  const c = cg.c;
  const sums: Partial<Record<Tt01Id, number>> = {};
  const counts: Partial<Record<Tt01Id, number>> = {};
  TT_SLOTS.forEach((id, k) => {
    sums[id] = c[C.TT_SUM + k] as number;
    counts[id] = c[C.TT_CNT + k] as number;
  });
  const agency: Partial<Record<Tt01Id, 0 | 1 | 2>> = {};
  if (pg) agency['8'] = petitionPoints(pg.n, pg.onTime, pg.overdue);
  const R = c[C.RECEIVED] as number;
  if (R > 0) {
    const procShare = scope && scope.facts.length > 0 ? scope.facts.filter((f) => f.online).length / scope.facts.length : undefined;
    agency['9'] = onlinePoints(procShare, (c[C.ONLINE] as number) / R, c[C.ONLINE_LATE] as number);
  }
  return aggregateTt01({ dossiers: c[C.TT_N] as number, sums, counts, agency }, config);
}

// ---------------------------------------------------------------------------------------------

/**
 * Runs a KPI query. One pass over the case columns (O(records)), plus passes over ratings, petitions
 * and tickets; grouping by up to two dimensions. Families whose data is absent, or which cannot be
 * grouped by a requested dimension (dossiers have no counter; tickets no procedure), are listed in
 * `skipped`. Throws `RangeError` for a malformed query (unknown period, more than two dimensions).
 */
export function computeKpis(data: KpiData, query: KpiQuery): KpiResult {
  const cols = data.cases;
  const offset = cols?.offsetMinutes ?? query.offsetMinutes ?? 420;
  const nq = normalize(query, offset);
  const plainDims = nq.dims.filter((d) => !isTimeUnit(d));
  const supports = (dims: ReadonlySet<string>) => plainDims.every((d) => dims.has(d));
  const requested = new Set<KpiFamily>(query.families ?? ['cases', 'ratings', 'petitions', 'queue', '766', 'tt01']);
  const can: Record<KpiFamily, boolean> = {
    cases: !!cols && supports(CASE_DIMS),
    ratings: !!data.ratings && supports(RATING_DIMS),
    petitions: !!data.petitions && supports(PETITION_DIMS),
    queue: !!data.tickets && supports(QUEUE_DIMS),
    '766': !!cols && supports(CASE_DIMS),
    tt01: !!cols && supports(CASE_DIMS),
  };
  const families: KpiFamily[] = [];
  const skipped: KpiFamily[] = [];
  for (const f of ['cases', 'ratings', 'petitions', 'queue', '766', 'tt01'] as const) {
    if (!requested.has(f)) continue;
    // Without an explicit list, families lacking their data are simply not part of the answer.
    const present = f === 'ratings' ? !!data.ratings : f === 'petitions' ? !!data.petitions : f === 'queue' ? !!data.tickets : !!cols;
    if (can[f]) families.push(f);
    else if (query.families || present) skipped.push(f);
  }
  const want = (f: KpiFamily) => families.includes(f);
  // Petitions feed the 766 satisfaction group and Circular 01 indicator 8 even when not listed.
  const needPetitions = !!data.petitions && supports(PETITION_DIMS) && (want('petitions') || want('766') || want('tt01'));
  const needCases = want('cases') || want('766') || want('tt01');

  const groups = new Map<string, GroupAcc>();
  const totalAcc: GroupAcc = { key: {} };

  if (needCases && cols) {
    const pass = casePass(cols, data.feedback, data.procedures, query, nq, want('766'), want('tt01'));
    for (const [k, g] of pass.groups) groups.set(k, g);
    totalAcc.cases = pass.total;
  }

  // Procedure → field, for ratings and petitions grouped or filtered by field.
  let procField: Map<string, string> | undefined;
  const fieldOfProcedure = (code: string | null | undefined): string | undefined => {
    if (!code) return undefined;
    if (!procField) {
      procField = new Map();
      if (cols) {
        for (let i = 0; i < cols.length; i++) {
          const p = cols.procedures[cols.procedure[i] as number] as string;
          if (!procField.has(p)) procField.set(p, cols.fields[cols.field[i] as number] as string);
        }
      }
    }
    return procField.get(code);
  };
  const unitSet = query.unitIds ? new Set(query.unitIds) : undefined;
  const fieldSet = query.fieldIds ? new Set(query.fieldIds) : undefined;
  const procSet = query.procedureCodes ? new Set(query.procedureCodes) : undefined;

  if (want('ratings') && data.ratings) {
    totalAcc.ratings = emptyRatings();
    for (const r of data.ratings) {
      const t = parseIso(r.createdAt);
      if (!inPeriod(nq, t)) continue;
      if (unitSet && !unitSet.has(r.unitId)) continue;
      if (procSet && !procSet.has(r.procedureCode ?? '')) continue;
      const field = fieldSet || nq.dims.includes('field') ? (fieldOfProcedure(r.procedureCode) ?? '') : '';
      if (fieldSet && !fieldSet.has(field)) continue;
      const key = groupKey(nq, bucketIndex(nq, t), (d) =>
        d === 'unit' ? r.unitId : d === 'procedure' ? (r.procedureCode ?? '') : d === 'officer' ? (r.officerId ?? '') : d === 'counter' ? (r.counterId ?? '') : d === 'field' ? field : undefined,
      );
      if (!key) continue;
      const g = accFor(groups, nq, key);
      addRating((g.ratings ??= emptyRatings()), r.level);
      addRating(totalAcc.ratings, r.level);
    }
  }

  if (needPetitions && data.petitions) {
    totalAcc.petitions = emptyPetitions();
    for (const p of data.petitions) {
      const t = parseIso(p.receivedAt);
      if (!inPeriod(nq, t)) continue;
      if (unitSet && !unitSet.has(p.unitId)) continue;
      if (procSet && !procSet.has(p.procedureCode ?? '')) continue;
      const field = fieldSet || nq.dims.includes('field') ? (fieldOfProcedure(p.procedureCode) ?? '') : '';
      if (fieldSet && !fieldSet.has(field)) continue;
      const bucket = bucketIndex(nq, t);
      const key = groupKey(nq, bucket, (d) => (d === 'unit' ? p.unitId : d === 'procedure' ? (p.procedureCode ?? '') : d === 'field' ? field : undefined));
      if (!key) continue;
      const asOf = nq.buckets ? Math.min((nq.buckets[bucket] as TimeBucket).to, nq.now) : nq.asOf;
      const g = accFor(groups, nq, key);
      addPetition((g.petitions ??= emptyPetitions()), p, asOf);
      addPetition(totalAcc.petitions, p, nq.asOf);
    }
  }

  if (want('queue') && data.tickets) {
    totalAcc.queue = emptyQueue();
    const officers = data.org?.counterOfficers ?? {};
    for (const tk of data.tickets) {
      const t = parseIso(tk.issuedAt);
      if (!inPeriod(nq, t)) continue;
      if (unitSet && !unitSet.has(tk.unitId)) continue;
      if (fieldSet && !fieldSet.has(tk.serviceId)) continue;
      const counter = tk.counterId ?? '';
      const key = groupKey(nq, bucketIndex(nq, t), (d) =>
        d === 'unit' ? tk.unitId : d === 'counter' ? counter : d === 'service' || d === 'field' ? tk.serviceId : d === 'officer' ? (officers[counter] ?? '') : undefined,
      );
      if (!key) continue;
      const g = accFor(groups, nq, key);
      addTicket((g.queue ??= emptyQueue()), tk, t);
      addTicket(totalAcc.queue, tk, t);
    }
  }

  // Every time bucket for every key seen, so series have no holes.
  if (nq.timeDim && nq.buckets) {
    const td = nq.timeDim;
    const others = new Map<string, Partial<Record<GroupDim, string>>>();
    for (const g of groups.values()) {
      const rest = { ...g.key };
      delete rest[td];
      others.set(keyString(nq.dims, rest), rest);
    }
    if (others.size === 0 && plainDims.length === 0) others.set('', {});
    for (const rest of others.values()) {
      for (const b of nq.buckets) {
        const key = { ...rest, [td]: b.key };
        const k = keyString(nq.dims, key);
        if (!groups.has(k)) groups.set(k, { key: orderKey(nq.dims, key) });
      }
    }
  }

  // Catalogue scope per group, cached by its restrictions.
  const facts = data.procedures;
  const procIndex = new Map<string, number>((cols?.procedures ?? []).map((p, i) => [p, i]));
  const scopeCache = new Map<string, Scope>();
  const levelsOf = (unitIds: readonly string[]): Set<string> | undefined => {
    const levels = new Set<string>();
    for (const u of unitIds) {
      const l = data.org?.unitLevels?.[u];
      if (!l) return undefined;
      levels.add(l);
    }
    return levels;
  };
  const namesOf = (fieldIds: readonly string[]): Set<string> | undefined => {
    const names = new Set<string>();
    for (const f of fieldIds) {
      const nm = data.org?.fieldNames?.[f];
      if (!nm) return undefined;
      names.add(fold(nm));
    }
    return names;
  };
  const scopeOf = (key: Partial<Record<GroupDim, string>>): Scope | undefined => {
    if (!facts) return undefined;
    const procs = key.procedure !== undefined ? new Set([key.procedure]) : procSet;
    const levels = levelsOf(key.unit !== undefined ? [key.unit] : (query.unitIds ?? []));
    const names = namesOf(key.field !== undefined ? [key.field] : (query.fieldIds ?? []));
    const ck = [procs ? [...procs].sort().join(',') : '*', levels && levels.size ? [...levels].sort().join(',') : '*', names && names.size ? [...names].sort().join(',') : '*'].join('|');
    let s = scopeCache.get(ck);
    if (!s) {
      s = {
        facts: facts.filter(
          (f) => (!procs || procs.has(f.code)) && (!levels || levels.size === 0 || f.levels.some((l) => levels.has(l))) && (!names || names.size === 0 || names.has(fold(f.field))),
        ),
      };
      scopeCache.set(ck, s);
    }
    return s;
  };

  const zeroCases = (): CaseGroup => {
    const g: CaseGroup = { c: new Float64Array(C.K) };
    if (want('766')) g.proc = new Uint8Array(cols?.procedures.length ?? 0);
    if (query.percentiles) g.res = [];
    return g;
  };
  const overlap = query.rules766?.satisfactionOverlap ?? 'union';
  const finish = (g: GroupAcc): KpiGroup => {
    const values: Partial<Record<MetricId, number>> = {};
    const cg = needCases && cols ? (g.cases ?? zeroCases()) : undefined;
    const pg = needPetitions ? (g.petitions ?? emptyPetitions()) : undefined;
    if (want('cases') && cg) caseValues(values, cg);
    if (want('ratings')) ratingValues(values, g.ratings ?? emptyRatings());
    if (want('petitions') && pg) petitionValues(values, pg);
    if (want('queue')) queueValues(values, g.queue ?? emptyQueue());
    const out: KpiGroup = { key: g.key, values };
    const scope = want('766') || want('tt01') ? scopeOf(g.key) : undefined;
    if (want('766') && cg) {
      const s = score766(figures766(cg, pg, procIndex, scope, overlap), query.rules766);
      out.score766 = s;
      set(values, 'score766', s.total);
      set(values, 'lost766', s.lost);
      for (const gr of s.groups) set(values, `score766${gr.code}` as MetricId, gr.points);
    }
    if (want('tt01') && cg) {
      const t = tt01For(cg, pg, scope, query.tt01);
      out.tt01 = t;
      if (t.omitted.length < 9) set(values, 'tt01Total', t.total);
      set(values, 'tt01OfficerScore', t.officerScore);
    }
    return out;
  };

  const ordered = [...groups.values()].sort((a, b) => {
    for (const d of nq.dims) {
      const x = a.key[d] ?? '';
      const y = b.key[d] ?? '';
      if (x !== y) return x < y ? -1 : 1;
    }
    return 0;
  });
  const result: KpiResult = {
    from: nq.from,
    to: nq.to,
    asOf: nq.asOf,
    groupBy: nq.dims,
    groups: nq.dims.length > 0 ? ordered.map(finish) : [],
    total: finish(totalAcc),
    families,
    skipped,
  };
  if (nq.buckets) result.buckets = nq.buckets;
  return result;
}

function orderKey(dims: readonly GroupDim[], key: Partial<Record<GroupDim, string>>): Partial<Record<GroupDim, string>> {
  const out: Partial<Record<GroupDim, string>> = {};
  for (const d of dims) if (key[d] !== undefined) out[d] = key[d];
  return out;
}

/** The 766 group codes in display order (re-exported for scorecards). */
export const GROUP_CODES_766 = GROUPS_766.map((g) => g.code);

/** Rounds a metric for display the way the portal does (ratios as percentages with 2 decimals). */
export function displayRound(value: number, unit: 'ratio' | 'points' | 'days' | 'minutes' | 'count'): number {
  if (unit === 'ratio') return roundHalfUp(value * 100, 2);
  if (unit === 'count') return value;
  return roundHalfUp(value, unit === 'points' ? 2 : 1);
}
