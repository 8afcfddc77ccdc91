import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/kpi.js';
import './kpi-story-source.js';

interface Args {
  metric: string;
  period: string;
  limit: number;
  fromEnd: boolean;
  target: string;
  state: 'live' | 'loading' | 'stale' | 'offline';
  lang: '' | 'vi' | 'en';
}

/** The 33 wards and communes of Hạ Long ranked by a KPI, with the change of rank since the previous period. */
const meta: Meta<Args> = {
  title: 'Components/KPI/Ranking',
  component: 'hcc-kpi-ranking',
  args: { metric: 'onTimeRate', period: 'last-month', limit: 0, fromEnd: false, target: '98%', state: 'live', lang: '' },
  argTypes: {
    state: { control: 'select', options: ['live', 'loading', 'stale', 'offline'] },
    lang: { control: 'select', options: ['', 'vi', 'en'] },
  },
  render: (a) => html`<hcc-story-kpi state=${a.state}>
    <div style="max-width:48rem">
      <hcc-kpi-ranking metric=${a.metric} period=${a.period || nothing} limit=${a.limit || nothing} ?from-end=${a.fromEnd} target=${a.target || nothing} lang=${a.lang || nothing}></hcc-kpi-ranking>
    </div>
  </hcc-story-kpi>`,
};
export default meta;
type Story = StoryObj<Args>;

/** All 33 units by on-time rate last month. */
export const AllUnits: Story = {};
/** The ten units with most overdue dossiers in progress. */
export const MostLate: Story = {
  render: () => html`<hcc-story-kpi><div style="max-width:40rem"><hcc-kpi-ranking metric="openLate" order="desc" limit="10" label="Đơn vị có nhiều hồ sơ quá hạn nhất"></hcc-kpi-ranking></div></hcc-story-kpi>`,
};
/** The ten lowest Decision 766 scores of the quarter, lowest first. */
export const Lowest766: Story = { args: { metric: 'score766', period: 'this-quarter', limit: 10, fromEnd: true, target: '' } };
/** On a wall: three columns, short names. */
export const Wall: Story = {
  render: () => html`<hcc-story-kpi><div style="width:1600px;font-size:28px"><hcc-kpi-ranking scale="board" metric="onTimeRate" period="last-month" target="98%"></hcc-kpi-ranking></div></hcc-story-kpi>`,
};
/** First load. */
export const Loading: Story = { args: { state: 'loading' } };
/** Refreshes fail: red, the last ranking stays. */
export const Disconnected: Story = { args: { state: 'offline' } };
/** English. */
export const English: Story = { args: { lang: 'en' } };
