import { expect } from '@open-wc/testing';
import {
  CASE_FLAG, CaseColumnsBuilder, NONE, caseColumns, caseColumnsBytes, caseColumnsTransferables, columnTimeliness, isoSeconds, splitDossierCode,
} from '../../../src/core/kpi/columns.js';
import { caseTimeliness } from '../../../src/core/cases/timeliness.js';
import { VN_HOLIDAYS, parseIso, toIso, type WorkCalendar } from '../../../src/core/time/index.js';
import { generateAllCases, createRng } from '../../../src/data/seed/index.js';
import type { CaseFile } from '../../../src/data/schemas/case-file.js';

const cal: WorkCalendar = { offsetMinutes: 420, holidays: VN_HOLIDAYS };
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** A minimal valid dossier; fields overridden per test. */
function dossier(over: Partial<CaseFile> = {}): CaseFile {
  return {
    code: 'H49.50.13-260302-0001', procedureCode: '1.001193', unitId: 'u-a', fieldId: 'ho-tich', channel: 1, status: 4,
    receivedAt: '2026-03-02T08:00:00+07:00', dueAt: '2026-03-05T17:00:00+07:00', supplements: [], hasFee: false, onlinePayment: 0,
    digitised: false, eResult: false, paperResult: false, reusedData: false, personalStore: false, citizenData: false, synced: false,
    history: [], ...over,
  };
}

/**
 * Random dossiers aimed at the edges of the on-time rules: no appointment (legal days across
 * holidays), rescheduled appointments, 0–3 supplements in any order (some open, some completed after
 * the end, some requested after it), closing times on statuses that do not close, and every status.
 */
function edgeCases(n: number, seed: string): CaseFile[] {
  const rng = createRng(seed);
  const base = Date.UTC(2026, 0, 1) - 7 * HOUR;
  const iso = (t: number) => toIso(t, 420);
  const out: CaseFile[] = [];
  for (let k = 0; k < n; k++) {
    const received = base + rng.int(0, 120) * DAY + rng.int(7 * 3600, 17 * 3600) * 1000;
    const status = rng.int(1, 10) as CaseFile['status'];
    const t = (lo: number, hi: number) => received + rng.int(Math.round(lo * 3600), Math.round(hi * 3600)) * 1000;
    const sups: CaseFile['supplements'] = [];
    for (let s = rng.int(0, 3); s > 0; s--) {
      const req = t(1, 24 * 20);
      sups.push({ requestedAt: iso(req), completedAt: rng.chance(0.3) ? null : iso(req + rng.int(60, 86_400 * 6) * 1000) });
    }
    const maybe = (p: number, lo: number, hi: number) => (rng.chance(p) ? iso(t(lo, hi)) : null);
    out.push(dossier({
      code: `H49.50.13-26${String(k % 12 + 1).padStart(2, '0')}01-${String(k % 10000).padStart(4, '0')}`,
      status,
      channel: rng.int(1, 3) as CaseFile['channel'],
      receivedAt: iso(received),
      dueAt: maybe(0.6, 4, 24 * 15),
      legalDays: rng.chance(0.9) ? rng.int(0, 15) : null,
      rescheduledDueAt: maybe(0.2, 24, 24 * 25),
      processedAt: maybe(0.4, 1, 24 * 30),
      returnedAt: maybe(0.4, 1, 24 * 30),
      closedAt: maybe(0.3, 1, 24 * 30),
      supplements: sups,
    }));
  }
  return out;
}

/** Period ends (local midnights, month starts) and arbitrary instants with milliseconds. */
const asOfs = [
  ...Array.from({ length: 14 }, (_, m) => Date.UTC(2025, 2 + m, 1) - 7 * HOUR),
  Date.UTC(2026, 1, 14, 3, 17, 42, 123),
  Date.UTC(2026, 2, 1, 9, 59, 59, 999),
];

function expectSameAsRules(records: readonly CaseFile[]): number {
  const cols = caseColumns(records, { calendar: cal });
  expect(cols.length).to.equal(records.length);
  let compared = 0;
  records.forEach((c, i) => {
    for (const asOf of asOfs) {
      for (const reschedule of ['original', 'rescheduled'] as const) {
        const expected = caseTimeliness(c, { asOf, calendar: cal, reschedule });
        const actual = columnTimeliness(cols, i, { asOf, reschedule });
        if (JSON.stringify(actual) !== JSON.stringify(expected)) {
          expect(actual, `${c.code} (row ${i}) at ${new Date(asOf).toISOString()} ${reschedule}`).to.deep.equal(expected);
        }
        compared++;
      }
    }
  });
  return compared;
}

