// Hostile content in what the citizen-facing widgets show: every entry of the XSS corpus
// (test/fixtures/xss.json, with `alert(…)` turned into a canary) in every text field of a procedure
// (names, steps, documents, forms, fees, time limits, cases, agencies, legal basis, notes, source), in
// procedure names and units of a dossier, in an apology note, in a search query, in catalogue files
// read by the import tool, and every unsafe URL of the corpus in the link fields. Nothing may run, no
// element may come from the data, the text must show literally, and no unsafe URL may become a link.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/procedure.js';
import type { HccProcedureSearch } from '../../src/components/procedure/procedure-search.js';
import type { HccProcedureGuide } from '../../src/components/procedure/procedure-guide.js';
import type { HccProcedureImport } from '../../src/components/procedure/procedure-import.js';
import type { HccDossierStatus } from '../../src/components/dossier-status/dossier-status.js';
import { MemorySource } from '../../src/data/adapters/memory/index.js';
import { setDefaultSource } from '../../src/data/registry.js';
import type { Procedure } from '../../src/data/schemas/procedure.js';
import type { CaseFile } from '../../src/data/schemas/case-file.js';
import type { OrgData } from '../../src/data/schemas/org.js';
import { LONG_RECORD } from './procedure-helpers.js';
import { FixtureBackend, until } from './bad-input-support.js';
import { canary, census, collapse, deepElements, dangerousUrl, expectInert, expectLiteral, loadCorpus, readText, settle, type Canary } from './hostile-support.js';

const { text: PAYLOADS, urls: BAD_URLS, safeUrls: SAFE_URLS } = await loadCorpus();
const HARMLESS = 'Văn bản thường của thủ tục';

type El = HTMLElement & { updateComplete: Promise<unknown> };

/**
 * A procedure whose every text field holds `s`, each followed by a tag `⟦n⟧` naming the field, within
 * each field's length limit. `shown` lists the values a guide displays (keywords and fee units are
 * data for search and sums, not text on screen).
 */
function hostileRecord(s: string, code = '9.900001'): { record: Procedure; shown: string[] } {
  const shown: string[] = [];
  let n = 0;
  const v = (max = 500, display = true) => {
    const tag = `⟦${n++}⟧`;
    const value = `${s.slice(0, max - tag.length)}${tag}`;
    if (display) shown.push(value);
    return value;
  };
  const doc = (d: Procedure['thanh_phan_ho_so'][number]) => ({
    ...d, ten: v(), ghi_chu: v(), ...(d.mau_don ? { mau_don: { ...d.mau_don, ten_tep: v() } } : {}),
  });
  const record: Procedure = {
    ...LONG_RECORD,
    ma_thu_tuc: code,
    ten_thu_tuc: v(), so_quyet_dinh_cong_bo: v(200), loai_thu_tuc: v(200), linh_vuc: v(),
    // The step's title is its first sentence; the text under test is the rest.
    trinh_tu_thuc_hien: LONG_RECORD.trinh_tu_thuc_hien.map((_, i) => {
      const value = v(3900, false);
      shown.push(value);
      return `Bước ${i + 1}: Chuẩn bị. ${value}`;
    }),
    cach_thuc_thuc_hien: LONG_RECORD.cach_thuc_thuc_hien.map((c) => ({
      ...c, mo_ta: v(), thoi_han: { ...c.thoi_han, mo_ta: v() }, phi_le_phi: c.phi_le_phi.map((f) => ({ ...f, mo_ta: v(), don_vi: v(40, false) })),
    })),
    truong_hop: LONG_RECORD.truong_hop!.map((c) => ({ ten: v(), thanh_phan_ho_so: c.thanh_phan_ho_so.map(doc) })),
    thanh_phan_ho_so: LONG_RECORD.thanh_phan_ho_so.map(doc),
    doi_tuong_thuc_hien: [v(), v()], co_quan_thuc_hien: [v()], co_quan_co_tham_quyen: v(), dia_chi_tiep_nhan: v(), co_quan_duoc_uy_quyen: v(),
    co_quan_phoi_hop: [v()], ket_qua_thuc_hien: [v(), v()],
    can_cu_phap_ly: [{ so_ky_hieu: v(100), trich_yeu: v(), ngay_ban_hanh: '2014-11-20' }, { so_ky_hieu: v(100) }],
    yeu_cau_dieu_kien: v(), ghi_chu: v(), tu_khoa: [v(4000, false)], ma_dich_vu_cong: [v()],
    nguon: { url: 'https://csdl.dichvucong.gov.vn/web/jsp/download_file.jsp', ngay_truy_xuat: v(40), ghi_chu: v() },
  };
  return { record, shown };
}

