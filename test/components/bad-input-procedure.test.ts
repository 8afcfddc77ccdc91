// Malformed data for the citizen-facing procedure widgets and the dossier look-up: the catalogue and
// single records over the HTTP contract (read and validated by the HTTP adapter), static catalogue
// files fetched from the test server (`procedures-src`), records given as a property, catalogue files
// chosen in the import tool (including files in the wrong encoding), dossier statuses, QR values too
// long to encode, and the reference server's broken JSON. Each widget keeps its frame, says in the
// page's language that the data was not usable, and reports a `schema` DataError (the import tool: a
// report of every rejected record, in both languages).
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/procedure.js';
import type { HccProcedureSearch, SearchDataErrorDetail } from '../../src/components/procedure/procedure-search.js';
import type { HccProcedureGuide, GuideDataErrorDetail } from '../../src/components/procedure/procedure-guide.js';
import type { HccProcedureImport, CatalogueImportDetail } from '../../src/components/procedure/procedure-import.js';
import type { HccDossierStatus, DossierStatusErrorDetail } from '../../src/components/dossier-status/dossier-status.js';
import type { HccQrCode } from '../../src/components/procedure/qr-code.js';
import { setDefaultSource } from '../../src/data/registry.js';
import type { DataError } from '../../src/data/errors.js';
import { refServer, startRefServer } from '../helpers/refserver.js';
import {
  FixtureBackend, collect, deepText, expectFrame, expectLocalizedIssues, expectSchemaError, fixtureText, invalidFixtures, setLang, until, watchPage,
} from './bad-input-support.js';

const CATALOGUE = await fixtureText('valid/ProcedureCatalogue/five-procedures.json');
const RECORD = await fixtureText('valid/Procedure/sample-1.001193.json');
const STATUS = await fixtureText('valid/CasePublicStatus/minimal.json');
const BAD_CATALOGUES = await invalidFixtures('ProcedureCatalogue');
const BAD_RECORDS = await invalidFixtures('Procedure');
const BAD_STATUSES = await invalidFixtures('CasePublicStatus');
const SAMPLE = JSON.parse(await fixtureText('valid/ProcedureCatalogue/sample.json')) as unknown;

const SCHEMA = {
  procedure: { vi: 'Dữ liệu nhận được không đúng định dạng nên không được hiển thị.', en: 'The data received was not in the expected format, so it is not shown.' },
  dossier: { vi: 'Dữ liệu trả về không đúng định dạng nên không được hiển thị. Hãy thử lại sau.', en: 'The answer was not in the expected format, so it is not shown. Try again later.' },
};
/** The dossier of CasePublicStatus/minimal.json (its reception day, 4 March 2026, is in the past). */
const DOSSIER = 'H49.50.13-260304-0007';

function backend(): FixtureBackend {
  return new FixtureBackend()
    .on('GET', /^\/procedures$/, { body: CATALOGUE })
    .on('GET', /^\/procedures\/[^/]+$/, { body: RECORD })
    .on('GET', /^\/cases\/[^/]+\/status$/, { body: STATUS });
}

type El = HTMLElement & { updateComplete: Promise<unknown> };
const text = (el: HTMLElement, sel: string) => deepText(el.shadowRoot!.querySelector(sel) ?? document.createElement('i'));

async function mount<E extends El>(tag: string, attrs: Record<string, string> = {}, props: Record<string, unknown> = {}): Promise<E> {
  const el = document.createElement(tag) as E;
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  Object.assign(el, props);
  (await fixture<HTMLDivElement>(html`<div style="width: 720px"></div>`)).append(el);
  await el.updateComplete;
  return el;
}

/** The alert says the data was not in the expected format, in Vietnamese then English. */
async function expectAlert(el: El, words: { vi: string; en: string }, alert = '[role="alert"]'): Promise<void> {
  for (const lang of ['vi', 'en'] as const) {
    await setLang(el, lang);
    expect(text(el, alert), lang).to.contain(words[lang]);
  }
  await setLang(el, null);
}

/** Types a dossier code and presses the look-up button, as a citizen does. */
async function lookUp(el: HccDossierStatus, code: string): Promise<void> {
  const input = el.shadowRoot!.querySelector<HTMLInputElement>('[part~="input"]')!;
  input.value = code;
  input.dispatchEvent(new Event('input'));
  await el.updateComplete;
  el.shadowRoot!.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
  await el.updateComplete;
}

afterEach(() => setDefaultSource(undefined));

