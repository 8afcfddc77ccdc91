// Malformed data for the leadership screens: the organisation, the procedure catalogue, ratings,
// petitions and dossiers (streamed as NDJSON, or paged when the server has no stream), each answered by
// the HTTP contract with a fixture of test/fixtures/invalid and read by the HTTP adapter; a published
// results document that fails its schema; and the reference server answering with broken JSON. Every
// KPI element must keep its tile, show in the page's language that the data received is invalid (with
// the first problem), and report a `schema` DataError with `hcc-data-error`.
import { expect, fixture } from '@open-wc/testing';
import { html, unsafeStatic } from 'lit/static-html.js';
import '../../src/kpi.js';
import type { KpiErrorDetail } from '../../src/components/kpi-common/kpi-element.js';
import { setDefaultSource } from '../../src/data/registry.js';
import type { DataError } from '../../src/data/errors.js';
import { refServer, startRefServer } from '../helpers/refserver.js';
import {
  FixtureBackend, collect, deepText, expectFrame, expectLocalizedIssues, expectSchemaError, fixtureText, invalidFixtures, setLang, until, watchPage,
} from './bad-input-support.js';

type Tile = HTMLElement & { updateComplete: Promise<unknown>; lastError?: DataError | string };

const ORG = await fixtureText('valid/OrgData/halong-2024.json');
const CATALOGUE = await fixtureText('valid/ProcedureCatalogue/five-procedures.json');
const CASES = (await Promise.all(['online-submitted', 'rescheduled', 'returned-on-time'].map((f) => fixtureText(`valid/CaseFile/${f}.json`)))).map((t) => JSON.stringify(JSON.parse(t)));
const oneLine = (text: string) => JSON.stringify(JSON.parse(text));

/** A back end with valid (small) data on every route a KPI load reads. */
function backend(): FixtureBackend {
  return new FixtureBackend()
    .on('GET', /^\/org$/, { body: ORG })
    .on('GET', /^\/procedures$/, { body: CATALOGUE })
    .on('GET', /^\/ratings\?/, { body: '{"items": []}' })
    .on('GET', /^\/petitions\?/, { body: '{"items": []}' })
    .on('GET', /^\/cases\.ndjson\?/, { type: 'application/x-ndjson', body: `${CASES.join('\n')}\n` });
}

/** What each route is broken with: the malformed fixtures of its schema, put where the route carries them. */
interface Breakage {
  route: string;
  schema: string;
  apply: (b: FixtureBackend, text: string) => void;
}
const BREAKAGES: Breakage[] = [
  { route: 'organisation', schema: 'OrgData', apply: (b, t) => b.on('GET', /^\/org$/, { body: t }) },
  { route: 'procedure catalogue', schema: 'ProcedureCatalogue', apply: (b, t) => b.on('GET', /^\/procedures$/, { body: t }) },
  { route: 'ratings', schema: 'Rating', apply: (b, t) => b.on('GET', /^\/ratings\?/, { body: `{"items": [${oneLine(t)}]}` }) },
  { route: 'petitions', schema: 'Petition', apply: (b, t) => b.on('GET', /^\/petitions\?/, { body: `{"items": [${oneLine(t)}]}` }) },
  {
    route: 'dossier stream', schema: 'CaseFile',
    // A bad record between good ones.
    apply: (b, t) => b.on('GET', /^\/cases\.ndjson\?/, { type: 'application/x-ndjson', body: `${CASES[0]}\n${oneLine(t)}\n${CASES[1]}\n` }),
  },
  {
    route: 'dossier pages', schema: 'CasePage',
    apply: (b, t) => b.on('GET', /^\/cases\.ndjson\?/, { status: 404, body: '{"error": {"code": "not_found", "message": "No NDJSON here"}}' }).on('GET', /^\/cases\?/, { body: t }),
  },
];

const ELEMENTS: { tag: string; attrs: string }[] = [
  { tag: 'hcc-kpi-card', attrs: 'metric="received"' },
  { tag: 'hcc-kpi-chart', attrs: 'metric="onTimeRate" chart="bar" group-by="unit"' },
  { tag: 'hcc-kpi-ranking', attrs: 'metric="received"' },
  { tag: 'hcc-kpi-766', attrs: '' },
  { tag: 'hcc-kpi-results', attrs: '' },
];

const SCHEMA_TEXT = { vi: 'Dữ liệu nhận được không hợp lệ.', en: 'The data received is invalid.' };

async function mount(tag: string, attrs: string): Promise<{ el: Tile; errors: KpiErrorDetail[] }> {
  const t = unsafeStatic(tag);
  const a = unsafeStatic(attrs);
  const el = await fixture<Tile>(html`<${t} ${a} refresh="0"></${t}>`);
  return { el, errors: collect<KpiErrorDetail>(el, 'hcc-data-error') };
}