describe('CaseColumns', () => {
  it('columnTimeliness(columns, i) equals evaluateTimeliness for every generated dossier at every period end', function () {
    // Thousands of evaluations: give a shared, loaded machine time.
    this.timeout(120_000);
    // One year of the seed generator's Hạ Long centre (≈ 4,000 dossiers), 16 instants × 2 reschedule modes.
    const records = generateAllCases({ to: '2026-03-01', casesPerYear: 4000 });
    expect(records.length).to.be.greaterThan(3000);
    const compared = expectSameAsRules(records);
    expect(compared).to.equal(records.length * asOfs.length * 2);
  });

  it('columnTimeliness(columns, i) equals evaluateTimeliness on random edge cases (legal days, holidays, unordered and open supplements)', function () {
    // Thousands of evaluations: give a shared, loaded machine time.
    this.timeout(120_000);
    const records = edgeCases(3000, 'kpi-columns-edges');
    // The generator does reach the edges it is meant to.
    expect(records.some((c) => c.supplements.length > 1)).to.equal(true);
    expect(records.some((c) => c.dueAt == null && (c.legalDays ?? 0) > 0)).to.equal(true);
    expectSameAsRules(records);
  });

  it('CaseColumnsBuilder keeps dictionaries, flags and the legal deadline of a dossier without an appointment', () => {
    const b = new CaseColumnsBuilder({ calendar: { offsetMinutes: 420 } });
    b.append([
      dossier({ officerId: 'cb-1', hasFee: true, onlinePayment: 2, paperResult: true, eResult: true, synced: true }),
      // Friday 20/03 14:00, 3 working days: Mon 23, Tue 24, Wed 25 → 25/03 23:59:59.999 local.
      dossier({ code: 'H49.50.14-260320-0002', unitId: 'u-b', dueAt: null, legalDays: 3, receivedAt: '2026-03-20T14:00:00+07:00', processedAt: '2026-03-25T16:00:00+07:00', status: 9 }),
    ]);
    const c = b.seal();
    expect(c.units).to.deep.equal(['', 'u-a', 'u-b']);
    expect(c.officers).to.deep.equal(['', 'cb-1']);
    expect(Array.from(c.officer)).to.deep.equal([1, 0]);
    expect(c.agencies).to.deep.equal(['', 'H49.50.13', 'H49.50.14']);
    expect(c.flags[0]).to.equal(CASE_FLAG.hasFee | CASE_FLAG.paidLocal | CASE_FLAG.paperResult | CASE_FLAG.eResult | CASE_FLAG.synced);
    expect(c.flags[1]).to.equal(CASE_FLAG.legalDeadline | CASE_FLAG.endWithResult);
    // 2026-03-25T23:59:59+07:00 = 2026-03-25T16:59:59Z.
    expect(c.due[1]).to.equal(Date.UTC(2026, 2, 25, 16, 59, 59) / 1000);
    expect(c.end[0]).to.equal(NONE);
    expect(columnTimeliness(c, 1, { asOf: Date.UTC(2026, 3, 1) })).to.include({ onTime: true, timeliness: 'on_time', finished: true });
  });

  it('CaseColumnsBuilder refuses malformed records, counts them and keeps the first reasons', () => {
    const b = new CaseColumnsBuilder({ calendar: cal });
    const bad = [
      dossier({ status: 11 as never }),
      dossier({ channel: 0 as never }),
      dossier({ receivedAt: 'yesterday' }),
      dossier({ unitId: '' }),
      dossier({ supplements: [{ requestedAt: '2026-13-01T00:00:00+07:00' }] }),
      dossier({ dueAt: '2026-03-05T25:00:00+07:00' }),
      dossier({ onlinePayment: 3 as never }),
      dossier({ legalDays: -1 }),
      dossier({ processedAt: '2026-04-31T10:00:00+07:00' }),
    ];
    expect(b.append([dossier(), ...bad, dossier()])).to.equal(2);
    expect(b.rejected).to.equal(bad.length);
    expect(b.rejections.map((r) => r.reason)).to.deep.equal(['status', 'channel', 'receivedAt', 'missing-id', 'supplements', 'time', 'onlinePayment', 'legalDays', 'time']);
    expect(b.rejections[0]!.position).to.equal(1);
    expect(b.seal()).to.include({ length: 2, rejected: bad.length });
  });

  it('CaseColumnsBuilder grows past its capacity and seals everything appended so far', () => {
    const b = new CaseColumnsBuilder({ calendar: cal, capacity: 16 });
    const first = edgeCases(40, 'grow-1');
    b.append(first);
    const sealed1 = b.seal();
    b.append(edgeCases(40, 'grow-2'));
    const sealed2 = b.seal();
    expect(sealed1.length).to.equal(40);
    expect(sealed2.length).to.equal(80);
    // Sealed buffers are exact-size copies: the first seal is unchanged by later appends.
    expect(sealed1.received.length).to.equal(40);
    expect(Array.from(sealed2.received.subarray(0, 40))).to.deep.equal(Array.from(sealed1.received));
    expect(sealed2.supRow.every((r, k) => k === 0 || r >= (sealed2.supRow[k - 1] as number))).to.equal(true);
  });

  it('caseColumnsTransferables(columns) lists each buffer once and caseColumnsBytes stays under 47 bytes per dossier', () => {
    const records = generateAllCases({ to: '2026-03-01', casesPerYear: 4000 });
    const c = caseColumns(records, { calendar: cal });
    const bufs = caseColumnsTransferables(c);
    expect(bufs.length).to.equal(21);
    expect(new Set(bufs).size).to.equal(21);
    // Dense columns 39 B + 8 B per rescheduled + 12 B per supplement (≈ 2 % and ≈ 10 % of dossiers here).
    expect(caseColumnsBytes(c) / c.length).to.be.within(39, 47);
  });

  it('splitDossierCode(code) splits agency, date and sequence, and refuses other shapes', () => {
    // 2026-10-08 is day 9777 since 2000-01-01: 9777 × 10 000 + 975.
    expect(splitDossierCode('H15.50.05.13-261008-0975')).to.deep.equal({ agency: 'H15.50.05.13', key: 9777 * 10_000 + 975 });
    expect(splitDossierCode('H49-000101-0001')).to.deep.equal({ agency: 'H49', key: 1 });
    expect(splitDossierCode('H49.50.13-261308-0001')).to.equal(undefined);
    expect(splitDossierCode('H49.50.13-2610A8-0001')).to.equal(undefined);
    expect(splitDossierCode('-261008-0001')).to.equal(undefined);
    expect(splitDossierCode('short')).to.equal(undefined);
  });

  it('isoSeconds(s) equals parseIso(s) in whole seconds for valid stamps, across leap years, offsets and fractions', function () {
    // Thousands of evaluations: give a shared, loaded machine time.
    this.timeout(120_000);
    const rng = createRng('iso-seconds');
    let compared = 0;
    for (let k = 0; k < 20_000; k++) {
      const t = Date.UTC(rng.int(1999, 2104), 0, 1) + rng.int(0, 366 * 86_400) * 1000 + rng.int(0, 999);
      const off = rng.pick([0, 420, -300, 330, 525, -720]);
      let s = toIso(t, off);
      if (rng.chance(0.3)) s = s.replace(/(\d{2}:\d{2}:\d{2})(\.\d+)?/, (_m, hms: string) => `${hms}.${rng.int(0, 999999)}`);
      expect(isoSeconds(s), s).to.equal(Math.floor(parseIso(s)! / 1000));
      compared++;
    }
    expect(compared).to.equal(20_000);
    // Leap days and month ends.
    expect(isoSeconds('2024-02-29T12:00:00Z')).to.equal(Date.UTC(2024, 1, 29, 12) / 1000);
    expect(isoSeconds('2000-02-29T00:00:00+07:00')).to.equal(Date.UTC(2000, 1, 28, 17) / 1000);
  });

  it('isoSeconds(s) refuses impossible or malformed stamps that parseIso would roll over', () => {
    for (const s of ['2026-02-29T10:00:00+07:00', '1900-02-29T10:00:00Z', '2026-04-31T10:00:00Z', '2026-13-01T00:00:00Z', '2026-00-10T00:00:00Z',
      '2026-03-01T24:00:00Z', '2026-03-01T10:60:00Z', '2026-03-01T10:00:60Z', '2026-03-01T10:00:00', '2026-03-01T10:00:00+0700',
      '2026-03-01 10:00:00Z', '2026-3-01T10:00:00Z', '2026-03-01T10:00:00.Z', '2026-03-01T1a:00:00Z', '']) {
      expect(isoSeconds(s), s).to.be.NaN;
    }
  });
});
