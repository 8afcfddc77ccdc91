import { expect } from '@open-wc/testing';
import { CaseFile } from '../../../src/data/schemas/case-file.js';
import { DossierCode } from '../../../src/data/schemas/common.js';
import { generateAllCases, generateCases } from '../../../src/data/seed/cases.js';
import { halongOrg, orgFromUnitList } from '../../../src/data/seed/org.js';
import { PROCEDURE_FIELD_IDS, PROCEDURE_LEGAL_DAYS, PROCEDURE_PROFILES } from '../../../src/data/seed/procedures.js';
import { caseTimeliness } from '../../../src/core/cases/timeliness.js';
import {
  DAY, HOUR, MINUTE, VN_HOLIDAYS, addWorkingDays, isWorkingDay, localDateKey, parseIso, startOfLocalDay,
} from '../../../src/core/time/index.js';

const OFFSET = 420;
const calendar = { offsetMinutes: OFFSET, holidays: new Set(VN_HOLIDAYS) };
const TO = '2026-03-01';
const toMs = parseIso('2026-03-01T00:00:00+07:00')!;
const t = (s: string | null | undefined) => parseIso(s)!;
const minuteOfDay = (ms: number) => (ms - startOfLocalDay(ms, OFFSET)) / MINUTE;
const share = (part: number, whole: number) => part / whole;
const OPEN = new Set([1, 2, 4, 5, 6, 9]);

/**
 * Runs `check` on every dossier and returns the first few failures as `code: message`. Asserting once
 * on the list keeps a 40,000-dossier sweep fast and its failure message useful.
 */
function violations(list: readonly CaseFile[], check: (c: CaseFile) => string | undefined): string[] {
  const out: string[] = [];
  for (const c of list) {
    const why = check(c);
    if (why !== undefined && out.push(`${c.code}: ${why}`) >= 5) break;
  }
  return out;
}

