import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/kpi.js';
import './kpi-story-source.js';

interface Args {
  kiosk: boolean;
  rotate: string;
  page: number;
  pages: string;
  state: 'live' | 'loading' | 'stale' | 'offline';
  lang: '' | 'vi' | 'en';
  theme: '' | 'dark' | 'contrast';
}

/**
 * The leadership wall at 1920 × 1080, shown at half size. Kiosk mode removes every control; rotation
 * never brings one back. Text is sized from the viewport height (here: the frame's 1080 px).
 */
const meta: Meta<Args> = {
  title: 'Components/KPI/Wall',
  component: 'hcc-kpi-wall',
  args: { kiosk: true, rotate: '', page: 0, pages: '', state: 'live', lang: '', theme: '' },
  argTypes: {
    state: { control: 'select', options: ['live', 'loading', 'stale', 'offline'] },
    lang: { control: 'select', options: ['', 'vi', 'en'] },
    theme: { control: 'select', options: ['', 'dark', 'contrast'] },
  },
  render: (a) => html`<hcc-story-kpi state=${a.state}>
    <div style="width:960px;height:540px;overflow:hidden">
      <div style="width:1920px;height:1080px;transform:scale(.5);transform-origin:0 0">
        <hcc-kpi-wall
          style="--hcc-kpi-wall-height:1080px;--hcc-kpi-wall-font-size:35px"
          ?kiosk=${a.kiosk}
          rotate=${a.rotate || nothing}
          page=${a.page}
          pages=${a.pages || nothing}
          lang=${a.lang || nothing}
          theme=${a.theme || nothing}
        ></hcc-kpi-wall>
      </div>
    </div>
  </hcc-story-kpi>`,
};
export default meta;
type Story = StoryObj<Args>;

/** Overview: received, on time, late in progress, satisfaction, online, 766. */
export const Overview: Story = {};
/** Timeliness: early / on time / late by month, the units with most overdue dossiers. */
export const Timeliness: Story = { args: { page: 1 } };
/** Satisfaction. */
export const Satisfaction: Story = { args: { page: 2 } };
/** Digital services. */
export const Digital: Story = { args: { page: 3 } };
/** Decision 766. */
export const Decision766: Story = { args: { page: 4 } };
/** The 33 units compared. */
export const Units: Story = { args: { page: 5 } };
/** Rotating every 10 s in kiosk mode. */
export const Rotating: Story = { args: { rotate: '10s' } };
/** With controls (a laptop in the meeting room): page tabs, pause, full screen. */
export const WithControls: Story = { args: { kiosk: false, rotate: '30s' } };
/** The source goes away: the banner says so, every tile keeps its figures and turns red. */
export const SourceUnreachable: Story = { args: { state: 'offline' } };
/** Refreshes hang: tiles turn amber. */
export const Stale: Story = { args: { state: 'stale' } };
/** Dark theme for a dim meeting room. */
export const Dark: Story = { args: { theme: 'dark' } };
/** English. */
export const English: Story = { args: { lang: 'en' } };
/** Own pages: one ward's figures on two pages. */
export const OwnPages: Story = {
  render: () => html`<hcc-story-kpi>
    <div style="width:960px;height:540px;overflow:hidden">
      <div style="width:1920px;height:1080px;transform:scale(.5);transform-origin:0 0">
        <hcc-kpi-wall kiosk rotate="15s" unit-id="hl-bai-chay" style="--hcc-kpi-wall-height:1080px;--hcc-kpi-wall-font-size:35px">
          <hcc-kpi-page label="Bãi Cháy" columns="2" rows="2">
            <hcc-kpi-card metric="received"></hcc-kpi-card>
            <hcc-kpi-card metric="onTimeRate" target="98%"></hcc-kpi-card>
            <hcc-kpi-chart data-span="2" chart="stacked" metric="early,onTime,late" group-by="month"></hcc-kpi-chart>
          </hcc-kpi-page>
          <hcc-kpi-page label="Chỉ số 766" columns="1" rows="1"><hcc-kpi-766 expanded="MDSH"></hcc-kpi-766></hcc-kpi-page>
        </hcc-kpi-wall>
      </div>
    </div>
  </hcc-story-kpi>`,
};