/** The tile's error line says the data is invalid, and names the first problem, in Vietnamese then English. */
async function expectErrorLine(el: Tile, error: DataError): Promise<void> {
  expectFrame(el);
  const line = () => (el.shadowRoot!.querySelector('[part~="error"]')?.textContent ?? '').replace(/\s+/g, ' ').trim();
  for (const lang of ['vi', 'en'] as const) {
    await setLang(el, lang);
    expect(line(), lang).to.match(new RegExp(`^${SCHEMA_TEXT[lang].replace(/[.]/g, '\\.')}`));
    const first = error.issues?.[lang][0];
    if (first) expect(line(), lang).to.contain(`${first.path}: ${first.message}`);
  }
  await setLang(el, null);
}

afterEach(() => setDefaultSource(undefined));

describe('KPI elements fed malformed data', function () {
  this.timeout(60_000);
  let page: ReturnType<typeof watchPage>;
  beforeEach(() => {
    page = watchPage();
  });
  afterEach(() => expect(page.stop(), 'errors on the page').to.deep.equal([]));

  it('the valid back end loads: the card shows its figure (the failures below are the data, not the set-up)', async () => {
    backend().use();
    const { el, errors } = await mount('hcc-kpi-card', 'metric="received"');
    await until(() => (el as unknown as { fetchedAt?: number }).fetchedAt !== undefined, 'loaded', 20_000);
    expect(errors).to.deep.equal([]);
  });

  // Every malformed fixture of every route, on the card (the family's base behaviour).
  for (const b of BREAKAGES) {
    describe(`<hcc-kpi-card>, ${b.route}`, () => {
      let files: string[] = [];
      before(async () => {
        files = await invalidFixtures(b.schema);
      });
      it(`reports and shows every malformed ${b.schema} fixture`, async () => {
        expect(files).to.not.be.empty;
        for (const file of files) {
          const back = backend();
          b.apply(back, await fixtureText(`invalid/${b.schema}/${file}`));
          back.use();
          const { el, errors } = await mount('hcc-kpi-card', 'metric="received"');
          await until(() => errors.length > 0, `${file}: hcc-data-error`, 20_000);
          expectLocalizedIssues(errors[0]!.error, `${b.schema}/${file}`);
          await el.updateComplete;
          await expectErrorLine(el, errors[0]!.error);
          el.remove();
        }
      });
    });
  }

  // One representative payload per route on every other element.
  const SAMPLE: Record<string, string> = {
    OrgData: 'duplicate-unit-id.json', ProcedureCatalogue: 'duplicate-code.json', Rating: 'level-unknown.json', Petition: 'status-closed.json',
    CaseFile: 'status-11.json', CasePage: 'duplicate-code.json',
  };
  for (const { tag, attrs } of ELEMENTS.slice(1)) {
    for (const b of BREAKAGES) {
      it(`<${tag}> reports and shows ${b.route} ${SAMPLE[b.schema]}`, async () => {
        const back = backend();
        b.apply(back, await fixtureText(`invalid/${b.schema}/${SAMPLE[b.schema]}`));
        back.use();
        const { el, errors } = await mount(tag, attrs);
        await until(() => errors.length > 0, 'hcc-data-error', 20_000);
        expectLocalizedIssues(errors[0]!.error, `${b.schema}/${SAMPLE[b.schema]}`);
        await el.updateComplete;
        await expectErrorLine(el, errors[0]!.error);
      });
    }
  }

  it('<hcc-kpi-wall>: every tile of the page says the data is invalid; the wall keeps its header', async () => {
    const back = backend();
    back.on('GET', /^\/cases\.ndjson\?/, { type: 'application/x-ndjson', body: `${oneLine(await fixtureText('invalid/CaseFile/history-status-0.json'))}\n` });
    back.use();
    const wall = await fixture<HTMLElement & { updateComplete: Promise<unknown> }>(html`<hcc-kpi-wall refresh="0" rotate="0"></hcc-kpi-wall>`);
    const errors = collect<KpiErrorDetail>(wall, 'hcc-data-error');
    const tiles = () => [...wall.shadowRoot!.querySelectorAll('hcc-kpi-page:not([hidden]) > *')] as Tile[];
    await until(() => tiles().length > 0 && tiles().every((t) => t.lastError !== undefined), 'every tile failed', 30_000);
    for (const e of errors) expectLocalizedIssues(e.error, 'CaseFile/history-status-0.json');
    expectFrame(wall, '.wall');
    for (const t of tiles()) {
      await t.updateComplete;
      expectFrame(t);
      expect(deepText(t.shadowRoot!.querySelector('[part~="error"]')!)).to.match(/^Dữ liệu nhận được không hợp lệ\. /);
    }
    await setLang(wall, 'en');
    for (const t of tiles()) {
      await t.updateComplete;
      expect(deepText(t.shadowRoot!.querySelector('[part~="error"]')!)).to.match(/^The data received is invalid\. /);
    }
  });

  it('passes axe on every element showing a schema error, in both languages', async () => {
    for (const { tag, attrs } of ELEMENTS) {
      const back = backend();
      back.on('GET', /^\/org$/, { body: await fixtureText('invalid/OrgData/duplicate-counter-id.json') });
      back.use();
      const { el, errors } = await mount(tag, attrs);
      await until(() => errors.length > 0, `${tag}: hcc-data-error`, 20_000);
      await el.updateComplete;
      await expect(el, tag).to.be.accessible();
      await setLang(el, 'en');
      await expect(el, `${tag} (en)`).to.be.accessible();
      el.remove();
    }
  });
});

