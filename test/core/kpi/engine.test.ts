import { expect } from '@open-wc/testing';
import { caseColumns } from '../../../src/core/kpi/columns.js';
import { attachFeedback } from '../../../src/core/kpi/feedback.js';
import { computeKpis, kpiOrgContext, type KpiData, type KpiQuery } from '../../../src/core/kpi/engine.js';
import type { OrgData } from '../../../src/data/schemas/org.js';
import { CASES, FACTS, PETITIONS, RATINGS, TICKETS, P1, P2 } from './fixture.js';

const calendar = { offsetMinutes: 420 };
const cols = caseColumns(CASES, { calendar });
const feedback = attachFeedback(cols, RATINGS, PETITIONS);
const data: KpiData = { cases: cols, feedback, procedures: FACTS, ratings: RATINGS, petitions: PETITIONS, tickets: TICKETS, org: { counterOfficers: { q1: 'cb-1', q2: 'cb-2' } } };
const march: KpiQuery = { period: '2026-03', unitIds: ['u-a'] };
const close = (a: number | undefined, b: number) => expect(a).to.be.closeTo(b, 1e-12);

describe('computeKpis: dossiers received in the period (u-a, March 2026, measured at 01/04 00:00)', () => {
  const r = computeKpis(data, march);
  const v = r.total.values;

  it('computeKpis(data, query) counts submissions, refusals and receptions', () => {
    // Received in March at u-a: d1–d12 and d15 = 13 submitted (d13 is u-b, d14 February).
    // d10 refused (3), d11 not yet received (1) → 11 received: d1 d2 d3 d4 d5 d6 d7 d8 d9 d12 d15.
    expect(v).to.include({ submitted: 13, refused: 1, awaitingReception: 1, received: 11 });
  });

  it('computeKpis(data, query) classifies early / on time / late by the rules of DOMAIN §6.3', () => {
    // early: d1 (04 < 05), d4 (end 13/03 15:00 − 2 days of supplement = 11/03 15:00, day 11 < 13), d12 (withdrawn 06 < 10) = 3
    // on time: d2 (05/03 16:00, same day as due), d9 (25/03 16:00 ≤ legal 25/03 23:59:59.999, same day),
    //          d6 (still waiting: its end is the request 24/03 10:00 ≤ 27/03), d15 (open, due 10/04) = 4
    // late: d3 (06/03 > 04/03), d5 (two supplement requests), d7 (open at 01/04 > 31/03 17:00),
    //       d8 (24/03 > original 18/03; the apology does not count by default) = 4
    expect(v).to.include({ early: 3, onTime: 4, late: 4, lateMultipleSupplements: 1 });
    close(v.onTimeRate, 7 / 11);
    close(v.earlyRate, 3 / 11);
    close(v.lateRate, 4 / 11);
  });

  it('computeKpis(data, query) counts dossiers still open at the period end', () => {
    // finished by 01/04: d1 d2 d3 d4 d5 d8 d9 d12 = 8; open: d6 (supplement), d7, d15 (processed 04/04) = 3; open and late: d7.
    expect(v).to.include({ finished: 8, open: 3, openLate: 1 });
  });

  it('computeKpis(data, query) gives channel, payment, digitisation and sync shares', () => {
    // Channels of the 11: online d1 d4 = 2; postal d7 = 1; direct 8.
    expect(v).to.include({ online: 2, postal: 1, direct: 8 });
    close(v.onlineShare, 2 / 11);
    // Fee dossiers d3 (paid, local gateway) d4 (paid, DVCQG) d7 (not) → 2 / 3.
    close(v.onlinePaymentShare, 2 / 3);
    // Digitised d1 d2 d4 → 3 / 11. Paper result d1 d2 d3 d4 d8, with an e-result d1 d3 d4 d8 → 4 / 5.
    close(v.digitisedShare, 3 / 11);
    close(v.eResultShare, 4 / 5);
    close(v.reusedDataShare, 1 / 11); // d1
    close(v.personalStoreShare, 1 / 11); // d4
    close(v.citizenDataShare, 2 / 11); // d1 d15
    close(v.syncRate, 10 / 11); // all but d7
    close(v.rescheduledShare, 1 / 11); // d8
    close(v.supplementShare, 3 / 11); // d4 d5 d6
  });

  it('computeKpis(data, query) averages resolution time over dossiers resolved with a result, less supplement time', () => {
    // Resolved with a result (processed/returned) by 01/04: d1 d2 d3 d4 d5 d8 d9 (d12 withdrawn has none).
    // d1 02/03 08:00 → 04/03 10:00 = 50 h;  d2 02/03 09:00 → 05/03 16:00 = 79 h;  d3 03/03 08:00 → 06/03 10:00 = 74 h;
    // d4 09/03 08:00 → 11/03 15:00 (13/03 15:00 − 48 h) = 55 h;  d5 09/03 08:00 → 12/03 07:00 (10:00 − 2 h − 1 h) = 71 h;
    // d8 16/03 08:00 → 24/03 10:00 = 194 h;  d9 20/03 14:00 → 25/03 16:00 = 122 h.  Σ 645 h / 7 = 92.142857 h = 3.839286 days.
    close(v.avgResolutionDays, 645 / 24 / 7);
    // Working days after the reception day up to the end day: d1 2 (Tue, Wed), d2 3, d3 3, d4 2, d5 3,
    // d8 6 (17–20 and 23–24/03), d9 3 (23–25/03) → Σ 22 / 7.
    close(v.avgResolutionWorkingDays, 22 / 7);
    expect(v.p50ResolutionDays).to.equal(undefined);
  });

  it('computeKpis(data, {percentiles}) gives the median and 90th percentile of resolution days', () => {
    const p = computeKpis(data, { ...march, percentiles: true }).total.values;
    // Sorted hours: 50 55 71 74 79 122 194. Median = 74 h. p90 (d3-array, linear): index 6 × 0.9 = 5.4 →
    // 122 + 0.4 × (194 − 122) = 150.8 h.
    close(p.p50ResolutionDays, 74 / 24);
    close(p.p90ResolutionDays, 150.8 / 24);
  });

  it('computeKpis(data, {reschedule: "rescheduled"}) counts the new appointment of a rescheduled dossier', () => {
    const x = computeKpis(data, { ...march, reschedule: 'rescheduled' }).total.values;
    // d8 processed 24/03 10:00 ≤ the new date 25/03 17:00, day 24 < 25 → early: early 4, late 3.
    expect(x).to.include({ early: 4, onTime: 4, late: 3 });
  });

  it('computeKpis(data, {now}) measures the current period at `now`, including supplements still in progress', () => {
    // now = 11/03 12:00. Received by then: d1 d2 d3 d4 d5 d10 d12 → 6 received (d10 refused).
    // d4: supplement asked 10/03 09:00, completed 12/03 (after now) → waiting: end = 10/03 09:00 ≤ due → on time, open.
    // d5: both supplements asked (10/03 and 11/03 09:00) by now → late, open (processed 12/03).
    const x = computeKpis(data, { ...march, now: '2026-03-11T12:00:00+07:00' });
    expect(x.asOf).to.equal(Date.UTC(2026, 2, 11, 5));
    expect(x.total.values).to.include({ submitted: 7, received: 6, early: 2, onTime: 2, late: 2, open: 2, openLate: 1, lateMultipleSupplements: 1 });
  });
});

