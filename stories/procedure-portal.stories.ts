import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/procedure.js';
import type { HccProcedureGuide } from '../src/components/procedure/procedure-guide.js';
import type { HccProcedureSearch } from '../src/components/procedure/procedure-search.js';
import { useSource } from './procedure-story-data.js';

const meta: Meta = {
  title: 'Components/Procedure/Citizen portal station',
  decorators: [
    (story) => {
      useSource();
      return story();
    },
  ],
};
export default meta;

/** Search → guide → dossier status, as on the city website or the hall's touch screen. */
export const SearchToGuide: StoryObj = {
  render: () => {
    const select = (e: CustomEvent<{ code: string }>) => {
      e.preventDefault();
      const root = (e.currentTarget as HTMLElement).closest('.portal')!;
      root.querySelector<HccProcedureGuide>('hcc-procedure-guide')!.procedureCode = e.detail.code;
      (e.currentTarget as HccProcedureSearch).selectedCode = e.detail.code;
    };
    return html`<div class="portal" style="display:grid;grid-template-columns:repeat(auto-fit,minmax(min(100%,22rem),1fr));gap:1.5rem;align-items:start">
      <hcc-procedure-search page-size="8" href-template="?ma={code}" selected-code="1.001193" @hcc-procedure-select=${select}></hcc-procedure-search>
      <hcc-procedure-guide procedure-code="1.001193" lookup-href="#tra-cuu" ephemeral></hcc-procedure-guide>
      <hcc-dossier-status id="tra-cuu" style="grid-column:1/-1"></hcc-dossier-status>
    </div>`;
  },
};
