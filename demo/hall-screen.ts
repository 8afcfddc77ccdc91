/**
 * The hall-screen station of the demo centre: `<hcc-queue-board>` full screen, on the embedded local
 * source with its simulator, an HTTP back end (`?api=`), or a fixed scene (`?scene=`) for screenshots.
 */
import '../src/queue.js';
import type { HccQueueBoard } from '../src/components/queue-board/queue-board.js';
import { setDefaultSource } from '../src/data/registry.js';
import { frozenClock, clockFrom, hallScene, sceneSource, type HallSceneName } from './hall-scenes.js';
import { blockedAudio, voicelessAudio } from './hall-audio-env.js';

const q = new URLSearchParams(location.search);
const board = document.createElement('hcc-queue-board') as HccQueueBoard;
const attr = (name: string, param: string) => {
  const v = q.get(param);
  if (v) board.setAttribute(name, v);
};
attr('layout', 'layout');
attr('unit-id', 'unit');
attr('services', 'services');
attr('api', 'api');
attr('reload-at', 'reload');
board.setAttribute('theme', q.get('theme') ?? 'dark');
board.setAttribute('scale', 'board');
if (q.get('lang')) document.documentElement.lang = q.get('lang')!;
if (q.get('digits') === '1') board.numberStyle = 'digits';
if (q.get('audio') === 'off') board.audio = 'off';

const sceneName = q.get('scene') as HallSceneName | null;
if (sceneName) {
  const scene = hallScene(sceneName);
  const frozen = q.get('frozen') === '1';
  const source = sceneSource(scene, frozen ? frozenClock(scene.now) : clockFrom(scene.now));
  setDefaultSource(source);
  board.clock = frozen ? frozenClock(scene.now) : clockFrom(scene.now);
  // A still picture needs no sources without heartbeats to count as stale.
  if (frozen) board.heartbeatMs = 15_000;
  if (q.get('audio') === 'blocked') board.audioEnvironment = blockedAudio();
  if (q.get('audio') === 'novoice') board.audioEnvironment = voicelessAudio();
  const state = q.get('state');
  if (state === 'reconnecting' || state === 'stale') {
    board.addEventListener('hcc-connection-state', function once(e) {
      if (e.detail.state !== 'live') return;
      board.removeEventListener('hcc-connection-state', once);
      source.setConnectionState('reconnecting');
      // Stale: the clock moves past two missed heartbeats (15 s each) without any data.
      if (state === 'stale') board.clock = frozen ? frozenClock(scene.now + 45_000) : clockFrom(scene.now + 45_000);
    });
  }
} else if (!q.get('api')) {
  board.simulate = true;
}
document.body.append(board);
