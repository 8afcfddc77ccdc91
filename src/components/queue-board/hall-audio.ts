import type { Clock } from '../../core/time/index.js';
import type { AnnouncementOutput } from '../../core/queue/announcement-queue.js';
import { pickVoice } from '../../core/queue/announcement-voice.js';

/**
 * The hall's sound in a browser: a chime made with Web Audio (no audio file) and sentences spoken by
 * the Web Speech API. Implements the announcement queue's output; knows whether sound is blocked by
 * the browser's autoplay policy and whether a voice for the announcement language exists.
 */

/** A speech voice as the board uses it (a `SpeechSynthesisVoice`, or a native bridge's equivalent). */
export interface SpeechVoice {
  name: string;
  lang: string;
  localService?: boolean;
  default?: boolean;
}

/**
 * The part of `speechSynthesis` the board uses. A TV app can pass a bridge to a native TTS engine
 * with this shape; tests pass a recorder (headless Chromium has no voices).
 */
export interface SpeechEngine {
  getVoices(): readonly SpeechVoice[];
  speak(utterance: SpeechSynthesisUtterance): void;
  cancel(): void;
  readonly speaking: boolean;
  readonly pending: boolean;
  addEventListener(type: 'voiceschanged', listener: () => void): void;
  removeEventListener(type: 'voiceschanged', listener: () => void): void;
}

/** Where the board's sound comes from; every part defaults to the browser's own. */
export interface HallAudioEnvironment {
  /** Speech engine (default `globalThis.speechSynthesis`); `null` for none. */
  speech?: SpeechEngine | null;
  /** Creates an utterance (default `new SpeechSynthesisUtterance(text)`). */
  createUtterance?: (text: string) => SpeechSynthesisUtterance;
  /** Creates the audio context of the chime (default `new AudioContext()`); `null` for none. */
  createAudioContext?: () => AudioContext | null;
}

/**
 * Sound state: `pending` while probing, `ready` when the chime can play, `blocked` when the browser
 * waits for a tap before playing sound, `unsupported` without Web Audio or speech at all.
 */
export type HallAudioState = 'pending' | 'ready' | 'blocked' | 'unsupported';

/** Length of the chime, ms (the two tones and their decay). */
export const CHIME_MS = 1200;
/** How long a resume may take before sound counts as blocked, ms. */
const RESUME_WAIT_MS = 400;

/** See the module comment. */
export class HallAudio implements AnnouncementOutput {
  state: HallAudioState = 'pending';
  /** The voice used for the announcement language, if the device has one. */
  voice: SpeechVoice | undefined;
  private ctx: AudioContext | null | undefined;
  private readonly speech: SpeechEngine | null;
  private readonly createUtterance: (text: string) => SpeechSynthesisUtterance;
  /** Kept referenced until it ends: Chrome drops `end` events of utterances it garbage-collected. */
  private utterance: SpeechSynthesisUtterance | undefined;
  private nodes: AudioScheduledSourceNode[] = [];
  private chimeTimer: unknown;
  private lang = 'vi';
  private disposed = false;
  private readonly onVoices = () => this.pickVoice();
  private readonly onCtxState = () => this.updateState();

  constructor(
    private readonly env: HallAudioEnvironment,
    private readonly clock: Clock,
    private readonly onChange: () => void,
  ) {
    const speech = env.speech === undefined ? ((globalThis as { speechSynthesis?: SpeechEngine }).speechSynthesis ?? null) : env.speech;
    this.speech = speech;
    this.createUtterance = env.createUtterance ?? ((text) => new SpeechSynthesisUtterance(text));
    speech?.addEventListener('voiceschanged', this.onVoices);
  }

  /** Whether sentences can be spoken (a voice exists for the language). */
  get canSpeak(): boolean {
    return Boolean(this.speech && this.voice);
  }

  /** Sets the announcement language and picks its voice. */
  setLang(lang: string): void {
    this.lang = lang;
    this.pickVoice();
  }

  private pickVoice(): void {
    if (this.disposed) return;
    let voices: readonly SpeechVoice[];
    try {
      voices = this.speech?.getVoices() ?? [];
    } catch {
      voices = [];
    }
    const v = pickVoice(voices, this.lang);
    if (v?.name !== this.voice?.name || v?.lang !== this.voice?.lang) {
      this.voice = v;
      this.onChange();
    }
  }

  private context(): AudioContext | null {
    if (this.ctx !== undefined) return this.ctx;
    try {
      this.ctx = this.env.createAudioContext ? this.env.createAudioContext() : typeof AudioContext === 'function' ? new AudioContext() : null;
    } catch {
      this.ctx = null;
    }
    this.ctx?.addEventListener('statechange', this.onCtxState);
    return this.ctx;
  }

  private updateState(): void {
    if (this.disposed) return;
    const ctx = this.ctx;
    const next: HallAudioState = ctx ? (ctx.state === 'running' ? 'ready' : 'blocked') : this.speech ? 'ready' : 'unsupported';
    if (next !== this.state) {
      this.state = next;
      this.onChange();
    }
  }

