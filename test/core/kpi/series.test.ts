import { expect } from '@open-wc/testing';
import { describeSeries, formatMetric, rankGroups, seriesOf, timeKeyLabel, trend } from '../../../src/core/kpi/series.js';
import type { KpiResult } from '../../../src/core/kpi/engine.js';

const result = (groups: { key: Record<string, string>; values: Record<string, number> }[], groupBy: string[]): KpiResult =>
  ({ from: 0, to: 1, asOf: 1, groupBy, groups, total: { key: {}, values: {} }, families: ['cases'], skipped: [] }) as unknown as KpiResult;

describe('series helpers', () => {
  it('describeSeries(points, {lang: "vi"}) says how a rate moved over the months, with its extremes', () => {
    const points = [
      { key: '2026-01', value: 0.912 }, { key: '2026-02', value: 0.89 }, { key: '2026-03', value: 0.961 }, { key: '2026-04', value: 0.954 },
    ];
    expect(describeSeries(points, { metric: 'onTimeRate', lang: 'vi', timeUnit: 'month' })).to.equal(
      'Tỷ lệ trước hạn, đúng hạn tăng từ 91,2% lên 95,4% trong 4 tháng; thấp nhất 89,0% (02/2026), cao nhất 96,1% (03/2026).',
    );
    expect(describeSeries(points, { metric: 'onTimeRate', lang: 'en', timeUnit: 'month' })).to.equal(
      'Early or on-time rate rose from 91.2% to 95.4% over 4 months; lowest 89.0% (02/2026), highest 96.1% (03/2026).',
    );
  });

  it('describeSeries(points) handles falls, flat series, gaps, single points and no data', () => {
    const fall = [{ key: '2026-Q1', value: 4.2 }, { key: '2026-Q2', value: undefined }, { key: '2026-Q3', value: 3.1 }];
    expect(describeSeries(fall, { metric: 'avgResolutionDays', lang: 'vi', timeUnit: 'quarter' })).to.equal(
      'Thời gian giải quyết trung bình (ngày) giảm từ 4,2 ngày xuống 3,1 ngày trong 3 quý; thấp nhất 3,1 ngày (Quý 3/2026), cao nhất 4,2 ngày (Quý 1/2026); 1 kỳ không có dữ liệu.',
    );
    const flat = [{ key: '2026', value: 0.95 }, { key: '2027', value: 0.95 }];
    expect(describeSeries(flat, { metric: 'onTimeRate', lang: 'en', timeUnit: 'year' })).to.match(/^Early or on-time rate stayed at 95\.0% over 2 years;/);
    expect(describeSeries([{ key: '2026-03', value: 12 }], { metric: 'received', lang: 'en', timeUnit: 'month' })).to.equal('Dossiers received 12 (03/2026), one period only.');
    expect(describeSeries([{ key: '2026-03', value: undefined }], { metric: 'received', lang: 'vi', timeUnit: 'month' })).to.equal('Hồ sơ tiếp nhận: chưa có dữ liệu.');
  });

  it('describeSeries(points) names the extremes of a series by unit with the given labels', () => {
    const names: Record<string, string> = { 'u-a': 'Phường Bãi Cháy', 'u-b': 'Phường Hồng Gai' };
    const text = describeSeries([{ key: 'u-a', value: 17.72 }, { key: 'u-b', value: 19.46 }], { metric: 'score766TDGQ', lang: 'vi', label: (k) => names[k] ?? k });
    expect(text).to.equal('Tiến độ giải quyết: thấp nhất 17,72 điểm (Phường Bãi Cháy), cao nhất 19,46 điểm (Phường Hồng Gai); 2 giá trị.');
  });

  it('trend(current, previous, {metric}) gives the change, its direction and whether it is good', () => {
    expect(trend(0.95, 0.9, { metric: 'onTimeRate' })).to.deep.include({ direction: 'up', good: true });
    expect(trend(0.95, 0.9)!.delta).to.be.closeTo(0.05, 1e-12);
    expect(trend(0.95, 0.9)!.relative).to.be.closeTo(0.05 / 0.9, 1e-12);
    expect(trend(5, 4, { metric: 'lateRate' })).to.deep.include({ direction: 'up', good: false });
    expect(trend(3, 0)!.relative).to.equal(undefined);
    expect(trend(1, 1)).to.deep.equal({ delta: 0, direction: 'flat', relative: 0 });
    expect(trend(undefined, 1)).to.equal(undefined);
  });

  it('rankGroups(result, metric) ranks best first with shared ranks for ties, lower-is-better metrics ascending', () => {
    const r = result([
      { key: { unit: 'a' }, values: { onTimeRate: 0.9, lateRate: 0.1 } },
      { key: { unit: 'b' }, values: { onTimeRate: 0.95, lateRate: 0.05 } },
      { key: { unit: 'c' }, values: { onTimeRate: 0.9, lateRate: 0.1 } },
      { key: { unit: 'd' }, values: {} },
    ], ['unit']);
    expect(rankGroups(r, 'onTimeRate').map((x) => [x.group.key.unit, x.rank])).to.deep.equal([['b', 1], ['a', 2], ['c', 2]]);
    expect(rankGroups(r, 'lateRate').map((x) => x.group.key.unit)).to.deep.equal(['b', 'a', 'c']);
    expect(rankGroups(r, 'onTimeRate', { order: 'asc' })[0]!.group.key.unit).to.equal('a');
  });

  it('seriesOf(result, metric, {where}) reads one unit\'s months', () => {
    const r = result([
      { key: { unit: 'a', month: '2026-01' }, values: { received: 1 } },
      { key: { unit: 'a', month: '2026-02' }, values: {} },
      { key: { unit: 'b', month: '2026-01' }, values: { received: 7 } },
    ], ['unit', 'month']);
    expect(seriesOf(r, 'received', { where: { unit: 'a' } })).to.deep.equal([{ key: '2026-01', value: 1 }, { key: '2026-02', value: undefined }]);
  });

  it('formatMetric and timeKeyLabel format values and period keys per language', () => {
    expect(formatMetric(0.8862, 'ratio', 'vi')).to.equal('88,6%');
    expect(formatMetric(12.5, 'minutes', 'en')).to.equal('12.5 min');
    expect(formatMetric(1234, 'count', 'vi')).to.equal('1.234');
    expect(timeKeyLabel('2026-W07', 'vi')).to.equal('tuần 7/2026');
    expect(timeKeyLabel('2026-03-04', 'en')).to.equal('04/03/2026');
  });
});
