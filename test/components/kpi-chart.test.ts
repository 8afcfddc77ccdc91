import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, sendKeys, sendMouse } from '@web/test-runner-commands';
import type { Chart } from 'chart.js';
import '../../src/kpi.js';
import type { HccKpiChart } from '../../src/components/kpi-chart/kpi-chart.js';
import type { ChartModel } from '../../src/charts/chart-model.js';
import type { KpiResult } from '../../src/core/kpi/engine.js';
import { ManualClock, NOW, $, demoSource, expected, loaded, text, useSource, waitUntil } from './kpi-helpers.js';

const DEC_2025 = Date.parse('2025-12-01T00:00:00+07:00');
const DEC_2026 = Date.parse('2026-12-01T00:00:00+07:00');

/** A fixed model: three months of received / early / late counts. */
const MODEL: ChartModel = {
  unit: 'count',
  categoryDim: 'month',
  timeUnit: 'month',
  categories: [
    { key: '2026-01', label: '01/2026' },
    { key: '2026-02', label: '02/2026' },
    { key: '2026-03', label: '03/2026' },
  ],
  series: [
    { key: 'early', label: 'Hồ sơ trước hạn', metric: 'early', values: [2100, 1890, 2345] },
    { key: 'onTime', label: 'Hồ sơ đúng hạn', metric: 'onTime', values: [830, 790, 1002] },
    { key: 'late', label: 'Hồ sơ quá hạn', metric: 'late', values: [41, null, 37] },
  ],
  omitted: [],
};

async function drawn(el: HccKpiChart): Promise<Chart> {
  await waitUntil(() => el.chartInstance !== undefined && el.chartInstance.width > 0, 'never drawn', { timeout: 15000 });
  await el.updateComplete;
  return el.chartInstance as Chart;
}

async function chart(template: ReturnType<typeof html>, width = 600): Promise<HccKpiChart> {
  const wrap = await fixture<HTMLElement>(html`<div style="width: ${width}px">${template}</div>`);
  return wrap.querySelector('hcc-kpi-chart') as HccKpiChart;
}

const viPercent = new Intl.NumberFormat('vi-VN', { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 });
const viCount = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 0 });

/** The visible-or-not data table as [label, ...cells] rows. */
function tableRows(el: HccKpiChart): string[][] {
  return [...(el.shadowRoot?.querySelectorAll('table tbody tr') ?? [])].map((tr) => [...tr.children].map((c) => c.textContent?.trim() ?? ''));
}

