import type { Clock } from '../time/index.js';

/**
 * The hall's announcement queue: each call is a chime followed by its sentence spoken `repeat` times
 * with a gap between repetitions; calls are played strictly first in, first out and never cut each
 * other off. A watchdog recovers from a stalled speech engine (Chrome's `speechSynthesis` is known to
 * stop firing `end` after hours, or to hang on a voice): when an utterance neither ends nor fails
 * within its allowance, the output is cancelled and the same repetition is tried once more, then
 * the queue moves on. Nothing here touches the DOM: time comes from an injected {@link Clock} and
 * sound from an injected {@link AnnouncementOutput}, so the same queue runs in tests and in a page.
 */

/** Where announcements are played (Web Audio and Web Speech in a page, a recorder in tests). */
export interface AnnouncementOutput {
  /** Plays the chime and calls `done` when it has finished. */
  chime(done: () => void): void;
  /** Speaks `text` in `lang` and calls `done(true)` at its end, `done(false)` when it failed. */
  speak(text: string, lang: string, done: (ok: boolean) => void): void;
  /** Stops whatever is playing (used after a stall and on dispose). */
  cancel(): void;
}

/** One call to announce. */
export interface Announcement {
  /** Identity: a newer announcement with the same key replaces one still waiting its turn. */
  key: string;
  /** The sentence. */
  text: string;
  /** BCP 47 language of the sentence (`vi`, `vi-VN`, `en`). */
  lang: string;
}

/** What the queue reports as it plays. `repetition` counts from 1. */
export type AnnouncementEvent =
  | { type: 'start'; item: Announcement }
  | { type: 'utterance'; item: Announcement; repetition: number; attempt: number }
  | { type: 'end'; item: Announcement; spoken: number }
  | { type: 'stall'; item: Announcement; phase: 'chime' | 'speech'; repetition: number }
  | { type: 'error'; item: Announcement; repetition: number }
  | { type: 'replace'; item: Announcement }
  | { type: 'drop'; item: Announcement };

/** Settings of an {@link AnnouncementQueue}. */
export interface AnnouncementQueueOptions {
  clock: Clock;
  output: AnnouncementOutput;
  /** Times each sentence is spoken (default 2). */
  repeat?: number;
  /** Silence between repetitions and between announcements, ms (default 1 500). */
  gapMs?: number;
  /** Silence between the chime and the first sentence, ms (default 300). */
  afterChimeMs?: number;
  /** Allowance of an utterance before the watchdog steps in, ms (default: the longer of 10 s and 150 ms per character). */
  stallMs?: (text: string) => number;
  /** Allowance of the chime, ms (default 3 000; the chime itself lasts at most 1.5 s). */
  chimeStallMs?: number;
  /** Announcements waiting beyond this many drop the oldest waiting one (default 20). */
  maxPending?: number;
  /** Whether sentences are spoken; `false` plays only the chime (no voice for the language). */
  speech?: boolean;
  /** Progress reports. */
  onEvent?: (e: AnnouncementEvent) => void;
}

type Phase = 'idle' | 'chime' | 'after-chime' | 'speaking' | 'gap' | 'between';

/** Default allowance of an utterance: 10 s, or 150 ms per character for long sentences. */
export function defaultStallMs(text: string): number {
  return Math.max(10_000, text.length * 150);
}

/** A FIFO of announcements played one at a time (see the module comment). */
export class AnnouncementQueue {
  private readonly items: Announcement[] = [];
  private current: Announcement | undefined;
  private phase: Phase = 'idle';
  private repetition = 0;
  private attempt = 0;
  private spoken = 0;
  /** Identifies the output call in progress; a late callback of an abandoned call is ignored. */
  private token = 0;
  private timer: unknown;
  private watchdog: unknown;
  private disposed = false;
  private speech: boolean;
  private readonly o: Required<Omit<AnnouncementQueueOptions, 'onEvent' | 'speech'>> & Pick<AnnouncementQueueOptions, 'onEvent'>;

  constructor(options: AnnouncementQueueOptions) {
    this.o = {
      clock: options.clock,
      output: options.output,
      repeat: Math.max(1, Math.floor(options.repeat ?? 2)),
      gapMs: Math.max(0, options.gapMs ?? 1500),
      afterChimeMs: Math.max(0, options.afterChimeMs ?? 300),
      stallMs: options.stallMs ?? defaultStallMs,
      chimeStallMs: options.chimeStallMs ?? 3000,
      maxPending: Math.max(1, options.maxPending ?? 20),
      onEvent: options.onEvent,
    };
    this.speech = options.speech ?? true;
  }

  /** Announcements waiting their turn (not counting the one playing). */
  get pending(): number {
    return this.items.length;
  }

  /** Whether an announcement is playing (or in the gap after one). */
  get busy(): boolean {
    return this.phase !== 'idle';
  }

