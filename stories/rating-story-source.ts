/**
 * `<hcc-story-rating>`: gives the rating forms inside it their own MemorySource (a ward centre with
 * two counters and their officers, optionally a queue serving ticket 2005 at counter 3) whose rating
 * sink can be `ok`, `offline` (every send fails as a network error) or `error` (every send answered
 * with HTTP 503). Each form gets its own outbox database, so stories on one docs page do not share
 * ratings, and a clock that moves only when the story says so, so a state stays on screen.
 */
import { LitElement, css, html, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { ContextProvider } from '@lit/context';
import { dataSourceContext } from '../src/controllers/data-source-controller.js';
import { define } from '../src/internal/define.js';
import { composeSources } from '../src/data/adapters/compose.js';
import { MemorySource } from '../src/data/adapters/memory/memory-source.js';
import { DataError } from '../src/data/errors.js';
import type { Clock } from '../src/core/time/index.js';
import type { OrgData } from '../src/data/schemas/org.js';
import type { QueueSnapshot } from '../src/data/schemas/queue.js';
import type { Rating } from '../src/data/schemas/rating.js';

/** The story centre. */
export const storyOrg: OrgData = {
  version: 1,
  units: [
    { id: 'qn', name: 'Tỉnh Quảng Ninh', kind: 'province' },
    { id: 'hl-bai-chay', name: 'Trung tâm Phục vụ hành chính công phường Bãi Cháy', kind: 'ward', parentId: 'qn', code: 'H49.50.13' },
  ],
  fields: [
    { id: 'ho-tich', name: 'Hộ tịch', ticketBase: 1001 },
    { id: 'dat-dai', name: 'Đất đai', ticketBase: 2001 },
  ],
  counters: [
    { id: 'hl-bai-chay-q01', unitId: 'hl-bai-chay', number: 1, name: 'Quầy 1 – Tư pháp – Hộ tịch', fieldIds: ['ho-tich'], officerIds: ['bc-cb-01'] },
    { id: 'hl-bai-chay-q03', unitId: 'hl-bai-chay', number: 3, name: 'Quầy 3 – Địa chính – Xây dựng', fieldIds: ['dat-dai'], officerIds: ['bc-cb-02'] },
  ],
  officers: [
    { id: 'bc-cb-01', unitId: 'hl-bai-chay', name: 'Nguyễn Thị Lan', title: 'Công chức Tư pháp – Hộ tịch' },
    { id: 'bc-cb-02', unitId: 'hl-bai-chay', name: 'Trần Văn Hùng', title: 'Công chức Địa chính – Xây dựng' },
  ],
};

/** 09:30 on Wednesday 4 March 2026 in Hạ Long. */
export const STORY_NOW = Date.UTC(2026, 2, 4, 2, 30, 0);

const queue: QueueSnapshot = {
  unitId: 'hl-bai-chay',
  epoch: 'story',
  seq: 3,
  at: '2026-03-04T09:30:00+07:00',
  tickets: [
    { id: 'bc-2004', number: 2004, unitId: 'hl-bai-chay', serviceId: 'dat-dai', status: 'served', priority: 'none', issuedAt: '2026-03-04T08:50:00+07:00', counterId: 'hl-bai-chay-q03', startedAt: '2026-03-04T09:05:00+07:00', endedAt: '2026-03-04T09:20:00+07:00', recalls: 0 },
    { id: 'bc-2005', number: 2005, unitId: 'hl-bai-chay', serviceId: 'dat-dai', status: 'serving', priority: 'elderly', issuedAt: '2026-03-04T08:55:00+07:00', counterId: 'hl-bai-chay-q03', startedAt: '2026-03-04T09:21:00+07:00', recalls: 0 },
  ],
  counters: [
    { counterId: 'hl-bai-chay-q01', status: 'open', ticketId: null, officerId: 'bc-cb-01' },
    { counterId: 'hl-bai-chay-q03', status: 'open', ticketId: 'bc-2005', officerId: 'bc-cb-02' },
  ],
  calls: [],
  issued: { 'dat-dai': 2005 },
};

/** A rating made by another tablet for ticket `T-0815`, already on the server (for the dead-letter story). */
const ratedElsewhere: Rating = {
  id: '5b0c9f5e-3f1d-4a37-9c1e-2a7b8e0d1f42',
  createdAt: '2026-03-04T08:20:00+07:00',
  unitId: 'hl-bai-chay',
  ticket: 'T-0815',
  scale: 3,
  level: 'satisfied',
  reasons: [],
  lang: 'vi',
  deviceId: 'another-tablet',
};

/** A clock that moves only on `advance`. */
export class StoryClock implements Clock {
  private t: number;
  private seq = 0;
  private readonly timers = new Map<number, { at: number; fn: () => void }>();
  constructor(start = STORY_NOW) {
    this.t = start;
  }
  now(): number {
    return this.t;
  }
  setTimeout(fn: () => void, ms: number): unknown {
    this.timers.set(++this.seq, { at: this.t + Math.max(0, ms), fn });
    return this.seq;
  }
  clearTimeout(h: unknown): void {
    this.timers.delete(h as number);
  }
  /** Moves time forward, firing due timers in order. */
  advance(ms: number): void {
    const end = this.t + ms;
    for (;;) {
      let next: [number, { at: number; fn: () => void }] | undefined;
      for (const e of this.timers) if (e[1].at <= end && (!next || e[1].at < next[1].at)) next = e;
      if (!next) break;
      this.timers.delete(next[0]);
      this.t = next[1].at;
      next[1].fn();
    }
    this.t = end;
  }
}

export class HccStoryRating extends LitElement {
  static override styles = css`
    :host {
      display: block;
      block-size: var(--hcc-story-rating-height, 640px);
    }
    ::slotted(hcc-rating-form) {
      block-size: 100%;
    }
  `;

  /** What the back end does with ratings: store them, be unreachable, or fail with HTTP 503. */
  @property() sync: 'ok' | 'offline' | 'error' = 'ok';
  /** Give the queue a ticket being served at counter 3. */
  @property({ type: Boolean }) queue = false;

  /** The clock handed to the forms inside. */
  readonly clock = new StoryClock();
  private readonly provider = new ContextProvider(this, { context: dataSourceContext, initialValue: undefined });
  private static seq = 0;

  private build(): void {
    const memory = new MemorySource({ org: storyOrg, ratings: [ratedElsewhere], snapshots: this.queue ? [queue] : [], clock: this.clock });
    const sync = this.sync;
    const source =
      sync === 'ok'
        ? memory
        : composeSources(memory, {
            submitBatch: () =>
              Promise.reject(
                sync === 'offline'
                  ? new DataError('network', 'Không kết nối được máy chủ', { source: 'story' })
                  : new DataError('http', 'HTTP 503 Service Unavailable', { status: 503, source: 'story' }),
              ),
          });
    this.provider.setValue({ config: {}, source: Promise.resolve(source) });
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('sync') || changed.has('queue')) this.build();
  }

  override connectedCallback(): void {
    // Before the forms inside connect, so they find this source, clock and their own database.
    this.build();
    for (const form of this.querySelectorAll('hcc-rating-form')) {
      form.clock = this.clock;
      if (!form.outboxDb) form.outboxDb = `hcc-story-rating-${Date.now().toString(36)}-${++HccStoryRating.seq}`;
    }
    super.connectedCallback();
  }

  protected override render() {
    return html`<slot></slot>`;
  }
}

/**
 * Registers `<hcc-story-rating>`. Called by the stories: a bare side-effect import would be dropped
 * by the build (package.json `sideEffects` covers library modules only).
 */
export function defineStoryRating(): void {
  define('hcc-story-rating', HccStoryRating);
}

declare global {
  interface HTMLElementTagNameMap {
    'hcc-story-rating': HccStoryRating;
  }
}
