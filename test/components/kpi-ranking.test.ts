import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/kpi.js';
import type { HccKpiRanking, RankingRow } from '../../src/components/kpi-ranking/kpi-ranking.js';
import { rankedUnits } from '../../src/controllers/kpi-data-loader.js';
import { HALONG_UNITS } from '../../src/data/seed/index.js';
import { ManualClock, NOW, $, demo, demoSource, expected, loaded, text, useSource } from './kpi-helpers.js';

async function ranking(template: ReturnType<typeof html>): Promise<HccKpiRanking> {
  const wrap = await fixture<HTMLElement>(html`<div style="width: 800px">${template}</div>`);
  return wrap.querySelector('hcc-kpi-ranking') as HccKpiRanking;
}

const cells = (el: HccKpiRanking) =>
  [...(el.shadowRoot?.querySelectorAll('tbody tr') ?? [])].map((tr) => [...tr.children].map((c) => c.textContent?.replace(/\s+/g, ' ').trim() ?? ''));

const ROWS: RankingRow[] = [
  { unitId: 'a', name: 'Phường Bãi Cháy', rank: 1, value: 0.99, previousRank: 3 },
  { unitId: 'b', name: 'Phường Hồng Gai', rank: 2, value: 0.97, previousRank: 2 },
  { unitId: 'c', name: 'Xã Quảng La', rank: 3, value: 0.9, previousRank: 1 },
];

