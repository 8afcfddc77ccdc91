import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Clock } from '../core/time/index.js';
import { systemClock } from '../data/adapters/http/runtime.js';

/** Settings of a {@link ClockController}. */
export interface ClockControllerOptions {
  /** The clock (default: the system clock); read on every tick, so a host can swap it. */
  clock?: () => Clock | undefined;
  /** Tick interval, ms; ticks fall on multiples of it (a 1 000 ms clock ticks on the second). */
  resolutionMs: number;
  /**
   * Called on every tick with the time. Return `false` to skip the host's re-render for this tick
   * (nothing visible changed); by default every tick re-renders.
   */
  onTick?: (now: number) => boolean | void;
}

/**
 * Ticks while its host is connected, aligned to the resolution, so "the time now" is a property of
 * the host rather than a `Date.now()` inside `render()`. One timer at a time; none after disconnect.
 */
export class ClockController implements ReactiveController {
  private timer: unknown;
  private running: Clock | undefined;
  /** The time of the last tick, epoch ms. */
  now = 0;

  constructor(private readonly host: ReactiveControllerHost, private readonly options: ClockControllerOptions) {
    host.addController(this);
  }

  private get clock(): Clock {
    return this.options.clock?.() ?? systemClock;
  }

  hostConnected(): void {
    this.restart();
  }

  hostDisconnected(): void {
    this.stop();
  }

  /** Stops the timer (also on disconnect). */
  stop(): void {
    if (this.running) this.running.clearTimeout(this.timer);
    this.running = undefined;
    this.timer = undefined;
  }

  /** Ticks now and re-arms on the current clock (after the host swapped its clock). */
  restart(): void {
    this.stop();
    this.tick();
  }

  private tick(): void {
    const clock = this.clock;
    this.now = clock.now();
    const render = this.options.onTick?.(this.now);
    if (render !== false) this.host.requestUpdate();
    const res = Math.max(1, this.options.resolutionMs);
    const wait = res - (((this.now % res) + res) % res) || res;
    this.running = clock;
    this.timer = clock.setTimeout(() => this.tick(), wait);
  }
}
