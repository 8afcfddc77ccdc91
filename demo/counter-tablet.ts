/**
 * The counter tablet station: `<hcc-rating-form>` full screen, as it runs on the tablet fixed at a
 * counter. Without parameters it uses the embedded data source (IndexedDB in this browser, demo data,
 * the queue simulator serving tickets); with `?api=http://host:8787/api/v1` the reference server or
 * a real back end.
 *
 * Parameters (all optional): `api`, `unit`, `counter`, `officer`, `procedure`, `ticket`, `preset`
 * (3 | 5), `indicators` (tt01 | 1,3,4,7), `lang` (vi | en), `theme` (dark | contrast | auto),
 * `pin` (settings PIN, default 2468 in this demo), `simulate=0` (no simulated queue),
 * `fullscreen=0` (do not enter full screen on the first tap).
 */
import '../src/rating.js';
import { configureLocalDefault, sourceFor } from '../src/data/registry.js';
import { defaultBoardUnit } from '../src/core/queue/board-model.js';

const q = new URLSearchParams(location.search);
const api = q.get('api') ?? '';
if (!api) configureLocalDefault({ simulate: q.get('simulate') !== '0' });

async function unitAndCounter(): Promise<{ unit: string; counter: string }> {
  const unit = q.get('unit');
  const counter = q.get('counter');
  if (unit) return { unit, counter: counter ?? '' };
  // Like the hall screen and the counter console: the centre, and its first counter.
  const org = await (await sourceFor({ api: api || undefined })).org();
  const u = defaultBoardUnit(org) ?? org.units[0]!.id;
  return { unit: u, counter: counter ?? org.counters.find((c) => c.unitId === u)?.id ?? '' };
}

const form = document.createElement('hcc-rating-form');
form.scale = 'kiosk';
form.adminPin = q.get('pin') ?? '2468';
if (api) form.api = api;
for (const [param, attr] of [
  ['officer', 'officer-id'], ['procedure', 'procedure-code'], ['ticket', 'ticket'], ['preset', 'preset'],
  ['indicators', 'indicators'], ['lang', 'lang'], ['theme', 'theme'],
] as const) {
  const v = q.get(param);
  if (v) form.setAttribute(attr, v);
}

try {
  const { unit, counter } = await unitAndCounter();
  form.unitId = unit;
  if (counter) form.counterId = counter;
} catch (e) {
  // The form still works: the technician chooses the unit in its settings.
  console.error('counter tablet: the organisation could not be loaded', e);
}
document.getElementById('loading')?.remove();
document.body.append(form);

// A kiosk browser is usually full screen already; otherwise enter it on the first tap.
if (q.get('fullscreen') !== '0') {
  document.addEventListener(
    'pointerdown',
    () => void document.documentElement.requestFullscreen?.({ navigationUI: 'hide' }).catch(() => undefined),
    { once: true },
  );
}