describe('<hcc-kpi-ranking>', function () {
  // Loads go through a real Worker; on a shared, loaded machine a test can take longer than the default.
  this.timeout(60_000);

  describe('accessibility', () => {
    it('is accessible while loading, loaded and in kiosk mode', async () => {
      useSource(demoSource());
      const el = await ranking(html`<hcc-kpi-ranking metric="onTimeRate" period="2026-10" .clock=${new ManualClock(NOW)}></hcc-kpi-ranking>`);
      await expect(el).to.be.accessible();
      await loaded(el);
      await expect(el).to.be.accessible();
      el.kiosk = true;
      await el.updateComplete;
      expect(el.shadowRoot?.querySelectorAll('button')).to.have.length(0);
      await expect(el).to.be.accessible();
    });
  });

  describe('properties', () => {
    it('ranks every one of the 33 Hạ Long wards and communes, not the centre above them', async () => {
      useSource(demoSource());
      const el = await ranking(html`<hcc-kpi-ranking metric="received" period="2026-10" .clock=${new ManualClock(NOW)}></hcc-kpi-ranking>`);
      await loaded(el);
      expect(rankedUnits(demo().data.org)).to.have.length(33);
      const names = el.ranking.map((r) => r.name).sort();
      expect(names).to.deep.equal(HALONG_UNITS.map((u) => u.name).sort());
      expect(names).to.not.include('Trung tâm Hành chính công thành phố Hạ Long');
    });

    it('orders best first by the metric’s direction, with the engine’s values and shared ranks', async () => {
      useSource(demoSource());
      const el = await ranking(html`<hcc-kpi-ranking metric="lateRate" period="2026-10" .clock=${new ManualClock(NOW)}></hcc-kpi-ranking>`);
      await loaded(el);
      const want = expected({ period: '2026-10', groupBy: ['unit'], unitIds: rankedUnits(demo().data.org), families: ['cases'] }, Date.parse('2026-11-01T00:00:00+07:00'));
      const values = new Map(want.groups.map((g) => [g.key.unit, g.values.lateRate]));
      const rows = el.ranking;
      for (let i = 1; i < rows.length; i++) {
        expect(rows[i]!.value, 'lower late rate first').to.be.at.least(rows[i - 1]!.value);
        expect(rows[i]!.rank).to.equal(rows[i]!.value === rows[i - 1]!.value ? rows[i - 1]!.rank : i + 1);
      }
      for (const r of rows) expect(r.value).to.equal(values.get(r.unitId));
    });

    it('shows the change of rank since the previous period, coloured by whether it is good', async () => {
      const el = await ranking(html`<hcc-kpi-ranking metric="onTimeRate" .rows=${ROWS}></hcc-kpi-ranking>`);
      expect(cells(el)).to.deep.equal([
        ['1', 'Phường Bãi Cháy', '', '99,0%', '▲2tăng 2 bậc'],
        ['2', 'Phường Hồng Gai', '', '97,0%', '=giữ hạng'],
        ['3', 'Xã Quảng La', '', '90,0%', '▼2giảm 2 bậc'],
      ]);
      expect(el.shadowRoot?.querySelector('tbody tr:first-child .good')).to.not.equal(null);
      const worstFirst = await ranking(html`<hcc-kpi-ranking metric="openLate" order="desc" .rows=${ROWS}></hcc-kpi-ranking>`);
      expect(worstFirst.shadowRoot?.querySelector('tbody tr:first-child .bad'), 'climbing a most-late list is bad').to.not.equal(null);
    });

    it('keeps the top rows, or with from-end the last ones listed from the last up', async () => {
      const top = await ranking(html`<hcc-kpi-ranking metric="onTimeRate" limit="2" .rows=${ROWS}></hcc-kpi-ranking>`);
      expect(top.ranking.map((r) => r.unitId)).to.deep.equal(['a', 'b']);
      expect(text(top)).to.contain('2 đơn vị dẫn đầu: Tỷ lệ trước hạn, đúng hạn');
      const bottom = await ranking(html`<hcc-kpi-ranking metric="onTimeRate" limit="2" from-end .rows=${ROWS}></hcc-kpi-ranking>`);
      expect(bottom.ranking.map((r) => r.unitId)).to.deep.equal(['c', 'b']);
      expect(text(bottom)).to.contain('2 đơn vị thấp nhất');
    });

    it('marks units on the wrong side of the target', async () => {
      const el = await ranking(html`<hcc-kpi-ranking metric="onTimeRate" target="95%" .rows=${ROWS}></hcc-kpi-ranking>`);
      expect([...(el.shadowRoot?.querySelectorAll('tbody tr') ?? [])].map((tr) => tr.classList.contains('miss'))).to.deep.equal([false, false, true]);
      expect(cells(el)[2]?.[3]).to.contain('chưa đạt mục tiêu');
    });

    it('splits a long ranking into columns on a wall, with short unit names', async () => {
      useSource(demoSource());
      const el = await ranking(html`<hcc-kpi-ranking scale="board" metric="received" period="2026-10" .clock=${new ManualClock(NOW)}></hcc-kpi-ranking>`);
      await loaded(el);
      expect(el.shadowRoot?.querySelectorAll('table')).to.have.length(3);
      expect(el.ranking.map((r) => r.name)).to.include('Bãi Cháy');
      await expect(el).to.be.accessible();
    });
  });

  describe('events', () => {
    it('emits hcc-kpi-drill with the unit chosen', async () => {
      const el = await ranking(html`<hcc-kpi-ranking metric="onTimeRate" .rows=${ROWS}></hcc-kpi-ranking>`);
      const drill = oneEvent(el, 'hcc-kpi-drill');
      el.shadowRoot?.querySelectorAll<HTMLButtonElement>('tbody button')[1]?.click();
      expect((await drill).detail).to.deep.equal({ metric: 'onTimeRate', dim: 'unit', key: 'b', label: 'Phường Hồng Gai', value: 0.97 });
    });
  });

  describe('i18n', () => {
    it('writes values and rank changes in English', async () => {
      const el = await ranking(html`<hcc-kpi-ranking lang="en" metric="onTimeRate" .rows=${ROWS}></hcc-kpi-ranking>`);
      expect(cells(el)[0]).to.deep.equal(['1', 'Phường Bãi Cháy', '', '99.0%', '▲2up 2']);
      expect($(el, 'h2')?.textContent).to.equal('Units ranked: Early or on-time rate');
    });
  });
});