describe('procedure widgets fed malformed data', function () {
  this.timeout(60_000);
  let page: ReturnType<typeof watchPage>;
  beforeEach(() => {
    page = watchPage();
  });
  afterEach(() => expect(page.stop(), 'errors on the page').to.deep.equal([]));

  describe('<hcc-procedure-search>', () => {
    for (const file of BAD_CATALOGUES) {
      it(`catalogue ${file} over HTTP: reports it and says the data is not shown`, async () => {
        backend().on('GET', /^\/procedures$/, { body: await fixtureText(`invalid/ProcedureCatalogue/${file}`) }).use();
        const el = await mount<HccProcedureSearch>('hcc-procedure-search');
        const errors = collect<SearchDataErrorDetail>(el, 'hcc-data-error');
        await until(() => errors.length > 0, 'hcc-data-error');
        expectLocalizedIssues(errors[0]!.error, file);
        await el.updateComplete;
        expectFrame(el);
        expect(el.shadowRoot!.querySelector('[part~="result"]'), 'no result from a rejected catalogue').to.equal(null);
        await expectAlert(el, SCHEMA.procedure);
        expect(el.shadowRoot!.querySelector('[role="alert"] button'), 'a way to try again').to.not.equal(null);
      });
    }

    for (const file of ['procedures-object.json', 'procedures-nested-deep.json']) {
      it(`static catalogue file ${file} (procedures-src): reports it and says the data is not shown`, async () => {
        const el = await mount<HccProcedureSearch>('hcc-procedure-search', { 'procedures-src': `/test/fixtures/invalid/ProcedureCatalogue/${file}` });
        const errors = collect<SearchDataErrorDetail>(el, 'hcc-data-error');
        await until(() => errors.length > 0, 'hcc-data-error');
        expectLocalizedIssues(errors[0]!.error, file);
        await el.updateComplete;
        expectFrame(el);
        await expectAlert(el, SCHEMA.procedure);
      });
    }

    it('static catalogue file with a repeated code: the first record is served, the repeat left out', async () => {
      const el = await mount<HccProcedureSearch>('hcc-procedure-search', { 'procedures-src': '/test/fixtures/invalid/ProcedureCatalogue/duplicate-code.json' });
      await until(() => el.shadowRoot!.querySelector('[part~="result"]'), 'a result');
      expect(el.shadowRoot!.querySelectorAll('[part~="result"]')).to.have.length(1);
    });

    it('every malformed record given as a property is left out and counted, the valid ones stay', async () => {
      const bad = await Promise.all(BAD_RECORDS.map(async (f) => JSON.parse(await fixtureText(`invalid/Procedure/${f}`)) as unknown));
      const good = JSON.parse(RECORD) as unknown;
      const el = await mount<HccProcedureSearch>('hcc-procedure-search', {}, { procedures: [...bad, good] });
      const errors = collect<SearchDataErrorDetail>(el, 'hcc-data-error');
      el.procedures = [...bad, good] as never;
      await until(() => errors.length > 0, 'hcc-data-error');
      expectLocalizedIssues(errors[0]!.error, 'first rejected record');
      await el.updateComplete;
      expectFrame(el);
      expect(el.shadowRoot!.querySelectorAll('[part~="result"]')).to.have.length(1);
      const notice = () => [...el.shadowRoot!.querySelectorAll('.message.error')].map((e) => deepText(e)).join(' ');
      expect(notice()).to.contain(`${SCHEMA.procedure.vi} (${BAD_RECORDS.length})`);
      await setLang(el, 'en');
      expect(notice()).to.contain(`${SCHEMA.procedure.en} (${BAD_RECORDS.length})`);
    });
  });

  describe('<hcc-procedure-guide>', () => {
    for (const file of BAD_RECORDS) {
      it(`record ${file} over HTTP: reports it and says the data is not shown`, async () => {
        backend().on('GET', /^\/procedures\/[^/]+$/, { body: await fixtureText(`invalid/Procedure/${file}`) }).use();
        const el = await mount<HccProcedureGuide>('hcc-procedure-guide', { 'procedure-code': '1.001193', ephemeral: '' });
        const errors = collect<GuideDataErrorDetail>(el, 'hcc-data-error');
        await until(() => errors.length > 0, 'hcc-data-error');
        expectLocalizedIssues(errors[0]!.error, file);
        await el.updateComplete;
        // Without a record there is no article: the error message is the whole widget.
        expectFrame(el, '.message.error');
        expect(el.shadowRoot!.querySelector('article'), 'nothing shown from a rejected record').to.equal(null);
        expect(el.shadowRoot!.querySelector('a[href]'), 'no link from a rejected record').to.equal(null);
        await expectAlert(el, SCHEMA.procedure);
      });
    }

    it('a rejected refresh keeps the record shown and says the newer data was not usable', async () => {
      const back = backend();
      back.use();
      const el = await mount<HccProcedureGuide>('hcc-procedure-guide', { 'procedure-code': '1.001193', ephemeral: '' });
      await until(() => el.shadowRoot!.querySelector('article'), 'the record');
      back.on('GET', /^\/procedures\/[^/]+$/, { body: await fixtureText('invalid/Procedure/level-mojibake.json') });
      const errors = collect<GuideDataErrorDetail>(el, 'hcc-data-error');
      el.setAttribute('procedure-code', '1.000656');
      await until(() => errors.length > 0, 'hcc-data-error');
      expectLocalizedIssues(errors[0]!.error, 'level-mojibake.json');
      await el.updateComplete;
      expectFrame(el);
      expect(text(el, '#title')).to.contain('khai sinh');
      await expectAlert(el, SCHEMA.procedure);
    });

    it('stored checklist state that fails its schema is dropped and reported; the guide shows', async () => {
      backend().use();
      localStorage.setItem('hcc:v1:guide-ticks:1.001193', JSON.stringify([[[['x']]], '\u0000', -1]));
      const el = await mount<HccProcedureGuide>('hcc-procedure-guide', { 'procedure-code': '1.001193' });
      const errors = collect<GuideDataErrorDetail>(el, 'hcc-data-error');
      await until(() => errors.length > 0 || el.shadowRoot!.querySelector('article'), 'the guide settles');
      await until(() => errors.length > 0, 'hcc-data-error');
      expectLocalizedIssues(errors[0]!.error, 'stored ticks');
      expect(localStorage.getItem('hcc:v1:guide-ticks:1.001193')).to.equal(null);
      await until(() => el.shadowRoot!.querySelector('article'), 'the record');
      expectFrame(el);
    });
  });

  describe('<hcc-procedure-import>', () => {
    async function choose(el: HccProcedureImport, name: string, bytes: BlobPart): Promise<CatalogueImportDetail> {
      const input = el.shadowRoot!.querySelector<HTMLInputElement>('input[type="file"]')!;
      const dt = new DataTransfer();
      dt.items.add(new File([bytes], name, { type: 'application/json' }));
      input.files = dt.files;
      const done = oneEvent(el, 'hcc-catalogue-import');
      input.dispatchEvent(new Event('change'));
      const detail = (await done).detail as CatalogueImportDetail;
      await el.updateComplete;
      return detail;
    }
    /** Rejected rows' problems as shown, in the element's language. */
    const problems = (el: HccProcedureImport) => [...el.shadowRoot!.querySelectorAll('tbody li')].map((li) => deepText(li));

    for (const file of BAD_CATALOGUES) {
      it(`catalogue file ${file}: every problem is listed in Vietnamese and English, nothing crashes`, async () => {
        const el = await mount<HccProcedureImport>('hcc-procedure-import', { preview: '' });
        const { report } = await choose(el, file, await fixtureText(`invalid/ProcedureCatalogue/${file}`));
        expectFrame(el);
        const summary = () => deepText(el.shadowRoot!.querySelector('[role="status"]')!);
        if (report.fatal) {
          expect(summary()).to.contain('Không đọc được tệp');
          await setLang(el, 'en');
          expect(summary()).to.contain(report.fatal.en);
          return;
        }
        expect(report.rejected.length, 'records rejected').to.be.above(0);
        for (const r of report.rejected) {
          expect(r.issues.vi.length).to.equal(r.issues.en.length);
          r.issues.vi.forEach((i, k) => expect(i.message).to.not.equal(r.issues.en[k]!.message));
        }
        expect(summary()).to.match(/loại \d+ bản ghi/);
        expect(problems(el)).to.include(`${report.rejected[0]!.issues.vi[0]!.path}: ${report.rejected[0]!.issues.vi[0]!.message}`);
        await setLang(el, 'en');
        expect(summary()).to.match(/\d+ records? rejected/);
        expect(problems(el)).to.include(`${report.rejected[0]!.issues.en[0]!.path}: ${report.rejected[0]!.issues.en[0]!.message}`);
      });
    }

    const sampleText = JSON.stringify(SAMPLE, null, 2);
    /** The sample catalogue's text in a legacy single-byte encoding (what a spreadsheet export in Windows-1258 would give). */
    const latin1 = Uint8Array.from([...sampleText].map((c) => (c.charCodeAt(0) < 256 ? c.charCodeAt(0) : 0x3f)));
    const utf16 = new Uint8Array([...sampleText].flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8]));
    const WRONG: [string, BlobPart][] = [
      ['a UTF-16 file without a byte order mark', utf16],
      ['a single-byte (Latin-1) file', latin1],
      ['a file with NUL bytes', new Uint8Array([...new TextEncoder().encode(sampleText.slice(0, 200)), 0, 0, 0, ...new TextEncoder().encode(sampleText.slice(200))])],
      ['a file cut in the middle of a multi-byte letter', new TextEncoder().encode(sampleText).slice(0, new TextEncoder().encode(sampleText).indexOf(0xe1) + 1)],
    ];
    for (const [what, bytes] of WRONG) {
      it(`${what}: says the file could not be read or lists what is wrong, in both languages`, async () => {
        const el = await mount<HccProcedureImport>('hcc-procedure-import');
        const { report, procedures } = await choose(el, 'danh-muc.json', bytes);
        expectFrame(el);
        const summary = () => deepText(el.shadowRoot!.querySelector('[role="status"]')!);
        // Nothing from a file whose letters were lost may pass as valid Vietnamese text.
        for (const p of procedures) expect(JSON.stringify(p)).to.not.match(/\ufffd/);
        if (report.fatal) {
          expect(summary()).to.contain(`Không đọc được tệp: ${report.fatal.vi}`);
          await setLang(el, 'en');
          expect(summary()).to.contain(report.fatal.en);
        } else {
          expect(report.rejected.length, 'records rejected').to.be.above(0);
          expect(summary()).to.match(/loại \d+ bản ghi/);
          await setLang(el, 'en');
          expect(summary()).to.match(/rejected/);
        }
      });
    }

    it('a UTF-16 file with its byte order mark is read as the catalogue it is', async () => {
      const el = await mount<HccProcedureImport>('hcc-procedure-import');
      const { report, procedures } = await choose(el, 'danh-muc.json', new Uint8Array([0xff, 0xfe, ...utf16]));
      expect(report.fatal).to.equal(undefined);
      expect(report.rejected).to.deep.equal([]);
      expect(procedures.map((p) => p.ten_thu_tuc)).to.include('Đăng ký khai sinh');
    });

    it('passes axe with a report of rejected records, in both languages', async () => {
      const el = await mount<HccProcedureImport>('hcc-procedure-import');
      await choose(el, 'danh-muc.json', await fixtureText('invalid/ProcedureCatalogue/bad-record.json'));
      await expect(el).to.be.accessible();
      await setLang(el, 'en');
      await expect(el).to.be.accessible();
    });
  });

  describe('<hcc-qr-code>', () => {
    it('a value too long for any QR code: reports it and says so in the page language, never a blank box', async () => {
      const value = `https://dichvucong.gov.vn/${'thủ-tục-hành-chính/'.repeat(200)}`;
      const el = await mount<HccQrCode>('hcc-qr-code');
      const failed = oneEvent(el, 'hcc-qr-error');
      el.value = value;
      await failed;
      await el.updateComplete;
      const placeholder = () => deepText(el.shadowRoot!.querySelector('.placeholder')!);
      expect(placeholder()).to.equal('Không tạo được mã QR cho nội dung này.');
      await setLang(el, 'en');
      expect(placeholder()).to.equal('A QR code could not be made for this content.');
      expect(el.shadowRoot!.querySelector('svg')).to.equal(null);
      await expect(el).to.be.accessible();
    });
  });

  it('passes axe on the search and the guide showing a schema error, in both languages', async () => {
    backend()
      .on('GET', /^\/procedures$/, { body: await fixtureText('invalid/ProcedureCatalogue/duplicate-code.json') })
      .on('GET', /^\/procedures\/[^/]+$/, { body: await fixtureText('invalid/Procedure/code-nul.json') })
      .use();
    const search = await mount<HccProcedureSearch>('hcc-procedure-search');
    const guide = await mount<HccProcedureGuide>('hcc-procedure-guide', { 'procedure-code': '1.001193', ephemeral: '' });
    await until(() => search.shadowRoot!.querySelector('[role="alert"]') && guide.shadowRoot!.querySelector('[role="alert"]'), 'both show the error');
    for (const el of [search, guide]) {
      await expect(el).to.be.accessible();
      await setLang(el, 'en');
      await expect(el).to.be.accessible();
    }
  });
});

