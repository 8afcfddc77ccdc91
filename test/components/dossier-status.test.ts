import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import sinon from 'sinon';
import type { HccDossierStatus } from '../../src/components/dossier-status/dossier-status.js';
import type { MemorySource } from '../../src/data/adapters/memory/index.js';
import { CaseFile } from '../../src/data/schemas/case-file.js';
import '../../src/procedure.js';
import { loadXss, resetSource, useMemory } from './procedure-helpers.js';
import { ALL_CASES, CASES, NOW } from './dossier-fixtures.js';
import { startRefServer } from '../helpers/refserver.js';
import { LocalSource } from '../../src/data/adapters/local/local-source.js';
import { setDefaultSource } from '../../src/data/registry.js';

const clock = { now: () => NOW };

/** A widget on the fixed clock, with the given attributes set before it connects. */
async function widget(attrs: Record<string, string> = {}, now: { now: () => number } = clock): Promise<HccDossierStatus> {
  const el = document.createElement('hcc-dossier-status');
  el.clock = now;
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  const parent = await fixture<HTMLDivElement>(html`<div></div>`);
  parent.append(el);
  await el.updateComplete;
  return el;
}

/** The status card's facts, term → description. */
function facts(el: HccDossierStatus): Record<string, string> {
  const out: Record<string, string> = {};
  for (const dt of el.shadowRoot!.querySelectorAll('dl.facts dt')) out[dt.textContent!.trim()] = dt.nextElementSibling!.textContent!.trim();
  return out;
}

async function lookUp(el: HccDossierStatus, code: string): Promise<void> {
  const input = el.shadowRoot!.querySelector('input')!;
  input.value = code;
  input.dispatchEvent(new Event('input'));
  await el.updateComplete;
  el.shadowRoot!.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
  await el.updateComplete;
  await waitUntil(() => !el.shadowRoot!.querySelector('.message.loading'), 'the look-up finishes', { timeout: 5000 });
  await el.updateComplete;
}

const text = (el: HccDossierStatus, sel: string) => el.shadowRoot!.querySelector(sel)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