async function mount<E extends El>(tag: string, attrs: Record<string, string> = {}, props: Record<string, unknown> = {}): Promise<E> {
  const el = document.createElement(tag) as E;
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  Object.assign(el, props);
  (await fixture<HTMLDivElement>(html`<div style="width: 900px"></div>`)).append(el);
  await el.updateComplete;
  return el;
}

/** Opens every step of a guide, so every step's text is laid out and read. */
async function openSteps(el: HccProcedureGuide): Promise<void> {
  for (const b of el.shadowRoot!.querySelectorAll<HTMLButtonElement>('button.step-button[aria-expanded="false"]')) b.click();
  await el.updateComplete;
}

let watch: Canary;
beforeEach(() => {
  watch = canary();
});
afterEach(() => {
  watch.stop();
  setDefaultSource(undefined);
  expect(watch.calls, 'payloads that ran').to.deep.equal([]);
  expect(watch.problems, 'errors and policy violations').to.deep.equal([]);
});

describe('hostile text in procedure records', function () {
  this.timeout(120_000);

  it('the corpus is armed: its scripts call the canary, which would record a run', async () => {
    expect(PAYLOADS.length).to.be.at.least(40);
    expect(PAYLOADS.filter((p) => p.value.includes('__xss()')).length).to.be.at.least(25);
    // The canary itself works: a handler made from a payload would be caught.
    const img = document.createElement('img');
    img.setAttribute('onerror', '__xss()');
    img.src = 'data:,x';
    document.body.append(img);
    await until(() => watch.calls.length > 0, 'the canary records a run');
    img.remove();
    watch.calls.length = 0;
  });

  it(`<hcc-procedure-guide> shows every text field of ${PAYLOADS.length} hostile records as text, running nothing`, async () => {
    const benign = hostileRecord(HARMLESS).record;
    const el = await mount<HccProcedureGuide>('hcc-procedure-guide', { ephemeral: '' }, { procedure: benign });
    await openSteps(el);
    await settle();
    const baseline = census(el.shadowRoot!);
    for (const { name, value } of PAYLOADS) {
      const { record, shown } = hostileRecord(value);
      el.procedure = record;
      await el.updateComplete;
      await openSteps(el);
      await settle();
      expectInert(el.shadowRoot!, baseline, name);
      for (const s of shown) expectLiteral(el.shadowRoot!, s, name);
      expect(readText(el.shadowRoot!.querySelector('#title')!), name).to.equal(collapse(record.ten_thu_tuc));
    }
  });

  it(`<hcc-procedure-search> lists ${PAYLOADS.length} hostile records (names, fields) as text, and echoes hostile queries as text`, async () => {
    const records = PAYLOADS.map((p, i) => hostileRecord(p.value, `9.${String(800000 + i)}`).record);
    const benign = PAYLOADS.map((_, i) => hostileRecord(HARMLESS, `9.${String(800000 + i)}`).record);
    const el = await mount<HccProcedureSearch>('hcc-procedure-search', { 'page-size': '100' }, { procedures: benign });
    await settle();
    const baseline = census(el.shadowRoot!);
    el.procedures = records;
    await el.updateComplete;
    await settle();
    expect(el.shadowRoot!.querySelectorAll('[part~="result"]')).to.have.length(PAYLOADS.length);
    expectInert(el.shadowRoot!, baseline, 'results');
    for (const r of records) {
      expectLiteral(el.shadowRoot!, r.ten_thu_tuc, `name ${r.ma_thu_tuc}`);
      expectLiteral(el.shadowRoot!, r.linh_vuc, `field ${r.ma_thu_tuc}`);
    }
    // A citizen typing the same strings: the query comes back only as text.
    for (const { name, value } of PAYLOADS) {
      el.query = value;
      await el.updateComplete;
      await settle();
      expectInert(el.shadowRoot!, undefined, `query ${name}`);
      const heading = el.shadowRoot!.querySelector('#results-heading');
      if (heading && collapse(value)) expect(readText(heading), name).to.contain(collapse(value));
    }
  });

  it(`<hcc-procedure-import> reads a file of ${PAYLOADS.length} hostile records and ${PAYLOADS.length} hostile codes; report and preview show them as text`, async () => {
    const good = PAYLOADS.map((p, i) => hostileRecord(p.value, `9.${String(700000 + i)}`).record);
    // Codes are checked: these rows are rejected, and the report quotes what was received.
    const bad = PAYLOADS.map((p) => ({ ...hostileRecord(p.value).record, ma_thu_tuc: p.value }));
    const el = await mount<HccProcedureImport>('hcc-procedure-import', { preview: '' });
    const input = el.shadowRoot!.querySelector<HTMLInputElement>('input[type="file"]')!;
    const dt = new DataTransfer();
    dt.items.add(new File([JSON.stringify({ procedures: [...good, ...bad] })], 'danh-muc.json', { type: 'application/json' }));
    input.files = dt.files;
    const done = oneEvent(el, 'hcc-catalogue-import');
    input.dispatchEvent(new Event('change'));
    const { report } = (await done).detail;
    expect(report.procedures).to.have.length(PAYLOADS.length);
    expect(report.rejected).to.have.length(PAYLOADS.length);
    await el.updateComplete;
    const preview = el.shadowRoot!.querySelector<HccProcedureSearch>('hcc-procedure-search')!;
    preview.pageSize = 100;
    await preview.updateComplete;
    await settle();
    expectInert(el.shadowRoot!, undefined, 'import report and preview');
    for (const r of good) expectLiteral(preview.shadowRoot!, r.ten_thu_tuc, `preview ${r.ma_thu_tuc}`);
    const codes = [...el.shadowRoot!.querySelectorAll('tbody tr td:nth-child(2)')].map((td) => td.textContent ?? '');
    // Cells are trimmed as the importer reads them (a trailing byte order mark goes with the whitespace).
    for (const { name, value } of PAYLOADS) expect(codes, name).to.include(value.trim());
  });
});

