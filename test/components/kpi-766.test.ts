import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/kpi.js';
import type { HccKpi766 } from '../../src/components/kpi-766/kpi-766.js';
import { rankedUnits } from '../../src/controllers/kpi-data-loader.js';
import { ManualClock, NOW, $, demo, demoSource, expected, loaded, text, useSource, waitUntil } from './kpi-helpers.js';

const OCTOBER = { period: '2026-10', families: ['766' as const] };
/** The end of October: feedback after it was not known in October's figures. */
const END = Date.parse('2026-11-01T00:00:00+07:00');

async function scorecard(template: ReturnType<typeof html>): Promise<HccKpi766> {
  const wrap = await fixture<HTMLElement>(html`<div style="width: 900px">${template}</div>`);
  const el = wrap.querySelector('hcc-kpi-766') as HccKpi766;
  return el;
}

const NAMES = { CKMB: 'Công khai, minh bạch', TDGQ: 'Tiến độ giải quyết', CLGQ: 'Dịch vụ công trực tuyến', TTTT: 'Thanh toán trực tuyến', MDSH: 'Số hóa hồ sơ', MDHL: 'Mức độ hài lòng' } as const;

const groupRow = (el: HccKpi766, name: string) =>
  [...(el.shadowRoot?.querySelectorAll('table.groups > tbody > tr:first-child') ?? [])].find((tr) => tr.querySelector('th')?.textContent?.includes(name)) as HTMLTableRowElement;