  /**
   * Finds out whether sound may play: resumes the audio context and waits briefly; still suspended
   * means the browser's autoplay policy wants a tap (`blocked`).
   */
  async probe(): Promise<HallAudioState> {
    this.pickVoice();
    const ctx = this.context();
    if (ctx && ctx.state !== 'running') {
      let timer: unknown;
      await Promise.race([
        ctx.resume().catch(() => undefined),
        new Promise<void>((resolve) => {
          timer = this.clock.setTimeout(resolve, RESUME_WAIT_MS);
        }),
      ]);
      this.clock.clearTimeout(timer);
    }
    this.updateState();
    return this.state;
  }

  /** Enables sound from a user gesture (the "turn on sound" tap): resumes audio and wakes speech. */
  async unlock(): Promise<HallAudioState> {
    const ctx = this.context();
    const resumed = ctx?.resume().catch(() => undefined);
    try {
      // Some platforms also gate speech on a gesture; an empty utterance inside the tap opens it.
      if (this.speech) {
        const u = this.createUtterance(' ');
        u.volume = 0;
        this.speech.speak(u);
      }
    } catch {
      // Speech is optional; the chime and the screen still work.
    }
    await resumed;
    this.updateState();
    return this.state;
  }

  /** Plays a two-tone chime (about 1.1 s) and calls `done` after {@link CHIME_MS}. */
  chime(done: () => void): void {
    const ctx = this.ctx;
    if (ctx && ctx.state === 'running') {
      try {
        this.playChime(ctx);
      } catch {
        // A broken audio device must not hold the queue; the timer below still ends the chime.
      }
    }
    this.clock.clearTimeout(this.chimeTimer);
    this.chimeTimer = this.clock.setTimeout(() => {
      this.nodes = [];
      done();
    }, CHIME_MS);
  }

  private playChime(ctx: AudioContext): void {
    const t0 = ctx.currentTime + 0.02;
    const out = ctx.createGain();
    out.gain.value = 0.35;
    out.connect(ctx.destination);
    // "Ding-dong": E5 then C5, each a sine with a softer octave, fast attack and exponential decay.
    const tones: [number, number, number][] = [[659.25, 0, 0.55], [523.25, 0.45, 0.65]];
    for (const [freq, start, len] of tones) {
      for (const [mult, level] of [[1, 1], [2, 0.18]] as const) {
        const osc = ctx.createOscillator();
        const g = ctx.createGain();
        osc.type = 'sine';
        osc.frequency.value = freq * mult;
        g.gain.setValueAtTime(0.0001, t0 + start);
        g.gain.exponentialRampToValueAtTime(level, t0 + start + 0.015);
        g.gain.exponentialRampToValueAtTime(0.0001, t0 + start + len);
        osc.connect(g).connect(out);
        osc.start(t0 + start);
        osc.stop(t0 + start + len + 0.02);
        this.nodes.push(osc);
      }
    }
  }

  /** Speaks `text` with the chosen voice; `done(false)` on an error or without a speech engine. */
  speak(text: string, lang: string, done: (ok: boolean) => void): void {
    const speech = this.speech;
    if (!speech) return done(false);
    try {
      // Clears a stuck engine; our queue never has anything else playing at this point.
      if (speech.speaking || speech.pending) speech.cancel();
      const u = this.createUtterance(text);
      const voice = this.voice;
      u.lang = voice?.lang.replace(/_/g, '-') ?? lang;
      if (voice && isNativeVoice(voice)) u.voice = voice;
      u.rate = 0.9;
      const finish = (ok: boolean) => {
        if (this.utterance !== u) return;
        this.utterance = undefined;
        done(ok);
      };
      u.addEventListener('end', () => finish(true));
      u.addEventListener('error', () => finish(false));
      this.utterance = u;
      speech.speak(u);
    } catch {
      this.utterance = undefined;
      done(false);
    }
  }

  /** Stops the chime and any speech. */
  cancel(): void {
    this.clock.clearTimeout(this.chimeTimer);
    for (const n of this.nodes.splice(0)) {
      try {
        n.stop();
      } catch {
        // Already stopped.
      }
    }
    this.utterance = undefined;
    try {
      this.speech?.cancel();
    } catch {
      // Nothing to cancel.
    }
  }

  /** Releases the audio context and listeners. */
  dispose(): void {
    if (this.disposed) return;
    this.cancel();
    this.disposed = true;
    this.speech?.removeEventListener('voiceschanged', this.onVoices);
    if (this.ctx) {
      this.ctx.removeEventListener('statechange', this.onCtxState);
      void this.ctx.close().catch(() => undefined);
    }
    this.ctx = null;
  }
}

function isNativeVoice(v: SpeechVoice): v is SpeechSynthesisVoice {
  return typeof SpeechSynthesisVoice === 'function' && v instanceof SpeechSynthesisVoice;
}
