/**
 * `<hcc-story-kpi>`: gives the KPI elements inside it a year of generated Hạ Long dossiers (in memory,
 * shared by every story), a clock fixed at 10:00 on Monday 16 November 2026, and a data state to show:
 * `live`, `loading` (the source never answers), `stale` (refreshes hang: after twice the 3 s refresh
 * interval the figures are marked) or `offline` (every refresh fails after the first load).
 */
import { LitElement, css, html, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { ContextProvider } from '@lit/context';
import { dataSourceContext } from '../src/controllers/data-source-controller.js';
import { kpiScopeContext } from '../src/components/kpi-common/context.js';
import { define } from '../src/internal/define.js';
import type { Clock } from '../src/core/time/index.js';
import { MemorySource } from '../src/data/adapters/memory/memory-source.js';
import { DataError } from '../src/data/errors.js';
import type { DataSource, PeriodQuery } from '../src/data/ports.js';
import { generateSeed } from '../src/data/seed/index.js';

/** "Now" of every KPI story. */
export const STORY_NOW = Date.parse('2026-11-16T10:00:00+07:00');

let memory: MemorySource | undefined;
let liveSource: DataSource | undefined;

/** The shared in-memory source: 15 000 dossiers over the year before {@link STORY_NOW}. */
export function storyKpiSource(): MemorySource {
  if (!memory) {
    const seed = generateSeed({ from: STORY_NOW - 365 * 86_400_000, to: STORY_NOW, casesPerYear: 15_000 });
    memory = new MemorySource({ org: seed.org, procedures: seed.procedures, cases: [...seed.cases].flat(), ratings: seed.ratings, petitions: seed.petitions });
  }
  return memory;
}

/** A clock that starts at `at` and runs with real time (timers are real). */
export function clockAt(at: number): Clock {
  const start = performance.now();
  return { now: () => at + (performance.now() - start), setTimeout: (fn, ms) => setTimeout(fn, ms), clearTimeout: (h) => clearTimeout(h as number) };
}

type State = 'live' | 'loading' | 'stale' | 'offline';

/** A source in a given state, over the shared one. */
function sourceIn(state: State, base: MemorySource): DataSource {
  let calls = 0;
  const never = new Promise<never>(() => undefined);
  const failOrHang = (): Promise<never> | undefined => {
    if (state === 'loading') return never;
    if (calls++ < 1 || state === 'live') return undefined;
    return state === 'offline' ? Promise.reject(new DataError('network', 'Story source offline', { source: 'story' })) : never;
  };
  return {
    kind: 'story',
    org: (s) => base.org(s),
    procedures: (s) => base.procedures(s),
    procedure: (c, s) => base.procedure(c, s),
    snapshot: (u, s) => base.snapshot(u, s),
    subscribe: (u, m, s) => base.subscribe(u, m, s),
    command: (c, s) => base.command(c, s),
    submitBatch: (r, s) => base.submitBatch(r, s),
    caseStatus: (c, s) => base.caseStatus(c, s),
    petitions: (q: PeriodQuery, s) => base.petitions(q, s),
    ratings: (q: PeriodQuery, s) => failOrHang() ?? base.ratings(q, s),
    cases: (q: PeriodQuery, s) => base.cases(q, s),
  };
}

export class HccStoryKpi extends LitElement {
  static override styles = css`
    :host {
      display: contents;
    }
  `;

  /** Data state to show. */
  @property() state: State = 'live';

  private readonly sourceProvider = new ContextProvider(this, { context: dataSourceContext, initialValue: undefined });
  private readonly scopeProvider = new ContextProvider(this, { context: kpiScopeContext, initialValue: undefined });
  private key = '';

  private build(): void {
    if (this.key === this.state) return;
    this.key = this.state;
    // Live stories share one source (and so one load); the others count their own calls.
    const source = this.state === 'live' ? (liveSource ??= sourceIn('live', storyKpiSource())) : sourceIn(this.state, storyKpiSource());
    this.sourceProvider.setValue({ config: {}, source: Promise.resolve(source) });
    const clock = clockAt(STORY_NOW);
    // Not live: refresh every 3 s, so the state shows within seconds (stale after 6 s of a hung refresh).
    const refresh = this.state === 'live' ? '5m' : '3s';
    this.scopeProvider.setValue({ kiosk: false, board: false, clock, refresh });
    for (const w of this.querySelectorAll('hcc-kpi-wall')) {
      w.clock = clock;
      if (!w.refresh) w.refresh = refresh;
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('state')) this.build();
  }

  override connectedCallback(): void {
    this.build();
    super.connectedCallback();
  }

  protected override render() {
    return html`<slot></slot>`;
  }
}

define('hcc-story-kpi', HccStoryKpi);

declare global {
  interface HTMLElementTagNameMap {
    'hcc-story-kpi': HccStoryKpi;
  }
}
