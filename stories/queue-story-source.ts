/**
 * `<hcc-story-queue>`: gives the queue widgets inside it their own MemorySource holding a hall scene
 * (demo/hall-scenes.ts), so several stories on one docs page each show their own hall. It can keep
 * the hall moving (`simulate`: the real simulator, one tick every 2 s) and put the connection in a
 * state (`state="reconnecting" | "stale"`). Everything stops when the element leaves the page.
 */
import { LitElement, html, css, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { ContextProvider } from '@lit/context';
import { dataSourceContext } from '../src/controllers/data-source-controller.js';
import { define } from '../src/internal/define.js';
import { simulateTick } from '../src/core/queue/simulator.js';
import type { Clock } from '../src/core/time/index.js';
import type { MemorySource } from '../src/data/adapters/memory/memory-source.js';
import type { HccQueueBoard } from '../src/components/queue-board/queue-board.js';
import { clockFrom, frozenClock, hallScene, sceneSource, type HallScene, type HallSceneName } from '../demo/hall-scenes.js';

export class HccStoryQueue extends LitElement {
  static override styles = css`
    :host {
      display: contents;
    }
  `;

  /** Hall scene: `busy`, `quiet`, `empty` or `closed`. */
  @property() scene: HallSceneName = 'busy';
  /** Keep the hall moving with the simulator. */
  @property({ type: Boolean }) simulate = false;
  /** Connection state to show: `live` (default), `reconnecting` or `stale`. */
  @property() state: 'live' | 'reconnecting' | 'stale' = 'live';
  /** Hold the clock still at the scene's moment (a still picture). */
  @property({ type: Boolean }) frozen = false;

  private hall?: HallScene;
  private source?: MemorySource;
  private clock?: Clock;
  private timer?: ReturnType<typeof setInterval>;
  private readonly provider = new ContextProvider(this, { context: dataSourceContext, initialValue: undefined });
  private readonly onConnection = (e: Event) => {
    const d = (e as CustomEvent<{ state: string }>).detail;
    if (d.state !== 'live' || this.state === 'live') return;
    this.source?.setConnectionState('reconnecting');
    if (this.state === 'stale' && this.hall) {
      const later = this.frozen ? frozenClock(this.hall.now + 45_000) : clockFrom(this.hall.now + 45_000);
      for (const b of this.boards()) b.clock = later;
    }
  };

  private boards(): HccQueueBoard[] {
    return [...this.querySelectorAll('hcc-queue-board')];
  }

  private key = '';

  /** Builds the scene's source and clock and hands them to the widgets inside. */
  private build(): void {
    const key = `${this.scene}|${this.frozen}`;
    if (key === this.key) return;
    this.key = key;
    this.hall = hallScene(this.scene);
    this.clock = this.frozen ? frozenClock(this.hall.now) : clockFrom(this.hall.now);
    this.source = sceneSource(this.hall, this.clock);
    this.provider.setValue({ config: {}, source: Promise.resolve(this.source) });
    for (const el of [...this.boards(), ...this.querySelectorAll('hcc-counter-console')]) el.clock = this.clock;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('scene') || changed.has('frozen')) this.build();
  }

  override connectedCallback(): void {
    // Before the widgets inside connect, so their first request finds this scene and its clock.
    this.build();
    super.connectedCallback();
    this.addEventListener('hcc-connection-state', this.onConnection);
    this.startSimulation();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.removeEventListener('hcc-connection-state', this.onConnection);
    clearInterval(this.timer);
    this.timer = undefined;
  }

  private startSimulation(): void {
    if (!this.simulate || this.timer) return;
    let last = Date.now();
    this.timer = setInterval(() => {
      const source = this.source;
      const hall = this.hall;
      const clock = this.clock;
      if (!source || !hall || !clock) return;
      void source.snapshot(hall.unitId).then(async (s) => {
        const now = clock.now();
        const cmds = simulateTick(s, { now, offsetMinutes: 420, org: hall.org, rng: Math.random, dtMs: Math.max(1000, Date.now() - last) * 6, intensity: 2 });
        last = Date.now();
        for (const cmd of cmds) await source.command(cmd).catch(() => undefined);
      });
    }, 2000);
  }

  protected override render() {
    return html`<slot></slot>`;
  }
}

/**
 * Registers `<hcc-story-queue>`. Called by the stories: a bare side-effect import would be dropped by
 * the production build (package.json marks only the library's own modules as having side effects).
 */
export function defineStoryQueue(): void {
  define('hcc-story-queue', HccStoryQueue);
}

declare global {
  interface HTMLElementTagNameMap {
    'hcc-story-queue': HccStoryQueue;
  }
}
