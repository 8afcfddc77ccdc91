/**
 * Queue family: the hall screen `<hcc-queue-board>` and the officers' `<hcc-counter-console>`.
 * Importing this module registers both elements.
 */
export * from './components/queue-board/queue-board.js';
export { HallAudio, CHIME_MS, type HallAudioEnvironment, type HallAudioState, type SpeechEngine, type SpeechVoice } from './components/queue-board/hall-audio.js';
export * from './components/counter-console/counter-console.js';