  /** The announcement playing now, if any. */
  get playing(): Announcement | undefined {
    return this.current;
  }

  /** Turns speech on or off for announcements that start from now on (the chime always plays). */
  setSpeech(enabled: boolean): void {
    this.speech = enabled;
  }

  /**
   * Adds an announcement at the end of the queue. One with the key of an announcement still waiting
   * replaces that one in its place (a recall of a ticket whose call has not been played yet).
   */
  enqueue(item: Announcement): void {
    if (this.disposed) return;
    const i = this.items.findIndex((x) => x.key === item.key);
    if (i >= 0) {
      this.items[i] = item;
      this.emit({ type: 'replace', item });
    } else {
      this.items.push(item);
      while (this.items.length > this.o.maxPending) this.emit({ type: 'drop', item: this.items.shift()! });
    }
    if (this.phase === 'idle') this.next();
  }

  /** Drops every waiting announcement; the one playing finishes. */
  clear(): void {
    for (const item of this.items.splice(0)) this.emit({ type: 'drop', item });
  }

  /** Stops everything for good: timers cleared, output cancelled, later calls ignored. */
  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    this.items.length = 0;
    this.clearTimers();
    this.token++;
    const wasPlaying = this.phase !== 'idle';
    this.phase = 'idle';
    this.current = undefined;
    if (wasPlaying) this.o.output.cancel();
  }

  private emit(e: AnnouncementEvent): void {
    try {
      this.o.onEvent?.(e);
    } catch {
      // A failing listener must not stop the hall's announcements.
    }
  }

  private clearTimers(): void {
    this.o.clock.clearTimeout(this.timer);
    this.o.clock.clearTimeout(this.watchdog);
    this.timer = undefined;
    this.watchdog = undefined;
  }

  private after(ms: number, phase: Phase, fn: () => void): void {
    this.phase = phase;
    this.o.clock.clearTimeout(this.timer);
    this.timer = this.o.clock.setTimeout(() => {
      this.timer = undefined;
      if (!this.disposed) fn();
    }, ms);
  }

  private next(): void {
    const item = this.items.shift();
    if (!item) {
      this.phase = 'idle';
      this.current = undefined;
      return;
    }
    this.current = item;
    this.repetition = 0;
    this.attempt = 0;
    this.spoken = 0;
    this.emit({ type: 'start', item });
    this.phase = 'chime';
    const token = ++this.token;
    this.watchdog = this.o.clock.setTimeout(() => {
      if (token !== this.token) return;
      this.token++;
      this.o.output.cancel();
      this.emit({ type: 'stall', item, phase: 'chime', repetition: 0 });
      this.afterChime();
    }, this.o.chimeStallMs);
    this.o.output.chime(() => {
      if (token !== this.token) return;
      this.token++;
      this.o.clock.clearTimeout(this.watchdog);
      this.afterChime();
    });
  }

  private afterChime(): void {
    if (this.disposed) return;
    if (!this.speech) return this.finish();
    this.after(this.o.afterChimeMs, 'after-chime', () => this.speakRepetition(1, 1));
  }

  private speakRepetition(repetition: number, attempt: number): void {
    const item = this.current;
    if (!item || this.disposed) return;
    if (!this.speech) return this.finish();
    this.repetition = repetition;
    this.attempt = attempt;
    this.phase = 'speaking';
    this.emit({ type: 'utterance', item, repetition, attempt });
    const token = ++this.token;
    this.o.clock.clearTimeout(this.watchdog);
    this.watchdog = this.o.clock.setTimeout(() => {
      if (token !== this.token) return;
      this.token++;
      // The engine neither ended nor failed: reset it, try this repetition once more, then move on.
      this.o.output.cancel();
      this.emit({ type: 'stall', item, phase: 'speech', repetition });
      this.afterUtterance(false);
    }, this.o.stallMs(item.text));
    this.o.output.speak(item.text, item.lang, (ok) => {
      if (token !== this.token) return;
      this.token++;
      this.o.clock.clearTimeout(this.watchdog);
      if (!ok) this.emit({ type: 'error', item, repetition });
      this.afterUtterance(ok);
    });
  }

  private afterUtterance(ok: boolean): void {
    if (this.disposed) return;
    if (ok) this.spoken++;
    else if (this.attempt < 2) {
      const rep = this.repetition;
      this.after(Math.min(this.o.gapMs, 500), 'gap', () => this.speakRepetition(rep, 2));
      return;
    }
    if (this.repetition < this.o.repeat) {
      const rep = this.repetition + 1;
      this.after(this.o.gapMs, 'gap', () => this.speakRepetition(rep, 1));
      return;
    }
    this.finish();
  }

  private finish(): void {
    const item = this.current;
    if (item) this.emit({ type: 'end', item, spoken: this.spoken });
    this.current = undefined;
    // Silence before the next call, so two calls never run into each other.
    this.after(this.o.gapMs, 'between', () => this.next());
  }
}