describe('<hcc-kpi-chart>', function () {
  // Loads go through a real Worker; on a shared, loaded machine a test can take longer than the default.
  this.timeout(60_000);

  describe('accessibility', () => {
    it('is accessible while loading, drawn, with the table shown, and in kiosk mode', async () => {
      useSource(demoSource());
      const el = await chart(html`<hcc-kpi-chart metric="onTimeRate" .clock=${new ManualClock(NOW)}></hcc-kpi-chart>`);
      expect(text(el)).to.contain('Đang tải');
      await expect(el).to.be.accessible();
      await loaded(el);
      await drawn(el);
      await expect(el).to.be.accessible();
      el.showData = true;
      await el.updateComplete;
      await expect(el).to.be.accessible();
      el.kiosk = true;
      await el.updateComplete;
      expect(el.shadowRoot?.querySelectorAll('button')).to.have.length(0);
      await expect(el).to.be.accessible();
    });

    it('names the canvas and describes it with a text summary', async () => {
      const el = await chart(html`<hcc-kpi-chart chart="stacked" label="Tiến độ giải quyết" .model=${MODEL}></hcc-kpi-chart>`);
      await drawn(el);
      const box = $(el, '.canvas-box');
      expect(box?.getAttribute('role')).to.equal('img');
      expect(box?.getAttribute('aria-label')).to.equal('Tiến độ giải quyết');
      const summary = el.shadowRoot?.getElementById(box?.getAttribute('aria-describedby') ?? '');
      expect(summary?.textContent).to.contain('Hồ sơ trước hạn tăng từ 2.100 lên 2.345 trong 3 tháng');
      expect(summary?.textContent).to.contain('Hồ sơ quá hạn giảm từ 41 xuống 37 trong 3 tháng; thấp nhất 37 (03/2026), cao nhất 41 (01/2026); 1 kỳ không có dữ liệu.');
      await expect(el).to.be.accessible();
    });
  });

  describe('properties', () => {
    it('draws the engine’s last 12 months on a real canvas by default', async () => {
      useSource(demoSource());
      const el = await chart(html`<hcc-kpi-chart metric="onTimeRate" .clock=${new ManualClock(NOW)}></hcc-kpi-chart>`);
      await loaded(el);
      const c = await drawn(el);
      expect(c.canvas).to.be.instanceOf(HTMLCanvasElement);
      const want = expected({ from: DEC_2025, to: DEC_2026, now: NOW, groupBy: ['month'], families: ['cases'] });
      expect(c.data.labels).to.deep.equal(['12/2025', '01/2026', '02/2026', '03/2026', '04/2026', '05/2026', '06/2026', '07/2026', '08/2026', '09/2026', '10/2026', '11/2026']);
      expect(c.data.datasets[0]?.data).to.deep.equal(want.groups.map((g) => g.values.onTimeRate ?? null));
    });

    it('keeps the data table equal to the chart’s data (line, stacked bars, doughnut)', async () => {
      useSource(demoSource());
      for (const kind of ['line', 'stacked', 'doughnut'] as const) {
        const metric = kind === 'line' ? 'onTimeRate' : kind === 'stacked' ? 'early,onTime,late' : 'direct,online,postal';
        const el = await chart(html`<hcc-kpi-chart chart=${kind} metric=${metric} group-by=${kind === 'stacked' ? 'month' : ''} .clock=${new ManualClock(NOW)}></hcc-kpi-chart>`);
        await loaded(el);
        const c = await drawn(el);
        const rows = tableRows(el);
        const fmt = kind === 'line' ? (v: number) => viPercent.format(v) : (v: number) => viCount.format(v);
        if (kind === 'doughnut') {
          expect(rows.map((r) => r[0]), kind).to.deep.equal(c.data.labels);
          expect(rows.map((r) => r[1]), kind).to.deep.equal((c.data.datasets[0]?.data as number[]).map((v) => (Number.isNaN(v) ? '–' : fmt(v))));
        } else {
          expect(rows.map((r) => r[0]), kind).to.deep.equal(c.data.labels);
          c.data.datasets.forEach((ds, j) => {
            expect(rows.map((r) => r[j + 1]), `${kind} series ${j}`).to.deep.equal((ds.data as (number | null)[]).map((v) => (v === null ? '–' : fmt(v))));
          });
          const heads = [...(el.shadowRoot?.querySelectorAll('thead th') ?? [])].slice(1).map((th) => th.textContent?.trim());
          expect(heads, kind).to.deep.equal(c.data.datasets.map((d) => d.label));
        }
        el.parentElement?.remove();
      }
    });

    it('registers only the Chart.js parts our charts use', async () => {
      const el = await chart(html`<hcc-kpi-chart chart="bar" .model=${MODEL}></hcc-kpi-chart>`);
      await drawn(el);
      const { Chart: C } = await import('../../src/charts/chartjs-register.js');
      const keys = (r: { items: Record<string, unknown> }) => Object.keys(r.items).sort();
      const reg = C.registry as unknown as Record<'controllers' | 'elements' | 'scales' | 'plugins', { items: Record<string, unknown> }>;
      expect(keys(reg.controllers)).to.deep.equal(['bar', 'doughnut', 'line']);
      expect(keys(reg.elements)).to.deep.equal(['arc', 'bar', 'line', 'point']);
      expect(keys(reg.scales)).to.deep.equal(['category', 'linear']);
      expect(keys(reg.plugins)).to.deep.equal(['hccBackground', 'hccTarget', 'legend', 'tooltip']);
    });

    it('fills every series after the first with a canvas pattern, in the Okabe–Ito colours', async () => {
      const el = await chart(html`<hcc-kpi-chart chart="stacked" .model=${MODEL}></hcc-kpi-chart>`);
      const c = await drawn(el);
      expect(c.data.datasets[0]?.backgroundColor).to.equal('#0072b2');
      expect(c.data.datasets[1]?.backgroundColor).to.be.instanceOf(CanvasPattern);
      expect(c.data.datasets[2]?.backgroundColor).to.be.instanceOf(CanvasPattern);
      expect(c.data.datasets.map((d) => d.borderColor)).to.deep.equal(['#0072b2', '#e69f00', '#009e73']);
    });

    it('draws a target line and does not animate in tests', async () => {
      const el = await chart(html`<hcc-kpi-chart chart="bar" target="2000" .model=${MODEL}></hcc-kpi-chart>`);
      const c = await drawn(el);
      expect(c.options.plugins?.hccTarget).to.include({ value: 2000, label: 'Mục tiêu: 2.000' });
      expect(c.options.animation).to.equal(false);
    });
  });

  describe('events', () => {
    it('reads each value with the arrow keys and drills down with Enter', async () => {
      const el = await chart(html`<hcc-kpi-chart chart="bar" .model=${MODEL}></hcc-kpi-chart>`);
      await drawn(el);
      $(el, '.canvas-box')?.focus();
      await sendKeys({ press: 'ArrowRight' });
      await sendKeys({ press: 'ArrowRight' });
      await sendKeys({ press: 'ArrowDown' });
      const live = el.shadowRoot?.querySelector('[aria-live="polite"]');
      await waitUntil(() => live?.textContent === 'Hồ sơ đúng hạn, 02/2026: 790 (2/3)', `read ${live?.textContent}`);
      expect(el.chartInstance?.getActiveElements().map((a) => [a.datasetIndex, a.index])).to.deep.equal([[1, 1]]);
      const drill = oneEvent(el, 'hcc-kpi-drill');
      await sendKeys({ press: 'Enter' });
      expect((await drill).detail).to.deep.equal({ metric: 'onTime', dim: 'month', key: '2026-02', label: '02/2026', value: 790, series: 'onTime' });
    });

    it('emits hcc-kpi-drill for a clicked bar', async () => {
      const el = await chart(html`<hcc-kpi-chart chart="bar" .model=${{ ...MODEL, series: MODEL.series.slice(0, 1) }}></hcc-kpi-chart>`);
      const c = await drawn(el);
      const bar = c.getDatasetMeta(0).data[2] as unknown as { x: number; y: number; base: number };
      const rect = c.canvas.getBoundingClientRect();
      const drill = oneEvent(el, 'hcc-kpi-drill');
      await sendMouse({ type: 'click', position: [Math.round(rect.left + bar.x), Math.round(rect.top + (bar.y + bar.base) / 2)] });
      expect((await drill).detail).to.include({ key: '2026-03', value: 2345 });
    });
  });

  describe('states', () => {
    it('redraws at the new size inside three nested shadow roots', async () => {
      const outer = await fixture<HTMLElement>(html`<div></div>`);
      let root: ShadowRoot | HTMLElement = outer;
      for (let i = 0; i < 3; i++) {
        const host = document.createElement('div');
        root.appendChild(host);
        root = host.attachShadow({ mode: 'open' });
      }
      const box = document.createElement('div');
      box.style.width = '400px';
      root.appendChild(box);
      const el = document.createElement('hcc-kpi-chart');
      el.chart = 'bar';
      el.model = MODEL;
      box.appendChild(el);
      const c = await drawn(el);
      const area = $(el, '.canvas-box') as HTMLElement;
      expect(c.width).to.equal(area.clientWidth);
      expect(c.width).to.be.within(300, 400);
      const before = { width: c.width, right: c.chartArea.right };
      box.style.width = '720px';
      await waitUntil(() => c.width === area.clientWidth && c.width > before.width, 'not redrawn at the new width');
      expect(c.canvas.width).to.equal(Math.round(c.width * (window.devicePixelRatio || 1)));
      expect(c.chartArea.right).to.be.greaterThan(before.right + 250);
      expect(c.canvas.getBoundingClientRect().width).to.be.closeTo(area.clientWidth, 1);
    });

    it('prints at the page’s width, not at the canvas’s screen size', async () => {
      const wrap = await fixture<HTMLElement>(html`<div style="width: 400px"><hcc-kpi-chart chart="bar" .model=${MODEL}></hcc-kpi-chart></div>`);
      const el = wrap.querySelector('hcc-kpi-chart') as HccKpiChart;
      const c = await drawn(el);
      const canvas = c.canvas;
      const ratio = canvas.height / canvas.width;
      try {
        await emulateMedia({ media: 'print' });
        // The paper is wider than the screen was; measured before any ResizeObserver can react.
        wrap.style.width = '700px';
        const page = (el.shadowRoot?.querySelector('.tile') as HTMLElement).clientWidth;
        const r = canvas.getBoundingClientRect();
        expect(r.width).to.be.closeTo(page - 2 * Number.parseFloat(getComputedStyle(el.shadowRoot?.querySelector('.tile') as HTMLElement).paddingLeft), 1.5);
        expect(r.width).to.be.greaterThan(600);
        expect(r.height / r.width).to.be.closeTo(ratio, 0.02);
        expect(getComputedStyle($(el, '.toolbar') as HTMLElement).display).to.equal('flex');
        expect(getComputedStyle(el.shadowRoot?.querySelector('.toolbar button') as HTMLElement).display).to.equal('none');
      } finally {
        await emulateMedia({ media: 'screen' });
      }
    });

    it('shows a failure and keeps the last chart', async () => {
      const clock = new ManualClock(NOW);
      const source = useSource(demoSource());
      const el = await chart(html`<hcc-kpi-chart metric="received" chart="bar" refresh="60s" .clock=${clock}></hcc-kpi-chart>`);
      await loaded(el);
      const c = await drawn(el);
      const data = c.data.datasets[0]?.data.slice();
      source.failNext('http', { times: 3, status: 503 });
      clock.advance(60_000);
      await waitUntil(() => el.freshness === 'offline', 'never offline');
      expect(text(el)).to.contain('Máy chủ dữ liệu báo lỗi (mã 503).');
      expect(el.chartInstance?.data.datasets[0]?.data).to.deep.equal(data);
      await expect(el).to.be.accessible();
    });
  });

  describe('export', () => {
    it('exports a PNG blob with the chart at twice the screen resolution', async () => {
      const el = await chart(html`<hcc-kpi-chart chart="bar" label="Hồ sơ theo tháng" .model=${MODEL}></hcc-kpi-chart>`);
      const c = await drawn(el);
      const blob = await el.toPng();
      expect(blob.type).to.equal('image/png');
      const head = [...new Uint8Array(await blob.slice(0, 8).arrayBuffer())];
      expect(head).to.deep.equal([137, 80, 78, 71, 13, 10, 26, 10]);
      const img = await createImageBitmap(blob);
      expect(img.width).to.equal(c.width * 2 + 64);
      expect(img.height).to.be.greaterThan(c.height * 2);
      // The chart on screen is back at its own resolution.
      expect(c.canvas.width).to.equal(Math.round(c.width * (window.devicePixelRatio || 1)));
    });

    it('exports CSV with the same rows, labels and values as the data table', async () => {
      useSource(demoSource());
      const el = await chart(html`<hcc-kpi-chart metric="onTimeRate,lateRate" group-by="month" period="this-year" .clock=${new ManualClock(NOW)}></hcc-kpi-chart>`);
      await loaded(el);
      await drawn(el);
      const csv = el.toCsv();
      expect(csv.startsWith('\ufeff')).to.equal(true);
      const lines = csv.slice(1).trimEnd().split('\r\n').map((l) => l.split(';'));
      const rows = tableRows(el);
      const heads = [...(el.shadowRoot?.querySelectorAll('thead th') ?? [])].map((th) => th.textContent?.trim() ?? '');
      expect(lines[0]).to.deep.equal([heads[0], ...heads.slice(1).map((h) => `${h} (%)`)]);
      expect(lines.slice(1).map((l) => l[0])).to.deep.equal(rows.map((r) => r[0]));
      lines.slice(1).forEach((l, i) => {
        l.slice(1).forEach((cell, j) => {
          const shown = rows[i]?.[j + 1] ?? '';
          if (shown === '–') expect(cell).to.equal('');
          // The CSV keeps two decimals, the table one: they agree to the table's precision.
          else expect(Number(cell.replace(',', '.'))).to.be.closeTo(Number(shown.replace('%', '').replace(',', '.')), 0.05 + 1e-9);
        });
      });
      expect(lines).to.have.length(13); // the header and January to December
    });

    it('offers both downloads through a cancelable hcc-kpi-export', async () => {
      const el = await chart(html`<hcc-kpi-chart chart="line" label="Tỷ lệ đúng hạn" .model=${MODEL}></hcc-kpi-chart>`);
      await drawn(el);
      const seen: string[] = [];
      el.addEventListener('hcc-kpi-export', (e) => {
        seen.push(`${e.detail.format}:${e.detail.filename}:${e.detail.blob.type}`);
        e.preventDefault();
      });
      const buttons = [...(el.shadowRoot?.querySelectorAll<HTMLButtonElement>('.toolbar button') ?? [])];
      expect(buttons.map((b) => b.textContent?.trim())).to.deep.equal(['Xem bảng số liệu', 'Tải ảnh PNG', 'Tải tệp CSV']);
      buttons[1]?.click();
      buttons[2]?.click();
      await waitUntil(() => seen.length === 2, 'no export');
      expect(seen.sort()).to.deep.equal(['csv:ty-le-dung-han.csv:text/csv;charset=utf-8', 'png:ty-le-dung-han.png:image/png']);
    });

    it('toggles the data table from visually hidden to shown', async () => {
      const el = await chart(html`<hcc-kpi-chart chart="bar" .model=${MODEL}></hcc-kpi-chart>`);
      await drawn(el);
      const toggle = el.shadowRoot?.querySelector<HTMLButtonElement>('.toolbar button');
      expect($(el, '#data')?.classList.contains('visually-hidden')).to.equal(true);
      toggle?.click();
      await el.updateComplete;
      expect(toggle?.getAttribute('aria-expanded')).to.equal('true');
      expect($(el, '#data')?.classList.contains('visually-hidden')).to.equal(false);
      expect(toggle?.textContent?.trim()).to.equal('Ẩn bảng số liệu');
    });
  });

  describe('i18n', () => {
    it('labels the value axis 1.234 in Vietnamese and 1,234 in English', async () => {
      const vi = await chart(html`<hcc-kpi-chart chart="bar" .model=${MODEL}></hcc-kpi-chart>`);
      const en = await chart(html`<hcc-kpi-chart lang="en" chart="bar" .model=${MODEL}></hcc-kpi-chart>`);
      const a = await drawn(vi);
      const b = await drawn(en);
      expect(a.scales['y']?.ticks.map((t) => t.label)).to.include('2.000');
      expect(b.scales['y']?.ticks.map((t) => t.label)).to.include('2,000');
      expect(tableRows(vi)[2]).to.deep.equal(['03/2026', '2.345', '1.002', '37']);
      expect(tableRows(en)[2]).to.deep.equal(['03/2026', '2,345', '1,002', '37']);
    });

    it('labels days dd/MM/yyyy and months MM/yyyy', async () => {
      const result: KpiResult = {
        from: 0, to: 1, asOf: 1, groupBy: ['day'], families: ['cases'], skipped: [],
        groups: [{ key: { day: '2026-11-09' }, values: { received: 120 } }, { key: { day: '2026-11-10' }, values: { received: 98 } }],
        total: { key: {}, values: {} },
      };
      const el = await chart(html`<hcc-kpi-chart chart="line" metric="received" .result=${result}></hcc-kpi-chart>`);
      const c = await drawn(el);
      expect(c.data.labels).to.deep.equal(['09/11/2026', '10/11/2026']);
    });

    it('re-renders texts, ticks and table when the language changes', async () => {
      const wrap = await fixture<HTMLElement>(html`<div lang="vi" style="width:600px"><hcc-kpi-chart chart="bar" .model=${MODEL}></hcc-kpi-chart></div>`);
      const el = wrap.querySelector('hcc-kpi-chart') as HccKpiChart;
      await drawn(el);
      wrap.lang = 'en';
      await waitUntil(() => text(el).includes('Show data table'), 'still Vietnamese');
      await waitUntil(() => el.chartInstance?.scales['y']?.ticks.some((t) => t.label === '2,000'), 'ticks still Vietnamese');
    });
  });

  describe('theming', () => {
    it('draws with the dark theme’s text colour and a page’s own series colour', async () => {
      const el = await chart(html`<hcc-kpi-chart chart="bar" theme="dark" style="--hcc-color-chart-1: #123456" .model=${MODEL}></hcc-kpi-chart>`);
      const c = await drawn(el);
      await waitUntil(() => c.data.datasets[0]?.borderColor === '#123456', 'page colour not used');
      expect((c.options.scales?.['y']?.ticks as { color?: string }).color).to.equal('#eef1f4');
      expect(c.options.plugins?.hccBackground).to.deep.equal({ color: '#121519' });
    });
  });

  describe('cleanup', () => {
    it('destroys its chart when removed and draws a new one when put back', async () => {
      const wrap = await fixture<HTMLElement>(html`<div style="width: 500px"><hcc-kpi-chart chart="bar" .model=${MODEL}></hcc-kpi-chart></div>`);
      const el = wrap.querySelector('hcc-kpi-chart') as HccKpiChart;
      const first = await drawn(el);
      el.remove();
      expect(el.chartInstance).to.equal(undefined);
      expect((first as unknown as { canvas: HTMLCanvasElement | null }).canvas).to.equal(null);
      wrap.append(el);
      const second = await drawn(el);
      expect(second).to.not.equal(first);
      expect(second.width).to.equal(($(el, '.canvas-box') as HTMLElement).clientWidth);
    });
  });
});