/** A published results document (what `<hcc-kpi-results src>` reads), broken in one way each. */
const DOC = {
  version: 1, unit: { id: 'hl-tthcc', name: 'Trung tâm Phục vụ hành chính công thành phố Hạ Long' },
  period: { from: '2026-01-01T00:00:00+07:00', to: '2026-10-01T00:00:00+07:00', label: 'Chín tháng đầu năm 2026' },
  asOf: '2026-10-01T08:00:00+07:00', values: { received: 1200, onTimeRate: 0.97 }, href: 'https://hanhchinhcong.halong.example/bao-cao',
};
const BAD_DOCS: [string, unknown][] = [
  ['wrong type: values is an array', { ...DOC, values: [1200, 0.97] }],
  ['missing field: no unit', { ...DOC, unit: undefined }],
  ['huge string: a unit name of 32 768 characters', { ...DOC, unit: { ...DOC.unit, name: 'Trung tâm '.repeat(3277) } }],
  ['deep nesting: the label 1 000 arrays deep', { ...DOC, period: { ...DOC.period, label: JSON.parse(`${'['.repeat(1000)}"x"${']'.repeat(1000)}`) } }],
  ['invalid date: 30 February', { ...DOC, asOf: '2026-02-30T08:00:00+07:00' }],
  ['unknown code: an agency class that does not exist', { ...DOC, tt01: { total: 80, max: 100, agencyClass: 'gioi' } }],
  ['unknown version', { ...DOC, version: 2 }],
  ['wrong encoding: NUL in the unit id', { ...DOC, unit: { ...DOC.unit, id: 'hl-tthcc\u0000' } }],
  ['wrong encoding: mojibake in the unit id', { ...DOC, unit: { ...DOC.unit, id: 'hl-tthcc-bÃ£i-chÃ¡y' } }],
  ['hostile link: javascript: href', { ...DOC, href: 'javascript:alert(1)' }],
  ['hostile link: data:text/html href', { ...DOC, href: 'data:text/html,<script>alert(1)</script>' }],
];

describe('<hcc-kpi-results src> with a malformed results document', () => {
  let page: ReturnType<typeof watchPage>;
  const urls: string[] = [];
  beforeEach(() => {
    page = watchPage();
  });
  afterEach(() => {
    for (const u of urls.splice(0)) URL.revokeObjectURL(u);
    expect(page.stop(), 'errors on the page').to.deep.equal([]);
  });

  for (const [what, doc] of BAD_DOCS) {
    it(`${what}: reports it, shows no figures and no link from it, says why in both languages`, async () => {
      const url = URL.createObjectURL(new Blob([JSON.stringify(doc)], { type: 'application/json' }));
      urls.push(url);
      const el = await fixture<Tile>(html`<hcc-kpi-results src=${url} refresh="0"></hcc-kpi-results>`);
      const errors = collect<KpiErrorDetail>(el, 'hcc-data-error');
      await until(() => errors.length > 0 || el.lastError !== undefined, 'hcc-data-error');
      const error = (errors[0]?.error ?? el.lastError) as DataError;
      expectLocalizedIssues(error, what);
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[part~="figures"]'), 'no figures from a rejected document').to.equal(null);
      expect(el.shadowRoot!.querySelector('a[href]'), 'no link from a rejected document').to.equal(null);
      await expectErrorLine(el, error);
    });
  }
});

describe('KPI elements against the reference server answering with broken JSON', function () {
  this.timeout(120_000);
  let api = '';
  before(async () => {
    ({ api } = await startRefServer({ casesPerYear: 300 }));
  });
  afterEach(() => refServer('faults', {}));

  for (const path of ['^/api/v1/org$', '^/api/v1/ratings', '^/api/v1/cases\\.ndjson']) {
    it(`a card whose ${path} answer is cut in half says the data is invalid, and loads once it is whole`, async () => {
      await refServer('faults', { malformed: 1, paths: path });
      const el = await fixture<Tile>(html`<hcc-kpi-card metric="received" api=${api} refresh="0"></hcc-kpi-card>`);
      const errors = collect<KpiErrorDetail>(el, 'hcc-data-error');
      await until(() => errors.length > 0, 'hcc-data-error', 30_000);
      expectSchemaError(errors[0]!.error, path);
      await el.updateComplete;
      await expectErrorLine(el, errors[0]!.error);
      await refServer('faults', {});
      (el as unknown as { reload(): void }).reload();
      await until(() => (el as unknown as { fetchedAt?: number }).fetchedAt !== undefined, 'loaded', 30_000);
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[part~="error"]'), 'the error line goes').to.equal(null);
    });
  }
});
