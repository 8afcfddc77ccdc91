import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/kpi.js';
import type { HccKpiResults } from '../../src/components/kpi-results/kpi-results.js';
import { KpiResultsDocument, resultsDocument } from '../../src/components/kpi-results/results-document.js';
import { ManualClock, NOW, demoSource, expected, loaded, text, useSource, waitUntil } from './kpi-helpers.js';

const DOC: KpiResultsDocument = {
  version: 1,
  unit: { id: 'hl-tthcc', name: 'Trung tâm Hành chính công thành phố Hạ Long' },
  period: { from: '2026-07-01T00:00:00+07:00', to: '2026-10-01T00:00:00+07:00', label: 'Quý 3/2026' },
  asOf: '2026-10-01T06:00:00+07:00',
  values: { received: 10234, resolved: 9876, resolvedOnTimeRate: 0.9912, ratings: 2345, satisfactionRate: 0.9731, onlineShare: 0.6123, somethingElse: 3 },
  score766: { total: 79.02, max: 100 },
  tt01: { total: 16.2, max: 18, agencyClass: 'xuat_sac' },
  href: 'https://halong.quangninh.gov.vn/ket-qua',
};

const dataUrl = (body: unknown) => `data:application/json,${encodeURIComponent(JSON.stringify(body))}`;

const figures = (el: HccKpiResults) =>
  [...(el.shadowRoot?.querySelectorAll('.figure') ?? [])].map((f) => [f.querySelector('dt')?.textContent?.trim(), f.querySelector('.big')?.textContent?.trim(), f.querySelector('.detail')?.textContent?.trim()]);

describe('<hcc-kpi-results>', function () {
  // Loads go through a real Worker; on a shared, loaded machine a test can take longer than the default.
  this.timeout(60_000);

  describe('accessibility', () => {
    it('is accessible loading, loaded, in English and with an invalid document', async () => {
      useSource(demoSource());
      const el = await fixture<HccKpiResults>(html`<hcc-kpi-results .clock=${new ManualClock(NOW)}></hcc-kpi-results>`);
      await expect(el).to.be.accessible();
      await loaded(el);
      await expect(el).to.be.accessible();
      const en = await fixture<HccKpiResults>(html`<hcc-kpi-results lang="en" .document=${DOC}></hcc-kpi-results>`);
      await expect(en).to.be.accessible();
      const bad = await fixture<HccKpiResults>(html`<hcc-kpi-results src=${dataUrl({ ...DOC, version: 2 })}></hcc-kpi-results>`);
      await waitUntil(() => text(bad).includes('Dữ liệu nhận được không hợp lệ'), 'no error shown');
      await expect(bad).to.be.accessible();
    });
  });

  describe('properties', () => {
    it('shows a published document in plain words, vi-VN numbers', async () => {
      const el = await fixture<HccKpiResults>(html`<hcc-kpi-results src=${dataUrl(DOC)}></hcc-kpi-results>`);
      await waitUntil(() => figures(el).length > 0, 'no figures');
      expect(figures(el)).to.deep.equal([
        ['Hồ sơ tiếp nhận', '10.234', undefined],
        ['Giải quyết đúng hạn, trước hạn', '99,1%', 'trên 9.876 hồ sơ đã giải quyết'],
        ['Người dân hài lòng', '97,3%', 'trên 2.345 lượt đánh giá'],
        ['Nộp hồ sơ trực tuyến', '61,2%', undefined],
        ['Chỉ số 766', '79,02', 'trên 100 điểm'],
        ['Đánh giá theo Thông tư 01/2018/TT-VPCP', '16,2', 'trên 18 điểm, xếp loại Xuất sắc'],
      ]);
      expect(text(el)).to.contain('Trung tâm Hành chính công thành phố Hạ Long · Quý 3/2026');
      expect(text(el)).to.contain('Số liệu đến 06:00 01/10/2026');
      expect(el.shadowRoot?.querySelector('a')?.getAttribute('href')).to.equal(DOC.href);
    });

    it('rejects an invalid document visibly, in the page’s language, and keeps the last good one', async () => {
      const clock = new ManualClock(NOW);
      const el = await fixture<HccKpiResults>(html`<hcc-kpi-results refresh="60s" src=${dataUrl(DOC)} .clock=${clock}></hcc-kpi-results>`);
      await waitUntil(() => figures(el).length > 0, 'no figures');
      const failed = oneEvent(el, 'hcc-data-error');
      el.src = dataUrl({ ...DOC, values: { received: 'nhiều' } });
      const { detail } = await failed;
      expect(detail.error.kind).to.equal('schema');
      await el.updateComplete;
      expect(text(el)).to.match(/Dữ liệu nhận được không hợp lệ\. values\.received: .+/);
      expect(el.freshness).to.equal('offline');
    });

    it('computes the current year from the data source when it has no document', async () => {
      useSource(demoSource());
      const el = await fixture<HccKpiResults>(html`<hcc-kpi-results .clock=${new ManualClock(NOW)}></hcc-kpi-results>`);
      await loaded(el);
      const want = expected({ period: '2026', now: NOW, families: ['cases', 'ratings', 'petitions', '766', 'tt01'] }, NOW).total;
      const doc = el.results!;
      expect(doc.values['received']).to.equal(want.values.received);
      expect(doc.values['resolvedOnTimeRate']).to.equal(want.values.resolvedOnTimeRate);
      expect(doc.values['satisfactionRate']).to.equal(want.values.satisfactionRate);
      expect(doc.score766?.total).to.equal(want.score766?.total);
      expect(doc.tt01?.total).to.equal(want.tt01?.total);
      expect(text(el)).to.contain('Năm 2026');
    });

    it('builds the document a centre publishes from a KPI result, and the schema accepts it', () => {
      const r = expected({ period: '2026-Q3', families: ['cases', 'ratings', 'petitions', '766', 'tt01'] });
      const doc = resultsDocument(r, { unit: { id: 'hl-tthcc', name: 'TTHCC Hạ Long' }, asOf: Date.parse('2026-10-01T06:00:00+07:00'), label: 'Quý 3/2026' });
      expect(KpiResultsDocument.safeParse(JSON.parse(JSON.stringify(doc))).success).to.equal(true);
      expect(doc.period).to.deep.equal({ from: '2026-07-01T00:00:00+07:00', to: '2026-10-01T00:00:00+07:00', label: 'Quý 3/2026' });
      expect(doc.values['received']).to.equal(r.total.values.received);
    });

    it('uses the heading level of its place in the host page', async () => {
      const el = await fixture<HccKpiResults>(html`<hcc-kpi-results heading-level="3" .document=${DOC}></hcc-kpi-results>`);
      expect(el.shadowRoot?.querySelector('h3')?.textContent).to.equal('Kết quả giải quyết thủ tục hành chính');
      expect(el.shadowRoot?.querySelector('h2')).to.equal(null);
    });
  });

  describe('i18n', () => {
    it('writes English figures and the class name in English', async () => {
      const el = await fixture<HccKpiResults>(html`<hcc-kpi-results lang="en" .document=${DOC}></hcc-kpi-results>`);
      expect(figures(el)[1]).to.deep.equal(['Resolved on time or early', '99.1%', 'of 9,876 dossiers resolved']);
      expect(figures(el)[5]?.[2]).to.equal('out of 18 points, rated Excellent');
    });
  });
});
