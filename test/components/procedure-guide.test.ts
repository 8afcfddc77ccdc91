import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import sinon from 'sinon';
import type { HccProcedureGuide } from '../../src/components/procedure/procedure-guide.js';
import type { HccQrCode } from '../../src/components/procedure/qr-code.js';
import type { Procedure } from '../../src/data/schemas/procedure.js';
import { demoProcedures } from '../../src/data/seed/index.js';
import '../../src/procedure.js';
import { LONG_RECORD, loadXss, resetSource, useMemory } from './procedure-helpers.js';

/** A guide with the given attributes, set before it connects, once its record shows. */
async function guide(attrs: Record<string, string>, props: Partial<HccProcedureGuide> = {}): Promise<HccProcedureGuide> {
  const el = document.createElement('hcc-procedure-guide');
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  Object.assign(el, props);
  const parent = await fixture<HTMLDivElement>(html`<div></div>`);
  parent.append(el);
  await waitUntil(() => el.shadowRoot!.querySelector('article, .message.error'), 'the guide renders', { timeout: 5000 });
  await el.updateComplete;
  return el;
}

const $ = <E extends Element = HTMLElement>(el: HccProcedureGuide, sel: string) => el.shadowRoot!.querySelector<E>(sel);
const $$ = <E extends Element = HTMLElement>(el: HccProcedureGuide, sel: string) => [...el.shadowRoot!.querySelectorAll<E>(sel)];
const stepButtons = (el: HccProcedureGuide) => $$<HTMLButtonElement>(el, 'button.step-button');
const panelShown = (el: HccProcedureGuide, n: number) => {
  const panel = $(el, `#step-panel-${n}`)!;
  return getComputedStyle(panel).display !== 'none' && getComputedStyle(panel).contentVisibility !== 'hidden' && panel.getBoundingClientRect().height > 0;
};