describe('<hcc-dossier-status>', () => {
  let source: MemorySource;
  beforeEach(() => {
    source = useMemory({ cases: ALL_CASES });
  });
  afterEach(() => resetSource());

  describe('accessibility', () => {
    it('has no axe violations empty, with an invalid code, and for every lifecycle state', async () => {
      const el = await widget();
      await expect(el).to.be.accessible();
      await lookUp(el, 'H49-26-01');
      await expect(el).to.be.accessible();
      for (const c of ALL_CASES) {
        await lookUp(el, c.code);
        await expect(el, c.code).to.be.accessible();
      }
      await lookUp(el, 'H49.26.01-260310-9999');
      await expect(el).to.be.accessible();
    });

    it('has no axe violations in the dark and high-contrast themes', async () => {
      for (const theme of ['dark', 'contrast']) {
        const el = await widget({ theme });
        await lookUp(el, CASES.rescheduled.code);
        await expect(el, theme).to.be.accessible();
      }
    });

    it('stays within a 320 px wide screen (400 % zoom of 1280 px)', async () => {
      await setViewport({ width: 320, height: 640 });
      try {
        const el = await widget();
        await lookUp(el, CASES.rescheduled.code);
        expect(document.documentElement.scrollWidth).to.be.at.most(320);
        for (const x of el.shadowRoot!.querySelectorAll('input, button, .timeline li, .callout')) expect(x.getBoundingClientRect().right).to.be.at.most(321);
      } finally {
        await setViewport({ width: 800, height: 600 });
      }
    });

    it('labels the field, ties the error message to it and marks it invalid', async () => {
      const el = await widget();
      await lookUp(el, 'H49.26.01-2603100001');
      const input = el.shadowRoot!.querySelector('input')!;
      expect(input.getAttribute('aria-invalid')).to.equal('true');
      expect(input.getAttribute('aria-describedby')).to.contain('code-error');
      expect(el.shadowRoot!.querySelector(`label[for="${input.id}"]`)!.textContent).to.equal('Mã hồ sơ');
      expect(el.shadowRoot!.activeElement).to.equal(input);
    });

    it('announces the outcome in one short sentence and moves focus to it', async () => {
      const el = await widget();
      await lookUp(el, CASES.supplement.code);
      expect(el.shadowRoot!.querySelector('[role="status"]')!.textContent).to.equal(`Hồ sơ ${CASES.supplement.code}: Cần bổ sung giấy tờ`);
      expect(el.shadowRoot!.activeElement?.className, 'focus on the result').to.equal('result');
      await lookUp(el, 'H49.26.01-260310-9999');
      expect(el.shadowRoot!.querySelector('[role="status"]')!.textContent).to.equal('Không tìm thấy hồ sơ mã H49.26.01-260310-9999.');
      expect(el.shadowRoot!.activeElement?.className, 'focus on the message').to.equal('message error');
    });

    it('marks the current stage with aria-current and says each stage state in words', async () => {
      const el = await widget();
      await lookUp(el, CASES.supplement.code);
      const current = el.shadowRoot!.querySelector('.timeline [aria-current="step"]')!;
      expect(current.getAttribute('data-stage')).to.equal('supplement');
      expect(current.textContent).to.contain('(hiện tại)');
      expect(el.shadowRoot!.querySelector('.timeline li')!.textContent).to.contain('(đã xong)');
    });
  });

  describe('properties', () => {
    it('looks up `code` at once, normalised', async () => {
      const el = await widget({ code: 'h49.26.01 – 260310 – 0001' });
      await waitUntil(() => el.shadowRoot!.querySelector('.result'));
      expect(text(el, '.headline')).to.equal('Hồ sơ đã được tiếp nhận');
      expect(el.shadowRoot!.querySelector('input')!.value).to.equal('H49.26.01-260310-0001');
    });

    it('reads the code from the page address with url-param', async () => {
      // Keep the test runner's own query parameters: it watches the address.
      const original = location.search;
      history.replaceState(null, '', `${original}${original ? '&' : '?'}ho-so=${encodeURIComponent(CASES.fee.code)}`);
      try {
        const el = await widget({ 'url-param': 'ho-so' });
        await waitUntil(() => el.shadowRoot!.querySelector('.result'));
        expect(text(el, '.headline')).to.equal('Cần nộp phí, lệ phí hoặc thuế');
      } finally {
        history.replaceState(null, '', `${location.pathname}${original}`);
      }
    });

    it('sets the title heading level with heading-level', async () => {
      const el = await widget({ 'heading-level': '3' });
      expect(el.shadowRoot!.querySelector('h3.title')).to.exist;
      await lookUp(el, CASES.received.code);
      expect(el.shadowRoot!.querySelector('h4#result-title')).to.exist;
    });
  });

  describe('events', () => {
    it('fires hcc-dossier-status with the code and status when found', async () => {
      const el = await widget();
      const ev = oneEvent(el, 'hcc-dossier-status');
      await lookUp(el, CASES.returnedOnTime.code);
      expect((await ev).detail).to.deep.equal({ code: CASES.returnedOnTime.code, status: 10 });
    });

    it('fires hcc-dossier-status-error with kind invalid and the problem, without asking the back end', async () => {
      const el = await widget();
      const spy = sinon.spy(source, 'caseStatus');
      const ev = oneEvent(el, 'hcc-dossier-status-error');
      await lookUp(el, 'H49.26.01-261340-0001');
      expect((await ev).detail).to.deep.equal({ code: 'H49.26.01-261340-0001', kind: 'invalid', problem: 'date_invalid' });
      expect(spy.called).to.equal(false);
    });

    it('fires hcc-dossier-status-error with kind not_found for an unknown code', async () => {
      const el = await widget();
      const ev = oneEvent(el, 'hcc-dossier-status-error');
      await lookUp(el, 'H49.26.01-260310-9999');
      expect((await ev).detail.kind).to.equal('not_found');
    });
  });

  describe('states', () => {
    const cases: [keyof typeof CASES, string, string, RegExp | null][] = [
      ['submitted', 'Hồ sơ đã được gửi, đang chờ tiếp nhận', 'submitted', null],
      ['received', 'Hồ sơ đã được tiếp nhận', 'received', /Đang trong thời hạn\. Dự kiến trả kết quả ngày 13\/03\/2026\. Còn 2 ngày làm việc\./],
      ['processingLate', 'Hồ sơ đang được giải quyết', 'processing', /Đã quá ngày hẹn trả kết quả \(05\/03\/2026\)\./],
      ['supplement', 'Cần bổ sung giấy tờ', 'supplement', /Thời hạn tạm dừng trong lúc chờ bạn bổ sung giấy tờ\./],
      ['fee', 'Cần nộp phí, lệ phí hoặc thuế', 'fee', /Đang trong thời hạn/],
      ['processedEarly', 'Đã có kết quả, mời bạn đến nhận', 'processed', /Giải quyết trước hạn: có kết quả ngày 09\/03\/2026, sớm hơn ngày hẹn 12\/03\/2026\./],
      ['returnedOnTime', 'Đã trả kết quả', 'returned', /Giải quyết đúng hạn: có kết quả ngày 05\/03\/2026\./],
      ['returnedLate', 'Đã trả kết quả', 'returned', /Giải quyết trễ hạn: có kết quả ngày 06\/03\/2026, sau ngày hẹn 04\/03\/2026\./],
      ['refused', 'Hồ sơ không được tiếp nhận', 'refused', null],
      ['withdrawn', 'Hồ sơ đã được rút theo yêu cầu của bạn', 'withdrawn', null],
      ['stopped', 'Hồ sơ đã dừng giải quyết', 'stopped', null],
    ];
    for (const [key, headline, stage, timing] of cases) {
      it(`explains a dossier in state ${CASES[key].status} (${key}): headline, current stage, timing and next step`, async () => {
        const el = await widget();
        await lookUp(el, CASES[key].code);
        expect(text(el, '.headline')).to.equal(headline);
        expect(el.shadowRoot!.querySelector('.timeline [aria-current="step"]')!.getAttribute('data-stage')).to.equal(stage);
        const body = text(el, '.result');
        if (timing) expect(body).to.match(timing);
        else expect(el.shadowRoot!.querySelector('[data-timeliness]')).to.equal(null);
        expect(body).to.contain('Bạn cần làm gì tiếp theo');
      });
    }

    it('shows the new appointment and the apology note of a rescheduled dossier', async () => {
      const el = await widget();
      await lookUp(el, CASES.rescheduled.code);
      const body = text(el, '.result');
      expect(facts(el)).to.deep.include({ 'Ngày hẹn ban đầu': '09/03/2026', 'Ngày hẹn mới': '13/03/2026' });
      expect(body).to.contain('Đã quá ngày hẹn ban đầu (09/03/2026). Cơ quan giải quyết đã xin lỗi và hẹn trả kết quả ngày 13/03/2026.');
      expect(body).to.contain('Thư xin lỗi và hẹn lại ngày trả kết quả');
      // The note's two lines are two paragraphs.
      expect(el.shadowRoot!.querySelectorAll('.apology p').length).to.equal(2);
    });

    it('shows the next step to collect the result at the unit that holds it', async () => {
      const el = await widget();
      await lookUp(el, CASES.processedEarly.code);
      expect(text(el, '.result')).to.contain('đến Phường Hà Khánh để nhận kết quả');
    });

    it('shows no personal or internal data: no officer, no internal flags', async () => {
      const el = await widget();
      await lookUp(el, CASES.received.code);
      const all = el.shadowRoot!.innerHTML;
      expect(all).not.to.contain('officer-secret-id');
      expect(all).not.to.contain('digitised');
    });

    for (const [typed, problem] of [
      ['', 'Nhập mã hồ sơ in trên giấy hẹn.'],
      ['H49.26.01-2603100001', 'Mã hồ sơ có ba phần nối bằng dấu gạch ngang'],
      ['H49.26.01-261332-0001', 'Phần giữa không phải một ngày có thật'],
      ['H49.26.01-260310-01', 'Phần cuối phải là số thứ tự gồm đúng 4 chữ số'],
      ['HA9.26.01-260310-0001', 'Phần đầu (mã cơ quan) chưa đúng'],
    ] as const) {
      it(`explains a malformed code ${JSON.stringify(typed)} with a helpful message`, async () => {
        const el = await widget();
        await lookUp(el, typed);
        expect(text(el, '#code-error')).to.contain(problem);
        expect(el.shadowRoot!.querySelector('.result')).to.equal(null);
      });
    }

    it('rejects a code whose reception date is in the future', async () => {
      const el = await widget();
      await lookUp(el, 'H49.26.01-260312-0001');
      expect(text(el, '#code-error')).to.contain('trong tương lai');
    });

    it('says an unknown code was not found and how to check it', async () => {
      const el = await widget();
      await lookUp(el, 'H49.26.01-260310-9999');
      expect(text(el, '.message.error')).to.contain('Không tìm thấy hồ sơ mã H49.26.01-260310-9999.');
      expect(text(el, '.message.error')).to.contain('Kiểm tra lại từng ký tự');
    });

    it('offers a retry after a network failure, and the retry shows the dossier', async () => {
      const el = await widget();
      source.failNext('network');
      await lookUp(el, CASES.received.code);
      expect(text(el, '.message.error')).to.contain('Không kết nối được');
      el.shadowRoot!.querySelector<HTMLButtonElement>('.message.error button')!.click();
      await waitUntil(() => el.shadowRoot!.querySelector('.result'));
      expect(text(el, '.headline')).to.equal('Hồ sơ đã được tiếp nhận');
    });

    it('reports a back-end answer that fails the schema (event and message), never showing it', async () => {
      const el = await widget();
      sinon.stub(source, 'caseStatus').resolves({ code: CASES.received.code, status: 42 } as never);
      const ev = oneEvent(el, 'hcc-data-error');
      await lookUp(el, CASES.received.code);
      expect((await ev).detail.error.kind).to.equal('schema');
      expect(text(el, '.message.error')).to.contain('không đúng định dạng');
      expect(el.shadowRoot!.querySelector('.result')).to.equal(null);
    });

    it('renders hostile text in the apology note, procedure and unit names as text, executing nothing', async () => {
      const xss = await loadXss();
      xss.reset();
      const el = await widget();
      const real = await source.caseStatus(CASES.rescheduled.code);
      sinon.stub(source, 'caseStatus').resolves({ ...real, rescheduleNote: xss.text.join('\n').slice(0, 4000), procedureName: xss.text[0]!, unitName: xss.text[3]! });
      await lookUp(el, CASES.rescheduled.code);
      expect(el.shadowRoot!.querySelectorAll('.result script, .result img, .result iframe, .result body, .result svg:not(.step-chevron)').length).to.equal(0);
      expect(text(el, '.apology')).to.contain('<script>');
      expect(text(el, '.result')).to.contain(xss.text[0]!);
      expect(xss.executed()).to.equal(false);
    });

    it('submits with Enter in the field', async () => {
      const el = await widget();
      el.shadowRoot!.querySelector('input')!.focus();
      await sendKeys({ type: CASES.fee.code });
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => el.shadowRoot!.querySelector('.result'));
      expect(text(el, '.headline')).to.equal('Cần nộp phí, lệ phí hoặc thuế');
    });
  });

  describe('i18n', () => {
    it('speaks English with lang="en" and formats dates for it', async () => {
      const el = await widget({ lang: 'en' });
      await lookUp(el, CASES.received.code);
      expect(text(el, '.headline')).to.equal('Received');
      expect(text(el, '.result')).to.contain('Within the time limit. The result is expected on 13/03/2026. 2 working days left.');
      // Content stays as published, marked Vietnamese.
      expect(el.shadowRoot!.querySelector('dd[lang="vi"]')!.textContent).to.equal('Đăng ký khai sinh');
    });
  });

  describe('theming', () => {
    it('colours done stages with --hcc-dossier-status-accent', async () => {
      const el = await widget();
      el.style.setProperty('--hcc-dossier-status-accent', 'rgb(1, 2, 3)');
      await lookUp(el, CASES.processingLate.code);
      const marker = el.shadowRoot!.querySelector('.timeline li.done .marker')!;
      expect(getComputedStyle(marker).backgroundColor).to.equal('rgb(1, 2, 3)');
    });
  });

  describe('states, against the reference server (HTTP source)', () => {
    let api = '';
    const byStatus = new Map<number, CaseFile>();
    before(async function () {
      this.timeout(120_000);
      ({ api } = await startRefServer({ casesPerYear: 600 }));
      const res = await fetch(`${api}/cases?from=${encodeURIComponent('2000-01-01T00:00:00+07:00')}&to=${encodeURIComponent('2100-01-01T00:00:00+07:00')}&limit=5000`);
      const page = (await res.json()) as { items: CaseFile[] };
      for (const c of page.items) if (!byStatus.has(c.status)) byStatus.set(c.status, c);
    });

    it('shows each status the server has, with its headline and current stage, through api=', async () => {
      expect(byStatus.size).to.be.greaterThan(3);
      const stageOf: Record<number, string> = { 1: 'submitted', 2: 'received', 3: 'refused', 4: 'processing', 5: 'supplement', 6: 'fee', 7: 'withdrawn', 8: 'stopped', 9: 'processed', 10: 'returned' };
      // The server's dossiers run up to today: the real clock, so none is "in the future".
      const el = await widget({ api }, { now: () => Date.now() });
      for (const [status, c] of byStatus) {
        await lookUp(el, c.code);
        await waitUntil(() => el.shadowRoot!.querySelector('.result'), `status ${status} shows`);
        expect(el.shadowRoot!.querySelector('#result-title')!.textContent).to.contain(c.code);
        expect(el.shadowRoot!.querySelector('.timeline [aria-current="step"]')!.getAttribute('data-stage'), `status ${status}`).to.equal(stageOf[status]);
        await expect(el).to.be.accessible();
      }
    });

    it('says not found for a well-formed code the server does not know (404)', async () => {
      const el = await widget({ api }, { now: () => Date.now() });
      await lookUp(el, 'H49.26.01-200101-9999');
      expect(text(el, '.message.error')).to.contain('Không tìm thấy hồ sơ mã H49.26.01-200101-9999.');
    });
  });

  describe('states, on the embedded local source (IndexedDB, seeded demo data)', () => {
    const asOf = Date.parse('2026-11-20T17:00:00+07:00');
    const dbName = `hcc-test-dossier-status-${Date.now().toString(36)}`;
    let local: LocalSource;
    const byStatus = new Map<number, CaseFile>();
    before(async function () {
      this.timeout(120_000);
      local = new LocalSource({ dbName, asOf, casesPerYear: 800 });
      for await (const chunk of local.cases({ from: '2025-11-20T00:00:00+07:00', to: '2026-11-21T00:00:00+07:00' })) {
        for (const c of chunk) if (!byStatus.has(c.status)) byStatus.set(c.status, c);
      }
    });
    beforeEach(() => setDefaultSource(local));
    after(async () => {
      await new Promise<void>((resolve) => {
        const r = indexedDB.deleteDatabase(dbName);
        r.onsuccess = r.onerror = r.onblocked = () => resolve();
      });
    });

    it('shows the dossiers of the local default in every status it holds', async () => {
      expect(byStatus.size).to.be.greaterThan(3);
      const el = await widget({}, { now: () => asOf });
      for (const [status, c] of byStatus) {
        await lookUp(el, c.code);
        await waitUntil(() => el.shadowRoot!.querySelector('.result'), `status ${status} shows`, { timeout: 5000 });
        expect(el.shadowRoot!.querySelector('#result-title')!.textContent).to.contain(c.code);
        expect(text(el, '.result')).to.contain('Bạn cần làm gì tiếp theo');
      }
    });

    it('says not found for a well-formed code the local source does not hold', async () => {
      const el = await widget({}, { now: () => asOf });
      await lookUp(el, 'H49.26.01-260310-9999');
      expect(text(el, '.message.error')).to.contain('Không tìm thấy hồ sơ mã H49.26.01-260310-9999.');
    });
  });

  describe('cleanup', () => {
    it('aborts a look-up in flight when removed', async () => {
      const el = await widget();
      let signal: AbortSignal | undefined;
      sinon.stub(source, 'caseStatus').callsFake((_code, s) => {
        signal = s;
        return new Promise(() => {});
      });
      const input = el.shadowRoot!.querySelector('input')!;
      input.value = CASES.received.code;
      input.dispatchEvent(new Event('input'));
      await el.updateComplete;
      el.shadowRoot!.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
      await waitUntil(() => signal);
      el.remove();
      expect(signal!.aborted).to.equal(true);
    });
  });
});