describe('computeKpis: dossiers resolved in the period', () => {
  it('computeKpis(data, query) attributes resolved dossiers to the period in which processing ended', () => {
    const v = computeKpis(data, march).total.values;
    // Ended in March at u-a: d1 d2 d3 d4 d5 d8 d9 d12 d14 = 9 (d10 refused at the desk is not "handled",
    // d15 ends in April). early d1 d4 d12; on time d2 d9; late d3 d5 d8 d14 (received 26/02, due 27/02).
    expect(v).to.include({ resolved: 9, resolvedEarly: 3, resolvedOnTime: 2, resolvedLate: 4 });
    close(v.resolvedOnTimeRate, 5 / 9);
  });
});

describe('computeKpis: Decision 766 scorecard (u-a, March 2026)', () => {
  const s = computeKpis(data, march).total.score766!;
  const sub = (code: string) => s.groups.flatMap((g) => g.indicators).find((x) => x.code === code)!;
  const group = (code: string) => s.groups.find((g) => g.code === code)!;

  it('computeKpis scores CKMB from the catalogue and sync rate, leaving publication dates out', () => {
    // PUBLIC_CONTENT_FULL: P1 complete, P2 not → 1 / 2 × 2 = 1.00. DOSSIER_SYNC 10 / 11 × 6 = 5.4545 → 5.45.
    expect(sub('PUBLIC_CONTENT_FULL')).to.include({ numerator: 1, denominator: 2, points: 1 });
    expect(sub('DOSSIER_SYNC')).to.include({ numerator: 10, denominator: 11, points: 5.45 });
    expect(sub('PUBLISH_ON_TIME')).to.include({ status: 'no_data', noData: 'omit' });
    expect(group('CKMB')).to.include({ points: 6.45, scoredMax: 8, unscoredMax: 10, lost: 1.55 });
  });

  it('computeKpis scores TDGQ linearly: 7 / 11 × 20 = 12.727 → 12.73', () => {
    expect(sub('PROCESSING_ON_TIME')).to.include({ numerator: 7, denominator: 11, points: 12.73, lost: 7.27 });
    // Informational average, days: 645 h / 7 / 24.
    expect(sub('AVG_PROCESSING_DAYS').value).to.be.closeTo(645 / 24 / 7, 1e-12);
  });

  it('computeKpis scores CLGQ as provision (cap 80%) plus online submission × sync rate (cap 50%)', () => {
    // Offered online: P1 of P1, P2 → 0.5 / 0.8 × 6 = 3.75.
    // Online dossiers with an e-result where a paper result is issued: d1, d4 → 2 / 11 × sync 10 / 11 = 0.165289;
    // / 0.5 × 6 = 1.98347 → 1.98. CLGQ 3.75 + 1.98 = 5.73.
    expect(sub('ONLINE_SERVICE_PROVIDED')).to.include({ numerator: 1, denominator: 2, points: 3.75 });
    expect(sub('ONLINE_DOSSIER_SHARE').points).to.equal(1.98);
    close(sub('ONLINE_DOSSIER_SHARE').ratio, (2 / 11) * (10 / 11));
    // P1, the only online procedure, received an online dossier (d1): 1 / 1, shown at 0 points.
    expect(sub('ONLINE_SERVICE_USED')).to.include({ numerator: 1, denominator: 1, status: 'informational' });
    expect(group('CLGQ').points).to.equal(5.73);
  });

  it('computeKpis scores TTTT from fee dossiers and fee-bearing procedures', () => {
    // Dossiers paid online 2 / 3 × 6 = 4.00; procedures with a paid dossier (P2) / with a fee dossier (P2) = 1 → 2.5;
    // fee-bearing catalogue procedures (P2) with a dossier → 1 / 1 → 2.5. TTTT 9.
    expect(sub('ONLINE_PAYMENT_DOSSIER')).to.include({ numerator: 2, denominator: 3, points: 4 });
    expect(sub('ONLINE_PAYMENT_FORMALITY')).to.include({ numerator: 1, denominator: 1, points: 2.5 });
    expect(sub('FEE_FORMALITY_WITH_DOSSIER')).to.include({ numerator: 1, denominator: 1, points: 2.5 });
    expect(group('TTTT').points).to.equal(9);
  });

  it('computeKpis scores MDSH sub-indicators', () => {
    // e-result 4 / 5 × 6 = 4.80; digitised with e-result where needed d1 d4 (d2 lacks its e-result) 2 / 11 × 4 = 0.7273 → 0.73;
    // reused 1 / 11 / 0.8 × 2 = 0.2273 → 0.23; personal store 1 / 11 × 4 = 0.3636 → 0.36; population data 2 / 11 × 2 = 0.3636 → 0.36;
    // procedures for individuals (P1) with population data (d1) 1 / 1 → 2; e-certified copies: no data → full 2.
    expect(sub('ORIGINAL_RESULT_AVAILABLE')).to.include({ numerator: 4, denominator: 5, points: 4.8 });
    expect(sub('SO_HOA_GIAY_TO_GIAI_QUYET')).to.include({ numerator: 2, denominator: 11, points: 0.73 });
    expect(sub('REUSED_DIGITIZED_DATA').points).to.equal(0.23);
    expect(sub('SYNCED_WITH_DVCQG_PERSONAL_STORAGE').points).to.equal(0.36);
    expect(sub('CITIZEN_DATA_CONNECTED_DOSSIER').points).to.equal(0.36);
    expect(sub('CITIZEN_DATA_CONNECTED_FORMALITY')).to.include({ numerator: 1, denominator: 1, points: 2 });
    expect(sub('ELECTRONIC_CERTIFIED_COPY')).to.include({ points: 2, noData: 'full' });
    // 4.8 + 0.73 + 0.23 + 0.36 + 0.36 + 2 + 2 = 10.48
    expect(group('MDSH').points).to.equal(10.48);
  });

  it('computeKpis scores MDHL: late or disliked or petitioned dossiers once each, petitions on time and satisfied', () => {
    // Unsatisfied = late {d3 d5 d7 d8} ∪ petition/dislike {d1 (p1), d2 (r1), d3 (p2)} = 6 → 5 / 11 = 0.4545 / 0.9 × 6 = 3.03.
    expect(sub('DOSSIER_RECEIVING_SATISFACTION')).to.include({ numerator: 5, denominator: 11, points: 3.03 });
    // Petitions at u-a: p1 handled 10/03 ≤ due 20/03; p2 handled 20/03 > due 14/03; p3 open, due 15/04 → 2 / 3 on time → 4.00.
    // Handling: p2 late → 2 / 3 → 4.00. Classification (0 points): regulation 1 / 3, staff 1 / 3.
    expect(sub('PETITION_PROCESSING_ON_TIME')).to.include({ numerator: 2, denominator: 3, points: 4 });
    expect(sub('PETITION_HANDLING_SATISFACTION')).to.include({ numerator: 2, denominator: 3, points: 4 });
    expect(sub('PETITION_CLASSIFICATION_STAFF')).to.include({ numerator: 1, denominator: 3 });
    expect(group('MDHL').points).to.equal(11.03);
  });

  it('computeKpis totals the scorecard: 6.45 + 12.73 + 5.73 + 9 + 10.48 + 11.03 = 55.42 of 90 scored', () => {
    expect(s).to.include({ total: 55.42, scoredMax: 90, unscoredMax: 10, lost: 34.58 });
    // 55.42 / 90 × 100 = 61.578 → 61.58 → "trung bình" (unofficial bands).
    expect(s.scaled).to.equal(61.58);
    expect(s.band).to.equal('trung_binh');
    const v = computeKpis(data, march).total.values;
    expect(v).to.include({ score766: 55.42, score766TDGQ: 12.73, score766MDHL: 11.03, lost766: 34.58 });
  });

  it('computeKpis with {satisfactionOverlap: "sum"} counts a late dossier with a petition twice', () => {
    const x = computeKpis(data, { ...march, rules766: { satisfactionOverlap: 'sum' } }).total.score766!;
    const d = x.groups.flatMap((g) => g.indicators).find((i) => i.code === 'DOSSIER_RECEIVING_SATISFACTION')!;
    // late 4 + flagged 3 = 7 → 4 / 11 = 0.3636 / 0.9 × 6 = 2.4242 → 2.42.
    expect(d).to.include({ numerator: 4, denominator: 11, points: 2.42 });
  });

  it('computeKpis narrows the catalogue scope to the unit\'s level of government', () => {
    // u-a is a ward → "Cấp Xã" procedures only: P1. Content complete 1 / 1 → 2; offered online 1 / 1 → 6;
    // no fee-bearing procedure in scope → FEE_FORMALITY_WITH_DOSSIER has no data and is left out.
    const org = { version: 1, units: [{ id: 'root', name: 'Quảng Ninh', kind: 'province' }, { id: 'u-a', name: 'Phường A', kind: 'ward', parentId: 'root' }], fields: [], counters: [], officers: [] } as unknown as OrgData;
    const x = computeKpis({ ...data, org: kpiOrgContext(org) }, march).total.score766!;
    const subs = x.groups.flatMap((g) => g.indicators);
    expect(subs.find((i) => i.code === 'PUBLIC_CONTENT_FULL')).to.include({ numerator: 1, denominator: 1, points: 2 });
    expect(subs.find((i) => i.code === 'ONLINE_SERVICE_PROVIDED')).to.include({ points: 6 });
    expect(subs.find((i) => i.code === 'FEE_FORMALITY_WITH_DOSSIER')).to.include({ status: 'no_data', denominator: 0 });
  });
});

