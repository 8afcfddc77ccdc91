/**
 * The leadership-wall station of the demo centre: `<hcc-kpi-wall>` full screen, reading its settings
 * from the URL (`?kiosk&rotate=30s`), on the embedded local source, an HTTP back end (`?api=`), or
 * generated data in memory at a fixed time (`?scene=memory`, for screenshots and slow machines).
 */
import '../src/kpi.js';
import type { HccKpiWall } from '../src/components/kpi-wall/kpi-wall.js';
import { setDefaultSource } from '../src/data/registry.js';
import { MemorySource } from '../src/data/adapters/memory/index.js';
import { generateSeed } from '../src/data/seed/index.js';
import { DataError } from '../src/data/errors.js';
import type { Clock } from '../src/core/time/index.js';

const q = new URLSearchParams(location.search);
const wall = document.createElement('hcc-kpi-wall') as HccKpiWall;
// kiosk, rotate, refresh, period, unit-id, pages and page come from the URL.
wall.urlParams = true;
if (q.get('unit')) wall.unitId = q.get('unit')!;
if (q.get('api')) wall.api = q.get('api')!;
const theme = q.get('theme');
if (theme === 'dark' || theme === 'contrast' || theme === 'auto') wall.theme = theme;
if (q.get('lang')) document.documentElement.lang = q.get('lang')!;

if (q.get('scene') === 'memory') {
  // A fixed instant: 10:00 on Monday 16 November 2026, a year of 40 000 dossiers before it.
  const now = Date.parse('2026-11-16T10:00:00+07:00');
  const start = performance.now();
  const clock: Clock = {
    now: () => now + (performance.now() - start),
    setTimeout: (fn, ms) => setTimeout(fn, ms),
    clearTimeout: (h) => clearTimeout(h as number),
  };
  const seed = generateSeed({ from: now - 365 * 86_400_000, to: now });
  const memory = new MemorySource({ org: seed.org, procedures: seed.procedures, cases: [...seed.cases].flat(), ratings: seed.ratings, petitions: seed.petitions });
  if (q.get('offline') === '1') {
    // After the first load every call fails, as when the back end goes away.
    let loads = 0;
    const fail = () => Promise.reject(new DataError('network', 'The demo source went offline'));
    setDefaultSource(new Proxy(memory, {
      get(target, prop, receiver) {
        const v = Reflect.get(target, prop, receiver) as unknown;
        if (prop === 'ratings' && typeof v === 'function') return (...a: unknown[]) => (++loads > 1 ? fail() : (v as (...x: unknown[]) => unknown).apply(target, a));
        return typeof v === 'function' ? (v as (...x: unknown[]) => unknown).bind(target) : v;
      },
    }));
    wall.refresh ||= '20s';
  } else setDefaultSource(memory);
  wall.clock = clock;
}
document.body.append(wall);
