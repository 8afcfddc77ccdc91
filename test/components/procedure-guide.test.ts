import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { HccProcedureGuide } from '../../src/components/procedure/procedure-guide.js';
import '../../src/procedure.js';
import { LONG_RECORD, resetSource, useMemory } from './procedure-helpers.js';

async function guide(code: string, attrs = html``): Promise<HccProcedureGuide> {
  const el = await fixture<HccProcedureGuide>(html`<hcc-procedure-guide procedure-code=${code} ${attrs}></hcc-procedure-guide>`);
  await waitUntil(() => el.shadowRoot!.querySelector('article'), 'the procedure renders');
  return el;
}

describe('<hcc-procedure-guide>', () => {
  beforeEach(() => {
    sessionStorage.clear();
    localStorage.clear();
    useMemory();
  });
  afterEach(() => resetSource());

  describe('accessibility', () => {
    it('has no axe violations with a demo record', async () => {
      const el = await guide('1.001193');
      await expect(el).to.be.accessible();
    });
    it('has no axe violations with the long record and every step open', async () => {
      const el = await guide(LONG_RECORD.ma_thu_tuc);
      el.expandAll();
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });
  });
});
