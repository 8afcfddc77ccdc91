/**
 * Reading the question aloud with the Web Speech API, loaded only when the speaker button is used.
 * A Vietnamese voice is required for Vietnamese (a foreign voice reading Vietnamese is unintelligible);
 * other languages use a matching voice, else the browser's default one.
 * @internal
 */

/** How reading ended. */
export type SpeechResult = 'spoken' | 'stopped' | 'no-voice' | 'unsupported' | 'error';

/** A reading in progress. */
export interface SpeechHandle {
  done: Promise<SpeechResult>;
  stop(): void;
}

/** How long to wait for the voice list, which some browsers fill in after page load. */
const VOICES_WAIT_MS = 1500;

function voices(synth: SpeechSynthesis): Promise<SpeechSynthesisVoice[]> {
  const now = synth.getVoices();
  if (now.length) return Promise.resolve(now);
  return new Promise((resolve) => {
    const done = () => {
      synth.removeEventListener('voiceschanged', done);
      clearTimeout(timer);
      resolve(synth.getVoices());
    };
    const timer = setTimeout(done, VOICES_WAIT_MS);
    synth.addEventListener('voiceschanged', done);
  });
}

/** The best voice for `lang` (`vi`, `en` …): exact region first (`vi-VN`), then any of the language. */
export function pickVoice(list: readonly SpeechSynthesisVoice[], lang: string): SpeechSynthesisVoice | undefined {
  const base = lang.toLowerCase().split('-')[0]!;
  const region = base === 'vi' ? 'vi-vn' : base === 'en' ? 'en-gb' : '';
  const tag = (v: SpeechSynthesisVoice) => v.lang.toLowerCase().replace('_', '-');
  return list.find((v) => tag(v) === region) ?? list.find((v) => tag(v).split('-')[0] === base);
}

/** Reads `lines` one after another in `lang`. */
export function speak(lines: readonly string[], lang: string, synth: SpeechSynthesis | undefined = globalThis.speechSynthesis): SpeechHandle {
  let stopped = false;
  if (!synth || typeof SpeechSynthesisUtterance !== 'function') return { done: Promise.resolve('unsupported'), stop() {} };
  const done = (async (): Promise<SpeechResult> => {
    const voice = pickVoice(await voices(synth), lang);
    if (stopped) return 'stopped';
    if (!voice && lang.startsWith('vi')) return 'no-voice';
    synth.cancel();
    for (const line of lines) {
      if (stopped) return 'stopped';
      const ok = await new Promise<boolean>((resolve) => {
        try {
          const u = new SpeechSynthesisUtterance(line);
          u.lang = voice?.lang ?? lang;
          if (voice) u.voice = voice;
          u.rate = 0.9;
          u.onend = () => resolve(true);
          u.onerror = (e) => resolve(e.error === 'interrupted' || e.error === 'canceled');
          synth.speak(u);
        } catch {
          resolve(false);
        }
      });
      if (!ok) return 'error';
    }
    return stopped ? 'stopped' : 'spoken';
  })();
  return {
    done,
    stop() {
      stopped = true;
      synth.cancel();
    },
  };
}
