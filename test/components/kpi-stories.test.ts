import { expect, fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import * as card from '../../stories/kpi-card.stories.js';
import * as chart from '../../stories/kpi-chart.stories.js';
import * as k766 from '../../stories/kpi-766.stories.js';
import * as ranking from '../../stories/kpi-ranking.stories.js';
import * as wall from '../../stories/kpi-wall.stories.js';
import * as results from '../../stories/kpi-results.stories.js';
import { waitUntil } from './kpi-helpers.js';

type Render = (args: Record<string, unknown>, context: unknown) => TemplateResult;
interface StoryModule {
  default: { args?: Record<string, unknown>; render?: Render; title?: string };
  [name: string]: unknown;
}

/** Every KPI element in a container, through shadow roots (walls hold theirs inside). */
function kpiElements(root: ParentNode): (HTMLElement & { fetchedAt?: number; freshness?: string })[] {
  const out: HTMLElement[] = [];
  const walk = (n: ParentNode) => {
    for (const el of n.querySelectorAll('*')) {
      if (/^hcc-kpi-(card|chart|766|ranking|results)$/.test(el.localName)) out.push(el as HTMLElement);
      if (el.shadowRoot) walk(el.shadowRoot);
    }
  };
  walk(root);
  return out;
}

const modules: [string, StoryModule][] = [
  ['card', card as unknown as StoryModule],
  ['chart', chart as unknown as StoryModule],
  ['766', k766 as unknown as StoryModule],
  ['ranking', ranking as unknown as StoryModule],
  ['wall', wall as unknown as StoryModule],
  ['results', results as unknown as StoryModule],
];

describe('KPI stories', function () {
  // Each story renders real elements on a year of generated dossiers; a few dozen of them take a while.
  this.timeout(120_000);

  for (const [family, mod] of modules) {
    const meta = mod.default;
    for (const [name, story] of Object.entries(mod)) {
      if (name === 'default' || typeof story !== 'object' || story === null) continue;
      const s = story as { args?: Record<string, unknown>; render?: Render };
      it(`${family}/${name} renders and is accessible`, async () => {
        const args = { ...meta.args, ...s.args };
        const render = s.render ?? meta.render;
        if (!render) throw new Error('story without render');
        const box = await fixture<HTMLElement>(html`<div>${render(args, { args })}</div>`);
        const live = !['loading', 'stale', 'offline'].includes(String(args['state'] ?? 'live'));
        if (live) {
          await waitUntil(() => {
            const els = kpiElements(box);
            const fed = (e: HTMLElement) => ['model', 'document', 'value', 'score', 'rows', 'result'].some((k) => (e as unknown as Record<string, unknown>)[k] !== undefined);
            const settled = (e: HTMLElement & { fetchedAt?: number; freshness?: string }) =>
              e.fetchedAt !== undefined || fed(e) || e.freshness === 'offline' || /không tồn tại|không hợp lệ/.test(e.shadowRoot?.textContent ?? '');
            return els.length > 0 && els.every(settled);
          }, 'story never loaded', { timeout: 60_000 });
        }
        await expect(box).to.be.accessible();
      });
    }
  }
});