describe('computeKpis: Circular 01/2018 (u-a, dossiers resolved in March 2026)', () => {
  const t = computeKpis(data, march).total.tt01!;
  const ind = (id: string) => t.indicators.find((x) => x.id === id)!;

  it('computeKpis averages the per-dossier indicators to one decimal (Art. 15.2)', () => {
    // The 9 resolved dossiers: d1 d2 d3 d4 d5 d8 d9 d12 d14.
    // 1 and 2 (early 2, on time 1, late 0): 2+1+0+2+0+0+1+2+0 = 8 → 8 / 9 = 0.89 → 0.9
    expect(ind('1')).to.deep.equal({ id: '1', score: 0.9, samples: 9, source: 'dossiers' });
    expect(ind('2').score).to.equal(0.9);
    // 3 (supplements 0 → 2, 1 → 1, 2 → 0): 2+2+2+1+0+2+2+2+2 = 15, but d9's citizen answered 0 → 13 / 9 = 1.44 → 1.4
    expect(ind('3').score).to.equal(1.4);
    // 4 (online without supplement → 2, else 1): d1 2, others 1 → 10 / 9 = 1.11 → 1.1
    expect(ind('4').score).to.equal(1.1);
    // 6 (P1 complete and notice boards → 2, P2 incomplete → 0): 7 P1 dossiers × 2 = 14 / 9 = 1.56 → 1.6
    expect(ind('6').score).to.equal(1.6);
    // 7 (staff petition → 0, early 2, on time 1, late 1): d1 0 (p1), d2 1, d3 1, d4 2, d5 1, d8 1, d9 1 → answered 2,
    //    d12 2, d14 1 = 11 / 9 = 1.22 → 1.2
    expect(ind('7').score).to.equal(1.2);
  });

  it('computeKpis scores the agency indicators 8 and 9 and leaves 5 out without an input (Art. 15.4.b)', () => {
    // 8: 3 petitions, 2 on time = 66.7% < 90% → 0.  9: P1 offered online = 50% ≥ 20% of procedures,
    // 2 / 11 = 18.2% online (15–30%), no online dossier late → 1.
    expect(ind('8')).to.deep.equal({ id: '8', score: 0, source: 'agency' });
    expect(ind('9')).to.deep.equal({ id: '9', score: 1, source: 'agency' });
    expect(ind('5')).to.deep.equal({ id: '5', source: 'none' });
    expect(t.omitted).to.deep.equal(['5']);
    // 0.9 + 0.9 + 1.4 + 1.1 + 1.6 + 1.2 + 0 + 1 = 8.1 of 16 → "trung bình" (6 to < 9).
    expect(t).to.include({ total: 8.1, maxPossible: 16, agencyClass: 'trung_binh', dossiers: 9 });
    // Officer indicators 1 2 3 4 6 7: 7.1 ≥ 5 → completes 100%.
    expect(t).to.include({ officerScore: 7.1, officerClass: 'full' });
  });

  it('computeKpis takes agency inputs and ignores tablet answers when told to', () => {
    const x = computeKpis(data, { ...march, tt01: { agencyInputs: { '5': 2 }, citizenAnswers: 'ignore' } }).total.tt01!;
    // Without d9's answers: indicator 3 = 15 / 9 = 1.67 → 1.7; indicator 7 = 10 / 9 = 1.11 → 1.1.
    // 0.9 + 0.9 + 1.7 + 1.1 + 2 (input) + 1.6 + 1.1 + 0 + 1 = 10.3 of 18 → "khá".
    expect(x.indicators.find((i) => i.id === '3')!.score).to.equal(1.7);
    expect(x.indicators.find((i) => i.id === '5')).to.deep.equal({ id: '5', score: 2, source: 'input' });
    expect(x).to.include({ total: 10.3, maxPossible: 18, agencyClass: 'kha' });
  });

  it('computeKpis groups Circular 01 by officer', () => {
    const r = computeKpis(data, { ...march, groupBy: ['officer'], families: ['tt01'] });
    const cb2 = r.groups.find((g) => g.key.officer === 'cb-2')!.tt01!;
    // cb-2 resolved d3 and d4: indicator 1 (0 + 2) / 2 = 1; 2 the same; 3 (2 + 1) / 2 = 1.5;
    // 4 (1 + 1) / 2 = 1 (d4 was online but asked for a supplement); 6 (0 + 0) = 0; 7 (1 + 2) / 2 = 1.5
    // → officer score 1 + 1 + 1.5 + 1 + 0 + 1.5 = 6 → "full".
    expect(cb2.dossiers).to.equal(2);
    expect(cb2).to.include({ officerScore: 6, officerClass: 'full' });
    // cb-1 resolved d1 d2 d5 d8 d9 d12 d14 (7): 1: 2+1+0+0+1+2+0 = 6 → 0.86 → 0.9; 3: 2+2+0+2+0 (answer)+2+2 = 10 → 1.4;
    // 4: 2+1+1+1+1+1+1 = 8 → 1.1; 6: 7 × 2 → 2; 7: 0+1+1+1+2 (answer)+2+1 = 8 → 1.1 → 0.9 + 0.9 + 1.4 + 1.1 + 2 + 1.1 = 7.4.
    expect(r.groups.find((g) => g.key.officer === 'cb-1')!.tt01).to.include({ dossiers: 7, officerScore: 7.4 });
  });
});

