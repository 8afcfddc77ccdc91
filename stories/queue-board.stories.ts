import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import '../src/queue.js';
import { defineStoryQueue } from './queue-story-source.js';
import type { HallSceneName } from '../demo/hall-scenes.js';
import { blockedAudio, voicelessAudio } from '../demo/hall-audio-env.js';
import type { HallAudioEnvironment } from '../src/components/queue-board/hall-audio.js';

defineStoryQueue();

interface Args {
  scene: HallSceneName;
  state: 'live' | 'reconnecting' | 'stale';
  layout: 'auto' | 'landscape' | 'portrait' | 'compact';
  theme: 'dark' | 'light' | 'contrast';
  services: string;
  audio: 'auto' | 'on' | 'off';
  numberStyle: 'words' | 'digits';
  simulate: boolean;
  lang: '' | 'vi' | 'en';
  /** Size of the board (CSS pixels) and the scale it is shown at. */
  width: number;
  height: number;
  zoom: number;
}

/**
 * Each story has its own hall (a MemorySource on a scene of the Hạ Long centre, made by the real
 * queue engine and simulator). Full-screen layouts are drawn at their real size and scaled down to
 * fit: everything on the board is sized from its own box, so a 4K board is the 1080p board, larger.
 */
const render = (a: Args, env?: HallAudioEnvironment) => html`<div
  style=${styleMap({ width: `${a.width * a.zoom}px`, height: a.layout === 'compact' ? 'auto' : `${a.height * a.zoom}px`, overflow: 'hidden' })}
>
  <div style=${styleMap({ width: `${a.width}px`, transform: `scale(${a.zoom})`, transformOrigin: '0 0' })}>
    <hcc-story-queue scene=${a.scene} state=${a.state} ?simulate=${a.simulate}>
      <hcc-queue-board
        layout=${a.layout}
        theme=${a.theme}
        services=${a.services || nothing}
        audio=${a.audio}
        number-style=${a.numberStyle}
        lang=${a.lang || nothing}
        .audioEnvironment=${env}
        style=${styleMap({ '--hcc-queue-board-height': `${a.height}px` })}
      ></hcc-queue-board>
    </hcc-story-queue>
  </div>
</div>`;

const meta: Meta<Args> = {
  title: 'Components/Queue/Queue board',
  component: 'hcc-queue-board',
  args: {
    scene: 'busy', state: 'live', layout: 'landscape', theme: 'dark', services: '', audio: 'on', numberStyle: 'words', simulate: false, lang: '',
    width: 1920, height: 1080, zoom: 0.5,
  },
  argTypes: {
    scene: { control: 'select', options: ['busy', 'quiet', 'empty', 'closed'] },
    state: { control: 'select', options: ['live', 'reconnecting', 'stale'] },
    layout: { control: 'select', options: ['auto', 'landscape', 'portrait', 'compact'] },
    theme: { control: 'select', options: ['dark', 'light', 'contrast'] },
    audio: { control: 'select', options: ['auto', 'on', 'off'] },
    numberStyle: { control: 'select', options: ['words', 'digits'] },
    lang: { control: 'select', options: ['', 'vi', 'en'] },
  },
  render: (a) => render(a),
  parameters: { layout: 'padded' },
};
export default meta;
type Story = StoryObj<Args>;

/** A busy morning, live: the simulator keeps calling numbers (tap the board once to turn on sound). */
export const Live: Story = { args: { simulate: true } };
/** The stream dropped a moment ago: the status line says so, nothing else changes yet. */
export const Reconnecting: Story = { args: { state: 'reconnecting' } };
/** Two heartbeats missed: the amber "Mất kết nối – dữ liệu lúc hh:mm" banner; the last state stays. */
export const Stale: Story = { args: { state: 'stale' } };
/** The browser blocks sound until someone taps: the large "Bật âm thanh" button. */
export const AudioBlocked: Story = { render: (a) => render(a, blockedAudio()) };
/** No Vietnamese voice on the device: chime only, the call shown prominently, the status says so. */
export const NoVietnameseVoice: Story = { render: (a) => render(a, voicelessAudio()) };
/** Before the first ticket of the day. */
export const EmptyHall: Story = { args: { scene: 'empty' } };
/** After hours: every counter closed. */
export const Closed: Story = { args: { scene: 'closed' } };
/** A 1920×1080 TV, shown at half size. */
export const Tv1080p: Story = { args: { width: 1920, height: 1080, zoom: 0.5 } };
/** A 3840×2160 TV, shown at a quarter size: the same board, every part scaled with the screen. */
export const Tv4K: Story = { args: { width: 3840, height: 2160, zoom: 0.25 } };
/** A portrait screen (1080×1920) beside the counters. */
export const Portrait: Story = { args: { layout: 'portrait', width: 1080, height: 1920, zoom: 0.4 } };
/** "Queue status now" on the city's web site: compact, light, no sound. */
export const Compact: Story = { args: { layout: 'compact', theme: 'light', audio: 'auto', width: 640, height: 0, zoom: 1 } };
/** One board per service group: only the land services (Đất đai). */
export const LandServicesOnly: Story = { args: { services: 'dat-dai' } };
/** Light theme (bright halls), with numbers spoken digit by digit. */
export const LightDigitByDigit: Story = { args: { theme: 'light', numberStyle: 'digits' } };
/** English interface and voice. */
export const English: Story = { args: { lang: 'en' } };
