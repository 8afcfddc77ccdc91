import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/kpi.js';
import type { HccKpiCard } from '../../src/components/kpi-card/kpi-card.js';
import { kpiRunner, mainThreadRunner, type DisposableRunner } from '../../src/controllers/kpi-data-runner.js';
import { GatedSource, ManualClock, NOW, $, demoSource, expected, loaded, text, useSource, waitUntil } from './kpi-helpers.js';

const MINUTE = 60_000;
/** 15 November 2026 at 10:00, one day before the test's "now": the previous month's same point. */
const PREV_FROM = Date.parse('2026-10-01T00:00:00+07:00');
const PREV_TO = PREV_FROM + (NOW - Date.parse('2026-11-01T00:00:00+07:00'));

async function card(template: ReturnType<typeof html>): Promise<HccKpiCard> {
  const wrap = await fixture<HTMLElement>(html`<div style="width: 360px">${template}</div>`);
  return wrap.querySelector('hcc-kpi-card') as HccKpiCard;
}

describe('<hcc-kpi-card>', function () {
  // Loads go through a real Worker; on a shared, loaded machine a test can take longer than the default.
  this.timeout(60_000);

  describe('accessibility', () => {
    it('is accessible while loading, loaded, stale and disconnected', async () => {
      const clock = new ManualClock(NOW);
      const gated = useSource(new GatedSource(demoSource()));
      gated.hold();
      const el = await card(html`<hcc-kpi-card metric="onTimeRate" target="95%" refresh="60s" .clock=${clock}></hcc-kpi-card>`);
      await waitUntil(() => text(el).includes('Đang tải'), 'no loading state');
      await expect(el).to.be.accessible();
      gated.release();
      await loaded(el);
      await expect(el).to.be.accessible();
      gated.hold();
      clock.advance(3 * MINUTE);
      await waitUntil(() => el.freshness === 'stale', 'never stale');
      await expect(el).to.be.accessible();
      el.remove();
    });

    it('is accessible when property-fed, in English, and with an unknown metric', async () => {
      const el = await card(html`<hcc-kpi-card lang="en" metric="satisfactionRate" .value=${0.91} .previous=${0.88} .series=${[{ key: '2026-01', value: 0.8 }, { key: '2026-02', value: 0.91 }]} .seriesUnit=${'month'}></hcc-kpi-card>`);
      await expect(el).to.be.accessible();
      const bad = await card(html`<hcc-kpi-card metric="notAMetric"></hcc-kpi-card>`);
      expect(text(bad)).to.contain('Chỉ tiêu không tồn tại: notAMetric');
      await expect(bad).to.be.accessible();
    });
  });

  describe('properties', () => {
    it('shows the engine’s value of the month in progress, measured now', async () => {
      const clock = new ManualClock(NOW);
      useSource(demoSource());
      const el = await card(html`<hcc-kpi-card metric="onTimeRate" .clock=${clock}></hcc-kpi-card>`);
      await loaded(el);
      const want = expected({ period: '2026-11', now: NOW, families: ['cases'] }).total.values.onTimeRate as number;
      expect(el.currentValue).to.equal(want);
      expect($(el, '.value')?.textContent).to.equal(`${(want * 100).toFixed(1).replace('.', ',')}%`);
      expect(text(el)).to.contain('Tháng 11/2026');
    });

    it('compares a month in progress with the same days of the previous month', async () => {
      const clock = new ManualClock(NOW);
      useSource(demoSource());
      const el = await card(html`<hcc-kpi-card metric="received" .clock=${clock}></hcc-kpi-card>`);
      await loaded(el);
      const now = expected({ period: '2026-11', now: NOW, families: ['cases'] }).total.values.received as number;
      const before = expected({ from: PREV_FROM, to: PREV_TO, families: ['cases'] }).total.values.received as number;
      const rel = ((now - before) / before) * 100;
      expect($(el, '.trend')?.textContent).to.contain(`${rel >= 0 ? '+' : '−'}${Math.abs(rel).toFixed(1).replace('.', ',')}%`);
      expect($(el, '.trend')?.textContent).to.contain('so với cùng thời điểm tháng trước');
    });

    it('draws the last 12 months as a sparkline, the running month dashed', async () => {
      const clock = new ManualClock(NOW);
      useSource(demoSource());
      const el = await card(html`<hcc-kpi-card metric="onTimeRate" .clock=${clock}></hcc-kpi-card>`);
      await loaded(el);
      const svg = $(el, 'svg[part="sparkline"]');
      expect(svg?.getAttribute('role')).to.equal('img');
      expect(svg?.getAttribute('aria-label')).to.match(/^Tỷ lệ trước hạn, đúng hạn (tăng|giảm|giữ nguyên).* trong 12 tháng; thấp nhất .*, cao nhất .*\.$/);
      expect(el.shadowRoot?.querySelector('path.line.partial')?.getAttribute('d')).to.match(/^M[\d.]+,[\d.]+/);
      expect(text(el)).to.contain('Diễn biến 12 tháng gần nhất');
    });

    it('says whether the target is met, the right way round for lower-is-better metrics', async () => {
      const met = await card(html`<hcc-kpi-card metric="onTimeRate" target="95%" .value=${0.96}></hcc-kpi-card>`);
      expect($(met, '.target')?.className).to.contain('good');
      expect(text(met)).to.contain('đạt mục tiêu');
      const late = await card(html`<hcc-kpi-card metric="lateRate" target="0.05" .value=${0.08}></hcc-kpi-card>`);
      expect($(late, '.target')?.className).to.contain('bad');
      expect(text(late)).to.contain('chưa đạt mục tiêu');
    });

    it('announces once, politely, when a new value misses the target', async () => {
      const el = await card(html`<hcc-kpi-card metric="onTimeRate" target="95%" .value=${0.96}></hcc-kpi-card>`);
      const live = () => el.shadowRoot?.querySelector('[aria-live="polite"]:not([role])')?.textContent ?? '';
      expect(live()).to.equal('');
      el.value = 0.94;
      await el.updateComplete;
      expect(live()).to.equal('Tỷ lệ trước hạn, đúng hạn: 94,0%, chưa đạt mục tiêu (Mục tiêu 95,0%).');
      el.value = 0.93;
      await el.updateComplete;
      expect(live(), 'said once, not at every refresh').to.contain('94,0%');
      el.value = 0.97;
      await el.updateComplete;
      expect(live()).to.equal('');
    });

    it('colours a trend by the metric’s direction: more late dossiers is worse', async () => {
      const el = await card(html`<hcc-kpi-card metric="late" .value=${12} .previous=${8}></hcc-kpi-card>`);
      expect($(el, '.trend')?.className).to.contain('bad');
      expect(text(el)).to.contain('+50,0%');
      expect(text(el)).to.contain('tăng +50,0%, xấu đi');
    });

    it('runs its queries in a KPI Worker by default, with the main thread’s answers', async () => {
      const clock = new ManualClock(NOW);
      useSource(demoSource());
      const inWorker = await card(html`<hcc-kpi-card metric="onTimeRate" .clock=${clock}></hcc-kpi-card>`);
      const onMain = await card(html`<hcc-kpi-card metric="onTimeRate" .clock=${clock} .runner=${mainThreadRunner}></hcc-kpi-card>`);
      await loaded(inWorker);
      await loaded(onMain);
      expect((kpiRunner() as DisposableRunner).engines).to.be.greaterThan(0);
      expect(inWorker.currentValue).to.equal(onMain.currentValue);
      expect(text(inWorker)).to.equal(text(onMain));
    });

    it('does not load when fed by properties', async () => {
      const gated = useSource(new GatedSource(demoSource()));
      const el = await card(html`<hcc-kpi-card metric="received" .value=${5}></hcc-kpi-card>`);
      await el.updateComplete;
      expect(gated.calls).to.equal(0);
      expect($(el, '.value')?.textContent).to.equal('5');
    });
  });

  describe('states', () => {
    it('turns amber when its figures are older than twice the refresh interval, keeping the value (fake clock)', async () => {
      const clock = new ManualClock(NOW);
      const gated = useSource(new GatedSource(demoSource()));
      const el = await card(html`<hcc-kpi-card metric="onTimeRate" refresh="60s" .clock=${clock}></hcc-kpi-card>`);
      await loaded(el);
      const shown = $(el, '.value')?.textContent;
      expect(el.freshness).to.equal('fresh');
      expect(text(el)).to.contain('cập nhật 10:00');
      gated.hold(); // the back end stops answering: refreshes hang
      clock.advance(2 * MINUTE);
      await el.updateComplete;
      expect(el.freshness, 'exactly twice the interval is not yet stale').to.equal('fresh');
      clock.advance(30_000);
      await waitUntil(() => el.freshness === 'stale', 'never stale');
      expect($(el, '.freshness')?.dataset['state']).to.equal('stale');
      expect(text(el)).to.contain('số liệu cũ');
      expect($(el, '.value')?.textContent).to.equal(shown);
      expect(el.matches(':state(stale)')).to.equal(true);
      gated.release();
      await waitUntil(() => el.freshness === 'fresh', 'never fresh again');
      expect(text(el)).to.contain('cập nhật 10:0');
    });

    it('turns red with “mất kết nối” when a refresh fails, keeps the last value and retries', async () => {
      const clock = new ManualClock(NOW);
      const source = useSource(demoSource());
      const el = await card(html`<hcc-kpi-card metric="satisfactionRate" refresh="60s" .clock=${clock}></hcc-kpi-card>`);
      await loaded(el);
      const shown = $(el, '.value')?.textContent;
      source.failNext('network', { times: 4 });
      const failed = oneEvent(el, 'hcc-data-error');
      clock.advance(MINUTE);
      expect((await failed).detail.error.kind).to.equal('network');
      await waitUntil(() => el.freshness === 'offline', 'never offline');
      expect(text(el)).to.contain('mất kết nối');
      expect(text(el)).to.contain('Không kết nối được nguồn dữ liệu.');
      expect($(el, '.value')?.textContent).to.equal(shown);
      expect(el.matches(':state(offline)')).to.equal(true);
      await expect(el).to.be.accessible();
      // Retries back off (10 s, 20 s …) and recover once the source answers again.
      for (let i = 0; i < 6 && el.freshness !== 'fresh'; i++) {
        clock.advance(MINUTE);
        await waitUntil(() => el.busy === false, 'retry never ended');
      }
      await waitUntil(() => el.freshness === 'fresh', 'never recovered');
      expect(text(el)).to.not.contain('mất kết nối');
    });

    it('reports a period it cannot read', async () => {
      useSource(demoSource());
      const el = await card(html`<hcc-kpi-card metric="received" period="2026-13" .clock=${new ManualClock(NOW)}></hcc-kpi-card>`);
      await waitUntil(() => text(el).includes('Kỳ báo cáo không hợp lệ'), 'no error');
      await expect(el).to.be.accessible();
    });

    it('shows a property-fed error as disconnected', async () => {
      const el = await card(html`<hcc-kpi-card metric="received" .value=${3} .updatedAt=${NOW} .error=${'Máy chủ báo cáo không trả lời'} .clock=${new ManualClock(NOW)}></hcc-kpi-card>`);
      expect(el.freshness).to.equal('offline');
      expect(text(el)).to.contain('Máy chủ báo cáo không trả lời');
    });
  });

  describe('i18n', () => {
    it('formats numbers the Vietnamese way (1.234; 96,3%) and the English way (1,234; 96.3%)', async () => {
      const vi = await card(html`<hcc-kpi-card metric="received" .value=${1234}></hcc-kpi-card>`);
      const en = await card(html`<hcc-kpi-card lang="en" metric="received" .value=${1234}></hcc-kpi-card>`);
      expect($(vi, '.value')?.textContent).to.equal('1.234');
      expect($(en, '.value')?.textContent).to.equal('1,234');
      const viR = await card(html`<hcc-kpi-card metric="onTimeRate" .value=${0.9634}></hcc-kpi-card>`);
      const enR = await card(html`<hcc-kpi-card lang="en" metric="onTimeRate" .value=${0.9634}></hcc-kpi-card>`);
      expect($(viR, '.value')?.textContent).to.equal('96,3%');
      expect($(enR, '.value')?.textContent).to.equal('96.3%');
      expect(text(enR)).to.contain('Early or on-time rate');
    });

    it('writes the update time as HH:mm and the date as dd/MM/yyyy in Hạ Long time', async () => {
      const t = Date.parse('2026-03-04T14:05:00+07:00');
      const el = await card(html`<hcc-kpi-card metric="received" .value=${1} .updatedAt=${t} refresh="0" .clock=${new ManualClock(t)}></hcc-kpi-card>`);
      expect(text(el)).to.contain('cập nhật 14:05');
      expect($(el, '.freshness')?.getAttribute('title')).to.equal('Số liệu cập nhật lúc 14:05 04/03/2026');
    });

    it('switches language when an ancestor’s lang changes', async () => {
      const wrap = await fixture<HTMLElement>(html`<div lang="vi"><hcc-kpi-card metric="received" .value=${2}></hcc-kpi-card></div>`);
      const el = wrap.querySelector('hcc-kpi-card') as HccKpiCard;
      expect(text(el)).to.contain('Hồ sơ tiếp nhận');
      wrap.lang = 'en';
      await waitUntil(() => text(el).includes('Dossiers received'), 'still Vietnamese');
    });
  });

  describe('cleanup', () => {
    it('leaves no timer on the clock once removed', async () => {
      const clock = new ManualClock(NOW);
      useSource(demoSource());
      const el = await card(html`<hcc-kpi-card metric="received" refresh="60s" .clock=${clock}></hcc-kpi-card>`);
      await loaded(el);
      expect(clock.pending).to.be.greaterThan(0);
      el.remove();
      expect(clock.pending).to.equal(0);
    });

    it('never loads Chart.js: a page with cards only does not pay for charts', () => {
      const loadedChartJs = performance.getEntriesByType('resource').some((e) => /chart\.js|chartjs-register/.test(e.name));
      expect(loadedChartJs).to.equal(false);
    });
  });
});