describe('hostile text in a dossier status', function () {
  this.timeout(60_000);

  it(`<hcc-dossier-status> shows ${PAYLOADS.length} hostile procedure names, unit names and apology notes as text`, async () => {
    const n = PAYLOADS.length;
    const names = [...PAYLOADS.map((p) => p.value), HARMLESS];
    const org: OrgData = {
      version: 1,
      units: [{ id: 'qn', name: 'Tỉnh Quảng Ninh', kind: 'province' }, ...names.map((s, i) => ({ id: `u${i}`, name: s, kind: 'ward' as const, parentId: 'qn' }))],
      fields: [{ id: 'ho-tich', name: 'Hộ tịch' }], counters: [], officers: [],
    };
    const procedures = names.map((s, i) => hostileRecord(s, `9.${String(600000 + i)}`).record);
    const cases: CaseFile[] = names.map((s, i) => ({
      code: `H49.50.13-260302-${String(i + 1).padStart(4, '0')}`, procedureCode: `9.${String(600000 + i)}`, unitId: `u${i}`, fieldId: 'ho-tich',
      channel: 1, status: 4, receivedAt: '2026-03-02T08:20:00+07:00', dueAt: '2026-03-09T17:00:00+07:00',
      rescheduledDueAt: '2026-03-12T17:00:00+07:00', rescheduleNote: `${s}\n${s}`,
      supplements: [], hasFee: false, onlinePayment: 0, digitised: true, eResult: true, paperResult: true, reusedData: false, personalStore: false,
      citizenData: false, synced: true, history: [{ status: 2, at: '2026-03-02T08:20:00+07:00' }, { status: 4, at: '2026-03-02T08:30:00+07:00' }],
    }));
    setDefaultSource(new MemorySource({ org, procedures, cases }));
    const el = await mount<HccDossierStatus>('hcc-dossier-status');
    const lookUp = async (code: string) => {
      const input = el.shadowRoot!.querySelector<HTMLInputElement>('[part~="input"]')!;
      input.value = code;
      input.dispatchEvent(new Event('input'));
      await el.updateComplete;
      const found = oneEvent(el, 'hcc-dossier-status');
      el.shadowRoot!.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
      await found;
      await el.updateComplete;
      await settle();
    };
    await lookUp(cases[n]!.code);
    const baseline = census(el.shadowRoot!);
    for (let i = 0; i < n; i++) {
      await lookUp(cases[i]!.code);
      const { name, value } = PAYLOADS[i]!;
      expectInert(el.shadowRoot!, baseline, name);
      expectLiteral(el.shadowRoot!, procedures[i]!.ten_thu_tuc, `procedure name: ${name}`);
      expectLiteral(el.shadowRoot!, value, `unit name and note: ${name}`);
    }
  });
});

