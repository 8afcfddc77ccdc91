// Malformed data around the rating tablet: the organisation (counter, officer), the queue it binds the
// ticket from, the stored device settings, and the answers to the ratings it sends. The form must keep
// working, say what it could not load in the page's language, report each rejection as a `schema`
// DataError, and never lose a rating: one stored while the server's answers are unreadable stays in
// the IndexedDB outbox and reaches the server exactly once when they are readable again.
import { expect, html, oneEvent } from '@open-wc/testing';
import type { HccRatingForm, RatingErrorDetail, RatingSyncState } from '../../src/components/rating-form/rating-form.js';
import { setDefaultSource } from '../../src/data/registry.js';
import type { DataError } from '../../src/data/errors.js';
import { SETTINGS_KEY } from '../../src/components/rating-form/device.js';
import { refServer, startRefServer } from '../helpers/refserver.js';
import { clearDeviceStorage, dropDb, renderForm, screenIs, tap, text, uniqueDb } from './rating-helpers.js';
import {
  FixtureBackend, collect, expectFrame, expectLocalizedIssues, expectSchemaError, fixtureText, invalidFixtures, setLang, sse, until, watchPage,
} from './bad-input-support.js';

const ORG = await fixtureText('valid/OrgData/quang-ninh-2025.json');
const GOOD_SNAPSHOT = await fixtureText('valid/QueueSnapshot/morning-bai-chay.json');
const BAD_ORGS = await invalidFixtures('OrgData');
const BAD_SNAPSHOTS = await invalidFixtures('QueueSnapshot');
const BAD_ANSWERS = await invalidFixtures('RatingBatchResponse');

const DATA_ERROR = { vi: 'Không tải được thông tin quầy', en: 'Counter details could not be loaded' };
const SYNC_ERROR = { vi: 'lỗi đồng bộ, sẽ thử lại', en: 'sync failed, will retry' };

/** A back end with valid data that stores the ratings it is sent (by id, as the contract says). */
class RatingBackend extends FixtureBackend {
  readonly stored = new Map<string, unknown>();
  /** A malformed answer to send instead of the real one (the ratings are stored all the same). */
  badAnswer: string | undefined;
  constructor() {
    super();
    this.on('GET', /^\/org$/, { body: ORG })
      .on('GET', /^\/queue\/qn-bai-chay\/snapshot/, { body: GOOD_SNAPSHOT })
      .on('GET', /^\/queue\/qn-bai-chay\/stream/, { sse: sse('snapshot', GOOD_SNAPSHOT) })
      .on('POST', /^\/ratings\/batch$/, (_url, body) => {
        const { ratings } = JSON.parse(body ?? '{}') as { ratings: { id: string }[] };
        const accepted: string[] = [];
        const duplicates: string[] = [];
        for (const r of ratings) {
          (this.stored.has(r.id) ? duplicates : accepted).push(r.id);
          this.stored.set(r.id, r);
        }
        return { body: this.badAnswer ?? JSON.stringify({ accepted, duplicates, rejected: [] }) };
      });
  }
}

