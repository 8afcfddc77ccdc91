import { fixture, html, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { MemorySource, type MemorySourceOptions } from '../../src/data/adapters/memory/index.js';
import { setDefaultSource } from '../../src/data/registry.js';
import { composeSources } from '../../src/data/adapters/compose.js';
import { DataError } from '../../src/data/errors.js';
import type { DataSource } from '../../src/data/ports.js';
import type { OrgData } from '../../src/data/schemas/org.js';
import type { QueueSnapshot } from '../../src/data/schemas/queue.js';
import type { Rating } from '../../src/data/schemas/rating.js';
import { DEVICE_ID_KEY, RATED_KEY, SETTINGS_KEY } from '../../src/components/rating-form/device.js';
import type { HccRatingForm } from '../../src/components/rating-form/rating-form.js';
import { sharedOutbox } from '../../src/data/outbox/shared.js';
import '../../src/rating.js';
import { FakeClock, uniqueDb } from '../data/outbox/helpers.js';

export { FakeClock, uniqueDb };

/** 08:00 on Wednesday 4 March 2026 in Hạ Long. */
export const T0 = Date.UTC(2026, 2, 4, 1, 0, 0);

/** A ward centre with two counters and two officers (public names only, as centres show them). */
export const org: OrgData = {
  version: 1,
  units: [
    { id: 'qn', name: 'Tỉnh Quảng Ninh', kind: 'province' },
    { id: 'bai-chay', name: 'Trung tâm Phục vụ hành chính công phường Bãi Cháy', kind: 'ward', parentId: 'qn', code: 'H49.50.13' },
    { id: 'hong-gai', name: 'Trung tâm Phục vụ hành chính công phường Hồng Gai', kind: 'ward', parentId: 'qn', code: 'H49.50.14' },
  ],
  fields: [
    { id: 'ho-tich', name: 'Hộ tịch', ticketBase: 1001 },
    { id: 'dat-dai', name: 'Đất đai', ticketBase: 2001 },
  ],
  counters: [
    { id: 'bc-q1', unitId: 'bai-chay', number: 1, name: 'Quầy 1 – Hộ tịch', fieldIds: ['ho-tich'], officerIds: ['bc-cb-01'] },
    { id: 'bc-q3', unitId: 'bai-chay', number: 3, name: 'Quầy 3 – Đất đai', fieldIds: ['dat-dai'], officerIds: ['bc-cb-02'] },
    { id: 'hg-q1', unitId: 'hong-gai', number: 1, name: 'Quầy 1', fieldIds: ['ho-tich'] },
  ],
  officers: [
    { id: 'bc-cb-01', unitId: 'bai-chay', name: 'Nguyễn Thị Lan', title: 'Công chức Tư pháp – Hộ tịch', photoUrl: '/test/officer-photo-missing.jpg' },
    { id: 'bc-cb-02', unitId: 'bai-chay', name: 'Trần Văn Hùng', title: 'Công chức Địa chính' },
  ],
};

/** A queue snapshot of Bãi Cháy where counter 3 is serving ticket 2005 (dossier bound) and has served 2004. */
export function queueSnapshot(): QueueSnapshot {
  const at = '2026-03-04T08:30:00+07:00';
  return {
    unitId: 'bai-chay',
    epoch: 'test',
    seq: 10,
    at,
    tickets: [
      { id: 'bc-2004', number: 2004, unitId: 'bai-chay', serviceId: 'dat-dai', status: 'served', priority: 'none', issuedAt: '2026-03-04T08:00:00+07:00', counterId: 'bc-q3', startedAt: '2026-03-04T08:10:00+07:00', endedAt: '2026-03-04T08:20:00+07:00', recalls: 0 },
      { id: 'bc-2005', number: 2005, unitId: 'bai-chay', serviceId: 'dat-dai', status: 'serving', priority: 'elderly', issuedAt: '2026-03-04T08:05:00+07:00', counterId: 'bc-q3', startedAt: '2026-03-04T08:21:00+07:00', recalls: 0, dossierCode: 'H49.50.13-260304-0007' },
      { id: 'bc-2006', number: 2006, unitId: 'bai-chay', serviceId: 'dat-dai', status: 'waiting', priority: 'none', issuedAt: '2026-03-04T08:06:00+07:00', recalls: 0 },
    ],
    counters: [
      { counterId: 'bc-q1', status: 'open', ticketId: null, officerId: 'bc-cb-01' },
      { counterId: 'bc-q3', status: 'open', ticketId: 'bc-2005', officerId: 'bc-cb-02' },
    ],
    calls: [],
    issued: { 'dat-dai': 2006 },
  };
}

/** Clears what the form keeps in localStorage, so each test starts as a new device. */
export function clearDeviceStorage(): void {
  for (const k of [DEVICE_ID_KEY, RATED_KEY, SETTINGS_KEY]) {
    localStorage.removeItem(k);
    localStorage.removeItem(`hcc:quarantine:${k}`);
  }
}

/** A fresh MemorySource as the page default. */
export function useMemorySource(options: Partial<MemorySourceOptions> = {}): MemorySource {
  const memory = new MemorySource({ org, ...options });
  setDefaultSource(memory);
  return memory;
}

/** Every rating the memory source stored on 4 March 2026. */
export function storedRatings(memory: MemorySource): Promise<Rating[]> {
  return memory.ratings({ from: '2026-03-01T00:00:00+07:00', to: '2026-04-01T00:00:00+07:00' });
}

/** Renders a form and waits until its outbox has read its state from IndexedDB. */
export async function renderForm(template: TemplateResult): Promise<HccRatingForm> {
  const el = await fixture<HccRatingForm>(template);
  await el.storeLoaded;
  await el.outbox?.ready;
  await el.updateComplete;
  return el;
}

/** The form's shadow root. */
export const shadow = (el: HccRatingForm): ShadowRoot => el.shadowRoot!;

/** Answer buttons of the current radio group. */
export const options = (el: HccRatingForm): HTMLButtonElement[] => [...shadow(el).querySelectorAll<HTMLButtonElement>('[role="radio"]')];

/** A button of the current screen by its visible text. */
export function button(el: HccRatingForm, text: string | RegExp): HTMLButtonElement {
  const all = [...shadow(el).querySelectorAll<HTMLButtonElement>('button')];
  const b = all.find((x) => (typeof text === 'string' ? x.textContent?.trim() === text : text.test(x.textContent ?? '')));
  if (!b) throw new Error(`no button "${text}" among: ${all.map((x) => x.textContent?.trim()).join(' | ')}`);
  return b;
}

/** A button by its accessible name (`aria-label`). */
export function labelled(el: HccRatingForm, label: string): HTMLButtonElement {
  const b = shadow(el).querySelector<HTMLButtonElement>(`button[aria-label="${label}"]`);
  if (!b) throw new Error(`no button labelled "${label}"`);
  return b;
}

/**
 * The memory source behind a sink that can be taken down: while `down`, every batch fails as a
 * network error would, so ratings stay in the outbox.
 */
export function switchableSink(memory: MemorySource): { source: DataSource; down: boolean } {
  const state = { down: true, source: undefined as unknown as DataSource };
  state.source = composeSources(memory, {
    submitBatch: (ratings, signal) =>
      state.down ? Promise.reject(new DataError('network', 'Back end unreachable (test)', { source: 'test' })) : memory.submitBatch(ratings, signal),
  });
  setDefaultSource(state.source);
  return state;
}

/** Taps the answer whose label is `label`. */
export function tap(el: HccRatingForm, label: string): void {
  const b = options(el).find((o) => o.textContent?.trim() === label);
  if (!b) throw new Error(`no answer "${label}" among: ${options(el).map((o) => o.textContent?.trim()).join(' | ')}`);
  b.click();
}

/** Waits for the kiosk screen to become `screen`. */
export async function screenIs(el: HccRatingForm, screen: HccRatingForm['screen']): Promise<void> {
  await waitUntil(() => el.screen === screen, `screen ${screen} (now ${el.screen})`);
  await el.updateComplete;
}

/** Visible text of the shadow root (whitespace collapsed), excluding the hidden live region. */
export function text(el: HccRatingForm): string {
  return (shadow(el).querySelector('.base')?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Deletes a test's outbox database once the form let go of it. */
export async function dropDb(db: string): Promise<void> {
  await waitUntil(() => sharedOutbox(db) === undefined, `outbox ${db} closed`);
  await new Promise<void>((resolve) => {
    const req = indexedDB.deleteDatabase(db);
    req.onsuccess = req.onerror = req.onblocked = () => resolve();
  });
}

export { html };