describe('computeKpis: grouping', () => {
  it('computeKpis(data, {groupBy: ["unit", "month"]}) measures each month at its own end and fills empty months', () => {
    const r = computeKpis(data, { from: '2026-02-01', to: '2026-04-01', groupBy: ['unit', 'month'], families: ['cases'] });
    expect(r.groups.map((g) => `${g.key.unit} ${g.key.month}`)).to.deep.equal(['u-a 2026-02', 'u-a 2026-03', 'u-b 2026-02', 'u-b 2026-03']);
    const [aFeb, aMar, bFeb, bMar] = r.groups.map((g) => g.values);
    // d14 received 26/02, measured at 01/03 00:00: still open (processed 03/03), past its 27/02 deadline → late.
    expect(aFeb).to.include({ received: 1, late: 1, open: 1, openLate: 1, resolved: 0 });
    // In March it is resolved (ended 03/03), and in the total (measured at 01/04) it is finished late.
    expect(aMar).to.include({ received: 11, resolved: 9 });
    expect(bFeb).to.include({ received: 0, submitted: 0 });
    expect(bFeb!.onTimeRate).to.equal(undefined);
    // d13: processed 03/03 10:00 on its due day → on time.
    expect(bMar).to.include({ received: 1, onTime: 1 });
    expect(r.total.values).to.include({ received: 13, finished: 10, open: 3 });
    expect(r.buckets!.map((b) => b.key)).to.deep.equal(['2026-02', '2026-03']);
  });

  it('computeKpis(data, {groupBy: ["channel"]}) groups dossiers by channel', () => {
    const r = computeKpis(data, { ...march, groupBy: ['channel'], families: ['cases'] });
    // Channel of every u-a March submission: 1: d2 d3 d5 d6 d8 d9 d12 d15 (8); 2: d1 d4 d10 d11 (4); 3: d7 (1).
    expect(r.groups.map((g) => [g.key.channel, g.values.submitted])).to.deep.equal([['1', 8], ['2', 4], ['3', 1]]);
  });

  it('computeKpis(data, {groupBy: ["counter"]}) keeps ratings and queue, and skips what has no counter', () => {
    const r = computeKpis(data, { ...march, groupBy: ['counter'] });
    expect(r.families).to.deep.equal(['ratings', 'queue']);
    expect(r.skipped).to.deep.equal(['cases', 'petitions', '766', 'tt01']);
    const by = Object.fromEntries(r.groups.map((g) => [g.key.counter, g.values]));
    // Ratings: q1 r1 (dissatisfied) and r2 (satisfied) → 1 / 2; q2 r3 (very satisfied) → 1 / 1.
    expect(by.q1).to.include({ ratings: 2, satisfied: 1, dissatisfied: 1, satisfactionRate: 0.5 });
    expect(by.q2).to.include({ ratings: 1, satisfactionRate: 1 });
    // Queue at q1: t1 served (wait 10 min, service 12), t2 no-show (wait 20), t5 skipped (wait 8).
    // No-show rate 1 / (1 + 1 + 1); waits 8 10 20 → mean 12.667, median 10, p90 = 10 + 0.8 × 10 = 18, max 20.
    expect(by.q1).to.include({ tickets: 3, served: 1, noShow: 1, skipped: 1, p50WaitMinutes: 10, maxWaitMinutes: 20, avgServiceMinutes: 12 });
    close(by.q1!.noShowRate, 1 / 3);
    close(by.q1!.avgWaitMinutes, 38 / 3);
    close(by.q1!.p90WaitMinutes, 18);
    // The waiting ticket has no counter yet: key ''.
    expect(by['']).to.include({ tickets: 1, waiting: 1 });
  });

  it('computeKpis(data, {groupBy: ["officer"]}) attributes tickets to the officer at each counter', () => {
    const r = computeKpis(data, { ...march, groupBy: ['officer'], families: ['queue'] });
    const by = Object.fromEntries(r.groups.map((g) => [g.key.officer, g.values]));
    // q1 → cb-1 (t1 t2 t5), q2 → cb-2 (t3: wait 4, service 8).
    expect(by['cb-1']).to.include({ tickets: 3 });
    expect(by['cb-2']).to.include({ tickets: 1, served: 1, avgWaitMinutes: 4, avgServiceMinutes: 8 });
  });

  it('computeKpis(data, {groupBy: ["procedure"]}) scopes procedure-level 766 figures to that procedure', () => {
    const r = computeKpis(data, { ...march, groupBy: ['procedure'], families: ['766'] });
    const p2 = r.groups.find((g) => g.key.procedure === P2)!.score766!;
    const subs = p2.groups.flatMap((g) => g.indicators);
    // P2 alone: incomplete → 0 / 1; not online → 0 / 1; its dossiers d3 d4 d7: 2 of 3 paid online.
    expect(subs.find((i) => i.code === 'PUBLIC_CONTENT_FULL')).to.include({ numerator: 0, denominator: 1, points: 0 });
    expect(subs.find((i) => i.code === 'ONLINE_SERVICE_PROVIDED')).to.include({ numerator: 0, denominator: 1 });
    expect(subs.find((i) => i.code === 'ONLINE_PAYMENT_DOSSIER')).to.include({ numerator: 2, denominator: 3 });
    // Petitions without a procedure (all of them here) form the group '' for their 766 satisfaction figures.
    expect(r.groups.map((g) => g.key.procedure)).to.deep.equal(['', P1, P2]);
    expect(r.groups[0]!.score766!.groups.find((g) => g.code === 'TDGQ')!.scoredMax).to.equal(0);
  });

  it('computeKpis groups ratings and petitions by field through the procedures of the dossiers', () => {
    const r = computeKpis(data, { period: '2026-03', groupBy: ['field'], families: ['ratings', 'petitions'] });
    const by = Object.fromEntries(r.groups.map((g) => [g.key.field, g.values]));
    // Ratings r1 r2 are P1 → ho-tich; r3 r4 are P2 → chung-thuc. Petitions carry no procedure: field ''.
    expect(by['ho-tich']).to.include({ ratings: 2 });
    expect(by['chung-thuc']).to.include({ ratings: 2, satisfied: 2 });
    expect(by['']).to.include({ petitions: 4 });
  });
});