describe('<hcc-rating-form> with malformed data', function () {
  this.timeout(60_000);
  let db: string;
  let el: HccRatingForm | undefined;
  let page: ReturnType<typeof watchPage>;

  beforeEach(() => {
    clearDeviceStorage();
    db = uniqueDb('bad-input');
    page = watchPage();
  });
  afterEach(async () => {
    el?.remove();
    el = undefined;
    await dropDb(db);
    setDefaultSource(undefined);
    expect(page.stop(), 'errors on the page').to.deep.equal([]);
  });

  async function form(attrs: Record<string, string>): Promise<{ form: HccRatingForm; dataErrors: RatingErrorDetail[]; states: RatingSyncState[] }> {
    const f = document.createElement('hcc-rating-form');
    for (const [k, v] of Object.entries({ 'unit-id': 'qn-bai-chay', 'officer-display': 'photo', speech: 'off', ...attrs })) f.setAttribute(k, v);
    f.setAttribute('outbox-db', db);
    const dataErrors = collect<RatingErrorDetail>(f, 'hcc-data-error');
    const states = collect<RatingSyncState>(f, 'hcc-sync-state');
    el = await renderForm(html`<div>${f}</div>`).then(() => f);
    return { form: f, dataErrors, states };
  }

  /** A satisfied tap, stored in the outbox; resolves with the rating's id. */
  async function rate(f: HccRatingForm): Promise<string> {
    const stored = oneEvent(f, 'hcc-rating-stored');
    tap(f, f.getAttribute('lang') === 'en' ? 'Satisfied' : 'Hài lòng');
    const id = (await stored).detail.rating.id as string;
    await screenIs(f, 'thanks');
    return id;
  }

  for (const file of BAD_ORGS) {
    it(`organisation ${file}: says the counter could not be loaded, reports it, and still stores and sends a rating`, async () => {
      const backend = new RatingBackend();
      backend.on('GET', /^\/org$/, { body: await fixtureText(`invalid/OrgData/${file}`) }).use();
      const { form: f, dataErrors } = await form({ 'counter-id': 'bc-quay-1', queue: 'off' });
      await until(() => dataErrors.length > 0, 'hcc-data-error');
      expectLocalizedIssues(dataErrors[0]!.error, file);
      await f.updateComplete;
      expectFrame(f);
      expect(text(f)).to.include(DATA_ERROR.vi);
      await setLang(f, 'en');
      expect(text(f)).to.include(DATA_ERROR.en);
      const id = await rate(f);
      await until(() => backend.stored.has(id), 'the rating reaches the server');
      expect(backend.stored.size).to.equal(1);
    });
  }

  for (const file of BAD_SNAPSHOTS) {
    it(`queue snapshot ${file}: reports it, binds no ticket from it, and still stores the rating`, async () => {
      const backend = new RatingBackend();
      const bad = await fixtureText(`invalid/QueueSnapshot/${file}`);
      backend.on('GET', /^\/queue\/qn-bai-chay\/stream/, { sse: sse('snapshot', bad) }).on('GET', /^\/queue\/qn-bai-chay\/snapshot/, { body: bad }).use();
      const { form: f, dataErrors } = await form({ 'counter-id': 'bc-quay-1', queue: 'auto' });
      await until(() => dataErrors.length > 0, 'hcc-data-error');
      expectLocalizedIssues(dataErrors[0]!.error, file);
      await until(() => text(f).includes('Quầy số 1'), 'the counter from the valid organisation');
      expectFrame(f);
      const stored = oneEvent(f, 'hcc-rating-stored');
      tap(f, 'Hài lòng');
      const { rating } = (await stored).detail;
      expect(rating.ticket ?? undefined, 'no ticket from a rejected snapshot').to.equal(undefined);
      await until(() => backend.stored.has(rating.id), 'the rating reaches the server');
    });
  }

  for (const file of BAD_ANSWERS) {
    it(`answer ${file} to a batch: the rating stays queued, the badge says sync failed, and it is sent once the answers are readable`, async () => {
      const backend = new RatingBackend();
      backend.badAnswer = await fixtureText(`invalid/RatingBatchResponse/${file}`);
      backend.use();
      const { form: f, states } = await form({ queue: 'off', 'officer-display': 'none' });
      const id = await rate(f);
      await until(() => states.some((s) => s.lastError !== undefined), 'a failed sync');
      const failed = states.find((s) => s.lastError !== undefined)!;
      expectLocalizedIssues(failed.lastError as DataError, file);
      expect((await f.outbox!.pendingItems(10)).map((r) => r.id), 'still in the outbox').to.deep.equal([id]);
      expect(failed.deadLetters, 'not given up').to.equal(0);
      await f.updateComplete;
      expectFrame(f);
      const status = () => (f.shadowRoot!.querySelector('[part~="status"]')?.textContent ?? '').replace(/\s+/g, ' ');
      await until(() => status().includes(SYNC_ERROR.vi), 'the badge says the sync failed');
      expect(status()).to.include('1 chưa đồng bộ');
      await setLang(f, 'en');
      expect(status()).to.include(SYNC_ERROR.en);
      expect(status()).to.include('1 not yet synced');

      backend.badAnswer = undefined;
      const synced = oneEvent(f, 'hcc-rating-synced');
      await f.outbox!.syncNow();
      const detail = (await synced).detail as { ids: string[] };
      expect(detail.ids).to.deep.equal([id]);
      expect(await f.outbox!.pendingItems(10)).to.deep.equal([]);
      // Stored once on the server although it was sent at least twice.
      expect([...backend.stored.keys()]).to.deep.equal([id]);
    });
  }

  it('stored device settings that fail their schema are set aside and reported; the form carries on', async () => {
    new RatingBackend().use();
    localStorage.setItem(SETTINGS_KEY, JSON.stringify({ unitId: 'qn-bai-chay\u0000', counterId: 'bc-quay-1', lang: 'fr' }));
    const { form: f, dataErrors } = await form({ queue: 'off', 'officer-display': 'none' });
    await until(() => dataErrors.length > 0, 'hcc-data-error');
    expectLocalizedIssues(dataErrors[0]!.error, 'stored settings');
    expect(localStorage.getItem(SETTINGS_KEY)).to.equal(null);
    expect(localStorage.getItem(`hcc:quarantine:${SETTINGS_KEY}`)).to.contain('bc-quay-1');
    expect(f.effectiveUnitId).to.equal('qn-bai-chay');
    await rate(f);
  });

  it('passes axe with the counter details missing and a failed sync, in both languages', async () => {
    const backend = new RatingBackend();
    backend.on('GET', /^\/org$/, { body: await fixtureText('invalid/OrgData/duplicate-counter-id.json') });
    backend.badAnswer = await fixtureText('invalid/RatingBatchResponse/accepted-string.json');
    backend.use();
    const { form: f, dataErrors, states } = await form({ 'counter-id': 'bc-quay-1', queue: 'off', 'thanks-seconds': '1' });
    await until(() => dataErrors.length > 0, 'hcc-data-error');
    await rate(f);
    await until(() => states.some((s) => s.lastError !== undefined), 'a failed sync');
    await until(() => f.screen === 'start', 'back at the start screen');
    await f.updateComplete;
    expect(text(f)).to.include(DATA_ERROR.vi);
    await expect(f).to.be.accessible();
    await setLang(f, 'en');
    await expect(f).to.be.accessible();
  });
});