describe('seed/cases', function () {
  // One year of default data, generated once for the whole suite.
  this.timeout(60_000);
  let cases: CaseFile[];
  let chunks: CaseFile[][];
  const org = halongOrg();
  const unitCode = new Map(org.units.map((u) => [u.id, u.code]));

  before(() => {
    chunks = [...generateCases({ to: TO })];
    cases = chunks.flat();
  });

  it('every dossier passes the CaseFile schema', () => {
    expect(violations(cases, (c) => {
      const r = CaseFile.safeParse(c);
      return r.success ? undefined : JSON.stringify(r.error.issues.slice(0, 2));
    })).to.deep.equal([]);
  });

  it('a year holds about casesPerYear (40,000) dossiers', () => {
    expect(cases.length).to.be.within(39_200, 40_800);
  });

  it('casesPerYear scales the volume pro rata over the period', () => {
    const quarter = generateAllCases({ from: '2025-06-01', to: '2025-09-01', casesPerYear: 8000 });
    expect(quarter.length).to.be.within(1900, 2150);
    expect(violations(quarter, (c) => (c.status === 1 || t(c.receivedAt) >= t('2025-06-01T00:00:00+07:00') ? undefined : 'before the period'))).to.deep.equal([]);
  });

  it('dossier codes are unique, well-formed, and name the unit and the reception date', () => {
    expect(new Set(cases.map((c) => c.code)).size).to.equal(cases.length);
    expect(violations(cases, (c) => {
      if (!DossierCode.safeParse(c.code).success) return 'malformed';
      const [agency, yymmdd] = c.code.split('-');
      if (agency !== unitCode.get(c.unitId)) return `agency ${agency} is not the unit's`;
      if (yymmdd !== localDateKey(t(c.receivedAt), OFFSET).slice(2).replaceAll('-', '')) return `date differs from ${c.receivedAt}`;
      return undefined;
    })).to.deep.equal([]);
  });

  it('the daily sequence of each unit runs 0001, 0002 … with no gap', () => {
    const seqs = new Map<string, number[]>();
    for (const c of cases) {
      const [agency, date, seq] = c.code.split('-');
      const key = `${agency}-${date}`;
      let list = seqs.get(key);
      if (!list) seqs.set(key, (list = []));
      list.push(Number(seq));
    }
    for (const [key, list] of seqs) {
      list.sort((a, b) => a - b);
      expect(list, key).to.deep.equal(list.map((_, i) => i + 1));
    }
  });

  it('dossiers are received on working days, in office hours', () => {
    expect(violations(cases, (c) => {
      if (c.status === 1 || c.status === 3) return undefined;
      const at = t(c.receivedAt);
      const m = minuteOfDay(at);
      if (!isWorkingDay(at, calendar)) return `received on a day off: ${c.receivedAt}`;
      return (m >= 450 && m < 690) || (m >= 810 && m < 1020) ? undefined : `received out of hours: ${c.receivedAt}`;
    })).to.deep.equal([]);
  });

  it('timestamps are consistent: submitted < received < processed ≤ returned, supplements and fees inside', () => {
    expect(violations(cases, (c) => {
      const received = t(c.receivedAt);
      if (c.submittedAt && t(c.submittedAt) > received) return 'submitted after reception';
      if (c.channel === 1 && c.submittedAt !== null) return 'counter dossier with a submission time';
      if (c.processedAt && !(t(c.processedAt) > received)) return 'processed before reception';
      if (c.returnedAt && !(t(c.returnedAt) >= t(c.processedAt))) return 'returned before processing';
      if (c.closedAt && !(t(c.closedAt) >= received)) return 'closed before reception';
      let prev = received;
      for (const s of c.supplements) {
        if (!(t(s.requestedAt) > prev)) return 'supplement requested out of order';
        if (s.completedAt && !(t(s.completedAt) > t(s.requestedAt))) return 'supplement completed before its request';
        if (c.processedAt && !(t(s.completedAt) < t(c.processedAt))) return 'processed during a supplement';
        prev = s.completedAt ? t(s.completedAt) : t(s.requestedAt);
      }
      if (c.feePaidAt && !(t(c.feePaidAt) > t(c.feeRequestedAt))) return 'fee paid before it was requested';
      const all = [c.submittedAt, c.receivedAt, c.processedAt, c.returnedAt, c.closedAt, c.feeRequestedAt, c.feePaidAt, ...c.supplements.flatMap((s) => [s.requestedAt, s.completedAt])];
      return all.some((x) => x && t(x) >= toMs) ? 'an event after the period end' : undefined;
    })).to.deep.equal([]);
  });

  it('history is in time order, starts at 1 or 2, ends with the current status and agrees with the time fields', () => {
    expect(violations(cases, (c) => {
      const h = c.history;
      if (h[0]?.status !== (c.channel === 1 ? 2 : 1)) return `history starts with ${h[0]?.status}`;
      if (h[h.length - 1]!.status !== c.status) return 'history ends elsewhere than the status';
      for (let i = 1; i < h.length; i++) if (t(h[i]!.at) < t(h[i - 1]!.at)) return 'history out of order';
      const at = (s: number) => h.find((e) => e.status === s)?.at ?? null;
      if (at(9) !== c.processedAt) return 'status 9 differs from processedAt';
      if (at(10) !== c.returnedAt) return 'status 10 differs from returnedAt';
      if ((at(3) ?? at(7) ?? at(8)) !== c.closedAt) return 'closing status differs from closedAt';
      if (at(6) !== c.feeRequestedAt) return 'status 6 differs from feeRequestedAt';
      if (h.filter((e) => e.status === 5).map((e) => e.at).join() !== c.supplements.map((x) => x.requestedAt).join()) return 'status 5 differs from supplements';
      if (c.status !== 1 && c.status !== 3 && at(2) !== c.receivedAt) return 'status 2 differs from receivedAt';
      return undefined;
    })).to.deep.equal([]);
  });

  it('dueAt is 17:00 local on the day addWorkingDays gives for the legal days, one more day after 15:00', () => {
    expect(violations(cases, (c) => {
      if (c.legalDays !== PROCEDURE_LEGAL_DAYS[c.procedureCode]) return `legalDays ${c.legalDays}`;
      if (c.status === 1 || c.status === 3) return c.dueAt === null ? undefined : 'appointment without reception';
      const received = t(c.receivedAt);
      const days = c.legalDays! + (minuteOfDay(received) >= 15 * 60 ? 1 : 0);
      const expected = startOfLocalDay(addWorkingDays(received, days, calendar), OFFSET) + 17 * HOUR;
      return t(c.dueAt) === expected ? undefined : `dueAt ${c.dueAt}`;
    })).to.deep.equal([]);
  });

  it('about 95 % of dossiers are on time by the Decision 766 rules, most of them early', () => {
    let evaluated = 0;
    let onTime = 0;
    let finishedOnTime = 0;
    let early = 0;
    let multiple = 0;
    for (const c of cases) {
      const r = caseTimeliness(c, { asOf: toMs, calendar });
      if (!r) continue;
      evaluated++;
      if (r.onTime) onTime++;
      if (r.lateReason === 'multiple_supplements') multiple++;
      if (r.finished && r.onTime) {
        finishedOnTime++;
        if (r.timeliness === 'early') early++;
      }
    }
    expect(share(onTime, evaluated)).to.be.within(0.935, 0.965);
    expect(share(early, finishedOnTime)).to.be.above(0.7);
    expect(share(multiple, evaluated)).to.be.within(0.004, 0.016);
  });

  it('the online share rises from about 45 % to about 75 % through the year', () => {
    const months = new Map<string, [number, number]>();
    for (const c of cases) {
      if (c.status === 1 || c.status === 3) continue;
      const m = c.receivedAt.slice(0, 7);
      const v = months.get(m) ?? [0, 0];
      v[0]++;
      if (c.channel === 2) v[1]++;
      months.set(m, v);
    }
    const shares = [...months.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([, [n, online]]) => online / n);
    expect(shares).to.have.length(12);
    expect(shares[0]).to.be.within(0.4, 0.5);
    expect(shares[11]).to.be.within(0.68, 0.79);
    for (let i = 1; i < shares.length; i++) expect(shares[i]!).to.be.at.least(shares[i - 1]! - 0.02);
  });

  it('some dossiers come by post, submitted hours to days before reception', () => {
    const postal = cases.filter((c) => c.channel === 3);
    expect(postal.length).to.be.above(50);
    expect(share(postal.length, cases.length)).to.be.below(0.02);
    expect(violations(postal, (c) => (c.status === 1 || c.status === 3 || t(c.receivedAt) - t(c.submittedAt) >= 6 * HOUR ? undefined : 'posted too late'))).to.deep.equal([]);
  });

  it('online dossiers received early in the morning were mostly sent while the desk was closed', () => {
    const early = cases.filter((c) => c.channel === 2 && c.status !== 1 && minuteOfDay(t(c.receivedAt)) < 8 * 60);
    const sentClosed = early.filter((c) => {
      const s = t(c.submittedAt);
      const m = minuteOfDay(s);
      return !isWorkingDay(s, calendar) || m < 450 || m >= 1020;
    });
    expect(share(sentClosed.length, early.length)).to.be.above(0.6);
  });

  it('the centre receives about 40 % of dossiers, every ward and commune some, wards more than communes', () => {
    const byUnit = new Map<string, number>();
    for (const c of cases) byUnit.set(c.unitId, (byUnit.get(c.unitId) ?? 0) + 1);
    expect(share(byUnit.get('hl-tthcc')!, cases.length)).to.be.within(0.37, 0.43);
    const units = org.units.filter((u) => u.kind === 'ward' || u.kind === 'commune');
    for (const u of units) expect(byUnit.get(u.id) ?? 0, u.id).to.be.above(100);
    const avg = (kind: string) => {
      const list = units.filter((u) => u.kind === kind);
      return list.reduce((s, u) => s + byUnit.get(u.id)!, 0) / list.length;
    };
    expect(avg('ward')).to.be.above(avg('commune'));
  });

  it('procedures follow their popularity; centre-only procedures stay at the centre', () => {
    const byCode = new Map<string, number>();
    for (const c of cases) byCode.set(c.procedureCode, (byCode.get(c.procedureCode) ?? 0) + 1);
    expect(violations(cases, (c) => {
      if (c.fieldId !== PROCEDURE_FIELD_IDS[c.procedureCode]) return `field ${c.fieldId}`;
      return (c.procedureCode === '2.000528' || c.procedureCode === '2.000488') && c.unitId !== 'hl-tthcc' ? 'centre-only procedure elsewhere' : undefined;
    })).to.deep.equal([]);
    const top = [...byCode.entries()].sort((a, b) => b[1] - a[1])[0]![0];
    expect(top).to.equal('1.004194');
    expect(byCode.get('2.000528')!).to.be.below(byCode.get('1.003677')!);
    expect(byCode.size).to.equal(PROCEDURE_PROFILES.length);
  });

  it('every field with counters receives dossiers, at the centre and at the wards; land is about 30 %', () => {
    const centre = new Map<string, number>();
    const local = new Map<string, number>();
    for (const c of cases) {
      const m = c.unitId === 'hl-tthcc' ? centre : local;
      m.set(c.fieldId, (m.get(c.fieldId) ?? 0) + 1);
    }
    for (const f of org.fields) expect(centre.get(f.id) ?? 0, `centre ${f.id}`).to.be.above(100);
    for (const f of org.fields) if (f.id !== 'ly-lich-tu-phap') expect(local.get(f.id) ?? 0, `wards ${f.id}`).to.be.above(100);
    const land = cases.filter((c) => c.fieldId === 'dat-dai' || c.fieldId === 'tai-nguyen-moi-truong').length;
    expect(share(land, cases.length)).to.be.within(0.25, 0.33);
  });

  it('officers handling a dossier belong to its unit', () => {
    const officerUnit = new Map(org.officers.map((o) => [o.id, o.unitId]));
    expect(violations(cases, (c) => {
      if (c.status === 1) return c.officerId === null ? undefined : 'officer before reception';
      return officerUnit.get(c.officerId!) === c.unitId ? undefined : `officer ${c.officerId} of another unit`;
    })).to.deep.equal([]);
  });

  it('about 8 % of dossiers have one supplement request and about 1 % two', () => {
    const one = cases.filter((c) => c.supplements.length === 1).length;
    const two = cases.filter((c) => c.supplements.length === 2).length;
    expect(share(one, cases.length)).to.be.within(0.065, 0.095);
    expect(share(two, cases.length)).to.be.within(0.005, 0.015);
  });

  it('only late (or about to be late) dossiers carry a rescheduled date, later than the original, with an apology note', () => {
    const rescheduled = cases.filter((c) => c.rescheduledDueAt);
    expect(rescheduled.length).to.be.above(100);
    expect(violations(rescheduled, (c) => {
      // An open dossier gets its apology before it misses the appointment (or while a supplement pauses
      // its clock), so only finished ones must already be late.
      const original = caseTimeliness(c, { asOf: toMs, calendar })!;
      if (original.onTime && original.finished) return 'rescheduled although on time';
      if (!(t(c.rescheduledDueAt) > t(c.dueAt))) return 'new date not after the original';
      if (c.processedAt && t(c.rescheduledDueAt) < t(c.processedAt)) return 'new date missed';
      if (!/Mẫu 04/.test(c.rescheduleNote ?? '') || !/\d{2}\/\d{2}\/\d{4}/.test(c.rescheduleNote ?? '')) return 'note without form or date';
      // Under the "rescheduled" reading the new appointment is met, unless a second supplement made it late.
      const r = caseTimeliness(c, { asOf: toMs, calendar, reschedule: 'rescheduled' })!;
      return r.onTime || r.lateReason === 'multiple_supplements' ? undefined : 'new appointment missed';
    })).to.deep.equal([]);
    expect(violations(cases, (c) => (!c.rescheduledDueAt && c.rescheduleNote !== null ? 'note without a new date' : undefined))).to.deep.equal([]);
  });

  it('small shares of dossiers are refused at the desk, withdrawn or stopped', () => {
    for (const status of [3, 7, 8]) {
      const n = cases.filter((c) => c.status === status).length;
      expect(share(n, cases.length), `status ${status}`).to.be.within(0.002, 0.01);
    }
    expect(cases.filter((c) => c.status === 3 && c.channel === 1).map((c) => c.code)).to.deep.equal([]);
  });

  it('fee dossiers raise a financial obligation; online ones mostly pay online', () => {
    const feeFree = new Set(PROCEDURE_PROFILES.filter((p) => p.feeShare === 0).map((p) => p.code));
    expect(violations(cases, (c) => {
      if (!c.hasFee) return c.feeRequestedAt === null && c.onlinePayment === 0 ? undefined : 'fee fields without a fee';
      if (feeFree.has(c.procedureCode)) return 'fee on a free procedure';
      if (c.status !== 1 && c.status !== 3 && !c.history.some((h) => h.status === 6)) return 'no financial obligation';
      return undefined;
    })).to.deep.equal([]);
    const onlineFee = cases.filter((c) => c.hasFee && c.channel === 2 && c.feePaidAt);
    expect(share(onlineFee.filter((c) => c.onlinePayment !== 0).length, onlineFee.length)).to.be.within(0.88, 0.96);
  });

  it('digitisation and data-sharing flags match the documented shares', () => {
    const n = cases.length;
    const count = (f: (c: CaseFile) => boolean) => cases.filter(f).length;
    const processed = cases.filter((c) => c.processedAt);
    expect(share(count((c) => c.digitised), n)).to.be.within(0.82, 0.9);
    expect(share(processed.filter((c) => c.eResult).length, processed.length)).to.be.within(0.66, 0.78);
    expect(share(count((c) => c.reusedData), n)).to.be.within(0.21, 0.29);
    expect(share(count((c) => c.personalStore), n)).to.be.within(0.06, 0.1);
    expect(share(count((c) => c.citizenData), n)).to.be.within(0.55, 0.65);
    expect(share(count((c) => c.synced), n)).to.be.within(0.97, 0.99);
    expect(violations(cases, (c) => (c.eResult && c.processedAt === null ? 'e-result before processing' : undefined))).to.deep.equal([]);
  });

  it('paperResult follows the procedure: residence results are database updates', () => {
    expect(violations(cases, (c) => (c.paperResult === (c.fieldId !== 'cu-tru') ? undefined : 'paperResult'))).to.deep.equal([]);
  });

  it('at the end of the period recent dossiers are still open, in every open status', () => {
    const open = cases.filter((c) => OPEN.has(c.status));
    for (const s of OPEN) expect(open.some((c) => c.status === s), `status ${s}`).to.equal(true);
    expect(violations(open, (c) => (toMs - t(c.receivedAt) < 90 * DAY ? undefined : 'open for months'))).to.deep.equal([]);
    const lastWeek = cases.filter((c) => toMs - t(c.receivedAt) < 7 * DAY && c.status !== 3);
    expect(share(lastWeek.filter((c) => OPEN.has(c.status)).length, lastWeek.length)).to.be.above(0.1);
  });

  it('dossiers not yet received (status 1) have no appointment and count from their submission', () => {
    const pending = cases.filter((c) => c.status === 1);
    expect(pending.length).to.be.above(0);
    expect(violations(pending, (c) => {
      if (c.channel === 1) return 'counter dossier not received';
      if (c.receivedAt !== c.submittedAt) return 'receivedAt is not the submission time';
      if (c.dueAt !== null) return 'appointment before reception';
      return c.history.length === 1 ? undefined : 'history beyond submission';
    })).to.deep.equal([]);
  });

  it('generateCases(opts) yields month chunks in order', () => {
    const months = chunks.map((chunk) => {
      const received = new Set(chunk.filter((c) => c.status !== 1 && c.status !== 3).map((c) => c.receivedAt.slice(0, 7)));
      expect(received.size).to.equal(1);
      return [...received][0]!;
    });
    expect(months).to.deep.equal([...months].sort());
    expect(months[0]).to.equal('2025-03');
    expect(months.at(-1)).to.equal('2026-02');
  });

  it('a period ending mid-day holds only what happened before its end', () => {
    const to = '2026-03-04T10:00:00+07:00';
    const short = generateAllCases({ from: '2026-02-02', to });
    const end = t(to);
    const times = short.flatMap((c) => [c.receivedAt, c.processedAt, c.returnedAt, c.closedAt, ...c.history.map((h) => h.at)]);
    expect(times.filter((s) => s && t(s) >= end)).to.deep.equal([]);
    expect(short.some((c) => c.receivedAt.startsWith('2026-03-04') && c.status !== 1)).to.equal(true);
    expect(short.some((c) => c.status === 1)).to.equal(true);
  });

  it('generateCases(opts) returns the same data for the same seed, and each iteration regenerates it', () => {
    const opts = { seed: 'repeat', from: '2025-10-01', to: '2025-12-01' };
    const a = generateAllCases(opts);
    const b = generateAllCases(opts);
    expect(a).to.deep.equal(b);
    const iterable = generateCases(opts);
    expect([...iterable].flat()).to.deep.equal([...iterable].flat());
  });

  it('generateCases(opts) returns different data for a different seed', () => {
    const a = generateAllCases({ seed: 'one', from: '2025-10-01', to: '2025-11-01' });
    const b = generateAllCases({ seed: 'two', from: '2025-10-01', to: '2025-11-01' });
    const same = a.filter((c, i) => b[i] && b[i]!.receivedAt === c.receivedAt && b[i]!.procedureCode === c.procedureCode).length;
    expect(same / a.length).to.be.below(0.05);
  });

  it('generateCases({ org }) spreads dossiers over another unit list without a hub centre', () => {
    const other = orgFromUnitList([
      { id: 'qn-ha-long', name: 'Phường Hạ Long', kind: 'ward' },
      { id: 'qn-bai-chay', name: 'Phường Bãi Cháy', kind: 'ward' },
      { id: 'qn-van-don', name: 'Đặc khu Vân Đồn', kind: 'special_zone' },
    ]);
    const list = generateAllCases({ org: other, from: '2025-11-01', to: '2025-12-01', casesPerYear: 60_000 });
    expect(list.length).to.be.within(4500, 5500);
    const codes = new Map(other.units.map((u) => [u.id, u.code]));
    expect(violations(list, (c) => {
      if (!CaseFile.safeParse(c).success) return 'schema';
      return c.code.startsWith(`${codes.get(c.unitId)}-`) ? undefined : 'code of another unit';
    })).to.deep.equal([]);
    expect(new Set(list.map((c) => c.unitId)).size).to.equal(3);
    // With no hub, procedures the demo keeps at the city centre go to the commune-level centres that have the field.
    expect(list.some((c) => c.procedureCode === '2.000528')).to.equal(true);
    expect(list.some((c) => c.procedureCode === '2.000488')).to.equal(false);
  });

  it('generateCases() throws RangeError for an empty period, a bad date or a bad volume', () => {
    expect(() => generateCases({ from: '2026-03-01', to: '2026-03-01' })).to.throw(RangeError);
    expect(() => generateCases({ to: 'not a date' })).to.throw(RangeError);
    expect(() => generateCases({ to: TO, casesPerYear: -1 })).to.throw(RangeError);
    const noCodes = orgFromUnitList([{ id: 'x-1', name: 'Xã Một', kind: 'commune' }], { root: { id: 'x', name: 'Tỉnh X', kind: 'province' } });
    expect(() => generateCases({ to: TO, org: noCodes })).to.throw(RangeError, /agency code/);
  });
});
