import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/kpi.js';
import './kpi-story-source.js';
import type { ChartModel } from '../src/charts/chart-model.js';

interface Args {
  chart: 'line' | 'bar' | 'stacked' | 'hbar' | 'doughnut';
  metric: string;
  groupBy: string;
  period: string;
  target: string;
  state: 'live' | 'loading' | 'stale' | 'offline';
  lang: '' | 'vi' | 'en';
  showData: boolean;
}

/**
 * Chart.js charts of KPI results with a text summary, a data table ("show data"), keyboard reading
 * (arrow keys), pattern fills, PNG and CSV export. Chart.js loads on demand with the first chart.
 */
const meta: Meta<Args> = {
  title: 'Components/KPI/Chart',
  component: 'hcc-kpi-chart',
  args: { chart: 'line', metric: 'onTimeRate', groupBy: 'month', period: 'this-month', target: '98%', state: 'live', lang: '', showData: false },
  argTypes: {
    chart: { control: 'select', options: ['line', 'bar', 'stacked', 'hbar', 'doughnut'] },
    state: { control: 'select', options: ['live', 'loading', 'stale', 'offline'] },
    lang: { control: 'select', options: ['', 'vi', 'en'] },
  },
  render: (a) => html`<hcc-story-kpi state=${a.state}>
    <div style="max-width:48rem">
      <hcc-kpi-chart
        chart=${a.chart}
        metric=${a.metric}
        group-by=${a.groupBy || nothing}
        period=${a.period || nothing}
        target=${a.target || nothing}
        lang=${a.lang || nothing}
        ?show-data=${a.showData}
      ></hcc-kpi-chart>
    </div>
  </hcc-story-kpi>`,
};
export default meta;
type Story = StoryObj<Args>;

/** On-time rate over the last 12 months with the target line. */
export const Line: Story = {};
/** Early, on time and late dossiers per month, stacked (patterns tell the series apart without colour). */
export const Stacked: Story = { args: { chart: 'stacked', metric: 'early,onTime,late', target: '' } };
/** Dossiers received per field this year. */
export const BarByField: Story = { args: { chart: 'bar', metric: 'received', groupBy: 'field', period: 'this-year', target: '' } };
/** Satisfaction of the 33 wards and communes, best first, as horizontal bars. */
export const UnitsHorizontal: Story = {
  args: { chart: 'hbar', metric: 'satisfactionRate', groupBy: 'unit', period: 'this-quarter', target: '95%' },
  render: (a) => html`<hcc-story-kpi><div style="max-width:48rem"><hcc-kpi-chart chart="hbar" sort="desc" metric=${a.metric} group-by="unit" period=${a.period} target=${a.target} style="--hcc-kpi-chart-height:60em"></hcc-kpi-chart></div></hcc-story-kpi>`,
};
/** Submission channels this year. */
export const Doughnut: Story = { args: { chart: 'doughnut', metric: 'direct,online,postal', groupBy: '', period: 'this-year', target: '' } };
/** Several rates on one axis: online, digitised, paid online. */
export const SeveralSeries: Story = { args: { metric: 'onlineShare,digitisedShare,onlinePaymentShare', target: '' } };
/** The data table shown. */
export const WithDataTable: Story = { args: { showData: true } };
/** First load. */
export const Loading: Story = { args: { state: 'loading' } };
/** Refreshes hang: amber. */
export const Stale: Story = { args: { state: 'stale' } };
/** Refreshes fail: red, the last chart stays. */
export const Disconnected: Story = { args: { state: 'offline' } };
/** English, en-GB numbers and dates. */
export const English: Story = { args: { lang: 'en' } };
/** Kiosk mode: no buttons. */
export const Kiosk: Story = {
  render: () => html`<hcc-story-kpi><div style="max-width:48rem"><hcc-kpi-chart kiosk chart="stacked" metric="early,onTime,late" group-by="month"></hcc-kpi-chart></div></hcc-story-kpi>`,
};
/** Any data: a chart model given as a property. */
export const CustomModel: Story = {
  render: () => {
    const model: ChartModel = {
      unit: 'minutes',
      categoryDim: 'counter',
      categories: ['Quầy 1', 'Quầy 2', 'Quầy 3', 'Quầy 4'].map((label, i) => ({ key: `q${i + 1}`, label })),
      series: [
        { key: 'wait', label: 'Thời gian chờ trung bình', metric: 'avgWaitMinutes', values: [12.5, 8.25, 15, 6.75] },
        { key: 'service', label: 'Thời gian phục vụ trung bình', metric: 'avgServiceMinutes', values: [7.5, 9, 6.25, 8] },
      ],
      omitted: [],
    };
    return html`<div style="max-width:40rem"><hcc-kpi-chart chart="bar" label="Thời gian chờ và phục vụ theo quầy" .model=${model}></hcc-kpi-chart></div>`;
  },
};
/** Dark theme. */
export const Dark: Story = {
  render: () => html`<hcc-story-kpi><div style="max-width:48rem;background:#121519;padding:1rem"><hcc-kpi-chart theme="dark" chart="stacked" metric="early,onTime,late" group-by="month"></hcc-kpi-chart></div></hcc-story-kpi>`,
};
