import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/kpi.js';
import './kpi-story-source.js';

interface Args {
  period: string;
  unitId: string;
  expanded: string;
  state: 'live' | 'loading' | 'stale' | 'offline';
  lang: '' | 'vi' | 'en';
  kiosk: boolean;
}

/**
 * The Decision 766 scorecard: total gauge with the indicative bands, the six groups with points and
 * points lost, sub-indicators and the units losing most points on demand; choosing a unit shows its
 * own scorecard.
 */
const meta: Meta<Args> = {
  title: 'Components/KPI/Decision 766',
  component: 'hcc-kpi-766',
  args: { period: 'this-quarter', unitId: '', expanded: '', state: 'live', lang: '', kiosk: false },
  argTypes: {
    state: { control: 'select', options: ['live', 'loading', 'stale', 'offline'] },
    lang: { control: 'select', options: ['', 'vi', 'en'] },
  },
  render: (a) => html`<hcc-story-kpi state=${a.state}>
    <div style="max-width:60rem">
      <hcc-kpi-766 period=${a.period || nothing} unit-id=${a.unitId || nothing} expanded=${a.expanded || nothing} lang=${a.lang || nothing} ?kiosk=${a.kiosk}></hcc-kpi-766>
    </div>
  </hcc-story-kpi>`,
};
export default meta;
type Story = StoryObj<Args>;

/** The whole city this quarter. */
export const City: Story = {};
/** Digitisation (where Hạ Long loses most points) opened: sub-indicators and the units losing most. */
export const WhereWeLosePoints: Story = { args: { expanded: 'MDSH' } };
/** One ward. */
export const OneWard: Story = { args: { unitId: 'hl-bai-chay', expanded: 'TDGQ' } };
/** Kiosk mode: nothing to press. */
export const Kiosk: Story = { args: { kiosk: true, expanded: 'MDSH' } };
/** First load. */
export const Loading: Story = { args: { state: 'loading' } };
/** Refreshes hang: amber. */
export const Stale: Story = { args: { state: 'stale' } };
/** Refreshes fail: red, the last scorecard stays. */
export const Disconnected: Story = { args: { state: 'offline' } };
/** English. */
export const English: Story = { args: { lang: 'en', expanded: 'MDHL' } };
