/**
 * Sound environments for showing the board's audio states on any machine: a browser that blocks
 * sound until a tap (as Chrome's autoplay policy does on a fresh kiosk), and a device without a
 * Vietnamese voice (as most Linux and Android TV boxes are).
 */
import type { HallAudioEnvironment, SpeechEngine } from '../src/components/queue-board/hall-audio.js';

/** An AudioContext that stays suspended until resumed inside a user gesture, like Chrome's autoplay policy. */
class GestureGatedAudioContext extends AudioContext {
  private allowed = false;
  override get state(): AudioContextState {
    return this.allowed ? super.state : 'suspended';
  }
  override resume(): Promise<void> {
    if (!navigator.userActivation?.isActive) return new Promise<void>(() => undefined);
    this.allowed = true;
    const p = super.resume();
    this.dispatchEvent(new Event('statechange'));
    return p;
  }
}

/** Sound blocked until the viewer taps "Bật âm thanh". */
export function blockedAudio(): HallAudioEnvironment {
  return { createAudioContext: () => new GestureGatedAudioContext() };
}

/** The browser's speech engine with its Vietnamese voices hidden. */
export function voicelessAudio(): HallAudioEnvironment {
  const s = globalThis.speechSynthesis as SpeechSynthesis | undefined;
  if (!s) return { speech: null };
  const speech: SpeechEngine = {
    getVoices: () => s.getVoices().filter((v) => !v.lang.toLowerCase().startsWith('vi')),
    speak: (u) => s.speak(u),
    cancel: () => s.cancel(),
    get speaking() {
      return s.speaking;
    },
    get pending() {
      return s.pending;
    },
    addEventListener: (type, fn) => s.addEventListener(type, fn),
    removeEventListener: (type, fn) => s.removeEventListener(type, fn),
  };
  return { speech };
}
