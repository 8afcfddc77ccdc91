import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/procedure.js';
import { halongOrg } from '../src/data/seed/index.js';
import { LONG_RECORD, PendingSource, useSource } from './procedure-story-data.js';

interface Args {
  'procedure-code': string;
  'heading-level': number;
  'lookup-href': string;
  'current-step': number;
  view: 'screen' | 'print';
}

const meta: Meta<Args> = {
  title: 'Components/Procedure/Guide',
  component: 'hcc-procedure-guide',
  args: { 'procedure-code': '1.001193', 'heading-level': 2, 'lookup-href': '#tra-cuu', 'current-step': 0, view: 'screen' },
  argTypes: { view: { control: 'inline-radio', options: ['screen', 'print'] } },
  decorators: [
    (story) => {
      useSource();
      return story();
    },
  ],
  render: (a) => html`<hcc-procedure-guide
    procedure-code=${a['procedure-code']}
    heading-level=${a['heading-level']}
    lookup-href=${a['lookup-href']}
    current-step=${a['current-step']}
    view=${a.view}
    ephemeral
  ></hcc-procedure-guide>`,
};
export default meta;
type Story = StoryObj<Args>;

/** Đăng ký khai sinh: fully online, three channels compared, fee exemptions. */
export const Default: Story = {};

/** A procedure with several execution cases, each with its own document checklist (test record 9.900001, made up). */
export const SeveralCases: Story = { args: { 'procedure-code': LONG_RECORD.ma_thu_tuc, 'current-step': 2 } };

/** A long land record: many steps, long texts, partly online. */
export const LongRecord: Story = { args: { 'procedure-code': '1.013978' } };

/** Counter only (no online service): no online actions. */
export const NoOnlineService: Story = { args: { 'procedure-code': '2.000815' } };

/** The print layout on screen: every step and case expanded, link addresses shown, ticks printable (A4). */
export const PrintPreview: Story = { args: { 'procedure-code': LONG_RECORD.ma_thu_tuc, view: 'print' } };

/** Heading levels follow the page: title h3, sections h4. */
export const HeadingLevel3: Story = { args: { 'heading-level': 3 } };

/** Unknown code. */
export const NotFound: Story = { args: { 'procedure-code': '1.999999' } };

/** While loading. */
export const Loading: Story = {
  decorators: [
    (story) => {
      useSource(new PendingSource({ org: halongOrg() }));
      return story();
    },
  ],
};

/** English interface, Vietnamese content marked lang="vi". */
export const English: Story = { render: (a) => html`<hcc-procedure-guide lang="en" procedure-code=${a['procedure-code']} ephemeral></hcc-procedure-guide>` };
