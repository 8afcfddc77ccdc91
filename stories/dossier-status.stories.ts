import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/procedure.js';
import { CASES, NOW, useSource } from './procedure-story-data.js';

interface Args {
  code: string;
}

/** The stories' dossiers are dated around Wednesday 11 March 2026, 10:00: the clock is fixed there. */
const clock = { now: () => NOW };

const meta: Meta<Args> = {
  title: 'Components/Procedure/Dossier status',
  component: 'hcc-dossier-status',
  args: { code: '' },
  decorators: [
    (story) => {
      useSource();
      return story();
    },
  ],
  render: (a) => html`<hcc-dossier-status code=${a.code} .clock=${clock}></hcc-dossier-status>`,
};
export default meta;
type Story = StoryObj<Args>;

/** Empty form: where to find the code. */
export const Default: Story = {};
/** Received, on time, working days left. */
export const Received: Story = { args: { code: CASES.received.code } };
/** Submitted online, not yet received. */
export const SubmittedOnline: Story = { args: { code: CASES.submitted.code } };
/** Waiting for the citizen's supplement: what to do, clock paused. */
export const SupplementRequested: Story = { args: { code: CASES.supplement.code } };
/** Fees or taxes to pay. */
export const FinancialObligation: Story = { args: { code: CASES.fee.code } };
/** Late, with the agency's apology and a new date. */
export const Rescheduled: Story = { args: { code: CASES.rescheduled.code } };
/** Late with no new date. */
export const Late: Story = { args: { code: CASES.processingLate.code } };
/** Result ready early: where to collect it. */
export const ResultReadyEarly: Story = { args: { code: CASES.processedEarly.code } };
/** Result handed over on time. */
export const Returned: Story = { args: { code: CASES.returnedOnTime.code } };
/** Refused at reception (postal). */
export const Refused: Story = { args: { code: CASES.refused.code } };
/** Withdrawn by the citizen. */
export const Withdrawn: Story = { args: { code: CASES.withdrawn.code } };
/** Stopped by the agency. */
export const Stopped: Story = { args: { code: CASES.stopped.code } };
/** A well-formed code nobody knows. */
export const Unknown: Story = { args: { code: 'H49.26.01-260310-9999' } };
/** A malformed code: the message says which part is wrong. */
export const Malformed: Story = { args: { code: 'H49.26.01-261340-0001' } };
/** English interface. */
export const English: Story = { args: { code: CASES.rescheduled.code }, render: (a) => html`<hcc-dossier-status lang="en" code=${a.code} .clock=${clock}></hcc-dossier-status>` };