describe('<hcc-kpi-766>', function () {
  // Loads go through a real Worker; on a shared, loaded machine a test can take longer than the default.
  this.timeout(60_000);

  describe('accessibility', () => {
    it('is accessible loading, loaded, with a group open, drilled into a unit and in kiosk mode', async () => {
      useSource(demoSource());
      const el = await scorecard(html`<hcc-kpi-766 period="2026-10" .clock=${new ManualClock(NOW)}></hcc-kpi-766>`);
      await expect(el).to.be.accessible();
      await loaded(el);
      await expect(el).to.be.accessible();
      groupRow(el, 'Số hóa hồ sơ').querySelector('button')?.click();
      await el.updateComplete;
      await expect(el).to.be.accessible();
      el.addEventListener('hcc-kpi-drill', () => undefined, { once: true });
      el.shadowRoot?.querySelector<HTMLButtonElement>('.units button')?.click();
      await waitUntil(() => el.shadowRoot?.querySelector('button.back') !== null, 'no back button');
      await loaded(el);
      await expect(el).to.be.accessible();
      el.kiosk = true;
      await el.updateComplete;
      expect(el.shadowRoot?.querySelectorAll('button')).to.have.length(0);
      await expect(el).to.be.accessible();
    });
  });

  describe('properties', () => {
    it('shows the engine’s total, points lost and group points', async () => {
      useSource(demoSource());
      const el = await scorecard(html`<hcc-kpi-766 period="2026-10" .clock=${new ManualClock(NOW)}></hcc-kpi-766>`);
      await loaded(el);
      const want = expected(OCTOBER, END).total.score766!;
      expect(el.scorecard).to.deep.equal(want);
      const fmt = (v: number) => new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 }).format(v);
      expect($(el, 'svg.gauge')?.getAttribute('aria-label')).to.equal(`Tổng điểm ${fmt(want.total)} trên 100 điểm`);
      const facts = [...(el.shadowRoot?.querySelectorAll('dl.facts > div') ?? [])].map((d) => [d.querySelector('dt')?.textContent, d.querySelector('dd')?.textContent?.trim()]);
      expect(facts).to.deep.include(['Điểm bị trừ', fmt(want.lost)]);
      for (const g of want.groups) {
        const cells = [...groupRow(el, NAMES[g.code]).querySelectorAll('td')].map((td) => td.textContent?.trim());
        expect(cells.slice(0, 2), g.code).to.deep.equal([`${fmt(g.points)}/${fmt(g.max)}`, g.lost > 0 ? `−${fmt(g.lost)}` : '0']);
      }
    });

    it('marks the group losing most points and says which points could not be scored', async () => {
      useSource(demoSource());
      const el = await scorecard(html`<hcc-kpi-766 period="2026-10" .clock=${new ManualClock(NOW)}></hcc-kpi-766>`);
      await loaded(el);
      const want = expected(OCTOBER, END).total.score766!;
      const worst = [...want.groups].sort((a, b) => b.lost - a.lost)[0]!;
      const marked = el.shadowRoot?.querySelector('tr.worst th')?.textContent ?? '';
      expect(marked).to.contain('Mất nhiều điểm nhất');
      expect(el.shadowRoot?.querySelectorAll('tr.worst')).to.have.length(1);
      expect(groupRow(el, NAMES[worst.code]).classList.contains('worst')).to.equal(true);
      expect(text(el)).to.contain(`${want.unscoredMax} điểm chưa tính được`);
      expect(text(el)).to.contain('Quyết định 766 không quy định xếp loại');
    });

    it('opens a group’s sub-indicators with their rates, fractions and points', async () => {
      useSource(demoSource());
      const el = await scorecard(html`<hcc-kpi-766 period="2026-10" .clock=${new ManualClock(NOW)}></hcc-kpi-766>`);
      await loaded(el);
      const button = groupRow(el, 'Tiến độ giải quyết').querySelector('button') as HTMLButtonElement;
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      button.click();
      await el.updateComplete;
      expect(button.getAttribute('aria-expanded')).to.equal('true');
      const sub = expected(OCTOBER, END).total.score766!.groups.find((g) => g.code === 'TDGQ')!.indicators.find((i) => i.code === 'PROCESSING_ON_TIME')!;
      const row = [...(el.shadowRoot?.querySelectorAll(`#${button.getAttribute('aria-controls')} table.indicators tbody tr`) ?? [])].find((tr) => tr.textContent?.includes('Tỷ lệ hồ sơ xử lý trước hạn, đúng hạn'));
      const n = new Intl.NumberFormat('vi-VN').format(sub.numerator!);
      const d = new Intl.NumberFormat('vi-VN').format(sub.denominator!);
      expect(row?.textContent).to.contain(`(${n}/${d})`);
      expect(row?.textContent).to.contain(`/20`);
      button.click();
      await el.updateComplete;
      expect(el.shadowRoot?.querySelector('table.indicators')).to.equal(null);
    });

    it('lists the units losing most points in a group and shows a chosen unit’s own scorecard', async () => {
      useSource(demoSource());
      const el = await scorecard(html`<hcc-kpi-766 period="2026-10" expanded="MDSH" .clock=${new ManualClock(NOW)}></hcc-kpi-766>`);
      await loaded(el);
      const units = expected({ ...OCTOBER, groupBy: ['unit'], unitIds: rankedUnits(demo().data.org) }, END);
      const losses = units.groups
        .map((g) => ({ id: g.key.unit!, lost: g.score766!.groups.find((x) => x.code === 'MDSH')!.lost, scored: g.score766!.groups.find((x) => x.code === 'MDSH')!.scoredMax }))
        .filter((u) => u.scored > 0 && u.lost > 0)
        .sort((a, b) => b.lost - a.lost);
      const names = demo().data.org.units;
      const listed = [...(el.shadowRoot?.querySelectorAll('.units li button') ?? [])].map((b) => b.textContent?.trim());
      expect(listed).to.have.length(5);
      expect(listed[0]).to.equal(names.find((u) => u.id === losses[0]!.id)?.name);
      const drill = oneEvent(el, 'hcc-kpi-drill');
      (el.shadowRoot?.querySelector('.units li button') as HTMLButtonElement).click();
      const { detail } = await drill;
      expect(detail).to.include({ metric: 'score766', dim: 'unit', key: losses[0]!.id, group: 'MDSH' });
      await waitUntil(() => el.scorecard?.total === expected({ ...OCTOBER, unitIds: [losses[0]!.id] }, END).total.score766?.total, 'not the unit’s scorecard');
      expect(text(el)).to.contain(names.find((u) => u.id === losses[0]!.id)!.name);
      (el.shadowRoot?.querySelector('button.back') as HTMLButtonElement).click();
      await waitUntil(() => el.scorecard?.total === expected(OCTOBER, END).total.score766?.total, 'not back to all units');
    });

    it('stays on the current scorecard when the page handles the drill-down itself', async () => {
      useSource(demoSource());
      const el = await scorecard(html`<hcc-kpi-766 period="2026-10" expanded="MDSH" .clock=${new ManualClock(NOW)}></hcc-kpi-766>`);
      await loaded(el);
      el.addEventListener('hcc-kpi-drill', (e) => e.preventDefault());
      (el.shadowRoot?.querySelector('.units li button') as HTMLButtonElement).click();
      await el.updateComplete;
      expect(el.shadowRoot?.querySelector('button.back')).to.equal(null);
    });

    it('shows a given scorecard without loading', async () => {
      const score = expected(OCTOBER, END).total.score766!;
      const el = await scorecard(html`<hcc-kpi-766 .score=${score} .previousTotal=${score.total - 1.5}></hcc-kpi-766>`);
      expect(text(el)).to.contain('▲ +1,5 điểm');
    });
  });

  describe('i18n', () => {
    it('writes points 79,69 in Vietnamese and 79.69 in English, with English names', async () => {
      const score = expected(OCTOBER, END).total.score766!;
      const vi = await scorecard(html`<hcc-kpi-766 .score=${score}></hcc-kpi-766>`);
      const en = await scorecard(html`<hcc-kpi-766 lang="en" .score=${score}></hcc-kpi-766>`);
      const viTotal = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 }).format(score.total);
      const enTotal = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 }).format(score.total);
      expect($(vi, 'svg.gauge text.big')?.textContent).to.equal(viTotal);
      expect($(en, 'svg.gauge text.big')?.textContent).to.equal(enTotal);
      expect(text(en)).to.contain('Digitisation of dossiers');
      expect(text(en)).to.contain('Decision 766 defines no bands');
      await expect(en).to.be.accessible();
    });
  });
});
