import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import sinon from 'sinon';
import type { HccProcedureSearch } from '../../src/components/procedure/procedure-search.js';
import type { HccProcedureGuide } from '../../src/components/procedure/procedure-guide.js';
import type { Procedure } from '../../src/data/schemas/procedure.js';
import { syntheticCatalogue } from '../../bench/pages/search-catalogue.js';
import '../../src/procedure.js';
import { catalogue, loadXss, resetSource, useMemory } from './procedure-helpers.js';

async function widget(attrs: Record<string, string> = {}, props: Partial<HccProcedureSearch> = {}): Promise<HccProcedureSearch> {
  const el = document.createElement('hcc-procedure-search');
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  Object.assign(el, props);
  (await fixture<HTMLDivElement>(html`<div></div>`)).append(el);
  await waitUntil(() => el.shadowRoot!.querySelector('.results-head, .message'), 'the widget renders', { timeout: 5000 });
  await waitUntil(() => !el.shadowRoot!.querySelector('.message[role="status"]'), 'the catalogue loads', { timeout: 5000 });
  await el.updateComplete;
  return el;
}

const $ = <E extends Element = HTMLElement>(el: HccProcedureSearch, sel: string) => el.shadowRoot!.querySelector<E>(sel);
const $$ = <E extends Element = HTMLElement>(el: HccProcedureSearch, sel: string) => [...el.shadowRoot!.querySelectorAll<E>(sel)];
const titles = (el: HccProcedureSearch) => $$(el, '.hit-link').map((a) => a.textContent!.trim());
const input = (el: HccProcedureSearch) => $<HTMLInputElement>(el, 'input[type="search"]')!;

async function type(el: HccProcedureSearch, text: string): Promise<void> {
  input(el).focus();
  await sendKeys({ type: text });
  await el.updateComplete;
}

/** Sets the search text as a paste would (one input event). */
async function paste(el: HccProcedureSearch, text: string): Promise<void> {
  input(el).value = text;
  input(el).dispatchEvent(new Event('input'));
  await el.updateComplete;
}

/** A full procedure record around a synthetic title (for the 2,000-procedure catalogue). */
function full(p: ReturnType<typeof syntheticCatalogue>[number]): Procedure {
  return {
    ...p,
    cap_thuc_hien: p.cap_thuc_hien as Procedure['cap_thuc_hien'],
    muc_do_dvctt: p.muc_do_dvctt as Procedure['muc_do_dvctt'],
    trinh_tu_thuc_hien: [],
    cach_thuc_thuc_hien: [],
    thanh_phan_ho_so: [],
    doi_tuong_thuc_hien: [],
    co_quan_thuc_hien: [],
    ket_qua_thuc_hien: [],
    can_cu_phap_ly: [],
  };
}