describe('<hcc-rating-form> against the reference server answering with malformed JSON', function () {
  this.timeout(120_000);
  let api = '';
  let db: string;
  before(async () => {
    ({ api } = await startRefServer({ casesPerYear: 200 }));
  });
  beforeEach(() => {
    clearDeviceStorage();
    db = uniqueDb('bad-input-ref');
  });
  afterEach(async () => {
    await refServer('faults', {});
    await dropDb(db);
  });

  it('a rating sent while every answer is broken JSON stays queued, then is stored exactly once', async () => {
    await refServer('faults', { malformed: 1, paths: 'ratings/batch' });
    const before = (await refServer('state')).ratings;
    const f = document.createElement('hcc-rating-form');
    for (const [k, v] of Object.entries({ 'unit-id': 'hl-tthcc', queue: 'off', 'officer-display': 'none', speech: 'off', api })) f.setAttribute(k, v);
    f.setAttribute('outbox-db', db);
    const states = collect<RatingSyncState>(f, 'hcc-sync-state');
    await renderForm(html`<div>${f}</div>`);
    const stored = oneEvent(f, 'hcc-rating-stored');
    tap(f, 'Rất hài lòng');
    const id = (await stored).detail.rating.id as string;
    await until(() => states.some((s) => s.lastError !== undefined), 'a failed sync', 20_000);
    expectSchemaError(states.find((s) => s.lastError !== undefined)!.lastError as DataError, 'truncated batch answer');
    expect((await f.outbox!.pendingItems(10)).map((r) => r.id)).to.deep.equal([id]);
    // The server did store it: the answer was lost, not the rating.
    expect((await refServer('state')).ratings.distinctIds).to.equal(before.distinctIds + 1);

    await refServer('faults', {});
    const synced = oneEvent(f, 'hcc-rating-synced');
    await f.outbox!.syncNow();
    const detail = (await synced).detail as { ids: string[]; duplicates: string[] };
    expect(detail.ids).to.deep.equal([id]);
    expect(detail.duplicates, 'the server already had it').to.deep.equal([id]);
    expect(await f.outbox!.pendingItems(10)).to.deep.equal([]);
    const after = (await refServer('state')).ratings;
    expect(after.distinctIds).to.equal(before.distinctIds + 1);
    f.remove();
  });
});
