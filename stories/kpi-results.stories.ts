import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/kpi.js';
import './kpi-story-source.js';
import type { KpiResultsDocument } from '../src/components/kpi-results/results-document.js';

interface Args {
  period: string;
  state: 'live' | 'loading' | 'stale' | 'offline';
  lang: '' | 'vi' | 'en';
}

const DOC: KpiResultsDocument = {
  version: 1,
  unit: { id: 'hl-tthcc', name: 'Trung tâm Hành chính công thành phố Hạ Long' },
  period: { from: '2026-07-01T00:00:00+07:00', to: '2026-10-01T00:00:00+07:00', label: 'Quý 3/2026' },
  asOf: '2026-10-01T06:00:00+07:00',
  values: { received: 10234, resolved: 9876, resolvedOnTimeRate: 0.9912, ratings: 2345, satisfactionRate: 0.9731, onlineShare: 0.6123 },
  score766: { total: 79.02, max: 100 },
  tt01: { total: 16.2, max: 18, agencyClass: 'xuat_sac' },
};

/**
 * The public "results" block of the city website (Decree 61/2018): dossiers, on-time share,
 * satisfaction, online share, the 766 index and the Circular 01/2018 score, in plain words.
 */
const meta: Meta<Args> = {
  title: 'Components/KPI/Results',
  component: 'hcc-kpi-results',
  args: { period: 'this-year', state: 'live', lang: '' },
  argTypes: { state: { control: 'select', options: ['live', 'loading', 'offline'] }, lang: { control: 'select', options: ['', 'vi', 'en'] } },
  render: (a) => html`<hcc-story-kpi state=${a.state}>
    <div style="max-width:56rem"><hcc-kpi-results period=${a.period || nothing} lang=${a.lang || nothing} href="#"></hcc-kpi-results></div>
  </hcc-story-kpi>`,
};
export default meta;
type Story = StoryObj<Args>;

/** Computed from the data source: this year so far. */
export const ThisYear: Story = {};
/** Last quarter (Circular 01/2018 reports quarterly). */
export const LastQuarter: Story = { args: { period: 'last-quarter' } };
/** A published document (what a city website serves as a static file). */
export const PublishedDocument: Story = { render: () => html`<div style="max-width:56rem"><hcc-kpi-results .document=${DOC}></hcc-kpi-results></div>` };
/** A published document that fails validation: the error is shown, in Vietnamese. */
export const InvalidDocument: Story = {
  render: () => html`<div style="max-width:56rem"><hcc-kpi-results src=${`data:application/json,${encodeURIComponent(JSON.stringify({ ...DOC, values: { received: 'nhiều' } }))}`}></hcc-kpi-results></div>`,
};
/** First load. */
export const Loading: Story = { args: { state: 'loading' } };
/** English. */
export const English: Story = { args: { lang: 'en' } };
