import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/kpi.js';
import './kpi-story-source.js';

interface Args {
  metric: string;
  period: string;
  unitId: string;
  target: string;
  state: 'live' | 'loading' | 'stale' | 'offline';
  lang: '' | 'vi' | 'en';
}

/**
 * One KPI with its trend, target, 12-month sparkline and freshness, on a year of generated Hạ Long
 * dossiers (now: 10:00, 16/11/2026). Metrics: see `METRICS` (`onTimeRate`, `satisfactionRate`,
 * `onlineShare`, `digitisedShare`, `openLate`, `score766` …).
 */
const meta: Meta<Args> = {
  title: 'Components/KPI/Card',
  component: 'hcc-kpi-card',
  args: { metric: 'onTimeRate', period: 'this-month', unitId: '', target: '98%', state: 'live', lang: '' },
  argTypes: {
    state: { control: 'select', options: ['live', 'loading', 'stale', 'offline'] },
    period: { control: 'select', options: ['this-month', 'last-month', 'this-quarter', 'this-year', '2026-Q3', 'last-30-days'] },
    lang: { control: 'select', options: ['', 'vi', 'en'] },
  },
  render: (a) => html`<hcc-story-kpi state=${a.state}>
    <div style="max-width:22rem">
      <hcc-kpi-card metric=${a.metric} period=${a.period || nothing} unit-id=${a.unitId || nothing} target=${a.target || nothing} lang=${a.lang || nothing}></hcc-kpi-card>
    </div>
  </hcc-story-kpi>`,
};
export default meta;
type Story = StoryObj<Args>;

/** On-time rate of the month so far against a 98 % target, compared with the same days of last month. */
export const OnTime: Story = {};
/** Citizen satisfaction (ratings at the counter tablets). */
export const Satisfaction: Story = { args: { metric: 'satisfactionRate', target: '95%' } };
/** Late dossiers still in progress: more is worse, so a rise is red. */
export const LateInProgress: Story = { args: { metric: 'openLate', target: '' } };
/** The Decision 766 index of the quarter. */
export const Score766: Story = { args: { metric: 'score766', period: 'this-quarter', target: '' } };
/** One ward: Bãi Cháy. */
export const OneWard: Story = { args: { unitId: 'hl-bai-chay' } };
/** First load. */
export const Loading: Story = { args: { state: 'loading' } };
/** The refresh hangs: after twice the refresh interval the figures turn amber ("số liệu cũ"). */
export const Stale: Story = { args: { state: 'stale' } };
/** Refreshes fail: red "mất kết nối", the last value stays. */
export const Disconnected: Story = { args: { state: 'offline' } };
/** English, en-GB numbers. */
export const English: Story = { args: { lang: 'en' } };
/** A metric name that does not exist is reported, not guessed. */
export const UnknownMetric: Story = { args: { metric: 'onTimeRatio' } };
/** Fed by a custom page: value, previous value and history set as properties. */
export const PropertyFed: Story = {
  render: () => html`<div style="max-width:22rem">
    <hcc-kpi-card
      metric="onlineShare"
      target="50%"
      .value=${0.612}
      .previous=${0.574}
      .series=${[0.41, 0.44, 0.47, 0.5, 0.52, 0.55, 0.57, 0.58, 0.6, 0.612].map((v, i) => ({ key: `2026-${String(i + 1).padStart(2, '0')}`, value: v }))}
      .seriesUnit=${'month'}
      .updatedAt=${Date.now()}
    ></hcc-kpi-card>
  </div>`,
};
/** Dark theme. */
export const Dark: Story = {
  render: (a) => html`<hcc-story-kpi><div style="max-width:22rem;background:#121519;padding:1rem"><hcc-kpi-card theme="dark" metric=${a.metric} target="98%"></hcc-kpi-card></div></hcc-story-kpi>`,
};