describe('<hcc-dossier-status> fed malformed answers', function () {
  this.timeout(60_000);
  let page: ReturnType<typeof watchPage>;
  beforeEach(() => {
    page = watchPage();
  });
  afterEach(() => expect(page.stop(), 'errors on the page').to.deep.equal([]));

  for (const file of BAD_STATUSES) {
    it(`status ${file}: reports it twice (hcc-data-error, hcc-dossier-status-error) and shows no status from it`, async () => {
      backend().on('GET', /^\/cases\/[^/]+\/status$/, { body: await fixtureText(`invalid/CasePublicStatus/${file}`) }).use();
      const el = await mount<HccDossierStatus>('hcc-dossier-status');
      const dataErrors = collect<{ error: DataError }>(el, 'hcc-data-error');
      const failures = collect<DossierStatusErrorDetail>(el, 'hcc-dossier-status-error');
      await lookUp(el, DOSSIER);
      await until(() => failures.length > 0, 'hcc-dossier-status-error');
      expect(failures[0]).to.deep.include({ code: DOSSIER, kind: 'schema' });
      expect(dataErrors).to.have.length(1);
      expectLocalizedIssues(dataErrors[0]!.error, file);
      await el.updateComplete;
      expectFrame(el);
      expect(el.shadowRoot!.querySelector('[part~="timeline"]'), 'no stages from a rejected answer').to.equal(null);
      for (const lang of ['vi', 'en'] as const) {
        await setLang(el, lang);
        expect(deepText(el.shadowRoot!.querySelector('[part~="base"]')!), lang).to.contain(SCHEMA.dossier[lang]);
      }
    });
  }

  it('passes axe showing a malformed answer, in both languages', async () => {
    backend().on('GET', /^\/cases\/[^/]+\/status$/, { body: await fixtureText('invalid/CasePublicStatus/status-11.json') }).use();
    const el = await mount<HccDossierStatus>('hcc-dossier-status');
    const failures = collect<DossierStatusErrorDetail>(el, 'hcc-dossier-status-error');
    await lookUp(el, DOSSIER);
    await until(() => failures.length > 0, 'hcc-dossier-status-error');
    await el.updateComplete;
    await expect(el).to.be.accessible();
    await setLang(el, 'en');
    await expect(el).to.be.accessible();
  });
});

