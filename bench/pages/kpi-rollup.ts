/**
 * Bench page, peer: the same Decision 766 scores with `d3.rollup` over one object per dossier (times
 * already epoch ms, the on-time rule of `evaluateTimeliness`, sets of procedure codes) and the same
 * `score766` per group: how a chart over row objects would do it.
 */
import { rollup } from 'd3-array';
import { evaluateTimeliness, type TimelinessInput } from '../../src/core/cases/timeliness.js';
import { CASE_FLAG, NONE, type CaseColumns } from '../../src/core/kpi/columns.js';
import type { ProcedureFact } from '../../src/core/kpi/procedures.js';
import { score766, type Inputs766 } from '../../src/core/kpi/rules-766.js';
import { dayOf, timeBuckets, toInstant } from '../../src/core/kpi/periods.js';
import { CALENDAR, QUERY_766, baseData, tiled } from './kpi-data.js';

interface Row extends TimelinessInput {
  unitId: string;
  procedureCode: string;
  channel: number;
  hasFee: boolean;
  paidOnline: boolean;
  paperResult: boolean;
  eResult: boolean;
  digitised: boolean;
  reusedData: boolean;
  personalStore: boolean;
  citizenData: boolean;
  synced: boolean;
}

export interface Params {
  n: number;
}
export interface State {
  rows: Row[];
  facts: ProcedureFact[];
  monthOfDay: (string | undefined)[];
  day0: number;
  asOf: Map<string, number>;
}

/** One object per dossier, as an app that keeps arrays of records would hold them. */
function rowsFrom(c: CaseColumns): Row[] {
  const rows: Row[] = new Array(c.length);
  let s = 0;
  let r = 0;
  for (let i = 0; i < c.length; i++) {
    const fl = c.flags[i] as number;
    const e = c.end[i] as number;
    const supplements: [number, number | undefined][] = [];
    while (s < c.supRow.length && c.supRow[s] === i) {
      const d = c.supCompleted[s] as number;
      supplements.push([(c.supRequested[s] as number) * 1000, d === NONE ? undefined : d * 1000]);
      s++;
    }
    let rescheduledDueAt: number | undefined;
    if (r < c.reschedRow.length && c.reschedRow[r] === i) rescheduledDueAt = (c.reschedAt[r++] as number) * 1000;
    const withResult = (fl & CASE_FLAG.endWithResult) !== 0;
    rows[i] = {
      unitId: c.units[c.unit[i] as number] as string,
      procedureCode: c.procedures[c.procedure[i] as number] as string,
      status: c.status[i] as number,
      channel: c.channel[i] as number,
      receivedAt: (c.received[i] as number) * 1000,
      dueAt: (c.due[i] as number) * 1000 + (fl & CASE_FLAG.legalDeadline ? 999 : 0),
      rescheduledDueAt,
      processedAt: e !== NONE && withResult ? e * 1000 : undefined,
      closedAt: e !== NONE && !withResult ? e * 1000 : undefined,
      supplements,
      hasFee: (fl & CASE_FLAG.hasFee) !== 0,
      paidOnline: (fl & (CASE_FLAG.paidDvcqg | CASE_FLAG.paidLocal)) !== 0,
      paperResult: (fl & CASE_FLAG.paperResult) !== 0,
      eResult: (fl & CASE_FLAG.eResult) !== 0,
      digitised: (fl & CASE_FLAG.digitised) !== 0,
      reusedData: (fl & CASE_FLAG.reusedData) !== 0,
      personalStore: (fl & CASE_FLAG.personalStore) !== 0,
      citizenData: (fl & CASE_FLAG.citizenData) !== 0,
      synced: (fl & CASE_FLAG.synced) !== 0,
    };
  }
  return rows;
}

export function setup({ n }: Params): State {
  const { base, facts } = baseData();
  const rows = rowsFrom(tiled(base, n));
  const from = toInstant(QUERY_766.from!, 420)!;
  const to = toInstant(QUERY_766.to!, 420)!;
  const buckets = timeBuckets({ from, to }, 'month', 420);
  const day0 = dayOf(from, 420);
  const monthOfDay: (string | undefined)[] = [];
  for (const b of buckets) for (let d = dayOf(b.from, 420); d <= dayOf(b.to - 1, 420); d++) monthOfDay[d - day0] = b.key;
  return { rows, facts, monthOfDay, day0, asOf: new Map(buckets.map((b) => [b.key, b.to])) };
}