describe('computeKpis: no data and malformed queries', () => {
  it('computeKpis on an empty month returns zero counts, no ratios and no NaN', () => {
    const r = computeKpis(data, { period: '2025-01', unitIds: ['u-a'] });
    const v = r.total.values;
    expect(v).to.include({ received: 0, early: 0, resolved: 0, ratings: 0, petitions: 0, tickets: 0 });
    for (const k of ['onTimeRate', 'onlineShare', 'avgResolutionDays', 'satisfactionRate', 'petitionOnTimeRate', 'avgWaitMinutes', 'noShowRate'] as const) {
      expect(v[k], k).to.equal(undefined);
    }
    expect(JSON.stringify(r)).not.to.match(/NaN|Infinity|null/);
    // 766: dossier figures have no data (left out); petitions none → full 6 + 6; e-certified copy → 2; the
    // catalogue figures do not need dossiers: content 1 / 2 × 2 = 1, offered online 0.5 / 0.8 × 6 = 3.75,
    // fee-bearing procedures with a dossier 0 / 1 → 0, individuals' procedures with population data 0 / 1 → 0.
    // 14 + 1 + 3.75 = 18.75 of 14 + 2 + 6 + 2.5 + 2 = 26.5.
    expect(r.total.score766).to.include({ total: 18.75, scoredMax: 26.5 });
    // Circular 01: nothing resolved → indicators 1–4, 6, 7 left out; 8 (no petitions) → 2; 9 without dossiers left out.
    expect(r.total.tt01).to.include({ total: 2, maxPossible: 2 });
  });

  it('computeKpis leaves out families without their data and reports asked-for ones as skipped', () => {
    const r = computeKpis({ cases: cols }, { period: '2026-03' });
    expect(r.families).to.deep.equal(['cases', '766', 'tt01']);
    expect(r.skipped).to.deep.equal([]);
    const asked = computeKpis({ cases: cols }, { period: '2026-03', families: ['cases', 'ratings'] });
    expect(asked.skipped).to.deep.equal(['ratings']);
  });

  it('computeKpis throws RangeError for an unknown period, a reversed range or three dimensions', () => {
    expect(() => computeKpis(data, { period: '2026-13' })).to.throw(RangeError);
    expect(() => computeKpis(data, { from: '2026-03-02', to: '2026-03-01' })).to.throw(RangeError);
    expect(() => computeKpis(data, { period: '2026', groupBy: ['unit', 'field', 'month'] })).to.throw(RangeError);
    expect(() => computeKpis(data, { period: '2026', groupBy: ['month', 'quarter'] })).to.throw(RangeError);
    expect(() => computeKpis(data, {})).to.throw(RangeError);
  });

  it('computeKpis(data, {scorecards: "total"}) keeps the scores in the values and the detailed scorecard on the total only', () => {
    const q: KpiQuery = { from: '2026-02-01', to: '2026-04-01', groupBy: ['unit', 'month'] };
    const all = computeKpis(data, q);
    const lean = computeKpis(data, { ...q, scorecards: 'total' });
    expect(lean.groups.map((g) => g.values)).to.deep.equal(all.groups.map((g) => g.values));
    expect(lean.groups.every((g) => g.score766 === undefined && g.tt01 === undefined)).to.equal(true);
    expect(lean.total).to.deep.equal(all.total);
    expect(computeKpis(data, { ...q, scorecards: 'none' }).total.score766).to.equal(undefined);
  });

  it('computeKpis results are plain JSON: a JSON round trip is deep-equal', () => {
    const r = computeKpis(data, { from: '2026-02-01', to: '2026-04-01', groupBy: ['unit', 'month'], percentiles: true });
    expect(JSON.parse(JSON.stringify(r))).to.deep.equal(r);
  });
});

describe('attachFeedback', () => {
  it('attachFeedback(columns, ratings, petitions) joins by dossier code and counts what did not match', () => {
    // Ratings with a code: r1 (d2), r2 (d9); r3 r4 without. Petitions: p1 (d1), p2 (d3), p4 (d13); p3 without.
    expect(feedback).to.include({ ratingsMatched: 2, ratingsUnmatched: 2, petitionsMatched: 3, petitionsUnmatched: 1 });
    // Rows in column order: d1 (staff petition), d2 (dislike), d3 (petition), d9 (answers), d13 (refused petition: no flag).
    expect(Array.from(feedback.row)).to.deep.equal([0, 1, 2, 8, 12]);
    expect(Array.from(feedback.flags)).to.deep.equal([1 | 4, 2 | 8, 1, 8, 0]);
  });
});
