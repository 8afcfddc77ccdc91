/**
 * The officers' station of the demo centre: two `<hcc-counter-console>`s and a ticket kiosk stand-in,
 * on the same source as the hall screen (the embedded local source shared across tabs, or `?api=`).
 */
import '../src/queue.js';
import { sourceFor } from '../src/data/registry.js';
import { defaultBoardUnit } from '../src/core/queue/board-model.js';

const q = new URLSearchParams(location.search);
const api = q.get('api') ?? '';
const main = document.querySelector('main')!;
for (const counterId of q.get('counter') ? [q.get('counter')!] : ['', '']) {
  const el = document.createElement('hcc-counter-console');
  if (counterId) el.counterId = counterId;
  if (api) el.api = api;
  main.prepend(el);
}

// The kiosk: one button per service served at the centre, as the ticket machine in the hall.
async function kiosk(): Promise<void> {
  const source = await sourceFor({ api: api || undefined });
  const org = await source.org();
  const unitId = q.get('unit') ?? defaultBoardUnit(org);
  const served = new Set(org.counters.filter((c) => c.unitId === unitId).flatMap((c) => c.fieldIds));
  const out = document.getElementById('issued') as HTMLOutputElement;
  const box = document.getElementById('services')!;
  for (const f of org.fields.filter((x) => served.has(x.id))) {
    const b = document.createElement('button');
    b.type = 'button';
    b.textContent = f.name;
    b.addEventListener('click', async () => {
      const priority = (document.getElementById('priority') as HTMLInputElement).checked ? 'elderly' : 'none';
      try {
        const r = await source.command({ type: 'issue', unitId: unitId!, serviceId: f.id, priority });
        const e = r.events.find((x) => x.type === 'ticket-issued');
        out.textContent = e && e.type === 'ticket-issued' ? `Đã cấp số ${e.ticket.number} – ${f.name}` : 'Đã cấp số';
      } catch (err) {
        out.textContent = `Không cấp được số: ${(err as Error).message}`;
      }
    });
    box.append(b);
  }
}
void kiosk();