function figures(rows: Row[], asOf: number, facts: ProcedureFact[]): Inputs766 {
  let received = 0, onTime = 0, late = 0, synced = 0, online766 = 0, fee = 0, paid = 0, paper = 0, paperE = 0;
  let digitised = 0, reused = 0, personal = 0, citizen = 0;
  const withDossier = new Set<string>();
  const feeProcs = new Set<string>();
  const paidProcs = new Set<string>();
  const onlineProcs = new Set<string>();
  const citizenProcs = new Set<string>();
  for (const r of rows) {
    if (r.status === 1 || r.status === 3) continue;
    received++;
    const t = evaluateTimeliness(r, { asOf, calendar: CALENDAR })!;
    if (t.onTime) onTime++;
    else late++;
    if (r.synced) synced++;
    if (r.channel === 2) {
      onlineProcs.add(r.procedureCode);
      if (!r.paperResult || r.eResult) online766++;
    }
    if (r.hasFee) {
      fee++;
      feeProcs.add(r.procedureCode);
      if (r.paidOnline) {
        paid++;
        paidProcs.add(r.procedureCode);
      }
    }
    if (r.paperResult) {
      paper++;
      if (r.eResult) paperE++;
    }
    if (r.digitised && (!r.paperResult || r.eResult)) digitised++;
    if (r.reusedData) reused++;
    if (r.personalStore) personal++;
    if (r.citizenData) {
      citizen++;
      citizenProcs.add(r.procedureCode);
    }
    withDossier.add(r.procedureCode);
  }
  const f = (numerator: number, denominator: number) => ({ numerator, denominator });
  const count = (p: (x: ProcedureFact) => boolean) => facts.filter(p).length;
  return {
    DOSSIER_SYNC: f(synced, received),
    PROCESSING_ON_TIME: f(onTime, received),
    ONLINE_DOSSIER_SHARE: f(received > 0 ? (online766 * synced) / received : 0, received),
    ONLINE_PAYMENT_DOSSIER: f(paid, fee),
    ORIGINAL_RESULT_AVAILABLE: f(paperE, paper),
    SO_HOA_GIAY_TO_GIAI_QUYET: f(digitised, received),
    REUSED_DIGITIZED_DATA: f(reused, received),
    SYNCED_WITH_DVCQG_PERSONAL_STORAGE: f(personal, received),
    CITIZEN_DATA_CONNECTED_DOSSIER: f(citizen, received),
    DOSSIER_RECEIVING_SATISFACTION: f(received - late, received),
    ONLINE_PAYMENT_FORMALITY: f(paidProcs.size, feeProcs.size),
    PUBLIC_CONTENT_FULL: f(count((x) => x.complete), facts.length),
    ONLINE_SERVICE_PROVIDED: f(count((x) => x.online), facts.length),
    ONLINE_SERVICE_USED: f(count((x) => x.online && onlineProcs.has(x.code)), count((x) => x.online)),
    FEE_FORMALITY_WITH_DOSSIER: f(count((x) => x.feeBearing && withDossier.has(x.code)), count((x) => x.feeBearing)),
    CITIZEN_DATA_CONNECTED_FORMALITY: f(count((x) => x.forIndividuals && citizenProcs.has(x.code)), count((x) => x.forIndividuals)),
  };
}

/** Timed: d3.rollup by unit and month, then `score766` per group. */
export function rollup766({ rows, facts, monthOfDay, day0, asOf }: State): (string | number)[][] {
  const byUnit = rollup(
    rows,
    (g) => g,
    (r) => r.unitId,
    (r) => monthOfDay[dayOf(r.receivedAt, 420) - day0],
  );
  const out: (string | number)[][] = [];
  for (const unit of [...byUnit.keys()].sort()) {
    const months = byUnit.get(unit)!;
    for (const [month, end] of asOf) {
      const s = score766(figures(months.get(month) ?? [], end, facts));
      out.push([unit, month, s.total, ...s.groups.map((x) => x.points)]);
    }
  }
  return out;
}

/** For the heap figure: makes the harness run `setup`, returns the dossiers held. */
export function held({ rows }: State): number {
  return rows.length;
}