describe('procedure widgets and the dossier look-up against the reference server answering with broken JSON', function () {
  this.timeout(120_000);
  let api = '';
  let code = '';
  before(async () => {
    ({ api } = await startRefServer({ casesPerYear: 200 }));
    const page = (await (await fetch(`${api}/cases?limit=1`)).json()) as { items: { code: string }[] };
    code = page.items[0]!.code;
  });
  afterEach(() => refServer('faults', {}));

  it('the search says the catalogue is not usable, and shows it once the answer is whole again', async () => {
    await refServer('faults', { malformed: 1, paths: '^/api/v1/procedures$' });
    const el = await mount<HccProcedureSearch>('hcc-procedure-search', { api });
    const errors = collect<SearchDataErrorDetail>(el, 'hcc-data-error');
    await until(() => errors.length > 0, 'hcc-data-error', 20_000);
    expectSchemaError(errors[0]!.error, 'truncated catalogue');
    await el.updateComplete;
    expectFrame(el);
    await expectAlert(el, SCHEMA.procedure);
    await refServer('faults', {});
    (el.shadowRoot!.querySelector('[role="alert"] button') as HTMLButtonElement).click();
    await until(() => el.shadowRoot!.querySelector('[part~="result"]'), 'results', 20_000);
  });

  it('the guide says the record is not usable', async () => {
    await refServer('faults', { malformed: 1, paths: '^/api/v1/procedures/' });
    const el = await mount<HccProcedureGuide>('hcc-procedure-guide', { api, 'procedure-code': '1.001193', ephemeral: '' });
    const errors = collect<GuideDataErrorDetail>(el, 'hcc-data-error');
    await until(() => errors.length > 0, 'hcc-data-error', 20_000);
    expectSchemaError(errors[0]!.error, 'truncated record');
    await el.updateComplete;
    await expectAlert(el, SCHEMA.procedure);
  });

  it('the dossier look-up says the answer is not usable, and finds the dossier when it is whole', async () => {
    await refServer('faults', { malformed: 1, paths: '/status$' });
    const el = await mount<HccDossierStatus>('hcc-dossier-status', { api });
    const failures = collect<DossierStatusErrorDetail>(el, 'hcc-dossier-status-error');
    await lookUp(el, code);
    await until(() => failures.length > 0, 'hcc-dossier-status-error', 20_000);
    expect(failures[0]!.kind).to.equal('schema');
    await el.updateComplete;
    expect(deepText(el.shadowRoot!.querySelector('[part~="base"]')!)).to.contain(SCHEMA.dossier.vi);
    await refServer('faults', {});
    const found = oneEvent(el, 'hcc-dossier-status');
    await lookUp(el, code);
    await found;
  });
});
