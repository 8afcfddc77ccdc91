import { expect } from '@open-wc/testing';
import { parsePeriod, periodKey, periodOf, previousPeriod, timeBuckets, toInstant, unitKeyOfDay, dayOf } from '../../../src/core/kpi/periods.js';

const VN = 420;
const local = (y: number, m: number, d: number, h = 0) => Date.UTC(y, m - 1, d, h) - VN * 60_000;

describe('periods', () => {
  it('parsePeriod(spec, offset) reads years, quarters, months, ISO weeks and days in local time', () => {
    expect(parsePeriod('2026', VN)).to.deep.equal({ from: local(2026, 1, 1), to: local(2027, 1, 1), unit: 'year' });
    expect(parsePeriod('2026-Q2', VN)).to.deep.equal({ from: local(2026, 4, 1), to: local(2026, 7, 1), unit: 'quarter' });
    expect(parsePeriod('2026-02', VN)).to.deep.equal({ from: local(2026, 2, 1), to: local(2026, 3, 1), unit: 'month' });
    // ISO week 1 of 2026 starts Monday 29/12/2025 (the week of Thursday 1 January).
    expect(parsePeriod('2026-W01', VN)).to.deep.equal({ from: local(2025, 12, 29), to: local(2026, 1, 5), unit: 'week' });
    expect(parsePeriod('2026-03-04', VN)).to.deep.equal({ from: local(2026, 3, 4), to: local(2026, 3, 5), unit: 'day' });
  });

  it('parsePeriod(spec) refuses impossible periods', () => {
    for (const s of ['2026-13', '2026-00', '2026-02-30', '2026-Q5', '2026-W54', '2025-W53', 'March', '']) expect(parsePeriod(s, VN), s).to.equal(undefined);
    // 2026 has 53 ISO weeks (it starts on a Thursday).
    expect(parsePeriod('2026-W53', VN)?.unit).to.equal('week');
  });

  it('periodKey(t, unit, offset) names the unit containing an instant in local time', () => {
    // 31/03/2026 23:30 local is still March and Q1; 17:30 UTC.
    const t = local(2026, 3, 31, 23) + 30 * 60_000;
    expect(periodKey(t, 'month', VN)).to.equal('2026-03');
    expect(periodKey(t, 'quarter', VN)).to.equal('2026-Q1');
    expect(periodKey(t, 'day', VN)).to.equal('2026-03-31');
    expect(periodKey(t, 'week', VN)).to.equal('2026-W14');
    expect(periodKey(local(2027, 1, 1), 'week', VN)).to.equal('2026-W53');
    expect(unitKeyOfDay(dayOf(local(2026, 1, 1), VN), 'year')).to.equal('2026');
  });

  it('timeBuckets(period, unit, offset) clips the first and last bucket to the period', () => {
    const b = timeBuckets({ from: local(2026, 2, 15), to: local(2026, 4, 10) }, 'month', VN);
    expect(b).to.deep.equal([
      { key: '2026-02', from: local(2026, 2, 15), to: local(2026, 3, 1) },
      { key: '2026-03', from: local(2026, 3, 1), to: local(2026, 4, 1) },
      { key: '2026-04', from: local(2026, 4, 1), to: local(2026, 4, 10) },
    ]);
    expect(timeBuckets({ from: 5, to: 5 }, 'day', VN)).to.deep.equal([]);
  });

  it('previousPeriod(period, offset, unit) steps back whole units, else the same length', () => {
    const march = periodOf(local(2026, 3, 10), 'month', VN);
    // February 2026 has 28 days, not March's 31.
    expect(previousPeriod(march, VN, 'month')).to.deep.equal({ from: local(2026, 2, 1), to: local(2026, 3, 1) });
    expect(previousPeriod({ from: local(2026, 1, 1), to: local(2026, 7, 1) }, VN, 'quarter')).to.deep.equal({ from: local(2025, 7, 1), to: local(2026, 1, 1) });
    expect(previousPeriod({ from: local(2026, 3, 10), to: local(2026, 3, 17) }, VN)).to.deep.equal({ from: local(2026, 3, 3), to: local(2026, 3, 10) });
    // Not aligned to months: same length.
    expect(previousPeriod({ from: local(2026, 3, 10), to: local(2026, 4, 10) }, VN, 'month')).to.deep.equal({ from: local(2026, 2, 7), to: local(2026, 3, 10) });
  });

  it('toInstant(value, offset) reads epoch ms, ISO date-times and local dates', () => {
    expect(toInstant(123, VN)).to.equal(123);
    expect(toInstant('2026-03-01', VN)).to.equal(local(2026, 3, 1));
    expect(toInstant('2026-03-01T00:00:00Z', VN)).to.equal(Date.UTC(2026, 2, 1));
    expect(toInstant('soon', VN)).to.equal(undefined);
    expect(toInstant(NaN, VN)).to.equal(undefined);
  });
});
