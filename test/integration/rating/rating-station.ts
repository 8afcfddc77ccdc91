import { HttpSource } from '../../../src/data/adapters/http/http-source.js';
import { setDefaultSource } from '../../../src/data/registry.js';
import type { HccRatingForm } from '../../../src/components/rating-form/rating-form.js';
import type { OutboxState, RatingOutbox } from '../../../src/data/outbox/outbox.js';
import type { SatisfactionLevel } from '../../../src/data/schemas/rating.js';
import '../../../src/rating.js';
import { FakeClock } from '../../data/outbox/helpers.js';

/**
 * What the station page (a counter tablet running `<hcc-rating-form>` against an HTTP back end)
 * offers its same-origin parent as `window.ratingStation`. Every load builds a new form on the same
 * outbox database and device, as a tablet restarted by a power cut would.
 */
export interface RatingStation {
  form: HccRatingForm;
  outbox(): RatingOutbox;
  state(): OutboxState;
  /**
   * Rates through the form the way a citizen does: taps the answer, waits until the rating is
   * committed to IndexedDB, then lets the kiosk clock move past the thank-you screen and the minimum
   * interval. Resolves with the rating's id.
   */
  rate(level: SatisfactionLevel): Promise<string>;
}

declare global {
  interface Window {
    ratingStation?: RatingStation;
  }
}

const q = new URLSearchParams(location.search);
const api = q.get('api');
const db = q.get('db');
if (!api || !db) throw new Error('rating-station needs ?api=…&db=…');

setDefaultSource(() => new HttpSource({ api, timeoutMs: Number(q.get('timeoutMs') ?? 2000) }));

// The kiosk's own clock is driven by `rate` (thank-you screen, minimum interval); the outbox's
// retries run on real time.
const clock = new FakeClock(Number(q.get('t0') ?? Date.UTC(2026, 2, 4, 1, 0, 0)));
const form = document.createElement('hcc-rating-form');
form.setAttribute('unit-id', q.get('unit') ?? 'hl');
form.setAttribute('outbox-db', db);
form.setAttribute('queue', 'off');
form.setAttribute('officer-display', 'none');
form.setAttribute('scale', 'kiosk');
form.clock = clock;
form.syncOptions = {
  batchSize: Number(q.get('batchSize') ?? 100),
  backoff: { baseMs: Number(q.get('baseMs') ?? 1000), maxMs: Number(q.get('maxMs') ?? 300_000) },
  intervalMs: Number(q.get('intervalMs') ?? 60_000),
};
document.body.append(form);

const label = (level: SatisfactionLevel) => form.activeSurvey.question.options.find((o) => o.level === level)!.label.vi;

async function rate(level: SatisfactionLevel): Promise<string> {
  await form.updateComplete;
  const button = [...form.shadowRoot!.querySelectorAll<HTMLButtonElement>('[role="radio"]')].find((b) => b.textContent?.trim() === label(level));
  if (!button) throw new Error(`no "${label(level)}" on screen ${form.screen}`);
  const stored = new Promise<string>((resolve, reject) => {
    form.addEventListener('hcc-rating-stored', (e) => resolve(e.detail.rating.id), { once: true });
    form.addEventListener('hcc-rating-error', (e) => reject(e.detail.error), { once: true });
  });
  button.click();
  await form.updateComplete;
  // A low score opens the follow-up: this citizen skips it.
  while (form.screen === 'page') {
    [...form.shadowRoot!.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent?.trim() === 'Bỏ qua')!.click();
    await form.updateComplete;
  }
  const id = await stored;
  // "Thank you" follows the commit within a few microtasks.
  for (let i = 0; form.screen !== 'thanks'; i++) {
    if (i > 1000) throw new Error(`screen ${form.screen} after the rating was stored`);
    await form.updateComplete;
  }
  // Past the thank-you screen (5 s) and the minimum interval (5 s).
  clock.advance(6000);
  await form.updateComplete;
  if ((form.screen as string) !== 'start') throw new Error(`screen ${form.screen} after the thank-you screen`);
  return id;
}

await form.storeLoaded;
await form.outbox!.ready;

window.ratingStation = {
  form,
  outbox: () => form.outbox!,
  state: () => form.outbox!.state,
  rate,
};