describe('unsafe URLs in link fields', function () {
  this.timeout(120_000);

  /** Every link and image of a tree: none may point at a script, a data document or another scheme than http(s). */
  const expectNoUnsafeLink = (root: Node, what: string) => {
    const unsafe = deepElements(root).flatMap((e) => ['href', 'src', 'xlink:href'].map((a) => e.getAttribute(a)).filter((u): u is string => u !== null && dangerousUrl(u)));
    expect(unsafe, what).to.deep.equal([]);
  };
  const FIELDS: [string, (p: Procedure, url: string) => Procedure][] = [
    ['url_nop_truc_tuyen', (p, url) => ({ ...p, url_nop_truc_tuyen: url })],
    ['thanh_phan_ho_so[0].mau_don.url', (p, url) => ({ ...p, thanh_phan_ho_so: [{ ...p.thanh_phan_ho_so[0]!, mau_don: { ten_tep: 'to-khai.docx', url } }] })],
    ['nguon.url', (p, url) => ({ ...p, nguon: { url } })],
  ];

  for (const [field, put] of FIELDS) {
    it(`${field}: a record carrying any of ${BAD_URLS.length} unsafe URLs over HTTP is refused whole, no link made`, async () => {
      for (const { name, value } of BAD_URLS) {
        new FixtureBackend().on('GET', /^\/procedures\/[^/]+$/, { body: JSON.stringify(put(LONG_RECORD, value)) }).use();
        const el = await mount<HccProcedureGuide>('hcc-procedure-guide', { 'procedure-code': LONG_RECORD.ma_thu_tuc, ephemeral: '' });
        await until(() => el.shadowRoot!.querySelector('[role="alert"]'), `${name}: the record is refused`);
        await settle();
        expect(el.shadowRoot!.querySelector('article'), name).to.equal(null);
        expectNoUnsafeLink(el.shadowRoot!, name);
        el.remove();
      }
    });
  }

  it(`a static catalogue with ${BAD_URLS.length} records carrying unsafe URLs: those records are left out, the others shown with their links`, async () => {
    const records = BAD_URLS.map(({ value }, i) => FIELDS[i % FIELDS.length]![1]({ ...LONG_RECORD, ma_thu_tuc: `9.${String(500000 + i)}`, ten_thu_tuc: `Thủ tục ${i}` }, value));
    const url = URL.createObjectURL(new Blob([JSON.stringify({ procedures: [...records, LONG_RECORD] })], { type: 'application/json' }));
    try {
      const search = await mount<HccProcedureSearch>('hcc-procedure-search', { 'procedures-src': url, 'page-size': '100' });
      await until(() => search.shadowRoot!.querySelector('[part~="result"]'), 'results');
      expect(search.shadowRoot!.querySelectorAll('[part~="result"]'), 'only the safe record').to.have.length(1);
      const guide = await mount<HccProcedureGuide>('hcc-procedure-guide', { 'procedures-src': url, 'procedure-code': LONG_RECORD.ma_thu_tuc, ephemeral: '' });
      await until(() => guide.shadowRoot!.querySelector('article'), 'the safe record');
      await settle();
      expectNoUnsafeLink(guide.shadowRoot!, 'safe record');
      expect([...guide.shadowRoot!.querySelectorAll('a[href^="https:"]')].length).to.be.above(0);
      guide.setAttribute('procedure-code', '9.500000');
      await until(() => guide.shadowRoot!.querySelector('[role="alert"]'), 'the unsafe record is not found');
      expectNoUnsafeLink(guide.shadowRoot!, 'unsafe record');
    } finally {
      URL.revokeObjectURL(url);
    }
  });

  it(`${SAFE_URLS.length} accepted URLs, markup in their query included, become exactly that href and nothing else`, async () => {
    const harmless = 'https://dichvucong.gov.vn/';
    const el = await mount<HccProcedureGuide>('hcc-procedure-guide', { ephemeral: '' }, { procedure: { ...LONG_RECORD, url_nop_truc_tuyen: harmless, nguon: { url: harmless } } });
    await settle();
    const baseline = census(el.shadowRoot!);
    for (const { name, value } of SAFE_URLS) {
      el.procedure = { ...LONG_RECORD, url_nop_truc_tuyen: value, nguon: { url: value } };
      await el.updateComplete;
      await settle();
      expectInert(el.shadowRoot!, baseline, name);
      const hrefs = [...el.shadowRoot!.querySelectorAll('a[href]')].map((a) => a.getAttribute('href'));
      expect(hrefs, name).to.include(value);
    }
  });
});