describe('<hcc-procedure-search>', () => {
  let source: ReturnType<typeof useMemory>;
  beforeEach(() => {
    source = useMemory();
  });
  afterEach(() => resetSource());

  describe('accessibility', () => {
    it('has no axe violations listing common procedures, with results, with none, and filtered', async function () {
      this.timeout(60_000);
      const el = await widget();
      await expect(el).to.be.accessible();
      await paste(el, 'dang ky');
      await expect(el).to.be.accessible();
      await paste(el, 'xyzzy khong co');
      await expect(el).to.be.accessible();
      await paste(el, '');
      el.linhVuc = 'Hộ tịch';
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });

    it('has no axe violations while loading and after a failed load', async () => {
      source.failNext('network');
      const el = document.createElement('hcc-procedure-search');
      (await fixture<HTMLDivElement>(html`<div></div>`)).append(el);
      await el.updateComplete;
      await expect(el).to.be.accessible();
      await waitUntil(() => $(el, '.message.error'));
      await expect(el).to.be.accessible();
    });

    it('has no axe violations in the dark and high-contrast themes', async () => {
      for (const theme of ['dark', 'contrast']) {
        const el = await widget({ theme, query: 'dang ky' });
        await expect(el, theme).to.be.accessible();
      }
    });

    it('labels the field, describes it and puts it in a search landmark', async () => {
      const el = await widget();
      expect($(el, 'form')!.getAttribute('role')).to.equal('search');
      expect($(el, `label[for="${input(el).id}"]`)!.textContent).to.equal('Tìm thủ tục hành chính');
      expect(input(el).getAttribute('aria-describedby')).to.equal('hint keys');
    });

    it('announces the result count politely once typing pauses, not at every key', async () => {
      const el = await widget();
      const live = $(el, '[aria-live="polite"]')!;
      const clock = sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'], shouldClearNativeTimers: true });
      try {
        await type(el, 'ket hon');
        clock.tick(500);
        await el.updateComplete;
        expect(live.textContent).to.equal('');
        clock.tick(200);
        await el.updateComplete;
        expect(live.textContent).to.match(/^Tìm thấy \d+ thủ tục cho “ket hon”$/);
      } finally {
        clock.restore();
      }
    });

    it('moves between field and results with the arrow keys, Home, End and Escape', async () => {
      const el = await widget();
      await type(el, 'dang ky');
      await sendKeys({ press: 'ArrowDown' });
      const links = $$(el, '.hit-link');
      expect(el.shadowRoot!.activeElement).to.equal(links[0]);
      await sendKeys({ press: 'ArrowDown' });
      expect(el.shadowRoot!.activeElement).to.equal(links[1]);
      await sendKeys({ press: 'End' });
      expect(el.shadowRoot!.activeElement).to.equal(links[links.length - 1]);
      await sendKeys({ press: 'Home' });
      expect(el.shadowRoot!.activeElement).to.equal(links[0]);
      await sendKeys({ press: 'ArrowUp' });
      expect(el.shadowRoot!.activeElement).to.equal(input(el));
      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: 'Escape' });
      expect(el.shadowRoot!.activeElement).to.equal(input(el));
    });

    it('stays within a 320 px wide screen', async () => {
      await setViewport({ width: 320, height: 640 });
      try {
        const el = await widget();
        await paste(el, 'chung thuc');
        expect(document.documentElement.scrollWidth).to.be.at.most(320);
        for (const x of $$(el, '.hit, select, input')) expect(x.getBoundingClientRect().right).to.be.at.most(321);
      } finally {
        await setViewport({ width: 800, height: 600 });
      }
    });
  });

  describe('searching', () => {
    it('finds Đăng ký kết hôn first for "dang ky ket hon" typed key by key, with the matches highlighted', async () => {
      const el = await widget();
      await type(el, 'dang ky ket hon');
      expect(titles(el)[0]).to.equal('Đăng ký kết hôn');
      expect($$(el, '.hit')[0]!.querySelectorAll('mark').length).to.equal(4);
      expect([...$$(el, '.hit')[0]!.querySelectorAll('mark')].map((m) => m.textContent)).to.deep.equal(['Đăng', 'ký', 'kết', 'hôn']);
    });

    for (const [q, first] of [
      ['khai sinh', 'Đăng ký khai sinh'],
      ['ket hon', 'Đăng ký kết hôn'],
      ['dang ki tam tru', 'Đăng ký tạm trú'],
      ['khia tu', 'Đăng ký khai tử'],
      ['lltp', 'Cấp Phiếu lý lịch tư pháp'],
      ['chung thuc chu ky', 'Chứng thực chữ ký trong các giấy tờ, văn bản'],
      ['giay phep xay dung', 'Cấp giấy phép xây dựng mới'],
      ['tach thua', 'Tách thửa hoặc hợp thửa đất'],
    ] as const) {
      it(`finds "${first}…" first for "${q}"`, async () => {
        const el = await widget();
        await paste(el, q);
        expect(titles(el)[0]!.startsWith(first), titles(el)[0]).to.equal(true);
      });
    }

    it('gives the same results for a query typed in NFD as in NFC', async () => {
      const el = await widget();
      await paste(el, 'đăng ký thường trú'.normalize('NFC'));
      const nfc = titles(el);
      await paste(el, 'đăng ký thường trú'.normalize('NFD'));
      expect(titles(el)).to.deep.equal(nfc);
      expect(nfc[0]).to.equal('Đăng ký thường trú');
    });

    it('says where a match was found when the title does not show it', async () => {
      const el = await widget();
      await paste(el, 'khai sinh giay chung sinh');
      const hit = $$(el, '.hit').find((h) => h.querySelector('.hit-link')!.textContent!.trim() === 'Đăng ký khai sinh')!;
      expect(hit.querySelector('.snippet')!.textContent).to.contain('Có trong nội dung thủ tục:');
      expect([...hit.querySelectorAll('.snippet mark')].map((m) => m.textContent)).to.include.members(['Giấy', 'chứng', 'sinh']);
      // A title that shows every word needs no explanation.
      await paste(el, 'khai sinh');
      expect($$(el, '.hit')[0]!.querySelector('.snippet')).to.equal(null);
    });

    it('lists common procedures (most dossiers a year first) when the query is empty', async () => {
      const el = await widget();
      expect($(el, '#results-heading')!.textContent).to.equal('Thủ tục thường dùng');
      const byUse = [...catalogue()].sort((a, b) => (b.luot_thuc_hien ?? 0) - (a.luot_thuc_hien ?? 0));
      expect(titles(el)[0]).to.equal(byUse[0]!.ten_thu_tuc);
    });

    it('explains no result and offers to clear the filters', async () => {
      const el = await widget({ 'linh-vuc': 'Chứng thực' });
      await paste(el, 'khai sinh');
      expect($(el, '.message')!.textContent).to.contain('Không tìm thấy thủ tục nào cho “khai sinh”.');
      $$<HTMLButtonElement>(el, '.message button').find((b) => b.textContent === 'Bỏ tất cả bộ lọc')!.click();
      await el.updateComplete;
      expect(titles(el)[0]).to.equal('Đăng ký khai sinh');
    });

    it('shows near matches, said to be so, when no record has every word', async () => {
      const el = await widget();
      await paste(el, 'dang ky ket hon xyzzy');
      expect($(el, '.message')!.textContent).to.contain('gần đúng');
      expect(titles(el)[0]).to.equal('Đăng ký kết hôn');
    });

    it('opens the first result with Enter in the field', async () => {
      const el = await widget();
      await type(el, 'khai tu');
      const ev = oneEvent(el, 'hcc-procedure-select');
      await sendKeys({ press: 'Enter' });
      expect((await ev).detail.code).to.equal('1.000656');
    });

    it('searches a catalogue of 2,000 procedures as it is typed', async () => {
      const big = syntheticCatalogue(2000).map(full);
      const el = await widget({}, { procedures: big });
      expect($(el, '.results-head span')!.textContent).to.equal('2.000 thủ tục trong danh mục');
      await type(el, 'cap lai cccd');
      expect(titles(el)[0]).to.equal('Cấp lại thẻ căn cước công dân');
      await paste(el, 'giay phep xay dung nha o');
      expect(titles(el)[0]).to.equal('Cấp giấy phép xây dựng nhà ở riêng lẻ');
    });
  });

  describe('filters', () => {
    it('filters by lĩnh vực, level and online availability, with counts in the options', async () => {
      const el = await widget();
      const fieldSelect = $<HTMLSelectElement>(el, '#f-linh-vuc')!;
      const hoTich = [...fieldSelect.options].find((o) => o.value === 'Hộ tịch')!;
      expect(hoTich.textContent).to.match(/^Hộ tịch \(\d+\)$/);
      fieldSelect.value = 'Hộ tịch';
      fieldSelect.dispatchEvent(new Event('change'));
      await el.updateComplete;
      const n = Number(/\((\d+)\)/.exec(hoTich.textContent!)![1]);
      expect($$(el, '.hit').length).to.equal(n);
      expect($$(el, '.hit-meta li:nth-child(2)').every((x) => x.textContent === 'Hộ tịch')).to.equal(true);

      const online = $<HTMLSelectElement>(el, '#f-online')!;
      online.value = 'toan_trinh';
      online.dispatchEvent(new Event('change'));
      await el.updateComplete;
      expect($$(el, '.hit').every((h) => h.querySelector('.badge.full'))).to.equal(true);

      el.cap = 'Cấp Tỉnh';
      await el.updateComplete;
      for (const h of $$(el, '.hit')) expect(h.querySelector('.hit-meta')!.textContent).to.contain('Cấp Tỉnh');
    });

    it('filters "can be submitted online" to fully and partly online procedures', async () => {
      const el = await widget({ online: 'co', 'page-size': '100' });
      const codes = $$(el, '.hit-meta li:first-child').map((x) => x.textContent!.replace('Mã ', ''));
      const online = catalogue().filter((p) => p.muc_do_dvctt === 'toan_trinh' || p.muc_do_dvctt === 'mot_phan').map((p) => p.ma_thu_tuc);
      expect(codes).to.have.members(online);
    });

    it('hides the filters with no-filters', async () => {
      const el = await widget({ 'no-filters': '' });
      expect($(el, 'fieldset')).to.equal(null);
    });
  });

  describe('properties', () => {
    it('renders links from href-template, buttons without it', async () => {
      const links = await widget({ 'href-template': '/thu-tuc?ma={code}' });
      const a = $<HTMLAnchorElement>(links, 'a.hit-link')!;
      expect(a.getAttribute('href')).to.match(/^\/thu-tuc\?ma=\d\.\d{6}$/);
      const buttons = await widget();
      expect($(buttons, 'a.hit-link')).to.equal(null);
      expect($(buttons, 'button.hit-link')).to.exist;
    });

    it('shows page-size results and more on demand', async () => {
      const el = await widget({ 'page-size': '5' });
      expect($$(el, '.hit').length).to.equal(5);
      const more = $<HTMLButtonElement>(el, '.more button')!;
      expect(more.textContent).to.equal('Xem thêm 5 thủ tục');
      more.click();
      await el.updateComplete;
      expect($$(el, '.hit').length).to.equal(10);
    });

    it('marks the result with selected-code as current', async () => {
      const el = await widget({ 'selected-code': '1.001193' });
      const current = $$(el, '.hit[aria-current="true"]');
      expect(current.length).to.equal(1);
      expect(current[0]!.textContent).to.contain('Đăng ký khai sinh');
    });

    it('starts from the query attribute and sets the results heading level', async () => {
      const el = await widget({ query: 'khai tu', 'heading-level': '4' });
      expect(input(el).value).to.equal('khai tu');
      expect($(el, 'h4#results-heading')!.textContent).to.match(/Tìm thấy \d+ thủ tục cho “khai tu”/);
    });

    it('takes a catalogue by property, leaving out and reporting invalid records', async () => {
      const el = document.createElement('hcc-procedure-search');
      const ev = oneEvent(el, 'hcc-data-error');
      el.procedures = [...catalogue().slice(0, 3), { ma_thu_tuc: 'x', ten_thu_tuc: '' }, 42];
      (await fixture<HTMLDivElement>(html`<div></div>`)).append(el);
      expect((await ev).detail.error.kind).to.equal('schema');
      await el.updateComplete;
      expect($$(el, '.hit').length).to.equal(3);
      expect($(el, '.message.error')!.textContent).to.contain('(2)');
    });
  });

  describe('events', () => {
    it('fires hcc-procedure-select with the code, a summary, the position and the query', async () => {
      const el = await widget();
      await paste(el, 'ket hon');
      const ev = oneEvent(el, 'hcc-procedure-select');
      $$<HTMLButtonElement>(el, '.hit-link')[0]!.click();
      const d = (await ev).detail;
      expect(d).to.deep.include({ code: '1.000894', position: 0, query: 'ket hon' });
      expect(d.procedure).to.deep.include({ ma_thu_tuc: '1.000894', ten_thu_tuc: 'Đăng ký kết hôn', linh_vuc: 'Hộ tịch' });
    });

    it('does not follow the link when hcc-procedure-select is cancelled', async () => {
      const el = await widget({ 'href-template': '#thu-tuc-{code}' });
      el.addEventListener('hcc-procedure-select', (e) => e.preventDefault());
      const before = location.hash;
      $<HTMLAnchorElement>(el, 'a.hit-link')!.click();
      expect(location.hash).to.equal(before);
    });

    it('fires hcc-procedure-search with the query, total and filters after typing pauses', async () => {
      const el = await widget({ 'linh-vuc': 'Hộ tịch' });
      const ev = oneEvent(el, 'hcc-procedure-search');
      await type(el, 'dang ky');
      const d = (await ev).detail;
      expect(d.query).to.equal('dang ky');
      expect(d.total).to.equal($$(el, '.hit').length);
      expect(d.filters).to.deep.equal({ linhVuc: 'Hộ tịch', cap: '', online: '' });
    });
  });

  describe('search → select → guide', () => {
    it('shows the chosen procedure in a guide beside the search', async () => {
      const parent = await fixture<HTMLDivElement>(html`<div>
        <hcc-procedure-search></hcc-procedure-search>
        <hcc-procedure-guide></hcc-procedure-guide>
      </div>`);
      const search = parent.querySelector('hcc-procedure-search')!;
      const guideEl = parent.querySelector<HccProcedureGuide>('hcc-procedure-guide')!;
      search.addEventListener('hcc-procedure-select', (e) => {
        guideEl.procedureCode = e.detail.code;
        search.selectedCode = e.detail.code;
      });
      await waitUntil(() => search.shadowRoot!.querySelector('.hit-link'));
      await type(search, 'giay phep xay dung');
      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => guideEl.shadowRoot!.querySelector('#title'), 'the guide shows the procedure');
      expect(guideEl.procedureCode).to.equal('1.013225');
      expect(guideEl.shadowRoot!.querySelector('#title')!.textContent).to.match(/^Cấp giấy phép xây dựng mới/);
      await search.updateComplete;
      expect(search.shadowRoot!.querySelector('.hit[aria-current="true"]')!.textContent).to.contain('Cấp giấy phép xây dựng mới');
      await expect(parent).to.be.accessible();
    });
  });

  describe('states', () => {
    it('says the catalogue is loading, and offers a retry when it fails', async () => {
      source.failNext('http', { status: 503 });
      const el = document.createElement('hcc-procedure-search');
      (await fixture<HTMLDivElement>(html`<div></div>`)).append(el);
      await el.updateComplete;
      expect($(el, '.message[role="status"]')!.textContent).to.equal('Đang tải danh mục thủ tục…');
      await waitUntil(() => $(el, '.message.error'));
      expect($(el, '.message.error')!.textContent).to.contain('Máy chủ báo lỗi');
      $<HTMLButtonElement>(el, '.message.error button')!.click();
      await waitUntil(() => $(el, '.hit'));
    });

    it('renders hostile titles and bodies as text, executing nothing', async () => {
      const xss = await loadXss();
      xss.reset();
      const base = catalogue()[0]!;
      const hostile = xss.text.map((t, i) => ({ ...base, ma_thu_tuc: `9.${String(800000 + i)}`, ten_thu_tuc: `Đăng ký ${t}`.slice(0, 500), linh_vuc: t.slice(0, 500) || 'x', yeu_cau_dieu_kien: `khai sinh ${t}` }));
      const el = await widget({}, { procedures: hostile });
      await paste(el, 'dang ky script img');
      await paste(el, 'khai sinh onerror');
      expect(xss.executed()).to.equal(false);
      expect($$(el, 'script, img, iframe, svg, body').length).to.equal(0);
      const f = $<HTMLSelectElement>(el, '#f-linh-vuc')!;
      expect([...f.options].some((o) => o.textContent!.includes('<script>'))).to.equal(true);
    });
  });

  describe('i18n', () => {
    it('shows the interface in English with lang="en" and keeps titles as published', async () => {
      const el = await widget({ lang: 'en' });
      expect($(el, 'label.search-label')!.textContent).to.equal('Find an administrative procedure');
      await paste(el, 'khai tu');
      expect($(el, '#results-heading')!.textContent).to.match(/^\d+ procedures? found for “khai tu”$/);
      expect($(el, '.hit-link span')!.getAttribute('lang')).to.equal('vi');
    });
  });

  describe('theming', () => {
    it('colours highlighted matches with --hcc-procedure-search-mark', async () => {
      const el = await widget();
      el.style.setProperty('--hcc-procedure-search-mark', 'rgb(200, 100, 0)');
      await paste(el, 'khai sinh');
      expect(getComputedStyle($(el, 'mark')!).backgroundColor).to.equal('rgb(200, 100, 0)');
    });
  });

  describe('cleanup', () => {
    it('sends no announcement or event after it is removed mid-pause', async () => {
      const el = await widget();
      const clock = sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'], shouldClearNativeTimers: true });
      try {
        const spy = sinon.spy();
        el.addEventListener('hcc-procedure-search', spy);
        await paste(el, 'dang ky');
        el.remove();
        clock.tick(5000);
        expect(spy.called).to.equal(false);
      } finally {
        clock.restore();
      }
    });
  });
});