/** Decodes the QR code drawn by an `<hcc-qr-code>`: its SVG rasterised on a canvas, read by jsQR. */
async function decodeQr(qr: HccQrCode): Promise<string | undefined> {
  await waitUntil(() => qr.shadowRoot!.querySelector('svg'), 'the QR code is drawn', { timeout: 5000 });
  const w = window as unknown as { jsQR?: (d: Uint8ClampedArray, w: number, h: number) => { data: string } | null };
  if (!w.jsQR) {
    // jsQR ships as a UMD bundle: load it as a classic script, which sets window.jsQR.
    await new Promise<void>((resolve, reject) => {
      const s = document.createElement('script');
      s.src = '/node_modules/jsqr/dist/jsQR.js';
      s.onload = () => resolve();
      s.onerror = () => reject(new Error('jsQR did not load'));
      document.head.append(s);
    });
  }
  const svg = qr.shadowRoot!.querySelector('svg')!;
  const img = new Image();
  img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(new XMLSerializer().serializeToString(svg))}`;
  await img.decode();
  const size = 600;
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = size;
  const ctx = canvas.getContext('2d')!;
  ctx.imageSmoothingEnabled = false;
  ctx.drawImage(img, 0, 0, size, size);
  return w.jsQR!(ctx.getImageData(0, 0, size, size).data, size, size)?.data;
}

/** The test page's own address (the runner watches it): restored after every test. */
const PAGE = `${location.pathname}${location.search}`;

describe('<hcc-procedure-guide>', () => {
  beforeEach(() => {
    sessionStorage.clear();
    localStorage.clear();
    history.replaceState(null, '', PAGE);
    useMemory();
  });
  afterEach(async () => {
    resetSource();
    history.replaceState(null, '', PAGE);
    await emulateMedia({ media: 'screen' });
  });

  describe('accessibility', () => {
    it('has no axe violations for every demo record', async function () {
      this.timeout(180_000);
      for (const p of demoProcedures()) {
        const el = await guide({ 'procedure-code': p.ma_thu_tuc });
        await expect(el, p.ma_thu_tuc).to.be.accessible();
      }
    });

    it('has no axe violations with several execution cases, all steps open, the QR code shown and a case chosen', async () => {
      const el = await guide({ 'procedure-code': LONG_RECORD.ma_thu_tuc });
      await expect(el).to.be.accessible();
      el.expandAll();
      $<HTMLButtonElement>(el, '.qr-toggle')!.click();
      await el.updateComplete;
      $$<HTMLInputElement>(el, 'input[type="radio"]')[1]!.click();
      $$<HTMLInputElement>(el, '.doc input')[0]!.click();
      await el.updateComplete;
      await waitUntil(() => $<HccQrCode>(el, 'hcc-qr-code')!.shadowRoot!.querySelector('svg'));
      await expect(el).to.be.accessible();
    });

    it('has no axe violations while loading, when not found and in the print view', async () => {
      const pending = document.createElement('hcc-procedure-guide');
      pending.procedureCode = '1.001193';
      const parent = await fixture<HTMLDivElement>(html`<div></div>`);
      parent.append(pending);
      await pending.updateComplete;
      await expect(pending).to.be.accessible();
      const missing = await guide({ 'procedure-code': '1.999999' });
      await expect(missing).to.be.accessible();
      const print = await guide({ 'procedure-code': LONG_RECORD.ma_thu_tuc, view: 'print' });
      await expect(print).to.be.accessible();
    });

    it('has no axe violations in the dark and high-contrast themes', async () => {
      for (const theme of ['dark', 'contrast']) {
        const el = await guide({ 'procedure-code': LONG_RECORD.ma_thu_tuc, theme });
        el.expandAll();
        await el.updateComplete;
        await expect(el, theme).to.be.accessible();
      }
    });

    it('gives every step button aria-expanded, aria-controls and its step number in its accessible name', async () => {
      const el = await guide({ 'procedure-code': LONG_RECORD.ma_thu_tuc });
      const buttons = stepButtons(el);
      expect(buttons.length).to.equal(5);
      buttons.forEach((b, i) => {
        expect(b.getAttribute('aria-expanded')).to.equal('false');
        expect($(el, `#${b.getAttribute('aria-controls')}`)).to.exist;
        expect(b.textContent!.replace(/\s+/g, ' ').trim()).to.match(new RegExp(`^Bước ${i + 1} trên 5: `));
      });
      expect($(el, '.toggle-all')!.getAttribute('aria-expanded')).to.equal('false');
    });

    it('uses the heading levels it is given: title, then sections, then steps and cards', async () => {
      const el = await guide({ 'procedure-code': LONG_RECORD.ma_thu_tuc, 'heading-level': '3' });
      expect($(el, 'h3#title')!.textContent).to.equal(LONG_RECORD.ten_thu_tuc);
      expect($$(el, 'section > h4').length).to.be.greaterThan(5);
      expect($$(el, '.steps h5').length).to.equal(5);
      expect($$(el, '.card > h5').length).to.equal(2);
      const top = await guide({ 'procedure-code': '1.001193', 'heading-level': '1' });
      expect($(top, 'h1#title')).to.exist;
    });

    it('stays within a 320 px wide screen (400 % zoom of 1280 px) without horizontal scrolling', async () => {
      await setViewport({ width: 320, height: 640 });
      try {
        const el = await guide({ 'procedure-code': LONG_RECORD.ma_thu_tuc });
        el.expandAll();
        await el.updateComplete;
        expect(el.scrollWidth).to.be.at.most(320);
        expect(document.documentElement.scrollWidth).to.be.at.most(320);
        for (const card of $$(el, '.card, .doc, .steps > li')) expect(card.getBoundingClientRect().right, card.className).to.be.at.most(321);
      } finally {
        await setViewport({ width: 800, height: 600 });
      }
    });
  });

  describe('properties', () => {
    it('shows the whole record: summary, channels side by side, steps, cases with documents, result, conditions and legal basis', async () => {
      const el = await guide({ 'procedure-code': LONG_RECORD.ma_thu_tuc });
      const text = el.shadowRoot!.textContent!.replace(/\s+/g, ' ');
      expect($$(el, 'section > h3').map((h) => h.textContent)).to.deep.equal([
        'Thông tin chung', 'Cách thức thực hiện', 'Trình tự thực hiện', 'Thành phần hồ sơ', 'Kết quả thực hiện', 'Yêu cầu, điều kiện thực hiện', 'Căn cứ pháp lý',
      ]);
      // Channels: one card each, with time limit and fee, exemptions marked; the missing channel named.
      const cards = $$(el, '.card');
      expect(cards.map((c) => c.querySelector('h4')!.textContent)).to.deep.equal(['Nộp trực tiếp', 'Nộp trực tuyến']);
      expect(cards[0]!.textContent).to.contain('3 ngày làm việc');
      expect(cards[0]!.querySelector('.amount:not(p)')!.textContent!.replace(/\s/g, ' ')).to.match(/^50\.000\s₫$/);
      expect(cards[0]!.querySelector('.exemption')!.textContent).to.contain('Miễn lệ phí cho người thuộc hộ nghèo');
      expect(text).to.contain('Không áp dụng: Nộp qua bưu chính.');
      // Legal basis with document numbers and the date.
      expect($$(el, '.legal li')[0]!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Luật số 60/2014/QH13: Luật Hộ tịch (ban hành ngày 20/11/2014)');
      // Summary.
      expect(text).to.contain('Dịch vụ công trực tuyến một phần');
      expect(text).to.contain('Người nước ngoài cư trú tại Việt Nam');
    });

    it('parses line breaks and list markers in published text into paragraphs, lists and links', async () => {
      const el = await guide({ 'procedure-code': LONG_RECORD.ma_thu_tuc });
      el.expandAll();
      await el.updateComplete;
      const step2 = $(el, '#step-panel-2')!;
      expect(step2.querySelectorAll('li').length).to.equal(3);
      const link = step2.querySelector('a')!;
      expect(link.getAttribute('href')).to.equal('https://dichvucong.gov.vn');
      expect(link.getAttribute('rel')).to.equal('noopener noreferrer');
      expect($(el, '#step-panel-3')!.querySelectorAll('.rt-enum li').length).to.equal(2);
      expect($$(el, '#sec-conditions ~ div li').length).to.equal(2);
    });

    it('takes a procedure object directly, validated', async () => {
      const p = { ...LONG_RECORD, ma_thu_tuc: '9.900002', ten_thu_tuc: 'Bản ghi trực tiếp' };
      const el = await guide({}, { procedure: p });
      expect($(el, '#title')!.textContent).to.equal('Bản ghi trực tiếp');
    });

    it('uses submit-href for the online link and its QR code when given, else the record URL', async () => {
      const own = await guide({ 'procedure-code': '1.001193' });
      expect($(own, '.actions a.primary')!.getAttribute('href')).to.contain('ma_thu_tuc=1.001193');
      const tpl = await guide({ 'procedure-code': '1.001193', 'submit-href': 'https://dichvucong.quangninh.gov.vn/nop?ma={code}' });
      expect($(tpl, '.actions a.primary')!.getAttribute('href')).to.equal('https://dichvucong.quangninh.gov.vn/nop?ma=1.001193');
      // A procedure with no online service has no online actions.
      const counterOnly = await guide({ 'procedure-code': '2.000815' });
      expect($(counterOnly, '.actions a.primary')).to.equal(null);
      expect($(counterOnly, '.qr-toggle')).to.equal(null);
    });

    it('links "Tra cứu hồ sơ" to lookup-href and hides it without one', async () => {
      const el = await guide({ 'procedure-code': '1.001193', 'lookup-href': '/tra-cuu-ho-so' });
      const link = $$<HTMLAnchorElement>(el, '.actions a').find((a) => a.textContent === 'Tra cứu hồ sơ')!;
      expect(link.getAttribute('href')).to.equal('/tra-cuu-ho-so');
      const none = await guide({ 'procedure-code': '1.001193' });
      expect($$(none, '.actions a').some((a) => a.textContent === 'Tra cứu hồ sơ')).to.equal(false);
    });

    it('marks current-step with aria-current and says so in its name', async () => {
      const el = await guide({ 'procedure-code': LONG_RECORD.ma_thu_tuc, 'current-step': '2' });
      expect($(el, '#buoc-2')!.getAttribute('aria-current')).to.equal('step');
      expect(stepButtons(el)[1]!.textContent).to.contain('Bước hiện tại');
      expect($$(el, '[aria-current]').length).to.equal(1);
    });
  });

  describe('events and interaction', () => {
    it('expands and collapses one step, firing hcc-step-toggle', async () => {
      const el = await guide({ 'procedure-code': LONG_RECORD.ma_thu_tuc });
      expect(panelShown(el, 2)).to.equal(false);
      const ev = oneEvent(el, 'hcc-step-toggle');
      stepButtons(el)[1]!.click();
      expect((await ev).detail).to.deep.equal({ step: 2, open: true });
      await el.updateComplete;
      expect(stepButtons(el)[1]!.getAttribute('aria-expanded')).to.equal('true');
      expect(panelShown(el, 2)).to.equal(true);
      stepButtons(el)[1]!.click();
      await el.updateComplete;
      expect(panelShown(el, 2)).to.equal(false);
    });

    it('expands all and collapses all from one button whose label and aria-expanded follow', async () => {
      const el = await guide({ 'procedure-code': LONG_RECORD.ma_thu_tuc });
      const toggle = $<HTMLButtonElement>(el, '.toggle-all')!;
      expect(toggle.textContent!.trim()).to.equal('Mở tất cả các bước');
      toggle.click();
      await el.updateComplete;
      expect([1, 2, 3, 4, 5].every((n) => panelShown(el, n))).to.equal(true);
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      expect(toggle.textContent!.trim()).to.equal('Thu gọn tất cả các bước');
      toggle.click();
      await el.updateComplete;
      expect([1, 2, 3, 4, 5].some((n) => panelShown(el, n))).to.equal(false);
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    });

    it('opens the step of a #buoc-3 deep link on load, scrolls to it and focuses it', async () => {
      history.replaceState(null, '', `${PAGE}#buoc-3`);
      const el = await guide({ 'procedure-code': LONG_RECORD.ma_thu_tuc });
      await waitUntil(() => el.shadowRoot!.activeElement === stepButtons(el)[2]);
      expect(panelShown(el, 3)).to.equal(true);
      expect(panelShown(el, 2)).to.equal(false);
    });

    it('opens a step when the page fragment changes to it, and ignores fragments of other steps prefixes', async () => {
      const el = await guide({ 'procedure-code': LONG_RECORD.ma_thu_tuc });
      location.hash = '#buoc-4';
      await waitUntil(() => panelShown(el, 4), 'step 4 opens');
      const changed = new Promise((r) => addEventListener('hashchange', r, { once: true }));
      location.hash = '#khac-5';
      await changed;
      await el.updateComplete;
      expect(panelShown(el, 5)).to.equal(false);
    });

    it('remembers opened steps for the tab and restores them', async () => {
      const el = await guide({ 'procedure-code': LONG_RECORD.ma_thu_tuc });
      stepButtons(el)[0]!.click();
      stepButtons(el)[3]!.click();
      await el.updateComplete;
      el.remove();
      const again = await guide({ 'procedure-code': LONG_RECORD.ma_thu_tuc });
      expect([1, 2, 3, 4, 5].map((n) => panelShown(again, n))).to.deep.equal([true, false, false, true, false]);
      const kiosk = await guide({ 'procedure-code': LONG_RECORD.ma_thu_tuc, ephemeral: '' });
      expect([1, 4].map((n) => panelShown(kiosk, n))).to.deep.equal([false, false]);
    });

    it('shows a one-sentence step as a plain numbered heading, with nothing to expand', async () => {
      const p = { ...LONG_RECORD, ma_thu_tuc: '9.900003', trinh_tu_thuc_hien: ['Bước 1: Nộp hồ sơ. Kèm theo giấy tờ.', 'Bước 2: Nhận kết quả.'] };
      const el = await guide({}, { procedure: p });
      expect(stepButtons(el).length).to.equal(1);
      const second = $(el, '#buoc-2')!;
      expect(second.querySelector('.step-static')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Bước 2 trên 2: Nhận kết quả');
      expect(second.querySelector('[aria-expanded]')).to.equal(null);
      // With one expandable step there is no "show all".
      expect($(el, '.toggle-all')).to.equal(null);
    });

    it('opens a closed step found with the browser\'s find-in-page (beforematch)', async () => {
      const el = await guide({ 'procedure-code': LONG_RECORD.ma_thu_tuc });
      $(el, '#step-panel-5')!.dispatchEvent(new Event('beforematch'));
      await el.updateComplete;
      expect(panelShown(el, 5)).to.equal(true);
    });

    it('keeps a checklist: ticks count towards progress, are remembered on the device, and clear', async () => {
      const el = await guide({ 'procedure-code': LONG_RECORD.ma_thu_tuc });
      // Common document + case 1's two documents.
      expect($(el, '.progress')!.textContent).to.contain('Đã chuẩn bị 0 trên 3 giấy tờ');
      const ev = oneEvent(el, 'hcc-checklist-change');
      $$<HTMLInputElement>(el, '.doc input')[0]!.click();
      const detail = (await ev).detail;
      expect(detail).to.include({ code: LONG_RECORD.ma_thu_tuc, done: 1, total: 3, requiredLeft: 2 });
      await el.updateComplete;
      expect($(el, '.progress')!.textContent).to.contain('Đã chuẩn bị 1 trên 3 giấy tờ');
      expect($(el, '.progress')!.textContent).to.contain('Còn 2 giấy tờ bắt buộc chưa chuẩn bị.');
      el.remove();
      const again = await guide({ 'procedure-code': LONG_RECORD.ma_thu_tuc });
      const shown = $$<HTMLInputElement>(again, '.doc input').filter((i) => i.getBoundingClientRect().height > 0);
      expect(shown.map((i) => i.checked)).to.deep.equal([true, false, false]);
      $<HTMLButtonElement>(again, 'button.reset')!.click();
      await again.updateComplete;
      expect($$<HTMLInputElement>(again, '.doc input').some((i) => i.checked)).to.equal(false);
      expect(localStorage.getItem(`hcc:v1:guide-ticks:${LONG_RECORD.ma_thu_tuc}`)).to.equal(null);
    });

    it('shows the documents of the chosen execution case, each case its own list, with counts, requirement and form link', async () => {
      const el = await guide({ 'procedure-code': LONG_RECORD.ma_thu_tuc });
      const radios = $$<HTMLInputElement>(el, '.case-choice input[type="radio"]');
      expect(radios.length).to.equal(3);
      expect(radios[0]!.checked).to.equal(true);
      const visibleDocs = () => $$(el, '.doc').filter((d) => d.getBoundingClientRect().height > 0).map((d) => d.querySelector('label')!.textContent);
      expect(visibleDocs()).to.deep.equal(['Ảnh 4x6 cm chụp không quá 6 tháng', 'Tờ khai theo mẫu', 'Giấy tờ tùy thân']);
      radios[1]!.click();
      await el.updateComplete;
      expect(visibleDocs()).to.deep.equal(['Ảnh 4x6 cm chụp không quá 6 tháng', 'Văn bản ủy quyền có chứng thực', 'Giấy tờ tùy thân của người được ủy quyền', 'Giấy tờ chứng minh quan hệ (nếu có)']);
      const first = $$(el, '.case-docs')[0]!.querySelector('.doc')!;
      expect(first.querySelector('.doc-meta')!.textContent!.replace(/\s+/g, ' ')).to.contain('Bản chính: 1 Bản sao: 0 Bắt buộc');
      const form = first.querySelector<HTMLAnchorElement>('a')!;
      expect(form.getAttribute('href')).to.equal('https://example.gov.vn/mau/01.docx');
      expect(form.textContent).to.contain('Tải mẫu đơn: To-khai-mau-01.docx');
      expect($(el, '.progress')!.textContent).to.contain('trên 4 giấy tờ');
    });

    it('shows the QR code of the online link only when asked, and it decodes back to that link', async () => {
      const el = await guide({ 'procedure-code': '1.001193' });
      expect($(el, 'hcc-qr-code')).to.equal(null);
      const toggle = $<HTMLButtonElement>(el, '.qr-toggle')!;
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
      toggle.click();
      await el.updateComplete;
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      const url = $<HTMLAnchorElement>(el, '.actions a.primary')!.href;
      const qr = $<HccQrCode>(el, '#qr-panel hcc-qr-code')!;
      expect(await decodeQr(qr)).to.equal(url);
      expect(qr.shadowRoot!.querySelector('svg')!.getAttribute('aria-label')).to.equal(`Mã QR dẫn tới ${url}`);
    });

    it('copies a share link without the step fragment and says so', async () => {
      const el = await guide({ 'procedure-code': '1.001193' });
      history.replaceState(null, '', `${PAGE}#buoc-2`);
      const write = sinon.stub(navigator.clipboard, 'writeText').resolves();
      const share = Object.getOwnPropertyDescriptor(Navigator.prototype, 'share');
      Object.defineProperty(navigator, 'share', { value: undefined, configurable: true });
      try {
        const ev = oneEvent(el, 'hcc-share');
        $<HTMLButtonElement>(el, 'button.share')!.click();
        const detail = (await ev).detail;
        expect(detail.method).to.equal('clipboard');
        expect(detail.url).to.equal(`${location.origin}${PAGE}`);
        expect(write.firstCall.args[0]).to.equal(detail.url);
        await el.updateComplete;
        expect($(el, '.status-line')!.textContent).to.equal('Đã sao chép liên kết vào bộ nhớ tạm.');
      } finally {
        write.restore();
        delete (navigator as { share?: unknown }).share;
        if (share) Object.defineProperty(Navigator.prototype, 'share', share);
      }
    });

    it('reports a given procedure that fails the schema (event and message) and shows nothing of it', async () => {
      const el = document.createElement('hcc-procedure-guide');
      const ev = oneEvent(el, 'hcc-data-error');
      el.procedure = { ...LONG_RECORD, ma_thu_tuc: 'not-a-code' };
      (await fixture<HTMLDivElement>(html`<div></div>`)).append(el);
      expect((await ev).detail.error.kind).to.equal('schema');
      await el.updateComplete;
      expect($(el, '.message.error')!.textContent).to.contain('không đúng định dạng');
      expect($(el, 'article')).to.equal(null);
    });

    it('rejects hostile URLs in every URL field of a given record', async () => {
      const xss = await loadXss();
      for (const url of xss.urls) {
        for (const field of ['url_nop_truc_tuyen', 'mau_don'] as const) {
          const p: Procedure = field === 'url_nop_truc_tuyen'
            ? { ...LONG_RECORD, url_nop_truc_tuyen: url }
            : { ...LONG_RECORD, thanh_phan_ho_so: [{ ...LONG_RECORD.thanh_phan_ho_so[0]!, mau_don: { ten_tep: 'x', url } }] };
          const el = await guide({}, { procedure: p });
          expect($(el, 'article'), `${field} = ${url}`).to.equal(null);
          expect($$(el, 'a').length).to.equal(0);
        }
      }
    });

    it('renders the XSS corpus in every text field as text and executes nothing', async () => {
      const xss = await loadXss();
      xss.reset();
      let i = 0;
      const next = () => xss.text[i++ % xss.text.length]!;
      const doc = () => ({ ten: next(), so_luong: { ban_chinh: 1, ban_sao: 0 }, ghi_chu: next(), mau_don: { ten_tep: next().slice(0, 500), url: 'https://example.gov.vn/a.doc' } });
      const hostile: Procedure = {
        ma_thu_tuc: '9.900099',
        ten_thu_tuc: next(),
        so_quyet_dinh_cong_bo: next().slice(0, 200),
        cap_thuc_hien: ['Cấp Xã'],
        loai_thu_tuc: next().slice(0, 200),
        linh_vuc: next(),
        trinh_tu_thuc_hien: [next(), next(), `${next()}\n- ${next()}\n- ${next()}`],
        cach_thuc_thuc_hien: [{ hinh_thuc_nop: 'truc_tiep', thoi_han: { mo_ta: next() }, phi_le_phi: [{ loai: 'Phí', so_tien: 1000, mo_ta: next() }], mo_ta: next() }],
        truong_hop: [{ ten: next(), thanh_phan_ho_so: [doc()] }, { ten: next(), thanh_phan_ho_so: [doc()] }],
        thanh_phan_ho_so: [doc(), doc()],
        doi_tuong_thuc_hien: [next(), next()],
        co_quan_thuc_hien: [next()],
        co_quan_co_tham_quyen: next(),
        dia_chi_tiep_nhan: next(),
        co_quan_duoc_uy_quyen: next(),
        co_quan_phoi_hop: [next()],
        ket_qua_thuc_hien: [next(), next()],
        can_cu_phap_ly: [{ so_ky_hieu: next().slice(0, 100), trich_yeu: next() }],
        yeu_cau_dieu_kien: xss.text.join('\n').slice(0, 4000),
        ghi_chu: next(),
        tu_khoa: [next()],
        ma_dich_vu_cong: [next()],
        url_nop_truc_tuyen: 'https://example.gov.vn/nop?x="><script>window.__hccXss=1</script>',
        nguon: { url: 'https://example.gov.vn/', ghi_chu: next() },
      };
      const el = await guide({ 'current-step': '1' }, { procedure: hostile });
      el.expandAll();
      $<HTMLButtonElement>(el, '.qr-toggle')!.click();
      await el.updateComplete;
      expect(xss.executed()).to.equal(false);
      expect($$(el, 'script, iframe, img, object, embed, body, style:not(:first-child)').length).to.equal(0);
      // Every link is one we made: http(s) only.
      for (const a of $$<HTMLAnchorElement>(el, 'a')) expect(a.getAttribute('href')!, a.outerHTML).to.match(/^(https?:\/\/|#)/);
      expect($(el, '#title')!.textContent).to.equal(hostile.ten_thu_tuc);
      expect(el.shadowRoot!.textContent).to.contain('<script>');
    });
  });

  describe('print', () => {
    it('prints everything expanded: every step and every case, actions hidden, addresses after links', async () => {
      const el = await guide({ 'procedure-code': LONG_RECORD.ma_thu_tuc });
      expect(panelShown(el, 1)).to.equal(false);
      await emulateMedia({ media: 'print' });
      expect([1, 2, 3, 4, 5].every((n) => panelShown(el, n))).to.equal(true);
      expect($$(el, '.case-docs').every((c) => getComputedStyle(c).display !== 'none')).to.equal(true);
      expect(getComputedStyle($(el, '.actions')!).display).to.equal('none');
      expect(getComputedStyle($(el, '.toolbar')!).display).to.equal('none');
      expect($(el, '.toggle-all')!.getBoundingClientRect().height).to.equal(0);
      expect(getComputedStyle($(el, '.case-choice')!).display).to.equal('none');
      const form = $(el, '.doc a[href^="https"]')!;
      expect(getComputedStyle(form, '::after').content).to.contain('https://example.gov.vn/mau/01.docx');
      // Ticks stay on paper.
      expect($$(el, '.doc input[type="checkbox"]').every((c) => getComputedStyle(c).display !== 'none')).to.equal(true);
    });

    it('view="print" shows the same print layout on screen', async () => {
      const el = await guide({ 'procedure-code': LONG_RECORD.ma_thu_tuc, view: 'print' });
      expect([1, 2, 3, 4, 5].every((n) => panelShown(el, n))).to.equal(true);
      expect(getComputedStyle($(el, '.actions')!).display).to.equal('none');
      expect(getComputedStyle($(el, '.print-only')!).display).to.equal('block');
    });

    it('print() adds the QR code of the online link to the printout before printing', async () => {
      const el = await guide({ 'procedure-code': '1.001193' });
      const print = sinon.stub(window, 'print');
      try {
        await el.print();
        expect(print.calledOnce).to.equal(true);
        const qr = $<HccQrCode>(el, '.qr-print hcc-qr-code')!;
        expect(await decodeQr(qr)).to.equal($<HTMLAnchorElement>(el, '.actions a.primary')!.href);
      } finally {
        print.restore();
      }
    });
  });

  describe('states', () => {
    it('says it is loading, then shows the record', async () => {
      const source = useMemory();
      let release!: () => void;
      const gate = new Promise<void>((r) => (release = r));
      const real = source.procedure.bind(source);
      sinon.stub(source, 'procedure').callsFake(async (code, signal) => {
        await gate;
        return real(code, signal);
      });
      const el = document.createElement('hcc-procedure-guide');
      el.procedureCode = '1.001193';
      (await fixture<HTMLDivElement>(html`<div></div>`)).append(el);
      await waitUntil(() => $(el, '[role="status"]'));
      expect($(el, '[role="status"]')!.textContent).to.equal('Đang tải thủ tục…');
      release();
      await waitUntil(() => $(el, 'article'));
    });

    it('says an unknown code was not found', async () => {
      const el = await guide({ 'procedure-code': '1.999999' });
      expect($(el, '.message.error')!.textContent).to.contain('Không tìm thấy thủ tục có mã 1.999999.');
    });

    it('keeps the last good record on screen when a reload fails, with a retry', async () => {
      const source = useMemory();
      const el = await guide({ 'procedure-code': '1.001193' });
      source.failNext('network');
      el.procedureCode = '1.000894';
      await waitUntil(() => $(el, '.message.error'));
      expect($(el, '#title')!.textContent).to.equal('Đăng ký khai sinh');
      expect($(el, '.message.error')!.textContent).to.contain('Đang hiện dữ liệu đã tải trước đó.');
      $<HTMLButtonElement>(el, '.message.error button')!.click();
      await waitUntil(() => $(el, '#title')!.textContent === 'Đăng ký kết hôn');
    });

    it('reports remembered ticks that fail their schema and starts the checklist afresh', async () => {
      localStorage.setItem(`hcc:v1:guide-ticks:${LONG_RECORD.ma_thu_tuc}`, '{"not":"a list"}');
      const el = document.createElement('hcc-procedure-guide');
      el.procedureCode = LONG_RECORD.ma_thu_tuc;
      const ev = oneEvent(el, 'hcc-data-error');
      (await fixture<HTMLDivElement>(html`<div></div>`)).append(el);
      expect((await ev).detail.error.kind).to.equal('schema');
      await el.updateComplete;
      expect($$<HTMLInputElement>(el, '.doc input').some((i) => i.checked)).to.equal(false);
      expect(localStorage.getItem(`hcc:v1:guide-ticks:${LONG_RECORD.ma_thu_tuc}`)).to.equal(null);
    });
  });

  describe('i18n', () => {
    it('shows the interface in English with lang="en", keeping the content as published and marked Vietnamese', async () => {
      const el = await guide({ 'procedure-code': LONG_RECORD.ma_thu_tuc, lang: 'en' });
      expect($$(el, 'section > h3').map((h) => h.textContent)[0]).to.equal('Overview');
      expect(stepButtons(el)[0]!.textContent).to.contain('Step 1 of 5');
      expect($(el, '#title')!.getAttribute('lang')).to.equal('vi');
      expect($(el, '.steps')!.getAttribute('lang')).to.equal('vi');
      expect($(el, '.progress')!.textContent).to.contain('0 of 3 documents ready');
      expect($(el, '.card .amount:not(p)')!.textContent!.replace(/\s/g, ' ')).to.match(/₫\s?50,000|50,000\s?₫|VND\s?50,000/);
    });

    it('switches language at runtime', async () => {
      const el = await guide({ 'procedure-code': '1.001193' });
      el.setAttribute('lang', 'en');
      await waitUntil(() => $(el, 'button.print')!.textContent === 'Print the checklist');
    });
  });

  describe('theming', () => {
    it('colours step numbers with --hcc-procedure-guide-accent', async () => {
      const el = await guide({ 'procedure-code': '1.001193' });
      el.style.setProperty('--hcc-procedure-guide-accent', 'rgb(10, 20, 30)');
      expect(getComputedStyle($(el, '.num')!).color).to.equal('rgb(10, 20, 30)');
    });

    it('applies the dark theme', async () => {
      const el = await guide({ 'procedure-code': '1.001193', theme: 'dark' });
      expect(getComputedStyle($(el, 'article')!).color).to.equal('rgb(238, 241, 244)');
    });
  });

  describe('keyboard', () => {
    it('toggles a step with Enter and Space on its button', async () => {
      const el = await guide({ 'procedure-code': LONG_RECORD.ma_thu_tuc });
      stepButtons(el)[0]!.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(panelShown(el, 1)).to.equal(true);
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      expect(panelShown(el, 1)).to.equal(false);
    });
  });

  describe('cleanup', () => {
    it('stops listening to the page fragment and aborts loading when removed', async () => {
      const source = useMemory();
      let signal: AbortSignal | undefined;
      sinon.stub(source, 'procedure').callsFake((_c, s) => {
        signal = s;
        return new Promise(() => {});
      });
      const el = document.createElement('hcc-procedure-guide');
      el.procedureCode = '1.001193';
      (await fixture<HTMLDivElement>(html`<div></div>`)).append(el);
      await waitUntil(() => signal);
      const remove = sinon.spy(window, 'removeEventListener');
      el.remove();
      expect(signal!.aborted).to.equal(true);
      expect(remove.getCalls().map((c) => c.args[0])).to.include.members(['hashchange', 'beforeprint']);
      remove.restore();
    });
  });
});
