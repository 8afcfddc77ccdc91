// <hcc-rating-form> in real headless Chromium: real IndexedDB (the page's shared RatingOutbox on a
// database per test), real localStorage, the MemorySource as the page's data source. The form's
// timers run on an injected FakeClock so the kiosk loop is driven without waiting.
import { expect, fixture, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import type { HccRatingForm, RatingDetail, RatingSuppressedDetail, RatingSyncState } from '../../src/components/rating-form/rating-form.js';
import { RATED_KEY, SETTINGS_KEY } from '../../src/components/rating-form/device.js';
import { sharedOutbox } from '../../src/data/outbox/shared.js';
import type { MemorySource } from '../../src/data/adapters/memory/index.js';
import type { Rating } from '../../src/data/schemas/rating.js';
import { FIVE_LEVEL_SURVEY } from '../../src/core/rating/survey.js';
import {
  FakeClock, T0, button, clearDeviceStorage, dropDb, html, labelled, options, queueSnapshot, renderForm, screenIs, shadow,
  storedRatings, switchableSink, tap, text, uniqueDb, useMemorySource,
} from './rating-helpers.js';

/** Collects every event of `type` the element dispatches. */
function collect<T>(el: EventTarget, type: string): T[] {
  const out: T[] = [];
  el.addEventListener(type, (e) => out.push((e as CustomEvent<T>).detail));
  return out;
}

describe('<hcc-rating-form>', () => {
  let db: string;
  let clock: FakeClock;
  let memory: MemorySource;
  let el: HccRatingForm | undefined;

  beforeEach(() => {
    clearDeviceStorage();
    db = uniqueDb('form');
    clock = new FakeClock(T0);
    memory = useMemorySource();
  });

  afterEach(async () => {
    el?.remove();
    el = undefined;
    await dropDb(db);
    await emulateMedia({ reducedMotion: 'no-preference', forcedColors: 'none', colorScheme: 'light' });
  });

  /** The default form of these tests: unit Bãi Cháy, counter 1, no queue binding unless asked. */
  const render = async (attrs: Partial<Record<string, string>> = {}, props: Partial<HccRatingForm> = {}) => {
    const a = { 'unit-id': 'bai-chay', queue: 'off', 'officer-display': 'none', ...attrs };
    const form = document.createElement('hcc-rating-form');
    for (const [k, v] of Object.entries(a)) if (v !== undefined) form.setAttribute(k, v);
    form.setAttribute('outbox-db', db);
    form.clock = clock;
    Object.assign(form, props);
    el = await renderForm(html`<div>${form}</div>`).then(() => form);
    await form.storeLoaded;
    await form.outbox?.ready;
    await form.updateComplete;
    return form;
  };

  const lowScore = async (form: HccRatingForm) => {
    tap(form, 'Không hài lòng');
    await screenIs(form, 'page');
  };

  describe('accessibility', () => {
    it('passes axe on the start screen, with the officer and ticket shown', async () => {
      memory = useMemorySource({ snapshots: [queueSnapshot()] });
      const form = await render({ 'counter-id': 'bc-q3', queue: 'auto', 'officer-display': 'photo' });
      await waitUntil(() => text(form).includes('Trần Văn Hùng') && text(form).includes('2005'), 'context shown');
      await expect(form).to.be.accessible();
    });

    it('passes axe on the follow-up page, with a reason chosen and a comment typed', async () => {
      const form = await render();
      await lowScore(form);
      button(form, 'Chờ đợi quá lâu').click();
      await form.updateComplete;
      await expect(form).to.be.accessible();
    });

    it('passes axe on an indicator page of Circular 01/2018', async () => {
      const form = await render({ indicators: 'tt01' });
      await waitUntil(() => form.activeSurvey.indicators?.length === 4, 'indicator pages loaded');
      tap(form, 'Hài lòng');
      await screenIs(form, 'page');
      await expect(form).to.be.accessible();
    });

    it('passes axe on the thank-you screen, which is announced by a live region', async () => {
      const form = await render();
      tap(form, 'Rất hài lòng');
      await screenIs(form, 'thanks');
      const live = shadow(form).querySelector('[role="status"]')!;
      expect(live.textContent?.trim()).to.equal('Cảm ơn Ông/Bà đã đánh giá!');
      await expect(form).to.be.accessible();
    });

    it('passes axe with the "need more time?" prompt open', async () => {
      const form = await render();
      await lowScore(form);
      clock.advance(30_000);
      await form.updateComplete;
      expect(shadow(form).querySelector('dialog.prompt')?.hasAttribute('open')).to.equal(true);
      await expect(form).to.be.accessible();
    });

    it('passes axe with the notice after a suppressed press', async () => {
      const form = await render({ 'thanks-seconds': '1' });
      tap(form, 'Hài lòng');
      await screenIs(form, 'thanks');
      clock.advance(1000);
      await screenIs(form, 'start');
      tap(form, 'Hài lòng');
      await form.updateComplete;
      expect(shadow(form).querySelector('[part="notice"]')).to.exist;
      await expect(form).to.be.accessible();
    });

    it('passes axe on the error screen when a rating cannot be stored', async () => {
      const form = await render();
      form.outbox!.close();
      tap(form, 'Hài lòng');
      await screenIs(form, 'error');
      await expect(form).to.be.accessible();
    });

    it('passes axe on the unconfigured screen, in English, with 5 levels, in dark and high-contrast themes', async () => {
      const form = await render({ 'unit-id': undefined });
      await expect(form).to.be.accessible();
      form.unitId = 'bai-chay';
      form.lang = 'en';
      form.preset = '5';
      await form.updateComplete;
      await expect(form).to.be.accessible();
      for (const theme of ['dark', 'contrast'] as const) {
        form.theme = theme;
        await form.updateComplete;
        await expect(form).to.be.accessible();
      }
    });

    it('passes axe in the settings, at the PIN and when open with a dead letter', async () => {
      memory = useMemorySource({ ratings: [{ id: '0a0f3a7e-0000-4000-8000-000000000001', createdAt: '2026-03-04T07:00:00+07:00', unitId: 'bai-chay', ticket: 'T-1', scale: 3, level: 'satisfied', reasons: [], lang: 'vi', deviceId: 'other' }] });
      const form = await render({ 'admin-pin': '2468', ticket: 'T-1' });
      const rejected = oneEvent(form, 'hcc-rating-rejected');
      tap(form, 'Hài lòng');
      await rejected;
      await form.openSettings();
      await form.updateComplete;
      const settings = shadow(form).querySelector('hcc-rating-settings')!;
      await settings.updateComplete;
      await expect(form).to.be.accessible();
      const pin = settings.shadowRoot!.querySelector<HTMLInputElement>('input[name="pin"]')!;
      pin.value = '2468';
      settings.shadowRoot!.querySelector('form')!.requestSubmit();
      await waitUntil(() => settings.shadowRoot!.textContent!.includes('duplicate-ticket'), 'dead letter listed');
      await expect(form).to.be.accessible();
    });
  });

  describe('properties', () => {
    it('a tap stores exactly one rating with the context bound by attributes', async () => {
      const form = await render({
        'counter-id': 'bc-q3', 'officer-id': 'bc-cb-02', 'procedure-code': '1.001193', ticket: '2005',
        'dossier-code': 'H49.50.13-260304-0007', 'device-id': 'bc-tablet-03',
      });
      const stored = collect<RatingDetail>(form, 'hcc-rating-stored');
      const synced = oneEvent(form, 'hcc-rating-synced');
      tap(form, 'Rất hài lòng');
      await screenIs(form, 'thanks');
      await synced;
      expect(stored).to.have.length(1);
      const ratings = await storedRatings(memory);
      expect(ratings).to.have.length(1);
      const r = ratings[0]!;
      expect(r).to.deep.include({
        unitId: 'bai-chay', counterId: 'bc-q3', officerId: 'bc-cb-02', procedureCode: '1.001193', ticket: '2005',
        dossierCode: 'H49.50.13-260304-0007', deviceId: 'bc-tablet-03', scale: 3, level: 'very_satisfied', reasons: [], lang: 'vi',
      });
      expect(r.createdAt).to.equal('2026-03-04T08:00:00.000+07:00');
      expect(r.partial).to.equal(undefined);
      expect(r.id).to.equal(stored[0]!.rating.id);
    });

    it('binds the ticket being served at the counter, its dossier and the officer on duty from the queue', async () => {
      memory = useMemorySource({ snapshots: [queueSnapshot()] });
      const form = await render({ 'counter-id': 'bc-q3', queue: 'auto', 'officer-display': 'photo' });
      await waitUntil(() => text(form).includes('Lượt phục vụ số 2005'), 'ticket shown');
      expect(text(form)).to.include('Quầy số 3');
      expect(text(form)).to.include('Trần Văn Hùng');
      const stored = oneEvent(form, 'hcc-rating-stored');
      tap(form, 'Hài lòng');
      const { rating } = (await stored).detail;
      expect(rating).to.deep.include({ ticket: 'bc-2005', dossierCode: 'H49.50.13-260304-0007', officerId: 'bc-cb-02', counterId: 'bc-q3' });
    });

    it('moves to the next ticket when the queue finishes one and serves another', async () => {
      memory = useMemorySource({ snapshots: [queueSnapshot()] });
      const form = await render({ 'counter-id': 'bc-q3', queue: 'auto' });
      await waitUntil(() => text(form).includes('2005'), 'ticket 2005 bound');
      const base = queueSnapshot().tickets[2]!;
      memory.emit({ type: 'ticket-updated', seq: 11, at: '2026-03-04T08:40:00+07:00', unitId: 'bai-chay', ticket: { ...queueSnapshot().tickets[1]!, status: 'served', endedAt: '2026-03-04T08:40:00+07:00' } });
      memory.emit({ type: 'ticket-updated', seq: 12, at: '2026-03-04T08:41:00+07:00', unitId: 'bai-chay', ticket: { ...base, status: 'serving', counterId: 'bc-q3', startedAt: '2026-03-04T08:41:00+07:00' } });
      await waitUntil(() => text(form).includes('Lượt phục vụ số 2006'), 'ticket 2006 bound');
    });

    it('shows the officer photo and name from the organisation data, or neither when asked', async () => {
      const form = await render({ 'counter-id': 'bc-q1', 'officer-id': 'bc-cb-01', 'officer-display': 'photo' });
      await waitUntil(() => text(form).includes('Nguyễn Thị Lan'), 'officer shown');
      const img = shadow(form).querySelector<HTMLImageElement>('[part="officer-photo"]')!;
      expect(img.getAttribute('src')).to.equal('/test/officer-photo-missing.jpg');
      expect(img.alt, 'the name is next to it').to.equal('');
      form.officerDisplay = 'name';
      await form.updateComplete;
      expect(shadow(form).querySelector('[part="officer-photo"]')).to.equal(null);
      expect(text(form)).to.include('Nguyễn Thị Lan');
      form.officerDisplay = 'none';
      await form.updateComplete;
      expect(text(form)).not.to.include('Nguyễn Thị Lan');
    });

    it('leaves out context that fails its schema, reports it, and still stores the rating', async () => {
      const form = await render({ 'procedure-code': 'thủ tục 12', ticket: 'A-12' });
      const errors = collect<{ error: { kind: string; message: string } }>(form, 'hcc-data-error');
      const stored = oneEvent(form, 'hcc-rating-stored');
      tap(form, 'Hài lòng');
      const { rating } = (await stored).detail;
      expect(rating.procedureCode).to.equal(undefined);
      expect(rating.ticket).to.equal('A-12');
      expect(errors.map((e) => e.error.kind)).to.deep.equal(['schema']);
      expect(errors[0]!.error.message).to.include('procedureCode');
    });

    it('generates a device id once and keeps it across forms', async () => {
      const form = await render();
      const first = form.effectiveDeviceId;
      expect(first).to.match(/^[0-9a-f-]{36}$/);
      form.remove();
      el = undefined;
      await dropDb(db);
      const again = await render();
      expect(again.effectiveDeviceId).to.equal(first);
    });

    it('uses the 5-level preset and a survey given as data', async () => {
      const form = await render({ preset: '5' });
      expect(options(form).map((o) => o.textContent?.trim())).to.deep.equal(['Rất hài lòng', 'Hài lòng', 'Bình thường', 'Không hài lòng', 'Rất không hài lòng']);
      const stored = oneEvent(form, 'hcc-rating-stored');
      tap(form, 'Bình thường');
      expect((await stored).detail.rating).to.deep.include({ scale: 5, level: 'neutral' });
      form.reset();
      await screenIs(form, 'start');
      form.survey = { question: { ...FIVE_LEVEL_SURVEY.question, title: { vi: 'Thủ tục hôm nay có thuận tiện không?', en: 'Was today convenient?' } } };
      await form.updateComplete;
      expect(text(form)).to.include('Thủ tục hôm nay có thuận tiện không?');
    });

    it('targets are at least 72 × 72 CSS px in the kiosk scale', async () => {
      await setViewport({ width: 1280, height: 800 });
      const form = await render({ scale: 'kiosk', 'admin-pin': '1' });
      const check = () => {
        for (const b of shadow(form).querySelectorAll<HTMLElement>('button')) {
          const r = b.getBoundingClientRect();
          expect(r.width, b.textContent ?? '').to.be.at.least(72);
          expect(r.height, b.textContent ?? '').to.be.at.least(72);
        }
      };
      check();
      await lowScore(form);
      check();
    });
  });

  describe('events', () => {
    it('hcc-rating-submit is cancelable: nothing is stored and the form returns to start', async () => {
      const form = await render();
      form.addEventListener('hcc-rating-submit', (e) => e.preventDefault(), { once: true });
      const stored = collect(form, 'hcc-rating-stored');
      const submit = oneEvent(form, 'hcc-rating-submit');
      tap(form, 'Hài lòng');
      const e = await submit;
      expect(e.bubbles && e.composed && e.cancelable).to.equal(true);
      await screenIs(form, 'start');
      expect(stored).to.have.length(0);
      expect(await form.outbox!.pendingItems(10)).to.deep.equal([]);
    });

    it('hcc-rating-stored fires after the IndexedDB commit, before the thank-you screen', async () => {
      const form = await render();
      memory.failNext('network', { times: 5 });
      const stored = oneEvent(form, 'hcc-rating-stored');
      tap(form, 'Không hài lòng');
      await screenIs(form, 'page');
      button(form, 'Gửi đánh giá').click();
      const { rating, low } = (await stored).detail;
      expect(low).to.equal(true);
      expect(form.screen, 'stored before thanks').to.equal('saving');
      const pending = await form.outbox!.pendingItems(10);
      expect(pending.map((r) => r.id)).to.include(rating.id);
      await screenIs(form, 'thanks');
    });

    it('hcc-rating-synced and hcc-sync-state report delivery to the back end', async () => {
      const form = await render();
      const states = collect<RatingSyncState>(form, 'hcc-sync-state');
      const synced = oneEvent(form, 'hcc-rating-synced');
      const stored = oneEvent(form, 'hcc-rating-stored');
      tap(form, 'Hài lòng');
      const id = (await stored).detail.rating.id;
      expect((await synced).detail.accepted).to.deep.equal([id]);
      await waitUntil(() => states.at(-1)?.pending === 0 && states.at(-1)?.lastSyncAt !== undefined, 'state after sync');
      expect(states.some((s) => s.pending === 1)).to.equal(true);
      expect(states.at(-1)!.unsaved).to.equal(0);
    });

    it('hcc-rating-rejected reports a rating the server refused, and the badge shows it', async () => {
      memory = useMemorySource({ ratings: [{ id: '0a0f3a7e-0000-4000-8000-000000000002', createdAt: '2026-03-04T07:00:00+07:00', unitId: 'bai-chay', ticket: 'T-9', scale: 3, level: 'satisfied', reasons: [], lang: 'vi', deviceId: 'other-tablet' }] });
      const form = await render({ ticket: 'T-9' });
      const rejected = oneEvent(form, 'hcc-rating-rejected');
      tap(form, 'Hài lòng');
      const { deadLetters } = (await rejected).detail;
      expect(deadLetters.map((d: { code: string }) => d.code)).to.deep.equal(['duplicate-ticket']);
      await waitUntil(() => text(form).includes('1 bị từ chối'), 'badge shows the rejection');
    });

    it('the element works as a field of a plain <form> (name and value)', async () => {
      const form = await render({ name: 'hai_long' });
      const host = document.createElement('form');
      form.parentElement!.append(host);
      host.append(form);
      await form.storeLoaded;
      await form.updateComplete;
      tap(form, 'Rất hài lòng');
      await screenIs(form, 'thanks');
      expect(new FormData(host).get('hai_long')).to.equal('very_satisfied');
      expect(form.form).to.equal(host);
      host.reset();
      expect(form.value).to.equal('');
      expect(new FormData(host).get('hai_long')).to.equal(null);
    });

    it('in mode="field" it is a required radio group that stores nothing', async () => {
      const host = document.createElement('form');
      const field = document.createElement('hcc-rating-form');
      field.setAttribute('mode', 'field');
      field.setAttribute('name', 'muc_do');
      field.required = true;
      host.append(field);
      el = field;
      await fixture(html`<div>${host}</div>`);
      expect(field.checkValidity()).to.equal(false);
      const change = oneEvent(field, 'change');
      tap(field, 'Hài lòng');
      await change;
      await field.updateComplete;
      expect(field.checkValidity()).to.equal(true);
      expect(new FormData(host).get('muc_do')).to.equal('satisfied');
      expect(field.outbox).to.equal(undefined);
      expect(options(field).find((o) => o.getAttribute('aria-checked') === 'true')?.textContent?.trim()).to.equal('Hài lòng');
      await expect(field).to.be.accessible();
    });
  });

  describe('states', () => {
    it('presses within the minimum interval are suppressed, counted and reported, never stored', async () => {
      const form = await render({ 'thanks-seconds': '1' });
      const suppressed = collect<RatingSuppressedDetail>(form, 'hcc-rating-suppressed');
      const stored = collect<RatingDetail>(form, 'hcc-rating-stored');
      tap(form, 'Hài lòng');
      await screenIs(form, 'thanks');
      clock.advance(1000);
      await screenIs(form, 'start');
      tap(form, 'Không hài lòng');
      tap(form, 'Không hài lòng');
      await form.updateComplete;
      expect(suppressed.map((s) => [s.reason, s.suppressed, s.retryInMs, s.level])).to.deep.equal([
        ['interval', 1, 4000, 'dissatisfied'],
        ['interval', 2, 4000, 'dissatisfied'],
      ]);
      expect(form.suppressedCount).to.equal(2);
      expect(text(form)).to.include('Vui lòng chờ giây lát rồi chọn lại.');
      clock.advance(4000);
      tap(form, 'Rất hài lòng');
      await screenIs(form, 'thanks');
      expect(stored.map((s) => s.rating.level)).to.deep.equal(['satisfied', 'very_satisfied']);
    });

    it('a double tap stores one rating and counts the second tap as suppressed', async () => {
      const form = await render();
      const suppressed = collect<RatingSuppressedDetail>(form, 'hcc-rating-suppressed');
      const b = options(form).find((o) => o.textContent?.trim() === 'Hài lòng')!;
      b.click();
      b.click();
      await screenIs(form, 'thanks');
      await waitUntil(async () => (await storedRatings(memory)).length === 1, 'synced');
      expect(suppressed).to.have.length(1);
      expect(await form.outbox!.pendingItems(10)).to.deep.equal([]);
    });

    it('one rating per ticket: a second press for a rated ticket is suppressed, also after a reload', async () => {
      const form = await render({ ticket: '1042', 'thanks-seconds': '1', 'min-interval-seconds': '0' });
      tap(form, 'Hài lòng');
      await screenIs(form, 'thanks');
      clock.advance(1000);
      await screenIs(form, 'start');
      const suppressed = oneEvent(form, 'hcc-rating-suppressed');
      tap(form, 'Không hài lòng');
      expect((await suppressed).detail.reason).to.equal('already-rated');
      await form.updateComplete;
      expect(text(form)).to.include('Lượt phục vụ này đã được đánh giá.');
      await expect(form).to.be.accessible();
      expect(JSON.parse(localStorage.getItem(RATED_KEY)!)).to.deep.equal(['bai-chay|t|1042']);
      form.remove();
      el = undefined;
      await dropDb(db);
      const again = await render({ ticket: '1042' });
      const s2 = oneEvent(again, 'hcc-rating-suppressed');
      tap(again, 'Rất hài lòng');
      expect((await s2).detail.reason).to.equal('already-rated');
      again.ticket = '1043';
      await again.updateComplete;
      const stored = oneEvent(again, 'hcc-rating-stored');
      tap(again, 'Rất hài lòng');
      expect((await stored).detail.rating.ticket).to.equal('1043');
    });

    it('the follow-up appears only after a low score', async () => {
      const form = await render({ 'thanks-seconds': '1', 'min-interval-seconds': '0' });
      tap(form, 'Rất hài lòng');
      await screenIs(form, 'thanks');
      expect(text(form)).not.to.include('Điều gì khiến Ông/Bà chưa hài lòng?');
      clock.advance(1000);
      await screenIs(form, 'start');
      tap(form, 'Hài lòng');
      await screenIs(form, 'thanks');
      clock.advance(1000);
      await screenIs(form, 'start');
      await lowScore(form);
      expect(text(form)).to.include('Điều gì khiến Ông/Bà chưa hài lòng?');
      expect([...shadow(form).querySelectorAll('[part="reason"]')].map((c) => c.textContent?.trim())).to.deep.equal([
        'Chờ đợi quá lâu', 'Phải đi lại nhiều lần', 'Hướng dẫn chưa rõ ràng', 'Thái độ phục vụ chưa tốt', 'Trả kết quả chậm, trễ hẹn',
      ]);
    });

    it('reasons and comment chosen on the follow-up go into the rating; skipping stores the level alone', async () => {
      const form = await render({ 'thanks-seconds': '1', 'min-interval-seconds': '0' });
      await lowScore(form);
      button(form, 'Chờ đợi quá lâu').click();
      button(form, 'Thái độ phục vụ chưa tốt').click();
      await form.updateComplete;
      const area = shadow(form).querySelector('textarea')!;
      area.value = '  Phải chờ gần hai tiếng  ';
      area.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
      await form.updateComplete;
      let stored = oneEvent(form, 'hcc-rating-stored');
      button(form, 'Gửi đánh giá').click();
      expect((await stored).detail.rating).to.deep.include({ level: 'dissatisfied', reasons: ['wait-long', 'attitude'], comment: 'Phải chờ gần hai tiếng' });
      await screenIs(form, 'thanks');
      clock.advance(1000);
      await screenIs(form, 'start');
      await lowScore(form);
      button(form, 'Chờ đợi quá lâu').click();
      stored = oneEvent(form, 'hcc-rating-stored');
      button(form, 'Bỏ qua').click();
      const skipped = (await stored).detail.rating;
      expect(skipped.reasons).to.deep.equal([]);
      expect(skipped.comment).to.equal(undefined);
    });

    it('indicator pages record 2/1/0 points per indicator', async () => {
      const form = await render({ indicators: '1,7' });
      await waitUntil(() => form.activeSurvey.indicators?.length === 2, 'indicator pages loaded');
      tap(form, 'Hài lòng');
      await screenIs(form, 'page');
      expect(text(form)).to.include('Câu 1/2');
      tap(form, 'Đúng quy định');
      await form.updateComplete;
      expect(text(form)).to.include('Câu 2/2');
      const stored = oneEvent(form, 'hcc-rating-stored');
      tap(form, 'Tận tình, chu đáo');
      expect((await stored).detail.rating.indicators).to.deep.equal({ '1': 1, '7': 2 });
    });

    it('shows "Cần thêm thời gian?" after the idle time and resets after the prompt, storing the partial answers', async () => {
      const form = await render();
      await lowScore(form);
      button(form, 'Phải đi lại nhiều lần').click();
      clock.advance(29_999);
      await form.updateComplete;
      expect(shadow(form).querySelector('dialog.prompt')).to.equal(null);
      clock.advance(1);
      await form.updateComplete;
      const dialog = shadow(form).querySelector<HTMLDialogElement>('dialog.prompt')!;
      expect(dialog.open).to.equal(true);
      expect(dialog.textContent).to.include('Ông/Bà cần thêm thời gian?');
      expect(dialog.textContent).to.include('sau 20 giây');
      clock.advance(5000);
      await form.updateComplete;
      expect(shadow(form).querySelector('dialog.prompt')!.textContent).to.include('sau 15 giây');
      const stored = oneEvent(form, 'hcc-rating-stored');
      clock.advance(15_000);
      const { rating } = (await stored).detail;
      expect(rating).to.deep.include({ level: 'dissatisfied', reasons: ['come-back'], partial: true });
      await screenIs(form, 'thanks');
    });

    it('"I need more time" keeps the survey going and restarts the idle time', async () => {
      const form = await render();
      await lowScore(form);
      clock.advance(30_000);
      await form.updateComplete;
      button(form, 'Tôi cần thêm thời gian').click();
      await form.updateComplete;
      expect(shadow(form).querySelector('dialog.prompt')).to.equal(null);
      clock.advance(29_000);
      await form.updateComplete;
      expect(form.screen).to.equal('page');
      expect(shadow(form).querySelector('dialog.prompt')).to.equal(null);
    });

    it('an idle reset with partial="discard" stores nothing and returns to start', async () => {
      const form = await render({ partial: 'discard' });
      const stored = collect(form, 'hcc-rating-stored');
      await lowScore(form);
      clock.advance(30_000);
      await form.updateComplete;
      clock.advance(20_000);
      await screenIs(form, 'start');
      expect(stored).to.have.length(0);
    });

    it('the thank-you screen returns to start after the configured delay', async () => {
      const form = await render({ 'thanks-seconds': '3' });
      tap(form, 'Hài lòng');
      await screenIs(form, 'thanks');
      clock.advance(2999);
      await form.updateComplete;
      expect(form.screen).to.equal('thanks');
      clock.advance(1);
      await screenIs(form, 'start');
    });

    it('shows "N chưa đồng bộ" while the back end is unreachable, then the last sync time', async () => {
      const sink = switchableSink(memory);
      const form = await render({ 'thanks-seconds': '1', 'min-interval-seconds': '0' });
      tap(form, 'Hài lòng');
      await screenIs(form, 'thanks');
      clock.advance(1000);
      await screenIs(form, 'start');
      tap(form, 'Rất hài lòng');
      await screenIs(form, 'thanks');
      await waitUntil(() => text(form).includes('2 chưa đồng bộ'), `badge: ${text(form)}`);
      expect(text(form)).to.include('chưa đồng bộ lần nào');
      await expect(form).to.be.accessible();
      sink.down = false;
      await form.outbox!.syncNow();
      await waitUntil(() => /Đã đồng bộ · lần cuối \d\d:\d\d/.test(text(form)), `badge: ${text(form)}`);
    });

    it('a rating that cannot be stored shows the error screen, is kept in memory and counted as not saved', async () => {
      const form = await render();
      const errors = collect<{ error: { kind: string } }>(form, 'hcc-rating-error');
      form.outbox!.close();
      tap(form, 'Hài lòng');
      await screenIs(form, 'error');
      expect(text(form)).to.include('Chưa lưu được đánh giá');
      expect(text(form)).to.include('1 chưa lưu được');
      expect(errors.map((e) => e.error.kind)).to.deep.equal(['storage']);
      expect(shadow(form).querySelector('[role="status"]')!.textContent?.trim()).to.equal('Chưa lưu được đánh giá');
      button(form, 'Thử lại').click();
      await screenIs(form, 'error');
      expect(errors).to.have.length(2);
      clock.advance(15_000);
      await screenIs(form, 'start');
      expect(text(form)).to.include('1 chưa lưu được');
    });

    it('the hidden gesture and the PIN open the settings; a wrong PIN does not', async () => {
      const form = await render({ 'admin-pin': '2468' });
      const corner = shadow(form).querySelector<HTMLElement>('[part="admin-corner"]')!;
      for (let i = 0; i < 4; i++) corner.dispatchEvent(new PointerEvent('pointerup', { bubbles: true, composed: true }));
      await form.updateComplete;
      expect(shadow(form).querySelector('hcc-rating-settings')).to.equal(null);
      clock.advance(5000);
      for (let i = 0; i < 5; i++) corner.dispatchEvent(new PointerEvent('pointerup', { bubbles: true, composed: true }));
      await waitUntil(() => shadow(form).querySelector('hcc-rating-settings'), 'settings element');
      const settings = shadow(form).querySelector('hcc-rating-settings')!;
      await settings.updateComplete;
      const root = settings.shadowRoot!;
      root.querySelector<HTMLInputElement>('input[name="pin"]')!.value = '1111';
      root.querySelector('form')!.requestSubmit();
      await settings.updateComplete;
      expect(root.textContent).to.include('Mã PIN không đúng.');
      root.querySelector<HTMLInputElement>('input[name="pin"]')!.value = '2468';
      root.querySelector('form')!.requestSubmit();
      await settings.updateComplete;
      expect(root.textContent).to.include('Cài đặt máy đánh giá');
      expect(root.textContent).to.include(form.effectiveDeviceId);
    });

    it('the hidden corner of the gesture covers no control, on any screen', async () => {
      await setViewport({ width: 800, height: 600 });
      const form = await render({ scale: 'kiosk', 'officer-display': 'name', 'counter-id': 'bc-q1' });
      const check = () => {
        const corner = shadow(form).querySelector('[part="admin-corner"]')!.getBoundingClientRect();
        for (const b of shadow(form).querySelectorAll('button, textarea')) {
          const r = b.getBoundingClientRect();
          const overlaps = r.left < corner.right && r.right > corner.left && r.top < corner.bottom && r.bottom > corner.top;
          expect(overlaps, b.textContent ?? b.tagName).to.equal(false);
        }
      };
      check();
      await lowScore(form);
      check();
    });

    it('settings saved on the device override the attributes and survive a reload', async () => {
      const form = await render({ 'admin-pin': '2468' });
      await form.openSettings();
      await form.updateComplete;
      const settings = shadow(form).querySelector('hcc-rating-settings')!;
      await settings.updateComplete;
      const root = settings.shadowRoot!;
      root.querySelector<HTMLInputElement>('input[name="pin"]')!.value = '2468';
      root.querySelector('form')!.requestSubmit();
      await waitUntil(() => root.querySelector('select[name="counterId"], input[name="counterId"]'), 'device form');
      const setValue = (name: string, value: string) => {
        const field = root.querySelector<HTMLInputElement | HTMLSelectElement>(`[name="${name}"]`)!;
        field.value = value;
      };
      await waitUntil(() => root.querySelector('select[name="unitId"]'), 'org loaded into the settings');
      setValue('unitId', 'bai-chay');
      setValue('thanksSeconds', '8');
      root.querySelector<HTMLSelectElement>('select[name="counterId"]')!.value = 'bc-q3';
      root.querySelectorAll('form')[0]!.requestSubmit();
      await form.updateComplete;
      expect(JSON.parse(localStorage.getItem(SETTINGS_KEY)!)).to.deep.include({ unitId: 'bai-chay', counterId: 'bc-q3', thanksSeconds: 8, lang: 'vi' });
      expect(form.effectiveCounterId).to.equal('bc-q3');
      form.remove();
      el = undefined;
      await dropDb(db);
      const again = await render({ 'counter-id': 'bc-q1' });
      expect(again.effectiveCounterId).to.equal('bc-q3');
      const stored = oneEvent(again, 'hcc-rating-stored');
      tap(again, 'Hài lòng');
      expect((await stored).detail.rating.counterId).to.equal('bc-q3');
      await screenIs(again, 'thanks');
      clock.advance(7999);
      await again.updateComplete;
      expect(again.screen, 'thank-you delay from the device setting').to.equal('thanks');
    });

    it('stored settings that fail their schema are quarantined, reported and not used', async () => {
      localStorage.setItem(SETTINGS_KEY, JSON.stringify({ unitId: 'bad unit id with spaces', thanksSeconds: 'soon' }));
      const form = document.createElement('hcc-rating-form');
      const errors = collect<{ error: { kind: string } }>(form, 'hcc-data-error');
      form.setAttribute('unit-id', 'bai-chay');
      form.setAttribute('outbox-db', db);
      form.clock = clock;
      el = await renderForm(html`<div>${form}</div>`).then(() => form);
      await form.storeLoaded;
      expect(errors.map((e) => e.error.kind)).to.deep.equal(['schema']);
      expect(form.effectiveUnitId).to.equal('bai-chay');
      expect(localStorage.getItem(SETTINGS_KEY)).to.equal(null);
      expect(localStorage.getItem(`hcc:quarantine:${SETTINGS_KEY}`)).to.include('bad unit id');
    });

    it('reports the Screen Wake Lock status; a fake lock stands in because headless Chromium grants none', async () => {
      const released: (() => void)[] = [];
      const fake = {
        request: async () => {
          const sentinel = new EventTarget() as WakeLockSentinel;
          Object.assign(sentinel, { released: false, type: 'screen', release: async () => { (sentinel as { released: boolean }).released = true; sentinel.dispatchEvent(new Event('release')); } });
          released.push(() => void sentinel.release());
          return sentinel;
        },
      };
      const original = Object.getOwnPropertyDescriptor(Navigator.prototype, 'wakeLock');
      Object.defineProperty(navigator, 'wakeLock', { value: fake, configurable: true });
      try {
        const form = await render();
        await waitUntil(() => form.wakeLockStatus === 'active', 'wake lock active');
        released[0]!();
        await waitUntil(() => form.wakeLockStatus === 'released', 'wake lock released');
        form.wakeLock = 'off';
        await form.updateComplete;
        await waitUntil(() => form.wakeLockStatus === 'off', 'wake lock off');
      } finally {
        delete (navigator as unknown as Record<string, unknown>)['wakeLock'];
        if (original) Object.defineProperty(Navigator.prototype, 'wakeLock', original);
      }
    });

    it('blocks the context menu on the rating surface', async () => {
      const form = await render();
      const ev = new MouseEvent('contextmenu', { bubbles: true, composed: true, cancelable: true });
      options(form)[0]!.dispatchEvent(ev);
      expect(ev.defaultPrevented).to.equal(true);
      expect(getComputedStyle(form).userSelect).to.equal('none');
      expect(getComputedStyle(form).touchAction).to.equal('pan-x pan-y');
    });

    it('keyboard only: Tab to the answers, arrows to move, Enter to rate', async () => {
      const form = await render();
      const stored = oneEvent(form, 'hcc-rating-stored');
      const tabTo = async (match: (el: Element | null) => boolean, max = 6) => {
        for (let i = 0; i < max && !match(shadow(form).activeElement); i++) await sendKeys({ press: 'Tab' });
        expect(match(shadow(form).activeElement), `focus on ${shadow(form).activeElement?.outerHTML}`).to.equal(true);
      };
      await tabTo((a) => a?.getAttribute('role') === 'radio');
      expect(shadow(form).activeElement?.textContent?.trim()).to.equal('Rất hài lòng');
      await sendKeys({ press: 'ArrowRight' });
      await form.updateComplete;
      expect(shadow(form).activeElement?.textContent?.trim()).to.equal('Hài lòng');
      await sendKeys({ press: 'ArrowRight' });
      await sendKeys({ press: 'ArrowRight' });
      await form.updateComplete;
      expect(shadow(form).activeElement?.textContent?.trim(), 'wraps around').to.equal('Rất hài lòng');
      await sendKeys({ press: 'End' });
      await form.updateComplete;
      await sendKeys({ press: 'Enter' });
      await screenIs(form, 'page');
      expect(shadow(form).activeElement?.tagName, 'focus moves to the new page').to.equal('H2');
      await tabTo((a) => a?.textContent?.trim() === 'Chờ đợi quá lâu');
      await sendKeys({ press: 'Space' });
      await tabTo((a) => a?.tagName === 'TEXTAREA', 8);
      await sendKeys({ type: 'Cần thêm ghế chờ' });
      await tabTo((a) => a?.textContent?.trim() === 'Gửi đánh giá');
      await sendKeys({ press: 'Enter' });
      const { rating } = (await stored).detail;
      expect(rating).to.deep.include({ level: 'dissatisfied', reasons: ['wait-long'], comment: 'Cần thêm ghế chờ' });
      await screenIs(form, 'thanks');
    });
  });

  describe('i18n', () => {
    it('switching to English at runtime changes every text, and the next citizen gets Vietnamese again', async () => {
      const form = await render({ 'thanks-seconds': '1', 'counter-id': 'bc-q1', 'officer-id': 'bc-cb-01', 'officer-display': 'name' });
      await waitUntil(() => text(form).includes('Quầy số 1'), 'counter shown');
      const vietnamese = /[ăâđêôơưàảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵ]/i;
      const englishText = () => {
        const clone = shadow(form).querySelector('.base')!.cloneNode(true) as Element;
        // The switch back names its language in that language, and officers' names are names.
        clone.querySelectorAll('[lang="vi"], .muted-on-brand').forEach((n) => n.remove());
        return clone.textContent!.replace(/\s+/g, ' ');
      };
      button(form, 'English').click();
      await form.updateComplete;
      expect(form.getAttribute('lang')).to.equal('en');
      expect(englishText()).to.include('How satisfied are you with the service today?');
      expect(englishText()).to.include('Counter 1');
      expect(englishText()).not.to.match(vietnamese);
      await expect(form).to.be.accessible();
      tap(form, 'Dissatisfied');
      await screenIs(form, 'page');
      expect(englishText()).to.include('What were you not satisfied with?');
      expect(englishText()).not.to.match(vietnamese);
      const stored = oneEvent(form, 'hcc-rating-stored');
      button(form, 'Send rating').click();
      expect((await stored).detail.rating.lang).to.equal('en');
      await screenIs(form, 'thanks');
      expect(englishText()).to.include('Thank you for your rating!');
      expect(englishText()).not.to.match(vietnamese);
      clock.advance(1000);
      await screenIs(form, 'start');
      expect(form.hasAttribute('lang')).to.equal(false);
      expect(text(form)).to.include('Ông/Bà có hài lòng với sự phục vụ hôm nay không?');
    });

    it('an English start screen left untouched returns to Vietnamese after the idle time', async () => {
      const form = await render();
      button(form, 'English').click();
      await form.updateComplete;
      clock.advance(30_000);
      await form.updateComplete;
      expect(form.hasAttribute('lang')).to.equal(false);
    });

    it('formats the last sync time and counts for the language', async () => {
      const form = await render({ lang: 'en' });
      const synced = oneEvent(form, 'hcc-rating-synced');
      tap(form, 'Satisfied');
      await synced;
      await waitUntil(() => /Synced · last at \d\d:\d\d/.test(text(form)), `badge: ${text(form)}`);
    });

    it('reads the question aloud with a vi-VN voice; a fake synthesiser stands in (headless Chromium has no voices)', async () => {
      const spoken: { text: string; lang: string; voice?: string }[] = [];
      const synth = {
        getVoices: () => [{ lang: 'en-US', name: 'English' }, { lang: 'vi-VN', name: 'Tiếng Việt' }] as SpeechSynthesisVoice[],
        speak: (u: SpeechSynthesisUtterance) => {
          spoken.push({ text: u.text, lang: u.lang, voice: u.voice?.name });
          queueMicrotask(() => u.onend?.(new Event('end') as SpeechSynthesisEvent));
        },
        cancel: () => undefined,
        addEventListener: () => undefined,
        removeEventListener: () => undefined,
      };
      const original = Object.getOwnPropertyDescriptor(window, 'speechSynthesis');
      const Utterance = window.SpeechSynthesisUtterance;
      Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
      // Real utterances accept only the browser's own voice objects, which a headless browser has none of.
      window.SpeechSynthesisUtterance = class {
        lang = '';
        voice: SpeechSynthesisVoice | null = null;
        rate = 1;
        onend: ((e: Event) => void) | null = null;
        onerror: ((e: Event) => void) | null = null;
        constructor(readonly text: string) {}
      } as unknown as typeof SpeechSynthesisUtterance;
      try {
        const form = await render();
        labelled(form, 'Đọc to câu hỏi').click();
        await waitUntil(() => spoken.length === 5, `spoken: ${JSON.stringify(spoken)}`);
        expect(spoken.map((s) => s.text)).to.deep.equal([
          'Ông/Bà có hài lòng với sự phục vụ hôm nay không?', 'Chọn một trong 3 mức:', '1. Rất hài lòng', '2. Hài lòng', '3. Không hài lòng',
        ]);
        expect(spoken.every((s) => s.voice === 'Tiếng Việt' && s.lang === 'vi-VN')).to.equal(true);
      } finally {
        window.SpeechSynthesisUtterance = Utterance;
        if (original) Object.defineProperty(window, 'speechSynthesis', original);
      }
    });

    it('says clearly when no Vietnamese voice is installed', async () => {
      const synth = {
        getVoices: () => [{ lang: 'en-US', name: 'English' }] as SpeechSynthesisVoice[],
        speak: () => undefined,
        cancel: () => undefined,
        addEventListener: () => undefined,
        removeEventListener: () => undefined,
      };
      const original = Object.getOwnPropertyDescriptor(window, 'speechSynthesis');
      Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
      try {
        const form = await render();
        labelled(form, 'Đọc to câu hỏi').click();
        await waitUntil(() => text(form).includes('Thiết bị chưa có giọng đọc tiếng Việt'), 'fallback notice');
        await expect(form).to.be.accessible();
      } finally {
        if (original) Object.defineProperty(window, 'speechSynthesis', original);
      }
    });
  });

  describe('theming', () => {
    it('takes the centre brand colour from one token', async () => {
      const form = await render();
      form.style.setProperty('--hcc-color-brand', 'rgb(160, 20, 40)');
      await form.updateComplete;
      const header = shadow(form).querySelector<HTMLElement>('[part="header"]')!;
      expect(getComputedStyle(header).backgroundColor).to.equal('rgb(160, 20, 40)');
    });

    it('faces differ by shape, not colour alone, and use forced colours when active', async () => {
      const form = await render();
      const shapes = options(form).map((o) => o.querySelector('svg')!.innerHTML.replace(/<!--.*?-->/g, ''));
      expect(new Set(shapes).size).to.equal(3);
      await emulateMedia({ forcedColors: 'active' });
      const o = options(form)[0]!;
      // The colour change is a transition; jump to its end rather than wait for it.
      for (const a of o.getAnimations()) a.finish();
      expect(getComputedStyle(o).borderTopColor).to.equal(getComputedStyle(o).color);
      expect(getComputedStyle(o).forcedColorAdjust).to.equal('none');
    });

    it('honours reduced motion', async () => {
      const form = await render();
      expect(getComputedStyle(options(form)[0]!).transitionDuration).not.to.match(/^0s/);
      await emulateMedia({ reducedMotion: 'reduce' });
      expect(getComputedStyle(options(form)[0]!).transitionDuration).to.match(/^0s/);
      tap(form, 'Hài lòng');
      await screenIs(form, 'thanks');
      expect(getComputedStyle(shadow(form).querySelector('.big-icon')!).animationName).to.equal('none');
    });
  });

  describe('cleanup', () => {
    it('closes the shared outbox and stops its timers when the last form is removed', async () => {
      const form = await render({ 'thanks-seconds': '5' });
      tap(form, 'Hài lòng');
      await screenIs(form, 'thanks');
      expect(clock.pending).to.be.above(0);
      expect(sharedOutbox(db)).to.equal(form.outbox);
      form.remove();
      el = undefined;
      expect(clock.pending, 'the thank-you timer is cleared').to.equal(0);
      await waitUntil(() => sharedOutbox(db) === undefined, 'outbox closed');
    });

    it('a form moved in the page keeps its outbox and its queue binding, and still stores', async () => {
      memory = useMemorySource({ snapshots: [queueSnapshot()] });
      const form = await render({ 'counter-id': 'bc-q3', queue: 'auto' });
      await waitUntil(() => text(form).includes('2005'), 'ticket bound');
      const outbox = form.outbox;
      const other = document.createElement('section');
      form.parentElement!.append(other);
      other.append(form);
      await form.storeLoaded;
      expect(form.outbox).to.equal(outbox);
      await waitUntil(() => text(form).includes('Lượt phục vụ số 2005'), 'ticket bound again');
      const stored = oneEvent(form, 'hcc-rating-stored');
      tap(form, 'Hài lòng');
      expect((await stored).detail.rating.ticket).to.equal('bc-2005');
    });

    it('two forms on one page share one outbox', async () => {
      const a = await render();
      const b = document.createElement('hcc-rating-form');
      b.setAttribute('unit-id', 'bai-chay');
      b.setAttribute('outbox-db', db);
      b.clock = clock;
      a.parentElement!.append(b);
      await b.storeLoaded;
      expect(b.outbox).to.equal(a.outbox);
      a.remove();
      await Promise.resolve();
      await Promise.resolve();
      expect(sharedOutbox(db), 'still held by the other form').to.equal(b.outbox);
      el = b;
    });
  });
});

export type { Rating };
