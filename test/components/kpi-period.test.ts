import { expect } from '@open-wc/testing';
import { fetchRange, periodLabel, resolvePeriod } from '../../src/controllers/kpi-data-period.js';
import { freshnessOf } from '../../src/components/kpi-common/freshness.js';
import { parseDuration, parseGroupBy, parseMetrics, parseTarget } from '../../src/components/kpi-common/attrs.js';

const T = (s: string) => Date.parse(`${s}+07:00`);
const NOW = T('2026-11-16T10:00:00');

describe('KPI periods (the period, from and to attributes)', () => {
  it('resolves the default, the current month, against now', () => {
    const p = resolvePeriod({}, NOW)!;
    expect([p.from, p.to]).to.deep.equal([T('2026-11-01T00:00:00'), T('2026-12-01T00:00:00')]);
    expect(p).to.include({ unit: 'month', current: true, asOf: NOW });
  });

  it('compares a month in progress with the same elapsed part of the previous month', () => {
    const p = resolvePeriod({ period: 'this-month' }, NOW)!;
    expect(p.previous).to.deep.equal({ from: T('2026-10-01T00:00:00'), to: T('2026-10-16T10:00:00') });
    expect(p.previousPartial).to.equal(true);
  });

  it('compares a past month with the whole previous month (February after January’s 31 days)', () => {
    const p = resolvePeriod({ period: '2026-02' }, NOW)!;
    expect(p.current).to.equal(false);
    expect(p.asOf).to.equal(p.to);
    expect(p.previous).to.deep.equal({ from: T('2026-01-01T00:00:00'), to: T('2026-02-01T00:00:00') });
  });

  it('names quarters, years, ISO weeks and days, and relative periods', () => {
    expect(resolvePeriod({ period: '2026-q2' }, NOW)).to.include({ from: T('2026-04-01T00:00:00'), to: T('2026-07-01T00:00:00'), unit: 'quarter' });
    expect(resolvePeriod({ period: '2026-W10' }, NOW)).to.include({ from: T('2026-03-02T00:00:00'), unit: 'week' });
    expect(resolvePeriod({ period: 'last-quarter' }, NOW)).to.include({ from: T('2026-07-01T00:00:00'), to: T('2026-10-01T00:00:00') });
    expect(resolvePeriod({ period: 'last-30-days' }, NOW)).to.include({ from: T('2026-10-18T00:00:00'), to: T('2026-11-17T00:00:00') });
    expect(resolvePeriod({ period: 'last-12-months' }, NOW)).to.include({ from: T('2025-12-01T00:00:00'), to: T('2026-12-01T00:00:00') });
  });

  it('reads an end date as inclusive and rejects reversed or unknown periods', () => {
    expect(resolvePeriod({ from: '2026-01-01', to: '2026-03-31' }, NOW)).to.include({ from: T('2026-01-01T00:00:00'), to: T('2026-04-01T00:00:00') });
    expect(resolvePeriod({ from: '2026-03-31', to: '2026-01-01' }, NOW)).to.equal(undefined);
    expect(resolvePeriod({ period: '2026-13' }, NOW)).to.equal(undefined);
    expect(resolvePeriod({ period: 'next-month' }, NOW)).to.equal(undefined);
  });

  it('loads month-aligned ranges covering the 12-month history and the previous period', () => {
    const p = resolvePeriod({ period: 'this-month' }, NOW)!;
    expect(p.history).to.deep.equal({ unit: 'month', from: T('2025-12-01T00:00:00') });
    expect(fetchRange(p)).to.deep.equal({ from: T('2025-12-01T00:00:00'), to: T('2026-12-01T00:00:00') });
    expect(fetchRange(p, 420, { history: false })).to.deep.equal({ from: T('2026-10-01T00:00:00'), to: T('2026-12-01T00:00:00') });
  });

  it('labels periods in Vietnamese and English', () => {
    expect(periodLabel(resolvePeriod({ period: '2026-03' }, NOW)!, 'vi')).to.equal('Tháng 03/2026');
    expect(periodLabel(resolvePeriod({ period: '2026-Q1' }, NOW)!, 'vi')).to.equal('Quý 1/2026');
    expect(periodLabel(resolvePeriod({ period: '2026-Q1' }, NOW)!, 'en')).to.equal('Q1 2026');
    expect(periodLabel(resolvePeriod({ from: '2026-01-05', to: '2026-01-09' }, NOW)!, 'vi')).to.equal('05/01/2026 – 09/01/2026');
  });
});

describe('freshnessOf()', () => {
  const base = { now: 1_000_000, refreshMs: 60_000 };
  it('is fresh up to twice the refresh interval, stale after it', () => {
    expect(freshnessOf({ ...base, fetchedAt: base.now - 120_000 })).to.equal('fresh');
    expect(freshnessOf({ ...base, fetchedAt: base.now - 120_001 })).to.equal('stale');
  });
  it('is offline when the last load failed after the last success, and never ages without refresh', () => {
    expect(freshnessOf({ ...base, fetchedAt: base.now - 20, failedAt: base.now - 10 })).to.equal('offline');
    expect(freshnessOf({ ...base, fetchedAt: base.now - 10, failedAt: base.now - 20 })).to.equal('fresh');
    expect(freshnessOf({ ...base, fetchedAt: 0, refreshMs: 0 })).to.equal('fresh');
    expect(freshnessOf({ ...base })).to.equal('none');
  });
});

describe('KPI attribute parsers', () => {
  it('reads metric lists and reports unknown names', () => {
    expect(parseMetrics('early, onTime;late nope')).to.deep.equal({ metrics: ['early', 'onTime', 'late'], unknown: ['nope'] });
  });
  it('keeps at most two dimensions and one calendar unit', () => {
    expect(parseGroupBy('unit,month,field')).to.deep.equal(['unit', 'month']);
    expect(parseGroupBy('month,week')).to.deep.equal(['month']);
    expect(parseGroupBy('colour')).to.deep.equal([]);
  });
  it('reads durations in seconds, s, m, h and off', () => {
    expect(['300', '30s', '5m', '1h', 'off', '0', 'soon'].map(parseDuration)).to.deep.equal([300_000, 30_000, 300_000, 3_600_000, 0, 0, undefined]);
  });
  it('reads rate targets as percentages or fractions, with a decimal comma', () => {
    expect(['95%', '95', '0.95', '95,5%'].map((s) => parseTarget(s, 'ratio'))).to.deep.equal([0.95, 0.95, 0.95, 0.955]);
    expect(parseTarget('15', 'points')).to.equal(15);
  });
});
