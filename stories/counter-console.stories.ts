import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/queue.js';
import { defineStoryQueue } from './queue-story-source.js';
import type { HallSceneName } from '../demo/hall-scenes.js';

defineStoryQueue();

interface Args {
  scene: HallSceneName;
  counterId: string;
  lang: '' | 'vi' | 'en';
}

/** The counters of the demo centre (Hạ Long): `hl-tthcc-q01` … `hl-tthcc-q12`. */
const meta: Meta<Args> = {
  title: 'Components/Queue/Counter console',
  component: 'hcc-counter-console',
  args: { scene: 'busy', counterId: 'hl-tthcc-q05', lang: '' },
  argTypes: { scene: { control: 'select', options: ['busy', 'quiet', 'empty', 'closed'] }, lang: { control: 'select', options: ['', 'vi', 'en'] } },
  render: (a) => html`<hcc-story-queue scene=${a.scene}>
    <hcc-counter-console counter-id=${a.counterId || nothing} lang=${a.lang || nothing}></hcc-counter-console>
  </hcc-story-queue>`,
};
export default meta;
type Story = StoryObj<Args>;

/** A counter with a citizen called: every command available. */
export const WithTicket: Story = {};
/** A paused counter (meeting): reopen it. */
export const Paused: Story = { args: { counterId: 'hl-tthcc-q07' } };
/** A closed counter. */
export const Closed: Story = { args: { scene: 'closed', counterId: 'hl-tthcc-q01' } };
/** Before the first ticket: nothing to call yet. */
export const EmptyHall: Story = { args: { scene: 'empty', counterId: 'hl-tthcc-q01' } };
/** No counter given: the officer picks one (remembered on the device). */
export const ChooseCounter: Story = { args: { counterId: '' } };
/** English interface. */
export const English: Story = { args: { lang: 'en' } };
/** The standalone centre: a console and the hall board on the same queue. */
export const WithHallBoard: Story = {
  render: (a) => html`<hcc-story-queue scene=${a.scene}>
    <div style="display:grid;grid-template-columns:24rem 1fr;gap:1rem;align-items:start">
      <hcc-counter-console counter-id=${a.counterId}></hcc-counter-console>
      <div style="width:960px;height:540px;overflow:hidden"><div style="width:1920px;transform:scale(.5);transform-origin:0 0">
        <hcc-queue-board theme="dark" audio="off" style="--hcc-queue-board-height:1080px"></hcc-queue-board>
      </div></div>
    </div>
  </hcc-story-queue>`,
};
