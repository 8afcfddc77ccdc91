import { expect } from '@open-wc/testing';
import { caseColumns } from '../../../src/core/kpi/columns.js';
import { computeKpis } from '../../../src/core/kpi/engine.js';
import { periodKey, timeBuckets } from '../../../src/core/kpi/periods.js';
import { caseTimeliness } from '../../../src/core/cases/timeliness.js';
import { VN_HOLIDAYS, parseIso } from '../../../src/core/time/index.js';
import { generateAllCases } from '../../../src/data/seed/index.js';

/**
 * The engine's typed-array pass against the plainest possible implementation: row objects, one
 * `caseTimeliness` call per dossier and bucket, a Map of counters. Same seed data, same answers.
 */
describe('computeKpis agrees with a row-object computation on generated data', function () {
  // Thousands of dossiers evaluated two ways: give a shared, loaded machine time.
  this.timeout(120_000);
  const calendar = { offsetMinutes: 420, holidays: VN_HOLIDAYS };
  const records = generateAllCases({ to: '2026-03-01', casesPerYear: 6000 });
  const cols = caseColumns(records, { calendar });
  const from = Date.UTC(2025, 2, 1) - 7 * 3_600_000;
  const to = Date.UTC(2026, 2, 1) - 7 * 3_600_000;
  // "now" mid-February: the last bucket is measured at now, the rest at their month ends.
  const now = Date.UTC(2026, 1, 20, 3, 30);

  function naive(reschedule: 'original' | 'rescheduled') {
    const buckets = timeBuckets({ from, to }, 'month', 420);
    const end = new Map(buckets.map((b) => [b.key, Math.min(b.to, now)]));
    const out = new Map<string, Record<string, number>>();
    const get = (k: string) => {
      let g = out.get(k);
      if (!g) out.set(k, (g = { received: 0, early: 0, onTime: 0, late: 0, open: 0, openLate: 0, resolved: 0, resolvedLate: 0 }));
      return g;
    };
    for (const c of records) {
      const t = parseIso(c.receivedAt)!;
      if (t >= from && t < to && t <= now && c.status !== 1 && c.status !== 3) {
        const key = `${c.unitId} ${periodKey(t, 'month', 420)}`;
        const r = caseTimeliness(c, { asOf: end.get(periodKey(t, 'month', 420))!, calendar, reschedule })!;
        const g = get(key);
        g.received!++;
        g[r.timeliness === 'on_time' ? 'onTime' : r.timeliness]!++;
        if (!r.finished) {
          g.open!++;
          if (!r.onTime) g.openLate!++;
        }
      }
      const e = parseIso(c.processedAt) ?? parseIso(c.returnedAt) ?? ([3, 7, 8].includes(c.status) ? parseIso(c.closedAt) : undefined);
      if (e !== undefined && e >= from && e < to && e <= now && c.status !== 1 && c.status !== 3) {
        const g = get(`${c.unitId} ${periodKey(e, 'month', 420)}`);
        g.resolved!++;
        if (!caseTimeliness(c, { asOf: e, calendar, reschedule })!.onTime) g.resolvedLate!++;
      }
    }
    return out;
  }

  for (const reschedule of ['original', 'rescheduled'] as const) {
    it(`computeKpis(columns, {groupBy: ["unit", "month"], reschedule: "${reschedule}"}) counts what caseTimeliness counts, per unit and month`, () => {
      const expected = naive(reschedule);
      const r = computeKpis({ cases: cols }, { from, to, now, groupBy: ['unit', 'month'], families: ['cases'], reschedule });
      let compared = 0;
      for (const g of r.groups) {
        const want = expected.get(`${g.key.unit} ${g.key.month}`);
        const v = g.values;
        const got = { received: v.received, early: v.early, onTime: v.onTime, late: v.late, open: v.open, openLate: v.openLate, resolved: v.resolved, resolvedLate: v.resolvedLate };
        if (!want) expect(got.received! + got.resolved!, `${g.key.unit} ${g.key.month}`).to.equal(0);
        else {
          expect(got, `${g.key.unit} ${g.key.month}`).to.deep.equal(want);
          compared++;
        }
      }
      expect(compared).to.equal(expected.size);
      expect(compared).to.be.greaterThan(100);
    });
  }

  it('computeKpis gives the same answers counting per dossier ("direct") as with profile histograms', () => {
    for (const groupBy of [['unit', 'month'], ['procedure'], []] as const) {
      const q = { from, to, now, groupBy: [...groupBy], percentiles: true };
      const direct = computeKpis({ cases: cols }, { ...q, kernel: 'direct' });
      const histogram = computeKpis({ cases: cols }, { ...q, kernel: 'histogram' });
      expect(histogram, groupBy.join('×')).to.deep.equal(direct);
    }
  });

  it('computeKpis numbers groups by a first pass when dimension values combine into many groups, with the same counts', () => {
    // Officers × days: ≈ 150 × 365 combinations, more than are numbered densely.
    const byDay = computeKpis({ cases: cols }, { from, to, now, groupBy: ['officer', 'day'], families: ['cases'] });
    const byOfficer = computeKpis({ cases: cols }, { from, to, now, groupBy: ['officer'], families: ['cases'] });
    expect(byDay.groups.length).to.be.greaterThan(8192);
    for (const g of byOfficer.groups) {
      const days = byDay.groups.filter((d) => d.key.officer === g.key.officer);
      const sum = (k: 'received' | 'resolved' | 'resolvedLate') => days.reduce((s, d) => s + (d.values[k] ?? 0), 0);
      expect([sum('received'), sum('resolved'), sum('resolvedLate')], g.key.officer).to.deep.equal([g.values.received, g.values.resolved, g.values.resolvedLate]);
    }
    // Same period and measuring instant for the whole: the totals agree except what depends on the day ends.
    expect(byDay.total.values.received).to.equal(byOfficer.total.values.received);
    expect(byDay.total.values.onTime! + byDay.total.values.early!).to.equal(byOfficer.total.values.onTime! + byOfficer.total.values.early!);
  });
});
