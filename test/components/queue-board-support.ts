import type { OrgData } from '../../src/data/schemas/org.js';
import type { DataSource, QueueMessage } from '../../src/data/ports.js';
import { MemorySource } from '../../src/data/adapters/memory/memory-source.js';
import type { SpeechEngine, SpeechVoice } from '../../src/components/queue-board/hall-audio.js';
import type { Clock } from '../../src/core/time/index.js';

/** A centre with four counters (one of them shared by two services) and a ward with its own counter. */
export const hallOrg: OrgData = {
  version: 1,
  units: [
    { id: 'qn', name: 'Tỉnh Quảng Ninh', kind: 'province' },
    { id: 'w1', name: 'Phường Bãi Cháy', kind: 'ward', parentId: 'qn' },
    { id: 'c1', name: 'Trung tâm Phục vụ hành chính công thành phố Hạ Long', kind: 'centre', parentId: 'qn' },
  ],
  fields: [
    { id: 'ho-tich', name: 'Hộ tịch', ticketBase: 1001 },
    { id: 'dat-dai', name: 'Đất đai', ticketBase: 4001 },
    { id: 'chung-thuc', name: 'Chứng thực', ticketBase: 2001 },
  ],
  counters: [
    { id: 'w1-q1', unitId: 'w1', number: 1, name: 'Quầy 1 – Phường', fieldIds: ['ho-tich', 'dat-dai'] },
    { id: 'q1', unitId: 'c1', number: 1, name: 'Quầy 1 – Hộ tịch', fieldIds: ['ho-tich'] },
    { id: 'q2', unitId: 'c1', number: 2, name: 'Quầy 2 – Hộ tịch', fieldIds: ['ho-tich'] },
    { id: 'q3', unitId: 'c1', number: 3, name: 'Quầy 3 – Đất đai', fieldIds: ['dat-dai'] },
    { id: 'q4', unitId: 'c1', number: 4, name: 'Quầy 4 – Chứng thực', fieldIds: ['chung-thuc', 'ho-tich'] },
  ],
  officers: [],
};

/**
 * A queue source that forwards everything to a MemorySource and can also push raw messages to its
 * subscribers, as a misbehaving server would (payloads that skipped every check).
 */
export class TamperSource {
  readonly subs = new Set<(m: QueueMessage) => void>();
  constructor(readonly inner: MemorySource) {}
  /** Sends `m` as is to every subscriber. */
  inject(m: unknown): void {
    for (const s of this.subs) s(m as QueueMessage);
  }
  /** The source to give the board. */
  get source(): DataSource {
    const inner = this.inner;
    return new Proxy(inner, {
      get: (target, prop, receiver) => {
        if (prop === 'subscribe') {
          return (unitId: string, on: (m: QueueMessage) => void, signal: AbortSignal) => {
            this.subs.add(on);
            signal.addEventListener('abort', () => this.subs.delete(on), { once: true });
            inner.subscribe(unitId, on, signal);
          };
        }
        const v = Reflect.get(target, prop, receiver) as unknown;
        return typeof v === 'function' ? (v as (...a: unknown[]) => unknown).bind(target) : v;
      },
    }) as unknown as DataSource;
  }
}

/**
 * A speech engine for tests. Speech voices do not exist in headless Chromium here, so the announcement
 * tests use this stand-in for `speechSynthesis`: it takes real `SpeechSynthesisUtterance` objects and
 * ends each one `ms` later on the test's clock, recording what was said and flagging overlaps.
 */
export class FakeSpeech implements SpeechEngine {
  spoken: { text: string; lang: string; voice: string | undefined }[] = [];
  speakingNow: SpeechSynthesisUtterance | undefined;
  overlaps = 0;
  cancels = 0;
  listeners = new Set<() => void>();
  /** When set, utterances never end (a stalled engine). */
  stall = false;
  constructor(private readonly clock: Pick<Clock, 'setTimeout'>, public voices: SpeechVoice[] = [{ name: 'Linh', lang: 'vi-VN', localService: true }], private readonly ms = 2500) {}
  getVoices(): readonly SpeechVoice[] {
    return this.voices;
  }
  get speaking(): boolean {
    return this.speakingNow !== undefined;
  }
  get pending(): boolean {
    return false;
  }
  speak(u: SpeechSynthesisUtterance): void {
    if (u.text.trim() === '') return;
    if (this.speakingNow) this.overlaps++;
    this.speakingNow = u;
    this.spoken.push({ text: u.text, lang: u.lang, voice: u.voice?.name });
    if (this.stall) return;
    this.clock.setTimeout(() => {
      if (this.speakingNow !== u) return;
      this.speakingNow = undefined;
      u.dispatchEvent(new Event('end'));
    }, this.ms);
  }
  cancel(): void {
    this.cancels++;
    this.speakingNow = undefined;
  }
  addEventListener(_: 'voiceschanged', fn: () => void): void {
    this.listeners.add(fn);
  }
  removeEventListener(_: 'voiceschanged', fn: () => void): void {
    this.listeners.delete(fn);
  }
  /** Voices arrive later, as on Chrome. */
  setVoices(v: SpeechVoice[]): void {
    this.voices = v;
    for (const fn of this.listeners) fn();
  }
}
